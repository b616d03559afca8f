import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from './locale.js';

/** A language other than the source language (bokmål), whose texts come as a catalogue module of their own. */
export type TargetLocale = Exclude<Locale, 'nb'>;

/** Loads one package's generated catalogue for one language (`() => import('./generated/locales/nn.js')`). */
export type CatalogueLoader = () => Promise<Pick<LocaleModule, 'templates'>>;

/**
 * One package's translations: a loader per target language, so a page fetches a language only when an element
 * speaks it. Bokmål is the source language and ships with the code.
 */
export type TranslationSet = Partial<Record<TargetLocale, CatalogueLoader>>;

/**
 * When a package's catalogue is needed: `widget` texts whenever an element speaks the language; `issues` (the
 * schema's messages about invalid data) only when there is an issue to show.
 */
export type CatalogueGroup = 'widget' | 'issues';

interface Registration {
  set: TranslationSet;
  group: CatalogueGroup;
  /** Per language: the load in flight or done. */
  loads: Map<TargetLocale, Promise<void>>;
  /** Per language: true once its templates are in the catalogue (or its load failed and bokmål stands in). */
  settled: Set<TargetLocale>;
}

const catalogs = new Map<Locale, { templates: LocaleModule['templates'] }>();
const registrations: Registration[] = [];
const localeStack: Locale[] = [];

/**
 * Adds a package's translations to what elements look messages up in. Each widget package registers its own;
 * core registers its own and, as `issues`, the schema's. Registering the same set twice (two bundles) adds nothing.
 */
export function registerTranslations(set: TranslationSet, group: CatalogueGroup = 'widget'): void {
  if (registrations.some((r) => r.set === set)) return;
  registrations.push({ set, group, loads: new Map(), settled: new Set() });
}

const isTarget = (locale: Locale): locale is TargetLocale => locale !== DEFAULT_LOCALE;

/** True when every catalogue of `groups` for `locale` is in (bokmål always is): texts can be drawn now. */
export function isLocaleReady(locale: Locale, groups: readonly CatalogueGroup[] = ['widget']): boolean {
  if (!isTarget(locale)) return true;
  return registrations.every((r) => !groups.includes(r.group) || !r.set[locale] || r.settled.has(locale));
}

/**
 * Fetches the catalogues of `groups` for `locale` that are not in yet. Never rejects: a catalogue that fails to
 * load leaves its texts in bokmål, and the console says so once.
 */
export function loadLocale(locale: Locale, groups: readonly CatalogueGroup[] = ['widget']): Promise<void> {
  if (!isTarget(locale)) return Promise.resolve();
  const loads: Promise<void>[] = [];
  for (const registration of registrations) {
    const load = registration.set[locale];
    if (!load || !groups.includes(registration.group)) continue;
    let pending = registration.loads.get(locale);
    if (!pending) {
      pending = load()
        .then((module) => {
          const catalog = catalogs.get(locale) ?? { templates: {} };
          Object.assign(catalog.templates, module.templates);
          catalogs.set(locale, catalog);
        })
        .catch((error: unknown) => {
          console.warn(`[kommune-widgets] The ${locale} texts could not be loaded; showing bokmål instead.`, error);
        })
        .finally(() => registration.settled.add(locale));
      registration.loads.set(locale, pending);
    }
    loads.push(pending);
  }
  return Promise.all(loads).then(() => undefined);
}

/**
 * Runs `fn` with `msg()` resolving in `locale`. Elements render inside this, so two widgets
 * on one page can speak different languages (see docs/decisions/0001-per-element-localization.md).
 */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  localeStack.push(locale);
  try {
    return fn();
  } finally {
    localeStack.pop();
  }
}

try {
  configureReentrantLocalization({
    sourceLocale: DEFAULT_LOCALE,
    targetLocales: SUPPORTED_LOCALES.filter((l) => l !== DEFAULT_LOCALE),
    getLocale: () => localeStack[localeStack.length - 1] ?? DEFAULT_LOCALE,
    loadLocaleSync: (locale) => catalogs.get(locale as Locale) as LocaleModule | undefined,
  });
} catch (error) {
  // Another copy of the runtime on this page already configured @lit/localize.
  console.warn('[kommune-widgets] @lit/localize was configured elsewhere on this page; widget texts may not follow their lang.', error);
}
