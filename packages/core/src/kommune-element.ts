import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { localize, localizeWithLanguage, type Kommune, type LocalizedText } from '@kommune-widgets/schema';
import { DataController, type DataState, type SectionInput } from './data/data-controller.js';
import type { DataReader } from './data/readers.js';
import { parseKommuneDate } from './dates.js';
import type { DataErrorDetail } from './errors.js';
import { renderHeading, type HeadingOptions } from './heading.js';
import { headingStyles } from './heading.styles.js';
import { AnnouncerController } from './interaction/announcer.js';
import { FocusAfterUpdateController } from './interaction/focus-after-update.js';
import { observeLang, unobserveLang, type LangListener } from './lang-observer.js';
import { resolveLocale, resolveTextLocale, type Locale } from './locale.js';
import { isLocaleReady, loadLocale, withLocale, type CatalogueGroup } from './localize.js';
import { renderDataError, renderLoading } from './state-views.js';
import { stateStyles } from './states.styles.js';
import { themeTokens } from './theme.styles.js';

/** The life of a widget: waiting for data, showing it, showing that there is none, or showing what went wrong. */
export type WidgetState = DataState;

/**
 * The base of every kommune widget: takes data from `.data`, an inline
 * `<script type="application/json">` child or `src`; validates it against the widget's section;
 * shows loading, empty and error states; resolves the language per element; and dispatches
 * `kommune-data-load` and `kommune-data-error`.
 *
 * @slot - Fallback content (e.g. a link to a PDF), shown until the data is ready, in the empty state and on error.
 * @fires kommune-data-load - The data was loaded and is valid. `detail: { source, url? }`.
 * @fires kommune-data-error - The data could not be loaded, read or validated (`network`, `parse`, `schema`), or the widget failed to draw it (`render`). `detail: { kind, url?, status?, timedOut?, cors?, issues?, message }`.
 * @csspart base - The widget's outer box.
 * @csspart error - The error message box.
 * @csspart retry-button - The button that loads the data again after a network error.
 * @csspart empty - The line that says there is nothing to show yet (empty state).
 * @cssprop --kw-font-family - Font; unset, the widget inherits the host page's font (never `--ds-font-family`).
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
 * @cssprop --kw-chart-1 - Chart colour 1 of 12, for widgets that draw charts (the largest slice of the budget pie).
 * @cssprop --kw-chart-2 - Chart colour 2 of 12.
 * @cssprop --kw-chart-3 - Chart colour 3 of 12.
 * @cssprop --kw-chart-4 - Chart colour 4 of 12.
 * @cssprop --kw-chart-5 - Chart colour 5 of 12.
 * @cssprop --kw-chart-6 - Chart colour 6 of 12.
 * @cssprop --kw-chart-7 - Chart colour 7 of 12.
 * @cssprop --kw-chart-8 - Chart colour 8 of 12.
 * @cssprop --kw-chart-9 - Chart colour 9 of 12.
 * @cssprop --kw-chart-10 - Chart colour 10 of 12.
 * @cssprop --kw-chart-11 - Chart colour 11 of 12.
 * @cssprop --kw-chart-12 - Chart colour 12 of 12.
 * @cssprop --kw-loading-min-height - Space kept while loading, so the page does not jump.
 */
export abstract class KommuneElement<TSection> extends LitElement implements LangListener {
  static override styles = [themeTokens, headingStyles, stateStyles];

  /** Address of the kommune data document (or of the widget's own section), https or relative. */
  @property() src?: string;

  /** The data as an object; takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Milliseconds to wait for `src` before showing a network error. */
  @property({ type: Number }) timeout = 15000;

  /** Level of the widget's top heading (2–6), so it fits the page's outline: under an `<h3>`, use 4. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The date the widget takes as today (ISO 8601, e.g. `2026-12-01`), deciding what is open, upcoming or past.
   * Empty means the real today. For previews, demos and tests.
   */
  @property() today = '';

  /** The current state: `loading`, `ready`, `empty` or `error`. Reflected as the `state` attribute for styling. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /** The validated section of this widget, once ready. */
  @state() protected section?: TSection;

