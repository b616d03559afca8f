import type { Preview } from '@storybook/web-components-vite';
import { inLocale, LOCALE_TITLES, STORY_LOCALES } from '../stories/support/locale.js';

const preview: Preview = {
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
