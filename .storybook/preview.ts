/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { inLocale, LOCALE_TITLES, STORY_LOCALES } from '../stories/support/locale.js';

/**
 * Every widget's custom-elements manifest (written by `npm run build` from the doc comments), merged into one: the
 * autodocs pages list each element's attributes, properties, events, CSS parts and custom properties from it. Read
 * from packages/*, so a new widget needs no line here.
 */
const manifests = import.meta.glob<{ schemaVersion: string; modules: unknown[] }>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest({
  schemaVersion: Object.values(manifests)[0]?.schemaVersion ?? '1.0.0',
  modules: Object.values(manifests).flatMap((manifest) => manifest.modules),
});

const preview: Preview = {
  // An autodocs page for every widget (its stories file's `component`), beside its stories.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      name: 'Språk',
      description: 'The page language (`lang` on an element around the story); a widget without its own `lang` speaks it.',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: STORY_LOCALES.map((value) => ({ value, title: LOCALE_TITLES[value], right: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb' },
  decorators: [(story, context) => inLocale(String(context.globals['locale'] ?? 'nb'), story())],
  parameters: {
    controls: { expanded: true },
    a11y: {
      // SPEC §7: these rule sets, and a violation fails the story. A scoped exception goes on one story
      // (parameters.a11y.config.rules) with its reason next to it.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
      test: 'error',
    },
  },
};

export default preview;