  /** The kommune the document describes, when the whole document was given. */
  @state() protected kommune?: Kommune;

  @state() private resolvedLocale: Locale = 'nb';
  /** True when this element's language has its texts in: until then it stays in the loading state. */
  @state() private catalogueReady = true;
  /** The catalogue load this element waits for, if any. */
  private catalogueLoad?: Promise<void>;
  @state() private resolvedTextLocale = 'nb';

  /** Gets the data: sources, fetching, reading, validation and the state. */
  protected readonly dataController: DataController<TSection>;

  /** The widget's polite live region: `this.announcer.announce(text)`. */
  protected readonly announcer = new AnnouncerController(this);

  /** A bug met while drawing, reported once the update is done. */
  private renderFailure?: unknown;

  /** Moves focus after the next update, only when focus is in the widget (or for the reader's own click). */
  protected readonly focusAfterUpdate = new FocusAfterUpdateController(this);
  /** The reader pressed «Prøv igjen»: once the data has loaded or failed again, focus goes on from the status line. */
  private refocusAfterLoad = false;

  /** The schema parser for this widget's section. */
  protected abstract readonly sectionInput: SectionInput<TSection>;

  constructor() {
    super();
    this.dataController = new DataController<TSection>(this, {
      input: { parse: (input) => this.sectionInput.parse(input) },
      isEmpty: (section) => this.isEmpty(section),
      // Asked when a file arrives: a subclass's fields are not set yet while this constructor runs.
      readers: () => this.dataReaders(),
      holdLoad: () => this.renderFailure !== undefined || !this.catalogueReady,
    });
  }

  /** Readers for files that are not JSON (the meeting calendar reads iCalendar). None by default. */
  protected dataReaders(): DataReader[] {
    return [];
  }

  /** Draws the widget once its data is valid. Called inside the element's locale. */
  protected abstract renderContent(section: TSection): TemplateResult;

  /**
   * Draws the empty state: valid data with nothing to show. By default a line saying so; a widget may draw more
   * (the ladder still shows its five steps). The base shows the fallback content below it.
   */
  protected renderEmpty(_section: TSection): TemplateResult {
    return html`<p class="empty" part="empty">${msg('Det er ikke noe innhold å vise her ennå.', { id: 'core.empty' })}</p>`;
  }

  /**
   * Drawn while loading, above the status line and the fallback: what does not depend on the data (the ladder's
   * steps, the pie's chart frame), sized like what is typical, so the page does not jump when the data arrives.
   * Nothing by default.
   */
  protected renderPlaceholder(): TemplateResult | undefined {
    return undefined;
  }

  /** True when the valid data holds nothing to show; the widget then says so. */
  protected isEmpty(_section: TSection): boolean {
    return false;
  }

  /** What went wrong, in the error state. */
  get error(): DataErrorDetail | undefined {
    return this.dataController.error;
  }

  /** The language this element speaks now (nb, nn, en or se). */
  get locale(): Locale {
    return this.resolvedLocale;
  }

  /** The language picked from the kommune's own texts: the element's language, or smj/sma where the page asks for them. */
  get textLocale(): string {
    return this.resolvedTextLocale;
  }

  /** The instant the widget takes as now: the start of the `today` date (Oslo time) when set, else the clock. */
  protected get now(): Date {
    return (this.today && parseKommuneDate(this.today)) || new Date();
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

  /** A real `<h2>`…`<h6>` at `heading-level` plus `depth` (0 for the widget's title, 1 for its panels, …). */
  protected heading(depth: number, content: unknown, options?: HeadingOptions): TemplateResult {
    return renderHeading(this.headingLevel + depth, content, options);
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
  }

  /** @internal Re-resolves the language after a `lang` change on this element or an ancestor. */
  langChanged(): void {
    if (!this.isConnected) return;
    this.resolvedLocale = resolveLocale(this);
    this.resolvedTextLocale = resolveTextLocale(this);
  }

  /** Loads the data again (the retry button does this). */
  reload(): void {
    this.dataController.reload();
  }

  /** «Prøv igjen»: loads again and keeps the reader's focus in the widget while the button is away. */
  private retry(): void {
    this.refocusAfterLoad = true;
    this.reload();
    this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('.loading-status'), undefined, { byUser: true });
  }

