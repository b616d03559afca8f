/** The editors' page's languages: bokmål (the source), nynorsk and English. */
import { preferredLocale, type Locale } from '@kommune-widgets/core';

/** The languages the page speaks. */
export const EDITOR_LOCALES = ['nb', 'nn', 'en'] as const;

/** One of {@link EDITOR_LOCALES}. */
export type EditorLocale = (typeof EDITOR_LOCALES)[number] & Locale;

/** The browser's first language the page speaks, else bokmål (nothing is stored in the browser). */
export const preferredEditorLocale = (): EditorLocale => preferredLocale(EDITOR_LOCALES);
