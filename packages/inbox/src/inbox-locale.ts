/** The inbox's languages: bokmål (the source), nynorsk and English. */
import { preferredLocale, type Locale } from '@kommune-widgets/core';

/** The languages the inbox speaks. */
export const INBOX_LOCALES = ['nb', 'nn', 'en'] as const;

/** One of {@link INBOX_LOCALES}. */
export type InboxLocale = (typeof INBOX_LOCALES)[number] & Locale;

/** The browser's first language the inbox speaks, else bokmål (nothing is stored in the browser). */
export const preferredInboxLocale = (): InboxLocale => preferredLocale(INBOX_LOCALES);
