import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import type { BudgetItem } from '@kommune-widgets/schema';
import { formatKroner, formatValueExact, perInnbygger } from './amounts.js';
import { comparisonsFor, memberCount, shareFigure, showsShare, sliceLabel, type FigureContext } from './figures.js';

/**
 * Tells the pie when the page is about to print and when it is done: the table, drawn only while it is open, is
 * always there on paper, so printing draws it too. `changed` runs inside the `beforeprint` event, where the pie
 * draws at once: a script's `window.print()` lays the page out for print before any later update would run.
 */
export class PrintWatch implements ReactiveController {
  /** True from the page's `beforeprint` until its `afterprint`. */
  printing = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly changed: (printing: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.changed(true);
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    this.changed(false);
  };
}

/**
 * The same figures as the chart, as a real table: one row per item in the order of the slices, the members
 * of "other" under it, the remainder, then negative, zero and missing amounts, and the sums in the footer.
 * A percent dataset whose figures are the shares of the chart has no column of shares: each figure is there once.
 * Rendered again only when the level or the language changes: pointing at slices leaves 10 000 rows alone.
 */
export function renderBudgetTable(ctx: FigureContext, captionId: string): DirectiveResult {
  return guard([ctx.level, ctx.locale, ctx.innbyggere, ctx.kommuneName, captionId], () => renderTable(ctx, captionId));
}

function renderTable(ctx: FigureContext, captionId: string): TemplateResult {
  const { dataset, level, locale } = ctx;
  const isPercent = dataset.unit === 'percent';
  const showPer = !isPercent && !!ctx.innbyggere;
  const showShare = showsShare(ctx);
  const comparisons = isPercent ? [] : (dataset.comparisons ?? []);
  const value = (v: number) => formatValueExact(v, dataset.unit, locale);
  const per = (v: number | null) => {
    const kroner = v === null ? undefined : perInnbygger(v, dataset.unit, ctx.innbyggere);
    return kroner === undefined ? '–' : formatKroner(kroner, locale);
  };
  const shareOf = (v: number) =>
    level.positiveSum + level.remainder > 0 ? shareFigure(v / (level.positiveSum + level.remainder), ctx) : '–';
  const notInChart = msg('ikke i diagrammet', { id: 'pie.table.notInChart' });
  const shareCell = (share: string) => (showShare ? html`<td>${share}</td>` : nothing);

  const comparisonCells = (item: BudgetItem | undefined) =>
    comparisons.map((comparison) => {
      if (!item) return html`<td></td>`;
      const found = comparisonsFor(item, [comparison])[0];
      return html`<td>
        ${found ? (found.value === null ? msg('mangler', { id: 'pie.table.missing' }) : formatKroner(found.value, locale)) : '–'}
      </td>`;
    });

  // An item the chart leaves out (`share` undefined) says so in the share column, or beside its name when there is none.
  const leftOut = (share: string | undefined) =>
    share === undefined && !showShare ? html` <span class="note">(${notInChart})</span>` : nothing;
  const itemRow = (item: BudgetItem, share: string | undefined, className = '') =>
    html`<tr class=${className}>
      <th scope="row">${ctx.part(item.label)}${leftOut(share)}</th>
      <td>${item.amount === null ? msg('mangler', { id: 'pie.table.missing' }) : value(item.amount)}</td>
      ${shareCell(share ?? notInChart)} ${showPer ? html`<td>${per(item.amount)}</td>` : nothing} ${comparisonCells(item)}
    </tr>`;

  const bodyRows = level.slices.flatMap((slice) => {
    if (slice.kind === 'item') return [itemRow(slice.item!, shareFigure(slice.share, ctx))];
    const rows = [
      html`<tr class=${slice.kind}>
        <th scope="row">
          ${sliceLabel(slice, ctx)}${slice.kind === 'other' ? html` <span class="note">(${memberCount(slice, ctx)})</span>` : nothing}
        </th>
        <td>${value(slice.value)}</td>
        ${shareCell(shareFigure(slice.share, ctx))} ${showPer ? html`<td>${per(slice.value)}</td>` : nothing} ${comparisonCells(undefined)}
      </tr>`,
    ];
    for (const member of slice.members) rows.push(itemRow(member, shareOf(member.amount!), 'member'));
    return rows;
  });

  const sumRow = (label: string, sum: number) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${value(sum)}</td>
      ${shareCell('')} ${showPer ? html`<td>${per(sum)}</td>` : nothing} ${comparisons.map(() => html`<td></td>`)}
    </tr>`;

  return html`<table class="figures" part="table">
    <caption id=${captionId}>
      ${ctx.part(dataset.title)}${level.parent ? html`: ${ctx.part(level.parent.label)}` : nothing}
      <span class="caption-unit"
        >${isPercent ? msg('Andeler i prosent', { id: 'pie.table.unitPercent' }) : msg('Beløp i kroner', { id: 'pie.table.unitKroner' })}</span
      >
    </caption>
    <thead>
      <tr>
        <th scope="col">${msg('Post', { id: 'pie.table.item' })}</th>
        <th scope="col">${isPercent ? msg('Prosent', { id: 'pie.table.percent' }) : msg('Beløp', { id: 'pie.table.amount' })}</th>
        ${showShare ? html`<th scope="col">${msg('Andel i diagrammet', { id: 'pie.table.share' })}</th>` : nothing}
        ${showPer ? html`<th scope="col">${msg('Per innbygger', { id: 'pie.table.perInnbygger' })}</th>` : nothing}
        ${comparisons.map((c) => html`<th scope="col">${msg(str`${ctx.text(c.label)}, per innbygger`, { id: 'pie.table.comparison' })}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${bodyRows} ${level.negatives.map((item) => itemRow(item, undefined, 'negative'))}
      ${level.zeros.map((item) => itemRow(item, undefined))} ${level.missing.map((item) => itemRow(item, undefined, 'missing'))}
    </tbody>
    <tfoot>
      ${
        level.negatives.length
          ? html`${sumRow(msg('Sum av postene i diagrammet', { id: 'pie.table.sumPositive' }), level.positiveSum)}
            ${sumRow(msg('Netto sum, med de negative postene', { id: 'pie.table.sumNet' }), level.netSum)}`
          : sumRow(msg('Sum', { id: 'pie.table.sum' }), level.netSum)
      }
      ${
        level.expected !== undefined && level.remainder > 0
          ? sumRow(
              level.parent
                ? msg(str`${ctx.text(level.parent.label)} i alt`, { id: 'pie.table.parentTotal' })
                : msg('I alt, med det som ikke er fordelt', { id: 'pie.table.whole' }),
              level.expected,
            )
          : nothing
      }
    </tfoot>
  </table>`;
}
