import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { budgetInput, type Budget, type BudgetDataset, type BudgetItem } from '@kommune-widgets/schema';
import { emit, KommuneElement, RovingFocusController, singleStops } from '@kommune-widgets/core';
import { formatShare, formatValue } from './amounts.js';
import { budgetPieStyles } from './budget-pie.styles.js';
import { PrintWatch, renderBudgetTable } from './budget-table.js';
import { renderDatasetSwitch } from './dataset-switch.js';
import { sliceLabelPart, sliceName, type FigureContext } from './figures.js';
import { renderLevelNotes } from './level-notes.js';
import { renderPieChart, renderSwatch } from './pie-chart.js';
import { renderPiePlaceholder } from './pie-placeholder.js';
import { piePlaceholderStyles } from './pie-placeholder.styles.js';
import { renderSliceDetail } from './slice-detail.js';
import { renderSource } from './source-line.js';
import { allItems, buildLevel, hasBreakdown, levelOf, pathTo, type PieLevel, type Slice } from './slices.js';

/** Detail of `kommune-dataset-select`. */
export interface DatasetSelectDetail {
  /** The id of the dataset now shown. */
  dataset: string;
}

/** Detail of `kommune-item-select`. */
export interface ItemSelectDetail {
  /** The dataset the item belongs to. */
  dataset: string;
  /** The id of the item opened or selected; `null` when the reader went back to the top. */
  item: string | null;
  /** Ids from the top down to the level now shown. */
  path: string[];
}

/** The current level: where in the tree the reader is and the slices there. */
interface View {
  dataset: BudgetDataset;
  path: BudgetItem[];
  level: PieLevel;
  /** The slice to mark when the item attribute names a leaf. */
  selectedKey?: string;
}

/**
 * Where the kommune's money goes and where it comes from: an SVG pie or donut of one dataset with its
 * legend, the figures of each part (amount, share, kroner per innbygger, and the national or KOSTRA-group
 * figures beside them), drill-down into sub-items, a switch between years, expenses and income, and the
 * same figures as a table. Small items gather in "Annet", negative figures are listed beside the chart,
 * and percentages that do not add up to 100 show the rest as "Ikke fordelt".
 *
 * @tagname kommune-budget-pie
 * @summary The kommune's budget as an accessible pie or donut chart with a table.
 * @fires kommune-dataset-select - The reader switched dataset. `detail: { dataset: string }`.
 * @fires kommune-item-select - The reader opened an item's breakdown, selected an item or went back. `detail: { dataset, item: string | null, path: string[] }`.
 * @csspart switches - The controls that switch between datasets.
 * @csspart switch - One group of switch buttons (expense/income, kommune/fylkeskommune).
 * @csspart breadcrumb - The path back up from a breakdown.
 * @csspart chart - The SVG chart.
 * @csspart slice - One slice of the chart.
 * @csspart centre - The total in the middle of the donut.
 * @csspart legend - The list of the slices with colour, name and share.
 * @csspart detail - The figures of the slice in focus.
 * @csspart comparison - Kroner per innbygger beside the reference figures.
 * @csspart open-button - The button that opens an item's breakdown.
 * @csspart notes - What the total includes, negative and missing figures.
 * @csspart source - Where the figures come from and when they were updated.
 * @csspart table-button - The button that shows or hides the table.
 * @csspart table - The data table.
 * @csspart empty - The message shown when the document has no figures yet.
 * @cssprop --kw-pie-size - Largest width of the chart (default 18em).
 * @cssprop --kw-chart-other - Colour of the «Annet» slice and its swatch; keep 3:1 against the background and the chart colours (default: #939393 after a darker chart colour, #3b3b3b after a lighter one).
 */
export class KommuneBudgetPie extends KommuneElement<Budget> {
  static override styles = [...KommuneElement.styles, budgetPieStyles, piePlaceholderStyles];

  /** `donut` (a ring with the total in the middle) or `pie`. */
  @property({ reflect: true }) variant: 'pie' | 'donut' = 'donut';

  /**
   * The id of the dataset to show (attribute `dataset`); the first in the document when empty or unknown.
   * Named `datasetId` because `dataset` is every element's `data-*` map.
   */
  @property({ reflect: true, attribute: 'dataset' }) datasetId = '';

