/**
 * The schema's issue messages in nynorsk, English and nordsamisk, each a module of its own that a page fetches only
 * when it has an issue to show in that language (core registers these as its `issues` catalogues).
 */
export const translationLoaders = {
  nn: () => import('./generated/locales/nn.js'),
  en: () => import('./generated/locales/en.js'),
  se: () => import('./generated/locales/se.js'),
};
