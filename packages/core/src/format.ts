import { KOMMUNE_TIME_ZONE } from './dates.js';
import { intlLocales, type Locale } from './locale.js';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/**
 * One `Intl` formatter per locale and options, made the first time it is needed and kept. The locale is decided
 * inside the constructor from the candidate list (see {@link intlLocales}): nothing is probed at start-up.
 */
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

/** A date as the locale writes it, in Oslo time: "1. desember 2026" / "1 December 2026". */
export function formatDate(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions = LONG_DATE): string {
  return cached(
    `d|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(intlLocales(locale), { timeZone: KOMMUNE_TIME_ZONE, ...options }),
  ).format(date);
}

/** A date with its time of day, in Oslo time. */
export function formatDateTime(date: Date, locale: Locale): string {
  return formatDate(date, locale, { dateStyle: 'long', timeStyle: 'short' });
}

/** The machine-readable form for `<time datetime>`. */
export function isoDateTime(date: Date): string {
  return date.toISOString();
}

/** A number as the locale writes it ("12 300"). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocales(locale), options)).format(value);
}
