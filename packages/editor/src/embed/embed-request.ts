/**
 * What `embed.html?widget=…&src=…&lang=…` asks for, checked before anything is fetched: a known widget, a document
 * on the same site as the page (so a frame on a kommune's site cannot be pointed at anyone else's data), a language
 * the widgets speak, and only the options that widget has.
 */
import { SUPPORTED_LOCALES, type Locale } from '@kommune-widgets/core';
import { WIDGET_SECTIONS, type WidgetSection } from '../widget-catalog.js';

/** The options each widget takes from the query, by its section: attribute name → allowed values (`*`: any id). */
const OPTIONS: Partial<Record<WidgetSection['section'], Record<string, readonly string[] | '*'>>> = {
  budget: { variant: ['donut', 'pie'], dataset: '*', item: '*' },
  meetings: { view: ['list', 'month'], organization: '*', meeting: '*', month: '*' },
  participation: { step: ['informere', 'spørre', 'snakke-med', 'dagsorden', 'rattet'], activity: '*' },
  pledge: { variant: ['full', 'compact'] },
};

/** An id as the schema allows them, or a month (`2027-01`). */
const ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u;

/** Why a request cannot be shown. */
export type EmbedProblem =
  | { kind: 'widget'; given: string }
  | { kind: 'src'; given: string }
  | { kind: 'foreign-src'; given: string }
  | { kind: 'lang'; given: string }
  | { kind: 'option'; name: string; given: string };

/** A request to show: the widget, its attributes (src and lang included). */
export type EmbedRequest =
  { ok: true; widget: WidgetSection; lang: Locale; attributes: [string, string][] } | { ok: false; problem: EmbedProblem; lang: Locale };

/** `budget-pie` or `kommune-budget-pie` → the widget. */
const widgetNamed = (name: string) => WIDGET_SECTIONS.find((w) => w.tag === name || w.tag === `kommune-${name}`);

/** Reads the query of `page` (the embed page's address). */
export function readEmbedRequest(page: URL): EmbedRequest {
  const params = page.searchParams;
  const langParam = params.get('lang') ?? 'nb';
  const lang = (SUPPORTED_LOCALES as readonly string[]).includes(langParam) ? (langParam as Locale) : 'nb';
  const fail = (problem: EmbedProblem): EmbedRequest => ({ ok: false, problem, lang });
  if (lang !== langParam) return fail({ kind: 'lang', given: langParam });
  const widgetParam = params.get('widget') ?? '';
  const widget = widgetNamed(widgetParam);
  if (!widget) return fail({ kind: 'widget', given: widgetParam });
  const srcParam = params.get('src') ?? '';
  let src: URL;
  try {
    if (srcParam === '') throw new Error('empty');
    src = new URL(srcParam, page);
  } catch {
    return fail({ kind: 'src', given: srcParam });
  }
  if (src.origin !== page.origin) return fail({ kind: 'foreign-src', given: srcParam });
  const attributes: [string, string][] = [
    ['src', `${src.pathname}${src.search}`],
    ['lang', lang],
  ];
  const allowed = OPTIONS[widget.section] ?? {};
  for (const [name, values] of Object.entries(allowed)) {
    const value = params.get(name);
    if (value === null) continue;
    const ok = values === '*' ? ID.test(value) : values.includes(value);
    if (!ok) return fail({ kind: 'option', name, given: value });
    attributes.push([name, value]);
  }
  return { ok: true, widget, lang, attributes };
}

/** The embed page's address for a widget on a site: what the editors' page writes into the iframe's `src`. */
export function embedUrl(embedPage: string, widget: WidgetSection, attributes: [string, string][]): string {
  const query = new URLSearchParams([['widget', widget.tag.replace(/^kommune-/, '')], ...attributes]);
  return `${embedPage}?${query}`;
}

/** Where embed.html is on the site: in dist/cdn/, beside the loader at `scriptUrl` (whatever the editor typed there). */
export function embedPageBeside(scriptUrl: string): string {
  try {
    return new URL('embed.html', new URL(scriptUrl, location.href)).pathname;
  } catch {
    return '/kommune-widgets/embed.html';
  }
}
