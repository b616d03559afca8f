import type { TranslationSet } from '@kommune-widgets/core';

/** The editors' page's texts in nynorsk and English (bokmål is the source). */
export const translations: TranslationSet = {
  nn: () => import('./generated/locales/nn.js'),
  en: () => import('./generated/locales/en.js'),
};
