import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localize, localizeWithLanguage, type Kommune, type LocalizedText, type SchemaIssue } from '@kommune-widgets/schema';
import { DataError, type DataErrorDetail } from './errors.js';
import { emit, type DataLoadDetail, type DataSource } from './events.js';
import { observeLang, unobserveLang, type LangListener } from './lang-observer.js';
import { loadJson, parseJson } from './load-json.js';
import { resolveLocale, resolveTextLocale, type Locale } from './locale.js';
import { withLocale } from './localize.js';
import { renderDataError, renderLoading } from './state-views.js';
import { stateStyles } from './states.styles.js';
import { themeTokens } from './theme.styles.js';

/** The life of a widget: waiting for data, showing it, showing that there is none, or showing what went wrong. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

/** What a widget's section parser answers (see `@kommune-widgets/schema`). */
export type SectionParseResult<T> = { ok: true; section: T; kommune?: Kommune } | { ok: false; issues: SchemaIssue[] };

/** Reads a widget's own section from either the whole kommune document or the section alone. */
export interface SectionInput<T> {
  parse(input: unknown): SectionParseResult<T>;
}

/**
 * The base of every kommune widget: takes data from `.data`, an inline
 * `<script type="application/json">` child or `src`; validates it against the widget's section;
 * shows loading, empty and error states; resolves the language per element; and dispatches
 * `kommune-data-load` and `kommune-data-error`.
 *
 * @slot - Fallback content (e.g. a link to a PDF), shown until the data is ready and again on error.
 * @fires kommune-data-load - The data was loaded and is valid. `detail: { source, url? }`.
 * @fires kommune-data-error - The data could not be loaded, read or validated. `detail: { kind, url?, status?, timedOut?, issues?, message }`.
 * @csspart base - The widget's outer box.
 * @csspart error - The error message box.
 * @csspart retry-button - The button that loads the data again after a network error.
 * @cssprop --kw-font-family - Font; inherits the host page's font by default.
 * @cssprop --kw-color-text - Text colour.
 * @cssprop --kw-color-text-subtle - Secondary text colour.
 * @cssprop --kw-color-background - Background colour.
 * @cssprop --kw-color-surface - Background of cards and panels.
 * @cssprop --kw-color-border - Border colour (3:1 against the background).
 * @cssprop --kw-color-accent - Links, buttons and the selected state.
 * @cssprop --kw-color-accent-contrast - Text on the accent colour.
 * @cssprop --kw-color-accent-surface - Tinted background of selected items.
 * @cssprop --kw-color-danger - Errors.
 * @cssprop --kw-color-danger-surface - Background of error messages.
 * @cssprop --kw-color-success - "Open" and success markers.
 * @cssprop --kw-color-warning - Deadlines and warnings.
 * @cssprop --kw-focus-ring-color - Keyboard focus outline colour.
 * @cssprop --kw-focus-ring-width - Keyboard focus outline width.
 * @cssprop --kw-radius - Corner radius.
 * @cssprop --kw-space - Base spacing unit.
 * @cssprop --kw-chart-1 - First of twelve chart colours (`--kw-chart-1` … `--kw-chart-12`), for widgets that draw charts.
 * @cssprop --kw-loading-min-height - Space kept while loading, so the page does not jump.
 */
export abstract class KommuneElement<TSection> extends LitElement implements LangListener {
  static override styles = [themeTokens, stateStyles];

  /** Address of the kommune data document (or of the widget's own section), https or relative. */
  @property() src?: string;

  /** The data as an object; takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Milliseconds to wait for `src` before showing a network error. */
  @property({ type: Number }) timeout = 15000;

  /** The current state: `loading`, `ready`, `empty` or `error`. Reflected as the `state` attribute for styling. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /** The validated section of this widget, once ready. */
  @state() protected section?: TSection;

  /** The kommune the document describes, when the whole document was given. */
  @state() protected kommune?: Kommune;

  @state() private error?: DataErrorDetail;
  @state() private resolvedLocale: Locale = 'nb';
  @state() private resolvedTextLocale = 'nb';

  private loadController?: AbortController;
  private pendingLoadEvent?: DataLoadDetail;
  private reloadRequested = true;

  /** The schema parser for this widget's section. */
  protected abstract readonly sectionInput: SectionInput<TSection>;

  /** Draws the widget once its data is valid. Called inside the element's locale. */
  protected abstract renderContent(section: TSection): TemplateResult;

  /** True when the valid data holds nothing to show; the widget then says so. */
  protected isEmpty(_section: TSection): boolean {
    return false;
  }

  /** The language this element speaks now (nb, nn, en or se). */
  get locale(): Locale {
    return this.resolvedLocale;
  }

  /** The language picked from the kommune's own texts: the element's language, or smj/sma where the page asks for them. */
  get textLocale(): string {
    return this.resolvedTextLocale;
  }

