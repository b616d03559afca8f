/** The inbox's languages: bokmål (the source), nynorsk and English. */
import type { Locale } from '@kommune-widgets/core';

/** The languages the inbox speaks. */
export const INBOX_LOCALES = ['nb', 'nn', 'en'] as const;

/** One of {@link INBOX_LOCALES}. */
export type InboxLocale = (typeof INBOX_LOCALES)[number] & Locale;

/**
 * The browser's first language the inbox speaks, else bokmål. A choice made on the page lasts the visit: nothing is
 * stored in the browser.
 */
export function preferredLocale(): InboxLocale {
  for (const tag of navigator.languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'no') return 'nb';
    if ((INBOX_LOCALES as readonly string[]).includes(primary ?? '')) return primary as InboxLocale;
  }
  return 'nb';
}
