import { html, type TemplateResult } from 'lit';

/** The languages of the "Språk" toolbar and of the accessibility sweep (SPEC §3). */
export const STORY_LOCALES = ['nb', 'nn', 'en', 'se'] as const;
export type StoryLocale = (typeof STORY_LOCALES)[number];

/** Names of the languages in themselves, for the toolbar. */
export const LOCALE_TITLES: Record<StoryLocale, string> = {
  nb: 'Bokmål',
  nn: 'Nynorsk',
  en: 'English',
  se: 'Davvisámegiella',
};

/**
 * Puts a story inside an element with `lang`, as a host page would. Used by the Storybook decorator
 * (`.storybook/preview.ts`) and by the accessibility sweep (`test/stories-a11y.test.ts`) so both render alike.
 */
export function inLocale(locale: string, story: unknown): TemplateResult {
  return html`<div class="story-locale" lang=${locale}>${story}</div>`;
}
