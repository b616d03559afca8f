import type { TranslationSet } from './localize.js';
import { templates as en } from './generated/locales/en.js';
import { templates as nn } from './generated/locales/nn.js';
import { templates as se } from './generated/locales/se.js';

/** The core's own texts (loading, errors) in nynorsk, English and nordsamisk. */
export const translations: TranslationSet = { nn, en, se };
