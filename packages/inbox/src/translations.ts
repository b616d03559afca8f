import type { TranslationSet } from '@kommune-widgets/core';

/** The inbox's texts in nynorsk and English (bokmål is the source). */
export const translations: TranslationSet = {
  nn: () => import('./generated/locales/nn.js'),
  en: () => import('./generated/locales/en.js'),
};
