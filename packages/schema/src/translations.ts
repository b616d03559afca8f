/**
 * The generated translations of the issue messages, for a runtime to register
 * (`loadLocaleSync`, `loadLocale`) or to look message ids up per element.
 * Import this module only where messages in nn, en or se are needed.
 */
import { templates as enTemplates } from './generated/locales/en.js';
import { templates as nnTemplates } from './generated/locales/nn.js';
import { templates as seTemplates } from './generated/locales/se.js';

export { sourceLocale, targetLocales, allLocales } from './generated/locale-codes.js';

export const translations = { nn: nnTemplates, en: enTemplates, se: seTemplates };
