import type { Conventions } from './conventions.js';
import { parts, roundFraction, roundSignificant, shift, toDecimal, type Decimal } from './decimal.js';

/** The options the widgets format numbers with; anything else goes to `Intl`. */
const KNOWN_OPTIONS = new Set([
  'style',
  'currency',
  'currencyDisplay',
  'notation',
  'compactDisplay',
  'maximumFractionDigits',
  'maximumSignificantDigits',
]);

function groupDigits(whole: string, separator: string): string {
  let out = '';
  for (let end = whole.length; end > 0; end -= 3) out = (end > 3 ? separator : '') + whole.slice(Math.max(0, end - 3), end) + out;
  return out;
}

function figure(decimal: Decimal, conventions: Conventions, grouped: boolean): string {
  const { whole, fraction } = parts(decimal);
  const digits = grouped ? groupDigits(whole, conventions.group) : whole;
  return fraction ? `${digits}${conventions.decimal}${fraction}` : digits;
}

const isDigitCount = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;

/**
 * `value` written by hand with `conventions`, as `new Intl.NumberFormat(tag, options).format(value)` writes it for
 * the options the widgets use: plain numbers and percentages with `maximumFractionDigits`, kroner in whole kroner
 * (`style: 'currency', currency: 'NOK', maximumFractionDigits: 0`) and in millions and more (`notation: 'compact'`
 * with `maximumSignificantDigits`). `undefined` for any other options or figure, which `Intl` then writes.
 */
export function formatNumberByHand(value: number, conventions: Conventions, options: Intl.NumberFormatOptions): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  for (const key in options) if (!KNOWN_OPTIONS.has(key)) return undefined;
  const { style = 'decimal', notation = 'standard', compactDisplay = 'short', maximumFractionDigits, maximumSignificantDigits } = options;
  const sign = value < 0 || Object.is(value, -0) ? conventions.minus : '';

  if (style === 'currency') {
    if (options.currency !== 'NOK') return undefined;
    // Bokmål writes "kr", English the code "NOK": the only pairs the widgets use.
    const display = options.currencyDisplay ?? 'symbol';
    if (display !== conventions.kronerDisplay) return undefined;
    if (notation === 'compact') {
      const significant = isDigitCount(maximumSignificantDigits, 21) && maximumSignificantDigits > 0;
      if (compactDisplay !== 'short' || maximumFractionDigits !== undefined || !significant) return undefined;
      const rounded = roundSignificant(toDecimal(value), maximumSignificantDigits);
      // Millions from 10^6, milliards from 10^9, billions from 10^12, chosen after rounding (999,6 mill. is 1 mrd.).
      const thousands = Math.floor((rounded.point - 1) / 3);
      // Below a million ICU writes thousands ("12k"), from 10^15 ungrouped thousands of billions: left to Intl.
      if (!rounded.digits || thousands < 2 || thousands > 4) return undefined;
      const scaled = figure(shift(rounded, -3 * thousands), conventions, false);
      return sign + conventions.kroner(conventions.compactJoin(scaled, conventions.compact[thousands - 2]!));
    }
    if (notation !== 'standard' || maximumSignificantDigits !== undefined || maximumFractionDigits !== 0) return undefined;
    return sign + conventions.kroner(figure(roundFraction(toDecimal(value), 0), conventions, true));
  }

  if (options.currency !== undefined || options.currencyDisplay !== undefined) return undefined;
  if (notation !== 'standard' || maximumSignificantDigits !== undefined) return undefined;
  if (style === 'percent') {
    const fractionDigits = maximumFractionDigits ?? 0;
    if (!isDigitCount(fractionDigits, 20)) return undefined;
    return sign + conventions.percent(figure(roundFraction(shift(toDecimal(value), 2), fractionDigits), conventions, true));
  }
  if (style !== 'decimal') return undefined;
  const fractionDigits = maximumFractionDigits ?? 3;
  if (!isDigitCount(fractionDigits, 20)) return undefined;
  return sign + figure(roundFraction(toDecimal(value), fractionDigits), conventions, true);
}
