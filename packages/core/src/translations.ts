import type { TranslationSet } from './localize.js';

/** The core's own texts (loading, errors) in nynorsk, English and nordsamisk, each fetched when an element speaks it. */
export const translations: TranslationSet = {
  nn: () => import('./generated/locales/nn.js'),
  en: () => import('./generated/locales/en.js'),
  se: () => import('./generated/locales/se.js'),
};
