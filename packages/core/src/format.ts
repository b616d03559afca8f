import { KOMMUNE_TIME_ZONE, osloWallTime } from './dates.js';
import { intlLocales, type Locale } from './locale.js';
import { BRITISH, NORWEGIAN, type Conventions } from './locale/conventions.js';
import { formatNumberByHand } from './locale/number-format.js';

/**
 * The languages whose dates and figures are written by hand, without waiting for the browser's ICU data on a cold
 * page. Nordsamisk goes to `Intl`, which writes it as each browser has always written it (CLDR's own `se` formats
 * in Firefox and Safari, bokmål's in Chromium, which has no `se` data).
 */
const BY_HAND: Partial<Record<Locale, Conventions>> = { nb: NORWEGIAN, nn: NORWEGIAN, en: BRITISH };

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** One `Intl` formatter per locale and options, made the first time it is needed. */
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

/** `'date'` or `'dateTime'` for the two styles written by hand, `undefined` for any other options. */
function handStyle(options: Intl.DateTimeFormatOptions): 'date' | 'dateTime' | undefined {
  let keys = 0;
  for (const key in options) if (key === 'dateStyle' || key === 'timeStyle') keys++;
  if (keys !== Object.keys(options).length || options.dateStyle !== 'long') return undefined;
  if (options.timeStyle === undefined) return 'date';
  return options.timeStyle === 'short' ? 'dateTime' : undefined;
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A date as the locale writes it, in Oslo time: "1. desember 2026" / "1 December 2026". */
export function formatDate(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions = LONG_DATE): string {
  const conventions = BY_HAND[locale];
  const style = conventions && handStyle(options);
  const wall = style && osloWallTime(date);
  if (conventions && wall) {
    const day = conventions.date(wall.day, conventions.months[wall.month]!, wall.year);
    return style === 'dateTime' ? conventions.dateTime(day, `${twoDigits(wall.hour)}:${twoDigits(wall.minute)}`) : day;
  }
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
  const conventions = BY_HAND[locale];
  const byHand = conventions && formatNumberByHand(value, conventions, options);
  if (byHand !== undefined) return byHand;
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocales(locale), options)).format(value);
}
