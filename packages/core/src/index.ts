import './localize.js';
import { translations as schemaTranslations } from '@kommune-widgets/schema';
import { registerTranslations } from './localize.js';
import { translations as coreTranslations } from './translations.js';

registerTranslations(schemaTranslations);
registerTranslations(coreTranslations);

export { KommuneElement, type WidgetState, type SectionInput, type SectionParseResult } from './kommune-element.js';
export { defineElement, VERSION } from './define.js';
export { DataError, type DataErrorDetail, type DataErrorKind } from './errors.js';
export { emit, type DataLoadDetail, type DataSource } from './events.js';
export { registerTranslations, withLocale, type TranslationSet } from './localize.js';
export { SUPPORTED_LOCALES, DEFAULT_LOCALE, normalizeLocale, resolveLocale, resolveTextLocale, intlLocale, type Locale } from './locale.js';
export { parseKommuneDate, hasTimeOfDay, KOMMUNE_TIME_ZONE } from './dates.js';
export { formatDate, formatDateTime, formatNumber, isoDateTime } from './format.js';
export { themeTokens } from './theme.styles.js';
export { loadJson, parseJson } from './load-json.js';
export { renderHeading, type HeadingOptions } from './heading.js';
