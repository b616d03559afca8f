import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { AnnouncerController, PageElement, formatNumber, themeTokens } from '@kommune-widgets/core';
import { formStyles, renderField } from '@kommune-widgets/core/form';
import type { SectionKey } from '@kommune-widgets/schema';
import type { EditorLocale } from './editor-locale.js';
import { valueAt } from './document-values.js';
import { pageStyles } from './page.styles.js';
import { copyText } from './clipboard.js';
import { embedPageBeside, embedUrl } from './embed/embed-request.js';
import { cspLine, escapeHtml, snippetHtml, type ContactFallback, type FallbackLink } from './snippet.js';
import { snippetViewStyles } from './snippet-view.styles.js';
import type { WidgetSection } from './widget-catalog.js';
import { optionAttributes, type WidgetOptions } from './widget-options.js';

/** The code blocks the editor can copy. */
type CodeName = 'snippet' | 'iframe' | 'csp';

/** Room (px) the frame gets beyond the widget's own height, for its margins and a growing list. */
const FRAME_ALLOWANCE = 48;

/** Where a kommune usually puts the document, beside the loader (docs/innebygging.md, «Steg 1»). */
const DEFAULT_SRC = '/kommune-widgets/kommune.json';

/** A sensible page for each widget's fallback link, and its text, in the page's language. */
function defaultFallback(section: SectionKey): FallbackLink {
  switch (section) {
    case 'participation':
      return { href: '/medvirkning', text: msg('Se alle medvirkningsprosesser', { id: 'editor.fallback.participation' }) };
    case 'budget':
      return { href: '/budsjett.pdf', text: msg('Budsjettet (PDF)', { id: 'editor.fallback.budget' }) };
    case 'meetings':
      return { href: '/politikk/moteplan', text: msg('Møteplanen for politiske møter', { id: 'editor.fallback.meetings' }) };
    case 'pledge':
      return { href: '/valgloftet', text: msg('Valgløftet og hvem som har signert', { id: 'editor.fallback.pledge' }) };
    default:
      return { href: '/hets-og-trusler', text: msg('Meld fra om hets og trusler', { id: 'editor.fallback.report' }) };
  }
}

/**
 * The snippet for the widget the preview shows: the loader's script tag and the element with the chosen attributes
 * and a fallback (for the report form, the contact person's phone and e-mail), to copy into the CMS; and the
 * Content-Security-Policy line the site needs. The addresses are the editor's to set; they start at the usual ones.
 */
export class SnippetView extends PageElement<EditorLocale> {
  static override styles = [themeTokens, formStyles, pageStyles, snippetViewStyles];

  /** The widget the snippet is for. */
  @property({ attribute: false }) widget: WidgetSection | undefined;

  /** Its chosen attributes. */
  @property({ attribute: false }) options: WidgetOptions = {};

  /** The widget's `lang`; empty: the page's language decides. */
  @property({ attribute: false }) widgetLang = '';

  /** The parsed document: the report's contact person and the forms' server come from it. */
  @property({ attribute: false }) data: unknown;

  /** The section the document holds alone, if so. */
  @property({ attribute: false }) section: SectionKey | undefined;

  /** The address the document was fetched from, if it was. */
  @property({ attribute: false }) documentUrl: string | undefined;

  /** How tall the previewed widget is (px), for the iframe's height; 0 while unknown. */
  @property({ attribute: false }) widgetHeight = 0;

  @state() private scriptUrl = new URL('../kommune-widgets.js', location.href).pathname;
  @state() private src = DEFAULT_SRC;
  @state() private fallback: FallbackLink | undefined;
  @state() private copied: CodeName | '' = '';