  /** The id of the item whose breakdown is shown (or, for an item without one, the item to select). Empty shows the top. */
  @property({ reflect: true }) item = '';

  /** Shows the data table from the start (it is always shown in print). */
  @property({ type: Boolean, reflect: true, attribute: 'table-open' }) tableOpen = false;

  protected readonly sectionInput = budgetInput;

  /** The slice that holds the Tab stop and whose figures are shown. */
  @state() private activeKey?: string;
  @state() private hoverKey?: string;

  /** Arrow keys, Home and End move round the slices; the chart is one Tab stop, on the active slice. */
  private readonly sliceFocus = new RovingFocusController(this, {
    elements: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.slices path.slice')],
    current: () => this.sliceElement(this.activeKey ?? this.selectedKey),
    wrap: true,
  });

  /**
   * The table is drawn only while it is open or the page prints: a first visit pays nothing for rows nobody opened.
   * On `beforeprint` the pie draws at once, so print (which always shows the table) has it.
   */
  private readonly printWatch = new PrintWatch(this, (printing) => {
    this.requestUpdate();
    if (printing) this.performUpdate();
  });

  /** The slice the item attribute selects on the level shown, which holds the Tab stop when none is active. */
  private selectedKey?: string;
  /** The slice whose figures were shown when a finger touched the chart (the tap's own focus changes it). */
  private shownBeforeTouch?: string;

  /** The heading and a line saying the kommune has not published figures yet; the base adds the fallback (a PDF). */
  protected override renderEmpty(): TemplateResult {
    return html`<div class="budget">
      ${this.heading(0, msg('Budsjett', { id: 'pie.heading' }), { id: 'pie-heading', className: 'kw-title' })}
      <p class="empty" part="empty">${msg('Kommunen har ikke lagt ut tall for budsjettet ennå.', { id: 'pie.empty' })}</p>
    </div>`;
  }

  /** While loading: the chart's frame, its heading line and the controls' space, so the page does not jump. */
  protected override renderPlaceholder(): TemplateResult {
    return renderPiePlaceholder(this.variant === 'pie' ? 'pie' : 'donut');
  }

