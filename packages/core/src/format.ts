import { KOMMUNE_TIME_ZONE } from './dates.js';
import { intlLocale, type Locale } from './locale.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** A date as the locale writes it, in Oslo time: "1. desember 2026" / "1 December 2026". */
export function formatDate(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const tag = intlLocale(locale);
  return cached(
    `d|${tag}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(tag, { timeZone: KOMMUNE_TIME_ZONE, ...options }),
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
  const tag = intlLocale(locale);
  return cached(`n|${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options)).format(value);
}