  private readonly announcer = new AnnouncerController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('documentUrl') && this.documentUrl) this.src = new URL(this.documentUrl, location.href).pathname;
    if (changed.has('widget') || changed.has('locale')) this.fallback = undefined;
    if (changed.has('widget') || changed.has('options')) this.copied = '';
  }

  /** The report's contact person, as the fallback sentence. */
  private contactFallback(): ContactFallback {
    const path = (field: string) => (this.section === 'report' ? `contact.${field}` : `report.contact.${field}`);
    const text = (field: string) => {
      const value = valueAt(this.data, path(field));
      return typeof value === 'string' ? value : undefined;
    };
    const name = text('name') ?? '';
    const phone = text('phone');
    const email = text('email');
    return {
      lead: msg(str`Meld fra om hets og trusler til kommunens kontaktperson, ${name}:`, { id: 'editor.fallback.contact-lead' }),
      ...(phone ? { phone: { label: msg('ring', { id: 'editor.fallback.call' }), number: phone } } : {}),
      ...(email
        ? {
            email: {
              label: phone
                ? msg('eller send e-post til', { id: 'editor.fallback.or-mail' })
                : msg('send e-post til', { id: 'editor.fallback.mail' }),
              address: email,
            },
          }
        : {}),
      danger: msg('Er noen i fare, ring 112.', { id: 'editor.fallback.danger' }),
    };
  }

  /** The forms' server, where the document names one (it must be in `connect-src` when it is elsewhere). */
  private endpoints(): string[] {
    const paths = this.section ? ['endpoint'] : ['report.endpoint', 'pledge.endpoint'];
    return paths.map((path) => valueAt(this.data, path)).filter((value): value is string => typeof value === 'string');
  }

  override render(): TemplateResult | typeof nothing {
    const widget = this.widget;
    if (!widget) return nothing;
    const isReport = widget.section === 'report';
    const fallback = this.fallback ?? defaultFallback(widget.section);
    const snippet = snippetHtml({
      widget,
      options: this.options,
      scriptUrl: this.scriptUrl,
      src: this.src,
      ...(this.widgetLang ? { lang: this.widgetLang } : {}),
      fallback: isReport ? this.contactFallback() : fallback,
    });
    const csp = cspLine({ scriptUrl: this.scriptUrl, src: this.src, endpoints: this.endpoints(), site: location.href });
    const field = (name: string, label: string, value: string, set: (value: string) => void, hint?: string) =>
      renderField({
        name,
        required: true,
        label,
        ...(hint ? { hint } : {}),
        control: (a) =>
          html`<input
            class="kw-input"
            id=${a.id}
            spellcheck="false"
            aria-describedby=${a.describedBy ?? nothing}
            .value=${value}
            @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
          />`,
      });
    return html`
      <h3>${msg('Kodebit til CMS-et', { id: 'editor.snippet.heading' })}</h3>
      <div class="fields">
        ${field(
          'script-url',
          msg('Adressen til skriptfilen', { id: 'editor.snippet.script' }),
          this.scriptUrl,
          (v) => (this.scriptUrl = v),
          msg('kommune-widgets.js på kommunens server, med mappen chunks/ ved siden av.', { id: 'editor.snippet.script-hint' }),
        )}
        ${field('src', msg('Adressen til kommunedokumentet', { id: 'editor.snippet.src' }), this.src, (v) => (this.src = v))}
        ${
          isReport
            ? nothing
            : html`${field(
                'fallback-href',
                msg('Reservelenken går til', { id: 'editor.snippet.fallback-href' }),
                fallback.href,
                (v) => (this.fallback = { ...fallback, href: v }),
                msg('En vanlig side med det samme innholdet. Den vises mens modulen lastes, og hvis den ikke virker.', {
                  id: 'editor.snippet.fallback-hint',
                }),
              )}
              ${field('fallback-text', msg('Teksten i reservelenken', { id: 'editor.snippet.fallback-text' }), fallback.text, (v) => (this.fallback = { ...fallback, text: v }))}`
        }
      </div>
      ${this.renderCode('snippet', msg('HTML', { id: 'editor.snippet.html' }), snippet, 6)} ${this.renderIframe(widget)}
      <h3>${msg('Sikkerhetsregelen nettstedet trenger', { id: 'editor.csp.heading' })}</h3>
      <p>
        ${msg('Gi denne linjen til den som drifter nettstedet. Modulene virker med den, og den tillater ikke mer enn de trenger.', {
          id: 'editor.csp.lead',
        })}
      </p>
      ${this.renderCode('csp', msg('Content-Security-Policy', { id: 'editor.csp.label' }), csp, 2)} ${this.announcer.render()}
    `;
  }

  /** For a CMS that takes nothing but an iframe: the embed page with the same widget and options, and its height. */
  private renderIframe(widget: WidgetSection): TemplateResult {
    const attributes: [string, string][] = [['src', this.src], ...(this.widgetLang ? [['lang', this.widgetLang] as [string, string]] : [])];
    const src = embedUrl(embedPageBeside(this.scriptUrl), widget, [...attributes, ...optionAttributes(widget, this.options)]);
    const height = this.widgetHeight > 0 ? Math.ceil((this.widgetHeight + FRAME_ALLOWANCE) / 10) * 10 : 800;
    const code = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(widget.name())}" width="100%" height="${height}" loading="lazy"></iframe>`;
    const shown = formatNumber(height, this.locale);
    return html`<details class="iframe">
      <summary>${msg('Tar CMS-et bare imot en iframe?', { id: 'editor.iframe.summary' })}</summary>
      <p>
        ${msg(
          str`Bruk denne i stedet. Høyden, ${shown} px, er det modulen trenger slik den vises over. Blir innholdet høyere, får rammen et rullefelt: gi den mer høyde om dere vil unngå det.`,
          { id: 'editor.iframe.lead' },
        )}
      </p>
      ${this.renderCode('iframe', msg('iframe', { id: 'editor.iframe.label' }), code, 3)}
    </details>`;
  }

  private renderCode(name: CodeName, label: string, code: string, rows: number): TemplateResult {
    return html`<div class="code-block">
      <label class="kw-label" for="code-${name}">${label}</label>
      <textarea class="kw-textarea code" id="code-${name}" readonly rows=${rows} spellcheck="false" .value=${code}></textarea>
      <div class="kw-actions">
        <button type="button" class="kw-button-secondary" @click=${() => void this.copy(name, code)}>
          ${name === 'csp' ? msg('Kopier linjen', { id: 'editor.csp.copy' }) : msg('Kopier koden', { id: 'editor.snippet.copy' })}
        </button>
        <span class="copied" aria-hidden="true">${this.copied === name ? msg('Kopiert', { id: 'editor.copied' }) : ''}</span>
      </div>
    </div>`;
  }

  /** Copies `code` (or leaves it selected in its field), and says which. */
  private async copy(name: CodeName, code: string): Promise<void> {
    const done = await copyText(code, this.renderRoot.querySelector<HTMLTextAreaElement>(`#code-${name}`));
    this.copied = done ? name : '';
    this.announcer.announce(
      done
        ? msg('Kopiert. Lim inn med Ctrl+V (Cmd+V på Mac).', { id: 'editor.copied.announce' })
        : msg('Kunne ikke kopiere. Teksten er merket: kopier den med Ctrl+C (Cmd+C på Mac).', { id: 'editor.copy-failed' }),
    );
  }
}
