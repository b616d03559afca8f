import type { BudgetDataset } from '@kommune-widgets/schema';
import { formatNumber, type Locale } from '@kommune-widgets/core';

/** An amount in the dataset's unit turned into kroner; `undefined` for percent datasets, which have no kroner. */
export function toKroner(value: number, unit: BudgetDataset['unit']): number | undefined {
  if (unit === 'percent') return undefined;
  return unit === '1000 NOK' ? value * 1000 : value;
}

/** English writes "NOK 454bn"; the Nordic locales write "454 mrd. kr". */
const currencyDisplay = (locale: Locale) => (locale === 'en' ? 'code' : 'symbol');

/**
 * Kroner as people say them: below a million in whole kroner ("12 300 kr"), above in millions or
 * billions with three significant digits ("1,2 mill. kr", "454 mrd. kr"), the minus sign kept.
 */
export function formatKroner(kroner: number, locale: Locale): string {
  if (Math.abs(kroner) < 1_000_000) {
    return formatNumber(kroner, locale, {
      style: 'currency',
      currency: 'NOK',
      currencyDisplay: currencyDisplay(locale),
      maximumFractionDigits: 0,
    });
  }
  return formatNumber(kroner, locale, {
    style: 'currency',
    currency: 'NOK',
    currencyDisplay: currencyDisplay(locale),
    notation: 'compact',
    compactDisplay: 'short',
    maximumSignificantDigits: 3,
  });
}

/** Whole kroner with every digit, for the data table ("398 700 000 kr"). */
export function formatKronerExact(kroner: number, locale: Locale): string {
  return formatNumber(kroner, locale, {
    style: 'currency',
    currency: 'NOK',
    currencyDisplay: currencyDisplay(locale),
    maximumFractionDigits: 0,
  });
}

/** The smallest share written with its digits; anything above zero and below it reads "<0,1 %", never "0 %". */
const SMALLEST_SHARE = 0.001;

/** A share (0–1) as a percentage: whole numbers from 10 %, one decimal below ("3,4 %"), "<0,1 %" for a sliver. */
export function formatShare(share: number, locale: Locale): string {
  if (share > 0 && share < SMALLEST_SHARE)
    return `<${formatNumber(SMALLEST_SHARE, locale, { style: 'percent', maximumFractionDigits: 1 })}`;
  return formatNumber(share, locale, { style: 'percent', maximumFractionDigits: Math.abs(share) >= 0.1 ? 0 : 1 });
}

/**
 * A share (0–1) at the precision of a percent dataset's own figures: one decimal when it has one ("41,5 %"),
 * "<0,1 %" for a sliver. A percent dataset says its figures and their shares of the chart alike.
 */
export function formatPercentShare(share: number, locale: Locale): string {
  if (share > 0 && share < SMALLEST_SHARE)
    return `<${formatNumber(SMALLEST_SHARE, locale, { style: 'percent', maximumFractionDigits: 1 })}`;
  return formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 1 });
}

/** A value of a percent dataset ("29 %"), with one decimal when it has one. */
export function formatPercentValue(value: number, locale: Locale): string {
  return formatPercentShare(value / 100, locale);
}

/** A value in the dataset's unit as a reader should see it: kroner scaled, or a percentage. */
export function formatValue(value: number, unit: BudgetDataset['unit'], locale: Locale): string {
  const kroner = toKroner(value, unit);
  return kroner === undefined ? formatPercentValue(value, locale) : formatKroner(kroner, locale);
}

/** A value with every digit, for the table. */
export function formatValueExact(value: number, unit: BudgetDataset['unit'], locale: Locale): string {
  const kroner = toKroner(value, unit);
  return kroner === undefined ? formatPercentValue(value, locale) : formatKronerExact(kroner, locale);
}

/** Kroner per innbygger, or `undefined` when the dataset is in percent or the population is unknown. */
export function perInnbygger(value: number, unit: BudgetDataset['unit'], innbyggere: number | undefined): number | undefined {
  const kroner = toKroner(value, unit);
  return kroner === undefined || !innbyggere ? undefined : kroner / innbyggere;
}
