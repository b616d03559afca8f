import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { PageElement, SUPPORTED_LOCALES, singleStops, themeTokens, type Locale } from '@kommune-widgets/core';
import { formStyles, renderField, renderFieldset } from '@kommune-widgets/core/form';
import type { SectionKey } from '@kommune-widgets/schema';
import type { EditorLocale } from './editor-locale.js';
import { pageStyles } from './page.styles.js';
import { themeDeclarations, themeRule, type PreviewTheme } from './preview-theme.js';
import { widgetPreviewStyles } from './widget-preview.styles.js';
import type { WidgetSection } from './widget-catalog.js';
import { coverageOf } from './widget-coverage.js';
import { loadWidget } from './widget-modules.js';
import { organsOf, type WidgetOptions } from './widget-options.js';

/** How wide the preview is: a phone's width, or a desktop's column. */
export type PreviewWidth = 'phone' | 'desktop';

/** Each language's name in itself. */
const LANGUAGE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English', se: 'Davvisámegiella' };

/**
 * Shows a widget the checked document feeds, live, as a citizen will see it: in the language chosen (or two side
 * by side), at a phone's or a desktop's width, in the site's accent colour and font or its Designsystemet theme;
 * with the options that matter for it, chosen with controls. Below it, the snippet for exactly what is shown.
 * A widget's module is fetched the first time it is shown.
 */
export class WidgetPreview extends PageElement<EditorLocale> {
  static override styles = [themeTokens, formStyles, pageStyles, widgetPreviewStyles];

  /** The parsed document (or the one section the text holds alone, see {@link section}). */
  @property({ attribute: false }) data: unknown;

  /** The section the text holds alone; absent for a whole document. */
  @property({ attribute: false }) section: SectionKey | undefined;

  /** Where the document was fetched from, when it came from an address; the snippet's `src` then starts as it. */
  @property({ attribute: false }) documentUrl: string | undefined;

  @state() private tag = '';
  @state() private options: WidgetOptions = {};
  @state() private previewLang: Locale = 'nb';
  @state() private secondLang: Locale | '' = '';
  @state() private width: PreviewWidth = 'desktop';
  @state() private theme: PreviewTheme = { accent: '', font: '', tokens: '' };
  @state() private loaded = '';
  @state() private loadFailed = false;
  /** How tall the (first) previewed widget is, for the iframe's height. */
  @state() private widgetHeight = 0;

  private readonly resizes = new ResizeObserver((entries) => {
    const height = entries.at(-1)?.contentRect.height ?? 0;
    if (Math.abs(height - this.widgetHeight) >= 1) this.widgetHeight = height;
  });
  private observed: Element | undefined;

  /** The site's look, set through a constructed style sheet (the strict CSP allows it; a style attribute it does not). */
  private readonly themeSheet = new CSSStyleSheet();

  /** The widgets this document can show (its section is there, valid or not). */
  private get widgets(): WidgetSection[] {
    return coverageOf(this.data, this.section)
      .filter(({ coverage }) => coverage !== 'absent')
      .map(({ widget }) => widget);
  }

  private get widget(): WidgetSection | undefined {
    return this.widgets.find((w) => w.tag === this.tag) ?? this.widgets[0];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.previewLang = this.locale;
  }

