import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { ROOT, widgetPackages } from '../scripts/workspaces.mjs';

/**
 * Each widget's test fixtures at an address of their own, `/fixtures/<folder>`: served at their real path, the static
 * server would also answer for `ladder-fixtures.ts` or `budget-fixtures.ts` (as video/mp2t) before Vite could compile
 * them. The widgets are read from their package.json, so a new widget needs no line here.
 */
const fixtureDirs = widgetPackages()
  .filter((widget) => existsSync(`${ROOT}/${widget.dir}/test/fixtures`))
  .map((widget) => ({ from: `../${widget.dir}/test/fixtures`, to: `/fixtures/${widget.folder}` }));

/**
 * Storybook for the kommune widgets. Stories import the packages by name, which resolve to `packages/<name>/dist`:
 * `npm run storybook` and `npm run build-storybook` build them first (`node scripts/build.mjs`).
 * No request leaves the machine: telemetry, crash reports and the update check are off (the scripts also pass
 * `--disable-telemetry --no-version-updates`), and every font and file is served from here.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // addon-docs: an autodocs page per widget, its attributes, properties, events, parts and tokens read from the
  // custom-elements manifests (`npm run build` writes them; .storybook/preview.ts hands them to Storybook).
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The example document at the same address as on the web-test-runner server, so a story's `src` works in both.
  staticDirs: [{ from: '../docs/examples', to: '/docs/examples' }, ...fixtureDirs],
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: {
      ...vite.optimizeDeps,
      // Storybook's renderer imports `lit/directive-helpers.js`; pre-bundled with the rest of Lit, the page holds
      // one copy of lit-html (otherwise Lit warns "Multiple versions of Lit loaded" and templates may not mix).
      include: [...(vite.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js', 'lit/directives/ref.js', 'lit/decorators.js'],
    },
    // axe-core (the a11y addon) and the Storybook runtime are large by nature; the widgets' own budgets are in `npm run size`.
    build: { ...vite.build, chunkSizeWarningLimit: 1500 },
  }),
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
};

export default config;
