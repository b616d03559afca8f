/**
 * The HTML a web editor pastes into the CMS for one widget (docs/innebygging.md, «Steg 3»), and the
 * Content-Security-Policy line the site needs for it. Text only: the page shows it and copies it, never renders it.
 */
import type { WidgetSection } from './widget-catalog.js';
import { optionAttributes, type WidgetOptions } from './widget-options.js';

/** The link inside the element: shown while the widget loads, when it fails, and where scripts do not run. */
export interface FallbackLink {
  href: string;
  text: string;
}

/**
 * The report form's fallback: the contact person's phone and e-mail in a sentence, so a person can reach them when
 * the form does not load (docs/innebygging.md, «Lim inn meldeskjemaet»). `lead` and `danger` are in the page's
 * language: «Meld fra om hets og trusler til kommunens kontaktperson, Ola Hansen:», «Er noen i fare, ring 112.».
 */
export interface ContactFallback {
  lead: string;
  phone?: { label: string; number: string };
  email?: { label: string; address: string };
  danger: string;
}

/** What a snippet is made of. */
export interface SnippetInput {
  widget: WidgetSection;
  options: WidgetOptions;
  /** Where the loader is on the site (`/kommune-widgets/kommune-widgets.js`). */
  scriptUrl: string;
  /** Where the document is (`/kommune-widgets/kommune.json`). */
  src: string;
  /** The widget's language; absent: the page's (`lang` of the page or a parent). */
  lang?: string;
  fallback: FallbackLink | ContactFallback;
}

/** `+47 99 99 88 88` → `tel:+4799998888`. */
const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

/** The lines inside the element. */
function fallbackLines(fallback: FallbackLink | ContactFallback): string[] {
  if ('href' in fallback) return [`  <a href="${escapeHtml(fallback.href)}">${escapeHtml(fallback.text)}</a>`];
  const ways = [
    fallback.phone
      ? `${escapeHtml(fallback.phone.label)} <a href="${escapeHtml(telHref(fallback.phone.number))}">${escapeHtml(fallback.phone.number)}</a>`
      : '',
    fallback.email
      ? `${escapeHtml(fallback.email.label)} <a href="mailto:${escapeHtml(fallback.email.address)}">${escapeHtml(fallback.email.address)}</a>`
      : '',
  ].filter(Boolean);
  return ['  <p>', `    ${escapeHtml(fallback.lead)}`, ...ways.map((way) => `    ${way}`), `    ${escapeHtml(fallback.danger)}`, '  </p>'];
}

/** `&`, `<`, `>` and `"` written as entities: an attribute value or text the HTML parser reads back as it was. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The snippet: the loader's script tag and the element with its attributes and fallback link. */
export function snippetHtml({ widget, options, scriptUrl, src, lang, fallback }: SnippetInput): string {
  const attributes: [string, string][] = [
    ['src', src],
    ...optionAttributes(widget, options),
    ...(lang ? [['lang', lang] as [string, string]] : []),
  ];
  const written = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return [
    `<script type="module" src="${escapeHtml(scriptUrl)}"></script>`,
    `<${widget.tag}${written}>`,
    ...fallbackLines(fallback),
    `</${widget.tag}>`,
  ].join('\n');
}

/** The origin of `url` resolved against the site `base`, or undefined when it is the site's own. */
function foreignOrigin(url: string, base: string): string | undefined {
  try {
    const origin = new URL(url, base).origin;
    return origin === new URL(base).origin ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * The policy the site needs for the widgets it shows: the strict one the widgets promise to work under (SPEC §7),
 * with the origins of the loader, the document and the forms' server added where they are not the site's own.
 * `site` is an address on the site the snippet goes on.
 */
export function cspLine({
  scriptUrl,
  src,
  endpoints,
  site,
}: {
  scriptUrl: string;
  src: string;
  endpoints: string[];
  site: string;
}): string {
  const list = (origins: (string | undefined)[]) =>
    [...new Set(origins.filter((o): o is string => Boolean(o)))].map((o) => ` ${o}`).join('');
  const scripts = list([foreignOrigin(scriptUrl, site)]);
  const connect = list([foreignOrigin(src, site), ...endpoints.map((e) => foreignOrigin(e, site))]);
  return `Content-Security-Policy: default-src 'self'; script-src 'self'${scripts}; style-src 'self'; img-src 'self' data:; connect-src 'self'${connect}`;
}