  protected override firstUpdated(): void {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.themeSheet];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('section')) {
      if (!this.widgets.some((w) => w.tag === this.tag)) this.tag = this.widgets[0]?.tag ?? '';
      this.options = {};
    }
    if (changed.has('theme' as keyof WidgetPreview)) this.themeSheet.replaceSync(themeRule('.frame', themeDeclarations(this.theme)));
  }

  protected override updated(): void {
    const widget = this.widget;
    if (widget && this.loaded !== widget.tag) void this.load(widget.tag);
    const shown = this.renderRoot.querySelector('.frame > *') ?? undefined;
    if (shown !== this.observed) {
      if (this.observed) this.resizes.unobserve(this.observed);
      if (shown) this.resizes.observe(shown);
      this.observed = shown;
    }
  }

  override disconnectedCallback(): void {
    this.resizes.disconnect();
    this.observed = undefined;
    super.disconnectedCallback();
  }

  private async load(tag: string): Promise<void> {
    this.loadFailed = false;
    try {
      await loadWidget(tag);
      this.loaded = tag;
    } catch (error) {
      console.error('[kommune-widgets] editor: could not load the widget', error);
      this.loadFailed = true;
      this.loaded = tag;
    }
  }

  override render(): TemplateResult | typeof nothing {
    const widget = this.widget;
    if (!widget) return nothing;
    return html`
      <h2>${msg('Forhåndsvisning og kodebit', { id: 'editor.preview.heading' })}</h2>
      <p>
        ${msg('Se modulen slik innbyggerne vil se den, velg innstillingene, og kopier koden du limer inn i CMS-et.', {
          id: 'editor.preview.lead',
        })}
      </p>
      <div class="controls">
        ${this.renderWidgetChoice(widget)} ${this.renderWidgetOptions(widget)} ${this.renderLanguages()} ${this.renderWidth()}
        ${this.renderTheme()}
      </div>
      ${this.renderFrames(widget)}
      <kw-snippet
        .locale=${this.locale}
        .widget=${widget}
        .options=${this.options}
        .widgetLang=${this.previewLang === this.locale ? '' : this.previewLang}
        .data=${this.data}
        .section=${this.section}
        .documentUrl=${this.documentUrl}
        .widgetHeight=${this.widgetHeight}
      ></kw-snippet>
    `;
  }

  private renderWidgetChoice(widget: WidgetSection): TemplateResult {
    return renderField({
      name: 'widget',
      required: true,
      label: msg('Modul', { id: 'editor.preview.widget' }),
      control: (a) =>
        html`<select class="kw-select" id=${a.id} @change=${(e: Event) => (this.tag = (e.target as HTMLSelectElement).value)}>
          ${this.widgets.map((w) => html`<option value=${w.tag} ?selected=${w === widget}>${w.name()}</option>`)}
        </select>`,
    });
  }

  private radios<T extends string>(name: string, legend: string, choices: [T, string][], current: T, set: (value: T) => void) {
    return renderFieldset({
      name,
      required: true,
      legend,
      content: () =>
        html`<div class="kw-choices inline">
          ${choices.map(
            ([value, label]) =>
              html`<div class="kw-choice">
                <input type="radio" id="${name}-${value}" name=${name} .checked=${current === value} @change=${() => set(value)} />
                <label for="${name}-${value}">${label}</label>
              </div>`,
          )}
        </div>`,
    });
  }

  private renderWidgetOptions(widget: WidgetSection): TemplateResult | typeof nothing {
    const set = (patch: WidgetOptions) => (this.options = { ...this.options, ...patch });
    switch (widget.section) {
      case 'budget':
        return this.radios(
          'variant',
          msg('Form', { id: 'editor.option.variant' }),
          [
            ['donut', msg('Ring (standard)', { id: 'editor.option.donut' })],
            ['pie', msg('Kake', { id: 'editor.option.pie' })],
          ],
          this.options.variant ?? 'donut',
          (variant) => set({ variant }),
        );
      case 'meetings':
        return html`${this.radios(
          'view',
          msg('Visning', { id: 'editor.option.view' }),
          [
            ['list', msg('Liste (standard)', { id: 'editor.option.list' })],
            ['month', msg('Måned', { id: 'editor.option.month' })],
          ],
          this.options.view ?? 'list',
          (view) => set({ view }),
        )}
        ${renderField({
          name: 'organization',
          required: true,
          label: msg('Organ', { id: 'editor.option.organization' }),
          control: (a) =>
            html`<select
              class="kw-select"
              id=${a.id}
              @change=${(e: Event) => set({ organization: (e.target as HTMLSelectElement).value || undefined })}
            >
              <option value="" ?selected=${!this.options.organization}>${msg('Alle organene', { id: 'editor.option.all-organs' })}</option>
              ${organsOf(this.data, this.previewLang, this.section === 'meetings').map(
                (organ) => html`<option value=${organ.id} ?selected=${organ.id === this.options.organization}>${organ.name}</option>`,
              )}
            </select>`,
        })}`;
      case 'pledge':
        return this.radios(
          'pledge-variant',
          msg('Variant', { id: 'editor.option.pledge-variant' }),
          [
            ['full', msg('Hele (tekst, skjema og liste)', { id: 'editor.option.full' })],
            ['compact', msg('Kort (antall og de siste navnene)', { id: 'editor.option.compact' })],
          ],
          this.options.pledgeVariant ?? 'full',
          (pledgeVariant) => set({ pledgeVariant }),
        );
      default:
        return nothing;
    }
  }

  private renderLanguages(): TemplateResult {
    const choose = (name: string, label: string, current: string, set: (value: string) => void, none?: string) =>
      renderField({
        name,
        required: true,
        label,
        control: (a) =>
          html`<select class="kw-select" id=${a.id} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
            ${none === undefined ? nothing : html`<option value="" ?selected=${current === ''}>${none}</option>`}
            ${SUPPORTED_LOCALES.map(
              (locale) => html`<option value=${locale} lang=${locale} ?selected=${current === locale}>${LANGUAGE_NAMES[locale]}</option>`,
            )}
          </select>`,
      });
    return html`<div class="pair">
      ${choose('preview-lang', msg('Språk i modulen', { id: 'editor.preview.lang' }), this.previewLang, (v) => (this.previewLang = v as Locale))}
      ${choose(
        'second-lang',
        msg('Ved siden av, på', { id: 'editor.preview.second-lang' }),
        this.secondLang,
        (v) => (this.secondLang = v as Locale | ''),
        msg('Ingen', { id: 'editor.preview.no-second-lang' }),
      )}
    </div>`;
  }

  private renderWidth(): TemplateResult {
    return this.radios(
      'width',
      msg('Bredde', { id: 'editor.preview.width' }),
      [
        ['phone', msg('Mobil (360 px)', { id: 'editor.preview.phone' })],
        ['desktop', msg('PC', { id: 'editor.preview.desktop' })],
      ],
      this.width,
      (width) => (this.width = width),
    );
  }

  private renderTheme(): TemplateResult {
    const set = (patch: Partial<PreviewTheme>) => (this.theme = { ...this.theme, ...patch });
    const text = (name: keyof PreviewTheme, label: string, hint: string) =>
      renderField({
        name: `theme-${name}`,
        label,
        hint,
        control: (a) =>
          html`<input
            class="kw-input"
            id=${a.id}
            aria-describedby=${a.describedBy ?? nothing}
            spellcheck="false"
            .value=${this.theme[name]}
            @change=${(e: Event) => set({ [name]: (e.target as HTMLInputElement).value })}
          />`,
      });
    return html`<details class="theme">
      <summary>${msg('Nettstedets farger og skrift', { id: 'editor.theme' })}</summary>
      ${text('accent', msg('Aksentfarge', { id: 'editor.theme.accent' }), msg('For eksempel #0062ba', { id: 'editor.theme.accent-hint' }))}
      ${text(
        'font',
        msg('Skrift', { id: 'editor.theme.font' }),
        msg('Som i nettstedets CSS, for eksempel "Source Sans 3", Arial, sans-serif', { id: 'editor.theme.font-hint' }),
      )}
      ${renderField({
        name: 'theme-tokens',
        label: msg('Designsystemet-tema (CSS)', { id: 'editor.theme.tokens' }),
        hint: msg('Lim inn temaets CSS-fil. Bare fargene, skriftene og målene (--ds-…) blir brukt.', { id: 'editor.theme.tokens-hint' }),
        control: (a) =>
          html`<textarea
            class="kw-textarea code"
            id=${a.id}
            rows="4"
            spellcheck="false"
            aria-describedby=${a.describedBy ?? nothing}
            .value=${this.theme.tokens}
            @change=${(e: Event) => set({ tokens: (e.target as HTMLTextAreaElement).value })}
          ></textarea>`,
      })}
    </details>`;
  }

  private renderFrames(widget: WidgetSection): TemplateResult {
    const langs = [this.previewLang, ...(this.secondLang && this.secondLang !== this.previewLang ? [this.secondLang] : [])];
    const name = widget.name();
    if (this.loaded !== widget.tag) {
      return html`<p class="loading" role="status">${msg(str`Henter ${name} …`, { id: 'editor.preview.loading' })}</p>`;
    }
    if (this.loadFailed) {
      return html`<p class="kw-error-message" role="alert">
        ${singleStops(msg(str`Kunne ikke hente ${name}. Last siden på nytt.`, { id: 'editor.preview.load-failed' }))}
      </p>`;
    }
    return html`<div class="frames ${this.width} ${langs.length > 1 ? 'two' : ''}">
      ${langs.map(
        (lang) =>
          html`<section class="frame" aria-label=${msg(str`${name} på ${LANGUAGE_NAMES[lang]}`, { id: 'editor.preview.frame' })}>
            ${this.renderWidget(widget, lang)}
          </section>`,
      )}
    </div>`;
  }

  /** The widget element itself, with the document and the chosen options; one literal template per tag. */
  private renderWidget(widget: WidgetSection, lang: Locale): TemplateResult {
    const o = this.options;
    switch (widget.tag) {
      case 'kommune-participation-ladder':
        return html`<kommune-participation-ladder lang=${lang} heading-level="3" .data=${this.data}></kommune-participation-ladder>`;
      case 'kommune-budget-pie':
        return html`<kommune-budget-pie
          lang=${lang}
          heading-level="3"
          variant=${o.variant ?? 'donut'}
          .data=${this.data}
        ></kommune-budget-pie>`;
      case 'kommune-meeting-calendar':
        return html`<kommune-meeting-calendar
          lang=${lang}
          heading-level="3"
          view=${o.view ?? 'list'}
          organization=${o.organization ?? nothing}
          .data=${this.data}
        ></kommune-meeting-calendar>`;
      case 'kommune-hate-report':
        return html`<kommune-hate-report lang=${lang} heading-level="3" preview .data=${this.data}></kommune-hate-report>`;
      default:
        return html`<kommune-pledge
          lang=${lang}
          heading-level="3"
          preview
          variant=${o.pledgeVariant ?? 'full'}
          .data=${this.data}
        ></kommune-pledge>`;
    }
  }
}
