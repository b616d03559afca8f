import type { TranslationSet } from '@kommune-widgets/core';

/** The pledge widget's texts in nynorsk, English and nordsamisk. */
export const translations: TranslationSet = {
  nn: () => import('./generated/locales/nn.js'),
  en: () => import('./generated/locales/en.js'),
  se: () => import('./generated/locales/se.js'),
};
