import './localize.js';
import { translationLoaders as schemaTranslations } from '@kommune-widgets/schema';
/** Shared with the schema's messages: one full stop where a placeholder ends a sentence with its own. */
export { singleStops } from '@kommune-widgets/schema';
import { registerTranslations } from './localize.js';
import { translations as coreTranslations } from './translations.js';

registerTranslations(schemaTranslations, 'issues');
registerTranslations(coreTranslations);

export { KommuneElement, type WidgetState } from './kommune-element.js';
export { PageElement, preferredLocale } from './page-element.js';
export {
  DataController,
  type DataControllerOptions,
  type DataHost,
  type DataState,
  type SectionInput,
  type SectionParseResult,
} from './data/data-controller.js';
export { fetchWithTimeout, FetchFailure, type FetchFailureKind, type FetchWithTimeoutOptions } from './data/http.js';
export { chooseReader, decodeText, jsonReader, parseJson, type DataReader, type ReadData } from './data/readers.js';
export { RovingFocusController, type FocusHost, type RovingFocusOptions } from './interaction/roving-focus.js';
export { FocusAfterUpdateController, type FocusTarget } from './interaction/focus-after-update.js';
export { AnnouncerController } from './interaction/announcer.js';
export { defineElement, VERSION } from './define.js';
export { DataError, type DataErrorDetail, type DataErrorKind } from './errors.js';
export { emit, type DataLoadDetail, type DataSource, type KommuneEventMap } from './events.js';
export {
  isLocaleReady,
  loadLocale,
  registerTranslations,
  withLocale,
  type CatalogueGroup,
  type CatalogueLoader,
  type TargetLocale,
  type TranslationSet,
} from './localize.js';
export {
  SUPPORTED_LOCALES,
  DEFAULT_LOCALE,
  normalizeLocale,
  resolveLocale,
  resolveTextLocale,
  intlLocales,
  type Locale,
} from './locale.js';
export { parseKommuneDate, hasTimeOfDay, osloWallTime, KOMMUNE_TIME_ZONE } from './dates.js';
export { formatDate, formatDateTime, formatNumber, isoDateTime } from './format.js';
export { themeTokens } from './theme.styles.js';
export { headingStyles } from './heading.styles.js';
export { renderHeading, type HeadingOptions } from './heading.js';
