import type { TranslationSet } from '@kommune-widgets/core';
import { templates as en } from './generated/locales/en.js';
import { templates as nn } from './generated/locales/nn.js';
import { templates as se } from './generated/locales/se.js';

/** The budget pie's texts in nynorsk, English and nordsamisk. */
export const translations: TranslationSet = { nn, en, se };