  protected override isEmpty(section: Budget): boolean {
    return section.datasets.every((dataset) => allItems(dataset.items).every((item) => item.amount === null));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed as PropertyValues).has('section')) {
      // New data: nothing of the old figures' selection or announcements still applies.
      this.activeKey = undefined;
      this.hoverKey = undefined;
      this.announcer.clear();
    } else if (changed.has('datasetId') || changed.has('item')) {
      this.hoverKey = undefined;
      if (!this.focusAfterUpdate.pending) this.activeKey = undefined;
    }
  }

  /** The slice drawn for `key`, if it is on the level shown. */
  private sliceElement(key: string | undefined): HTMLElement | null {
    return key === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`.slices path.slice[data-key="${CSS.escape(key)}"]`);
  }

  private currentDataset(section: Budget): BudgetDataset {
    return section.datasets.find((d) => d.id === this.datasetId) ?? section.datasets[0]!;
  }

  private view(section: Budget): View {
    const dataset = this.currentDataset(section);
    const path = this.item ? pathTo(dataset.items, this.item) : [];
    const last = path[path.length - 1];
    if (last && !hasBreakdown(last)) {
      // A leaf: show the level it sits on, with the leaf selected.
      const parents = path.slice(0, -1);
      const level = levelOf(dataset, parents[parents.length - 1]);
      // A leaf gathered in "Annet" selects "Annet".
      const slice = level.slices.find((s) => s.key === last.id || s.members.includes(last));
      return { dataset, path: parents, level, ...(slice ? { selectedKey: slice.key } : {}) };
    }
    return { dataset, path, level: levelOf(dataset, last) };
  }

  private context(view: View): FigureContext {
    return {
      dataset: view.dataset,
      level: view.level,
      locale: this.locale,
      ...(this.kommune?.innbyggere ? { innbyggere: this.kommune.innbyggere } : {}),
      ...(this.kommune ? { kommuneName: this.text(this.kommune.navn), kommunePart: this.textPart(this.kommune.navn) } : {}),
      text: (value) => this.text(value),
      part: (value) => this.textPart(value),
    };
  }

  protected override renderContent(section: Budget): TemplateResult {
    const view = this.view(section);
    const ctx = this.context(view);
    const { dataset } = view;
    this.selectedKey = view.selectedKey;
    const activeKey = this.activeKey ?? view.selectedKey;
    const shown = view.level.slices.find((s) => s.key === (this.hoverKey ?? activeKey));
    const unknownDataset = this.datasetId && this.datasetId !== dataset.id;
    const unknownItem = this.item && pathTo(dataset.items, this.item).length === 0;
    const tableDrawn = this.tableOpen || this.printWatch.printing;
    return html`<div class="budget">
      ${this.heading(0, this.textPart(dataset.title), { id: 'pie-heading', className: 'kw-title' })}
      ${dataset.description ? html`<p class="description">${this.textPart(dataset.description)}</p>` : nothing}
      ${
        unknownDataset
          ? html`<p class="note" role="note">
              ${singleStops(msg(str`Fant ikke tallene «${this.datasetId}». Viser ${this.text(dataset.title)}.`, { id: 'pie.unknownDataset' }))}
            </p>`
          : nothing
      }
      ${unknownItem ? html`<p class="note" role="note">${msg(str`Fant ikke posten «${this.item}». Viser alle postene.`, { id: 'pie.unknownItem' })}</p>` : nothing}
      ${renderDatasetSwitch({ datasets: section.datasets, current: dataset, text: (v) => this.text(v), onSelect: (id) => this.selectDataset(id, section) })}
      ${this.renderBreadcrumb(view)}
      <div class="chart-area">
        <div class="chart-box">
          ${
            view.level.slices.length
              ? html`${renderPieChart({
                  slices: view.level.slices,
                  variant: this.variant === 'pie' ? 'pie' : 'donut',
                  levelKey: `${dataset.id}/${view.path.map((p) => p.id).join('/')}`,
                  highlightKey: this.hoverKey ?? activeKey,
                  label: this.chartLabel(view),
                  name: (slice) => sliceName(slice, ctx),
                  onPointerDown: (_slice, pointerType) => this.onPointerDown(view, pointerType),
                  onActivate: (slice, pointerType) => this.onSliceClick(slice, view, pointerType),
                  onFocus: (slice) => this.onSliceFocus(slice),
                  onHover: (slice, pointerType) => this.onHover(slice, pointerType),
                  onKeydown: (event, slice) => this.onSliceKeydown(event, slice, view),
                })}
                ${this.variant === 'pie' ? nothing : this.renderCentre(view)}`
              : html`<p class="no-slices">
                  ${msg('Ingen poster med positive tall å vise i diagrammet. Se tabellen.', { id: 'pie.noSlices' })}
                </p>`
          }
        </div>
        <div class="side">
          ${renderSliceDetail(shown, ctx, { onOpen: (slice) => this.activate(slice, view), onShowTable: () => this.showTable() })}
          ${this.renderLegend(view.level.slices, ctx, view)}
        </div>
      </div>
      ${renderLevelNotes(ctx)} ${renderSource(dataset.source, this.locale, (v) => this.textPart(v))}
      <button
        type="button"
        class="table-button kw-button"
        part="table-button"
        aria-expanded=${this.tableOpen ? 'true' : 'false'}
        aria-controls="pie-table-region"
        @click=${() => (this.tableOpen = !this.tableOpen)}
      >
        ${this.tableOpen ? msg('Skjul tabellen', { id: 'pie.table.hide' }) : msg('Vis tallene som tabell', { id: 'pie.table.show' })}
      </button>
      <div
        id="pie-table-region"
        class="table-region ${this.tableOpen ? 'open' : ''}"
        role=${tableDrawn ? 'region' : nothing}
        aria-labelledby=${tableDrawn ? 'pie-table-caption' : nothing}
        tabindex=${tableDrawn ? '0' : nothing}
      >
        ${tableDrawn ? renderBudgetTable(ctx, 'pie-table-caption') : nothing}
      </div>
    </div>`;
  }

  private levelName(view: View): string {
    const parent = view.path[view.path.length - 1];
    if (parent) return this.text(parent.label);
    return view.dataset.kind === 'income'
      ? msg('Alle inntekter', { id: 'pie.level.income' })
      : msg('Alle utgifter', { id: 'pie.level.expense' });
  }

  private chartLabel(view: View): string {
    const name = this.levelName(view);
    const count = view.level.slices.length;
    return singleStops(
      msg(str`${name}. Diagram, antall deler: ${count}. Bruk piltastene for å gå mellom delene.`, { id: 'pie.chart.label' }),
    );
  }

  private renderCentre(view: View): TemplateResult {
    const total = view.level.positiveSum + view.level.remainder;
    return html`<div class="centre" part="centre" aria-hidden="true">
      <span class="centre-label">${parentOf(view) ? this.textPart(parentOf(view)!.label) : this.levelName(view)}</span>
      <span class="centre-value">${formatValue(total, view.dataset.unit, this.locale)}</span>
    </div>`;
  }

  private renderBreadcrumb(view: View): TemplateResult | typeof nothing {
    if (!view.path.length) return nothing;
    const top =
      view.dataset.kind === 'income'
        ? msg('Alle inntekter', { id: 'pie.level.income' })
        : msg('Alle utgifter', { id: 'pie.level.expense' });
    const crumbs = [{ id: '', label: top }, ...view.path.map((item) => ({ id: item.id, label: this.textPart(item.label) }))];
    return html`<nav class="breadcrumb" part="breadcrumb" aria-label=${msg('Nivå i tallene', { id: 'pie.breadcrumb' })}>
      <ol role="list">
        ${crumbs.map((crumb, index) =>
          index === crumbs.length - 1
            ? html`<li><span aria-current="location">${crumb.label}</span></li>`
            : html`<li>
                <button type="button" class="crumb" @click=${() => this.openLevel(crumb.id, view, crumbs[index + 1]!.id)}>
                  ${crumb.label}
                </button>
              </li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderLegend(slices: readonly Slice[], ctx: FigureContext, view: View): TemplateResult | typeof nothing {
    if (!slices.length) return nothing;
    // Pointer targets the size of a line of text, for slices too thin to hit; the keyboard uses the slices.
    // Hidden from screen readers: the slices carry the same names, fuller, and one list is enough.
    return html`<ul class="legend" part="legend" role="list" aria-hidden="true">
      ${slices.map(
        (slice) =>
          html`<li>
            <button
              type="button"
              tabindex="-1"
              class="legend-entry ${slice.key === (this.hoverKey ?? this.activeKey ?? view.selectedKey) ? 'current' : ''}"
              @pointerdown=${(event: PointerEvent) => this.onPointerDown(view, event.pointerType)}
              @click=${(event: MouseEvent) => this.onSliceClick(slice, view, (event as PointerEvent).pointerType ?? '')}
              @pointerenter=${(event: PointerEvent) => this.onHover(slice, event.pointerType)}
            >
              ${renderSwatch(slice)}
              <span class="legend-label">${sliceLabelPart(slice, ctx)}</span>
              <span class="legend-amount"
                >${ctx.dataset.unit === 'percent' ? '' : formatValue(slice.value, ctx.dataset.unit, this.locale)}</span
              >
              <span class="legend-share">
                ${ctx.dataset.unit === 'percent' ? formatValue(slice.value, 'percent', this.locale) : formatShare(slice.share, this.locale)}
              </span>
            </button>
          </li>`,
      )}
    </ul>`;
  }

  /**
   * The figures of the slice under the pointer stay until the pointer reaches another slice, so the reader can move
   * over to them and read them (WCAG 1.4.13); leaving a slice does not take them away.
   */
  private onHover(slice: Slice, pointerType: string): void {
    // A finger "enters" the slice it taps: that is a tap, handled on click, not hovering.
    if (pointerType !== 'touch') this.hoverKey = slice.key;
  }

  /** Keyboard focus takes over from the pointer: the panel shows the focused slice. */
  private onSliceFocus(slice: Slice): void {
    this.hoverKey = undefined;
    this.activeKey = slice.key;
  }

  /**
   * A mouse has already shown the figures on hover, so a click opens. A tap has no hover: the first tap on a
   * slice with a breakdown shows its figures (with the button that opens it), a second tap opens it.
   */
  private onSliceClick(slice: Slice, view: View, pointerType: string): void {
    const shownBefore = this.shownBeforeTouch;
    this.shownBeforeTouch = undefined;
    if (pointerType === 'touch' && hasBreakdown(slice.item) && shownBefore !== slice.key) {
      this.activeKey = slice.key;
      // From a legend entry too: focus goes to the slice, never stays in the legend screen readers do not see.
      this.focusOnUpdate(slice.key);
      return;
    }
    this.activate(slice, view);
  }

  /**
   * Puts focus on the slice with `key` ('' for the first) once the next render is done, when the reader is in the
   * widget now: a later update must never pull focus away from the page.
   */
  private focusOnUpdate(key: string): void {
    this.focusAfterUpdate.request(
      () => this.sliceElement(key),
      () => this.sliceFocus.tabStop,
    );
  }

  private onPointerDown(view: View, pointerType: string): void {
    if (pointerType === 'touch') this.shownBeforeTouch = this.hoverKey ?? this.activeKey ?? view.selectedKey;
  }

  private activate(slice: Slice, view: View): void {
    if (slice.kind === 'item' && hasBreakdown(slice.item)) {
      this.openLevel(slice.item!.id, view);
      return;
    }
    this.activeKey = slice.key;
    this.focusOnUpdate(slice.key);
    this.hoverKey = undefined;
    if (slice.kind === 'item') {
      // A selected item without a breakdown is named by the item attribute too, so the page can link to it.
      this.item = slice.item!.id;
      this.emitItem(view.dataset, slice.item!.id, [...view.path.map((p) => p.id), slice.item!.id]);
    }
  }

  /** Shows the breakdown of `id` ('' for the top) and puts focus on `focusKey` there (the first slice by default). */
  private openLevel(id: string, view: View, focusKey?: string): void {
    this.focusOnUpdate(focusKey ?? '');
    this.activeKey = focusKey;
    this.item = id;
    const path = id ? pathTo(view.dataset.items, id) : [];
    const label = path.length ? this.text(path[path.length - 1]!.label) : this.localized(() => this.levelName({ ...view, path: [] }));
    const count = buildLevel(view.dataset, path[path.length - 1]).slices.length;
    this.announcer.announce(
      this.localized(() => singleStops(msg(str`Viser ${label}. Antall deler: ${count}.`, { id: 'pie.status.level' }))),
    );
    this.emitItem(
      view.dataset,
      id || null,
      path.map((p) => p.id),
    );
  }

  private goUp(view: View): void {
    if (!view.path.length) return;
    const current = view.path[view.path.length - 1]!;
    const parent = view.path[view.path.length - 2];
    this.openLevel(parent?.id ?? '', view, current.id);
  }

  private onSliceKeydown(event: KeyboardEvent, slice: Slice, view: View): void {
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.activate(slice, view);
        return;
      case 'Escape':
        if (view.path.length) {
          event.preventDefault();
          this.goUp(view);
        }
        return;
    }
  }

  private selectDataset(id: string, section: Budget): void {
    if (id === this.currentDataset(section).id) return;
    this.datasetId = id;
    this.item = '';
    const dataset = this.currentDataset(section);
    const title = this.text(dataset.title);
    this.announcer.announce(this.localized(() => singleStops(msg(str`Viser ${title}.`, { id: 'pie.status.dataset' }))));
    emit(this, 'kommune-dataset-select', { dataset: id });
  }

  private showTable(): void {
    this.tableOpen = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#pie-table-region')?.focus());
  }

  private emitItem(dataset: BudgetDataset, item: string | null, path: string[]): void {
    emit(this, 'kommune-item-select', { dataset: dataset.id, item, path });
  }
}

/** The item whose breakdown a view shows, if any. */
function parentOf(view: View): BudgetItem | undefined {
  return view.path[view.path.length - 1];
}

declare module '@kommune-widgets/core' {
  interface KommuneEventMap {
    'kommune-dataset-select': DatasetSelectDetail;
    'kommune-item-select': ItemSelectDetail;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kommune-budget-pie': KommuneBudgetPie;
  }
  interface GlobalEventHandlersEventMap {
    'kommune-dataset-select': CustomEvent<DatasetSelectDetail>;
    'kommune-item-select': CustomEvent<ItemSelectDetail>;
  }
}