  /** Focus on the retry button when the data failed again, else on the widget's first heading (or its box). */
  private focusStart(): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>('button.retry') ??
      this.renderRoot.querySelector<HTMLElement>('h2, h3, h4, h5, h6') ??
      this.renderRoot.querySelector<HTMLElement>('.base');
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }

  /** Runs `fn` with `msg()` speaking this element's language, for texts made outside `render()`. */
  protected localized<T>(fn: () => T): T {
    return withLocale(this.resolvedLocale, fn);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before any subclass reads `section`: a new source is read now, so inline and property data draw at once.
    this.dataController.sync();
    const { state, value, kommune } = this.dataController;
    this.awaitCatalogue(state);
    const shown = this.catalogueReady ? state : 'loading';
    if (this.state !== shown) this.state = shown;
    if (this.section !== value) this.section = value;
    if (this.kommune !== kommune) this.kommune = kommune;
  }

  /**
   * Languages other than bokmål come as modules of their own: fetch this element's (and, for an error with schema
   * issues, the schema's messages) before drawing, so no text shows in the wrong language.
   */
  private awaitCatalogue(state: WidgetState): void {
    const groups: CatalogueGroup[] = state === 'error' && this.dataController.error?.issues?.length ? ['widget', 'issues'] : ['widget'];
    const locale = this.resolvedLocale;
    if (isLocaleReady(locale, groups)) {
      this.catalogueReady = true;
      this.catalogueLoad = undefined;
      return;
    }
    this.catalogueReady = false;
    const load = loadLocale(locale, groups).then(() => {
      if (this.catalogueLoad !== load) return;
      this.catalogueLoad = undefined;
      this.requestUpdate();
    });
    this.catalogueLoad = load;
  }

  /** Resolves once the element has drawn its latest state, its language's texts included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.catalogueLoad) {
      await this.catalogueLoad;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override update(changed: PropertyValues<this>): void {
    withLocale(this.resolvedLocale, () => super.update(changed));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.refocusAfterLoad && this.state !== 'loading') {
      this.refocusAfterLoad = false;
      // Only when focus is still where «Prøv igjen» left it: on the status line, which this update removed (focus
      // then falls back to the page's body), or somewhere else in the widget. Never from elsewhere on the page.
      const active = document.activeElement;
      if (this.matches(':focus-within') || active === null || active === document.body) queueMicrotask(() => this.focusStart());
    }
    if (this.renderFailure !== undefined) {
      const failure = this.renderFailure;
      this.renderFailure = undefined;
      // Reported after this update, never from inside render: the error view is drawn by the next one.
      queueMicrotask(() =>
        this.dataController.fail({ kind: 'render', message: `<${this.localName}> failed to render: ${describe(failure)}` }),
      );
    }
  }

  protected override render(): TemplateResult {
    // lang on the box marks the language the widget really speaks, even when the page's is one it does not.
    return html`<div class="base" part="base" lang=${this.resolvedLocale} aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
      ${this.renderState()} ${this.announcer.render()}
    </div>`;
  }

  private renderState(): TemplateResult {
    try {
      switch (this.state) {
        case 'loading':
          // Until the language's texts are in, nothing with words: the box keeps its room.
          return this.catalogueReady ? renderLoading(this.renderPlaceholder()) : renderLoading(undefined, false);
        case 'error':
          return renderDataError(this.error!, () => this.retry());
        case 'empty':
          return html`${this.renderEmpty(this.section!)}
            <div class="fallback"><slot></slot></div>`;
        default:
          return this.renderContent(this.section!);
      }
    } catch (error) {
      // A bug in a widget must not break the host page: show the fallback and say what happened.
      this.renderFailure = error;
      return renderDataError({ kind: 'render', message: describe(error) }, () => this.reload());
    }
  }
}

/** An error's name, message and first stack line, for the console and the event. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
