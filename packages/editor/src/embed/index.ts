/**
 * `dist/cdn/embed.html`: one widget in a page of its own, for a CMS that allows nothing but an iframe. Reads the
 * query (`readEmbedRequest`), puts the widget in the page and fetches its module; a request it cannot show gets a
 * message saying what is wrong and what is allowed, in the language asked for.
 */
import { msg, str } from '@lit/localize';
import { loadLocale, registerTranslations, singleStops, withLocale, type Locale } from '@kommune-widgets/core';
import { translations } from '../translations.js';
import { loadWidget } from '../widget-modules.js';
import { WIDGET_SECTIONS } from '../widget-catalog.js';
import { readEmbedRequest, type EmbedProblem } from './embed-request.js';

registerTranslations(translations);

/** The editors' page speaks nb, nn and en; a frame in nordsamisk gets its setup messages in bokmål. */
const messageLocale = (lang: Locale): Locale => (lang === 'se' ? 'nb' : lang);

function problemText(problem: EmbedProblem): string {
  const widgets = WIDGET_SECTIONS.map((w) => w.tag.replace(/^kommune-/, '')).join(', ');
  switch (problem.kind) {
    case 'widget':
      return singleStops(
        msg(str`Ukjent modul «${problem.given}». Skriv widget= med en av disse: ${widgets}.`, { id: 'editor.embed.widget' }),
      );
    case 'src':
      return msg('Mangler adressen til kommunedokumentet. Skriv den i src=, for eksempel src=/kommune-widgets/kommune.json.', {
        id: 'editor.embed.src',
      });
    case 'foreign-src':
      return msg(str`«${problem.given}» er på et annet nettsted. Rammen viser bare dokumenter fra nettstedet den ligger på.`, {
        id: 'editor.embed.foreign-src',
      });
    case 'lang':
      return msg(str`Ukjent språk «${problem.given}». Skriv lang=nb, nn, en eller se.`, { id: 'editor.embed.lang' });
    default:
      return msg(str`Verdien «${problem.given}» passer ikke i ${problem.name}=.`, { id: 'editor.embed.option' });
  }
}

async function start(): Promise<void> {
  const main = document.querySelector('main')!;
  const request = readEmbedRequest(new URL(location.href));
  document.documentElement.lang = request.lang;
  if (!request.ok) {
    const locale = messageLocale(request.lang);
    await loadLocale(locale);
    const text = withLocale(locale, () => problemText(request.problem));
    console.error(`[kommune-widgets] embed.html: ${text}`);
    const heading = document.createElement('h1');
    heading.textContent = withLocale(locale, () => msg('Modulen kan ikke vises', { id: 'editor.embed.problem' }));
    document.title = heading.textContent;
    const alert = document.createElement('p');
    alert.className = 'problem';
    alert.setAttribute('role', 'alert');
    alert.textContent = text;
    main.replaceChildren(heading, alert);
    return;
  }
  const name = withLocale(messageLocale(request.lang), () => request.widget.name());
  document.title = name;
  // The frame is a page of its own: its one <h1> names the widget, whose own headings start at <h2>.
  const heading = document.createElement('h1');
  heading.className = 'visually-hidden';
  heading.textContent = name;
  const element = document.createElement(request.widget.tag);
  for (const [attribute, value] of request.attributes) element.setAttribute(attribute, value);
  main.replaceChildren(heading, element);
  await loadWidget(request.widget.tag);
}

void start();
