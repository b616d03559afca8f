/**
 * A kommune page styled with Designsystemet's own CSS (`@digdir/designsystemet-css`: its default theme and its
 * components), with a widget in it: the «Designsystemet» story of each widget. The CSS is adopted by the page's shadow
 * root, its `:root` tokens set on the page element, so they reach the widget in it (custom properties inherit into a
 * slot) and never the other stories in the same frame.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';

/** The files, as URLs Vite emits them as assets for (a `new URL` with a literal path); web-test-runner serves them as they are. */
const CSS_FILES = [
  new URL('../../node_modules/@digdir/designsystemet-css/dist/theme/designsystemet.css', import.meta.url).href,
  new URL('../../node_modules/@digdir/designsystemet-css/dist/src/index.css', import.meta.url).href,
];

let sheets: Promise<CSSStyleSheet[]> | undefined;

/** Designsystemet's CSS as constructed sheets, fetched once; `:root` becomes the page element (`:host`). */
function designsystemetSheets(): Promise<CSSStyleSheet[]> {
  sheets ??= Promise.all(
    CSS_FILES.map(async (url) => {
      // `?direct`: Storybook's Vite answers the CSS itself rather than a module that injects it; static servers ignore it.
      const text = await (await fetch(`${url}?direct`)).text();
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text.replace(/@charset[^;]*;/g, '').replace(/:root\b/g, ':host'));
      return sheet;
    }),
  );
  return sheets;
}

/** The page's own look around the widget: what a kommune's Designsystemet site would have. */
const PAGE_CSS = `
  :host { display: block; background: var(--ds-color-neutral-background-default); color: var(--ds-color-neutral-text-default); font-family: var(--ds-font-family), system-ui, sans-serif; }
  .page { max-inline-size: 60em; margin: 0 auto; padding: var(--ds-size-6, 1.5em); display: grid; gap: var(--ds-size-4, 1em); }
`;

/**
 * `<ds-story-page>`: the page (header, a lead paragraph, the widget, a button and a link, all Designsystemet
 * components) once the CSS is in; the widget goes in its slot.
 */
export class DesignsystemetPage extends LitElement {
  /** Whether the CSS is in (a plain field and `requestUpdate()`: Storybook's Vite compiles stories without decorators). */
  private ready = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void designsystemetSheets().then((loaded) => {
      const own = new CSSStyleSheet();
      own.replaceSync(PAGE_CSS);
      (this.renderRoot as ShadowRoot).adoptedStyleSheets = [...loaded, own];
      this.ready = true;
      this.requestUpdate();
    });
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.ready) return nothing;
    return html`<div class="page" data-color-scheme="light" data-size="md">
      <h1 class="ds-heading" data-size="lg">Eksempel kommune</h1>
      <p class="ds-paragraph" data-variant="long">
        Denne siden er stylet med Designsystemet. Modulen under henter fargene, skriften og formene fra temaet.
      </p>
      <slot></slot>
      <p class="ds-paragraph"><a class="ds-link" href="#kontakt">Kontakt kommunen</a></p>
      <div><button class="ds-button" data-variant="primary" type="button">Abonner på nyheter</button></div>
    </div>`;
  }
}

if (!customElements.get('ds-story-page')) customElements.define('ds-story-page', DesignsystemetPage);

/** `widget` in a Designsystemet page. */
export const inDesignsystemetPage = (widget: TemplateResult): TemplateResult => html`<ds-story-page>${widget}</ds-story-page>`;
