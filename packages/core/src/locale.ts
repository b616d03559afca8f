/** The languages the widgets' own texts come in. */
export const SUPPORTED_LOCALES = ['nb', 'nn', 'en', 'se'] as const;

/** One of the languages the widgets speak. */
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** The language used when nothing on the page says otherwise. */
export const DEFAULT_LOCALE: Locale = 'nb';

const ALIASES: Record<string, Locale> = {
  nb: 'nb',
  no: 'nb',
  nob: 'nb',
  nor: 'nb',
  nn: 'nn',
  nno: 'nn',
  en: 'en',
  eng: 'en',
  se: 'se',
  sme: 'se',
};

/**
 * Maps a BCP 47 tag as written in a page (`nb-NO`, `no`, `nn-NO`, `en-GB`, `se-NO`)
 * to a supported locale, or `undefined` when the language is not one we speak.
 */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[primary];
}

/** The `lang` of the element or its closest ancestor (crossing shadow roots), or `null` when none has one. */
function closestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * The language an element should speak: its own `lang`, then the closest ancestor
 * with `lang` (crossing shadow roots), then `<html lang>`, then bokmål.
 * An ancestor in a language we do not speak (e.g. `lang="de"`) falls through to the default.
 */
export function resolveLocale(element: Element): Locale {
  return normalizeLocale(closestLang(element)) ?? DEFAULT_LOCALE;
}

/**
 * The language to pick from the kommune's own texts: like {@link resolveLocale}, but lulesamisk (`smj`) and
 * sørsamisk (`sma`) are kept, since a document may carry them even though the widgets' own texts do not.
 */
export function resolveTextLocale(element: Element): string {
  const primary = closestLang(element)?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'smj' || primary === 'sma' ? primary : resolveLocale(element);
}

const INTL_CANDIDATES: Record<Locale, readonly string[]> = {
  nb: ['nb-NO', 'no-NO', 'da-DK'],
  nn: ['nn-NO', 'nb-NO', 'no-NO'],
  en: ['en-GB', 'en'],
  se: ['se-NO', 'nb-NO', 'no-NO'],
};

/**
 * The tags to hand to an `Intl` constructor for a locale, best first: the constructor takes the first it has data
 * for (some Chromium builds lack nynorsk and nordsamisk; bokmål formats dates and numbers the same way for them).
 * Nothing is probed: the choice is made inside the constructor, which is made anyway.
 */
export function intlLocales(locale: Locale): readonly string[] {
  return INTL_CANDIDATES[locale];
}
