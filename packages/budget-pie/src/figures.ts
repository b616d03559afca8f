import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { BudgetComparison, BudgetDataset, BudgetItem, LocalizedText } from '@kommune-widgets/schema';
import { formatNumber, type Locale } from '@kommune-widgets/core';
import { formatKroner, formatPercentShare, formatShare, formatValue, perInnbygger } from './amounts.js';
import { figuresAreShares, hasBreakdown, type PieLevel, type Slice } from './slices.js';

/** Everything the pieces of the pie need to word a figure: the dataset, the reader's language, the population. */
export interface FigureContext {
  dataset: BudgetDataset;
  level: PieLevel;
  locale: Locale;
  innbyggere?: number;
  /** The kommune's name in the reader's language, when the document names it. */
  kommuneName?: string;
  /** The same name for the page, marked with its language. */
  kommunePart?: string | TemplateResult;
  text: (value: LocalizedText) => string;
  /** The same text for the page, marked with its own `lang` where it is not in the widget's language. */
  part: (value: LocalizedText) => string | TemplateResult;
}

/** The name of a slice: the item's label, "Annet" or "Ikke fordelt". */
export function sliceLabel(slice: Slice, ctx: FigureContext): string {
  if (slice.kind === 'other') return msg('Annet', { id: 'pie.other' });
  if (slice.kind === 'remainder') return msg('Ikke fordelt', { id: 'pie.remainder' });
  return ctx.text(slice.item!.label);
}

/** The name of a slice for the page: the item's label marked with its language, or "Annet" / "Ikke fordelt". */
export function sliceLabelPart(slice: Slice, ctx: FigureContext): string | TemplateResult {
  return slice.kind === 'item' ? ctx.part(slice.item!.label) : sliceLabel(slice, ctx);
}

/** Kroner per innbygger for a value ("32 700 kr"), or undefined for percent datasets and an unknown population. */
export function perInnbyggerFigure(value: number, ctx: FigureContext): string | undefined {
  const kroner = perInnbygger(value, ctx.dataset.unit, ctx.innbyggere);
  return kroner === undefined ? undefined : formatKroner(kroner, ctx.locale);
}

/** The same, worded ("32 700 kr per innbygger"). */
export function perInnbyggerText(value: number, ctx: FigureContext): string | undefined {
  const figure = perInnbyggerFigure(value, ctx);
  return figure === undefined ? undefined : msg(str`${figure} per innbygger`, { id: 'pie.perInnbygger' });
}

/** "15 poster": how many items "other" gathers, the number written for the locale ("10 000"). */
export function memberCount(slice: Slice, ctx: FigureContext): string {
  const count = formatNumber(slice.members.length, ctx.locale);
  return msg(str`${count} poster`, { id: 'pie.other.count' });
}

/**
 * Whether the level has a share of the chart to tell beside each figure: always for kroner; for percentages only
 * where the chart is not the figures themselves (parts over 100 %, the breakdown of one item).
 */
export function showsShare(ctx: FigureContext): boolean {
  return !figuresAreShares(ctx.dataset, ctx.level);
}

/** A share of the chart, at the precision of the dataset's own figures: a percent dataset's one decimal, else {@link formatShare}. */
export function shareFigure(share: number, ctx: FigureContext): string {
  return ctx.dataset.unit === 'percent' ? formatPercentShare(share, ctx.locale) : formatShare(share, ctx.locale);
}

/** The accessible name of a slice: everything the eye reads off it and the legend, each figure once. */
export function sliceName(slice: Slice, ctx: FigureContext): string {
  const parts = [sliceLabel(slice, ctx)];
  if (ctx.dataset.unit === 'percent') {
    // The figure itself; its share of the circle only where that is another figure, at the same precision.
    const figure = formatValue(slice.value, 'percent', ctx.locale);
    const share = shareFigure(slice.share, ctx);
    parts.push(figure);
    if (showsShare(ctx) && share !== figure) parts.push(msg(str`${share} av diagrammet`, { id: 'pie.shareOfChart' }));
  } else {
    parts.push(formatValue(slice.value, ctx.dataset.unit, ctx.locale), formatShare(slice.share, ctx.locale));
  }
  const per = perInnbyggerText(slice.value, ctx);
  if (per) parts.push(per);
  if (slice.kind === 'other') parts.push(memberCount(slice, ctx));
  if (hasBreakdown(slice.item)) parts.push(msg('har underposter', { id: 'pie.slice.hasChildren' }));
  return parts.join(', ');
}

/** The comparison figures for an item: kroner per innbygger in each comparison, `null` where it is missing. */
export function comparisonsFor(
  item: BudgetItem,
  comparisons: readonly BudgetComparison[] | undefined,
): { comparison: BudgetComparison; value: number | null }[] {
  return (comparisons ?? [])
    .filter((comparison) => Object.hasOwn(comparison.perInnbygger, item.id))
    .map((comparison) => ({ comparison, value: comparison.perInnbygger[item.id] ?? null }));
}
