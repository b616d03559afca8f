import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PageElement, loadLocale, themeTokens } from '@kommune-widgets/core';
import { formStyles } from '@kommune-widgets/core/form';
import { checkDocumentText, type DocumentCheck } from '@kommune-widgets/schema/check';
import type { CheckReport } from './check-report.js';
import type { DocumentText } from './document-source.js';
import { EDITOR_LOCALES, preferredEditorLocale, type EditorLocale } from './editor-locale.js';
import { editorAppStyles } from './editor-app.styles.js';
import { pageStyles } from './page.styles.js';
import { coverageOf } from './widget-coverage.js';

/** Each language's name in itself, for the language menu. */
const LANGUAGE_NAMES: Record<EditorLocale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/**
 * The web editors' page (`dist/cdn/editor/`): checks a kommune document in the browser and says, in bokmål, nynorsk
 * or English, where each problem is and how to fix it. Holds the language (the page's `lang` and title follow it) and
 * the last document checked.
 */
export class EditorApp extends PageElement<EditorLocale> {
  static override styles = [themeTokens, formStyles, pageStyles, editorAppStyles];

  @state() private document: DocumentText | undefined;
  @state() private check: DocumentCheck | undefined;
  @state() private ready = false;

  constructor() {
    super();
    this.locale = preferredEditorLocale();
    this.addEventListener('kw-document-text', (event) => void this.checkText((event as CustomEvent<DocumentText>).detail));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.setLocale(this.locale);
  }

  /** Speaks `locale` from now on: loads its messages (the schema's too), then the page follows. */
  async setLocale(locale: EditorLocale): Promise<void> {
    await loadLocale(locale, ['widget', 'issues']);
    this.locale = locale;
    this.ready = true;
    await this.updateComplete;
    document.documentElement.lang = locale;
    document.title = this.speak(() => msg('Sjekk kommunedokumentet – kommune-widgets', { id: 'editor.title' }));
  }

  /** Checks the text and moves focus to the result's heading, which a screen reader then reads. */
  private async checkText(detail: DocumentText): Promise<void> {
    this.document = detail;
    this.check = checkDocumentText(detail.text);
    await this.updateComplete;
    const report = this.renderRoot.querySelector<CheckReport>('kw-check-report');
    await report?.updateComplete;
    report?.focus();
  }

  /** The widgets the checked document feeds (none before a check). */
  private usedTags(): string[] {
    const check = this.check;
    if (!check || check.data === undefined) return [];
    return coverageOf(check.data, check.section)
      .filter(({ coverage }) => coverage !== 'absent')
      .map(({ widget }) => widget.tag);
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.ready) return nothing;
    return html`
      <header class="masthead">
        <p class="product">kommune-widgets</p>
        <div class="kw-field language">
          <label class="kw-label" for="language">${msg('Språk', { id: 'editor.language' })}</label>
          <select
            class="kw-select"
            id="language"
            @change=${(event: Event) => void this.setLocale((event.target as HTMLSelectElement).value as EditorLocale)}
          >
            ${EDITOR_LOCALES.map(
              (locale) =>
                html`<option value=${locale} lang=${locale} ?selected=${locale === this.locale}>${LANGUAGE_NAMES[locale]}</option>`,
            )}
          </select>
        </div>
      </header>
      <main>
        <h1>${msg('Sjekk kommunedokumentet', { id: 'editor.heading' })}</h1>
        <p class="lead">
          ${msg(
            'Her ser du om JSON-filen med kommunens opplysninger er i orden før du legger den ut. Hvert problem står med linjen og tegnet der det er, og hvordan du retter det.',
            { id: 'editor.lead' },
          )}
        </p>
        <p>${msg('Dokumentet blir i nettleseren din. Ingenting sendes noe sted.', { id: 'editor.privacy' })}</p>
        <kw-document-source .locale=${this.locale}></kw-document-source>
        <kw-check-report
          .locale=${this.locale}
          .check=${this.check}
          .text=${this.document?.text ?? ''}
          .name=${this.document?.name ?? ''}
        ></kw-check-report>
        ${
          this.check?.data === undefined
            ? nothing
            : html`<kw-widget-preview
                .locale=${this.locale}
                .data=${this.check.data}
                .section=${this.check.section}
                .documentUrl=${this.document?.url}
              ></kw-widget-preview>`
        }
        <kw-starter .locale=${this.locale}></kw-starter>
        <kw-accessibility-statement .locale=${this.locale} .usedTags=${this.usedTags()}></kw-accessibility-statement>
      </main>
    `;
  }
}