  /** One of the kommune's texts in this element's language (falling back to bokmål, then any), for attributes. */
  protected text(value: LocalizedText): string {
    return localize(value, this.resolvedTextLocale);
  }

  /**
   * One of the kommune's texts for the page: marked with its own `lang` when it is not in the language the widget
   * speaks (a bokmål fallback in a nordsamisk widget, a lulesamisk text in the bokmål box), so a screen reader
   * switches voice (WCAG 3.1.2).
   */
  protected textPart(value: LocalizedText): string | TemplateResult {
    const { text, lang } = localizeWithLanguage(value, this.resolvedTextLocale);
    return lang === this.resolvedLocale ? text : html`<span lang=${lang}>${text}</span>`;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.langChanged();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    observeLang(this);
    this.langChanged();
    if (this.state !== 'ready' && this.state !== 'empty') {
      // Moved in the page while loading: disconnecting cancelled the request, so start it again.
      this.reloadRequested = true;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
    this.loadController?.abort();
    this.loadController = undefined;
  }

  /** @internal Re-resolves the language after a `lang` change on this element or an ancestor. */
  langChanged(): void {
    if (!this.isConnected) return;
    this.resolvedLocale = resolveLocale(this);
    this.resolvedTextLocale = resolveTextLocale(this);
  }

  /** Loads the data again (the retry button does this). */
  reload(): void {
    this.reloadRequested = true;
    this.requestUpdate();
  }

  /** Runs `fn` with `msg()` speaking this element's language, for texts made outside `render()`. */
  protected localized<T>(fn: () => T): T {
    return withLocale(this.resolvedLocale, fn);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.reloadRequested || changed.has('data') || changed.has('src')) {
      this.reloadRequested = false;
      void this.load();
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    withLocale(this.resolvedLocale, () => super.update(changed));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingLoadEvent) {
      const detail = this.pendingLoadEvent;
      this.pendingLoadEvent = undefined;
      emit(this, 'kommune-data-load', detail);
    }
  }

  protected override render(): TemplateResult {
    // lang on the box marks the language the widget really speaks, even when the page's is one it does not.
    return html`<div class="base" part="base" lang=${this.resolvedLocale} aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
      ${this.renderState()}
    </div>`;
  }

  private renderState(): TemplateResult {
    switch (this.state) {
      case 'loading':
        return renderLoading();
      case 'error':
        return renderDataError(this.error!, () => this.reload());
      default:
        return this.renderSafely();
    }
  }

  private renderSafely(): TemplateResult {
    try {
      return this.renderContent(this.section!);
    } catch (error) {
      // A bug in a widget must not break the host page: show the fallback and say what happened.
      console.error(`[kommune-widgets] <${this.localName}> failed to render`, error);
      return renderDataError({ kind: 'parse', message: String(error) }, () => this.reload());
    }
  }

  private async load(): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    try {
      const { raw, source, url } = await this.readSource(controller.signal);
      if (controller.signal.aborted) return;
      const result = this.sectionInput.parse(raw);
      if (!result.ok) {
        throw new DataError({
          kind: 'schema',
          ...(url ? { url } : {}),
          issues: result.issues,
          message: `The data does not follow the kommune-widgets schema: ${result.issues.map((i) => `${i.path || '(root)'}: ${i.code}`).join('; ')}`,
        });
      }
      this.section = result.section;
      this.kommune = result.kommune;
      this.error = undefined;
      this.state = this.isEmpty(result.section) ? 'empty' : 'ready';
      this.pendingLoadEvent = { source, ...(url ? { url } : {}) };
    } catch (error) {
      if (controller.signal.aborted) return;
      this.showError(error instanceof DataError ? error.detail : { kind: 'parse', message: String(error) });
    }
  }

  /** Finds the data: `.data`, then inline JSON, then `src`. Synchronous unless it must fetch. */
  private readSource(
    signal: AbortSignal,
  ): { raw: unknown; source: DataSource; url?: string } | Promise<{ raw: unknown; source: DataSource; url: string }> {
    if (this.data !== undefined && this.data !== null) return { raw: this.data, source: 'property' };
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return { raw: parseJson(inline.textContent ?? ''), source: 'inline' };
    if (this.src) {
      const url = new URL(this.src, document.baseURI).href;
      this.state = 'loading';
      return loadJson(url, { timeout: this.timeout, signal }).then((raw) => ({ raw, source: 'src' as const, url }));
    }
    throw new DataError({
      kind: 'network',
      message: 'No data: set the src attribute, the data property or an inline <script type="application/json"> child.',
    });
  }

  private showError(detail: DataErrorDetail): void {
    this.error = detail;
    this.section = undefined;
    this.state = 'error';
    console.error(`[kommune-widgets] <${this.localName}> ${detail.message}`, detail);
    emit(this, 'kommune-data-error', detail);
  }
}
