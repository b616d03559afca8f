import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the kommune widgets. Stories import the packages by name, which resolve to `packages/<name>/dist`:
 * `npm run storybook` and `npm run build-storybook` build them first (`node scripts/build.mjs`).
 * No request leaves the machine: telemetry, crash reports and the update check are off (the scripts also pass
 * `--disable-telemetry --no-version-updates`), and every font and file is served from here.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  // The same addresses as on the web-test-runner server, so a story's `src` works in both.
  staticDirs: [
    { from: '../docs/examples', to: '/docs/examples' },
    { from: '../packages/participation-ladder/test/fixtures', to: '/packages/participation-ladder/test/fixtures' },
  ],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
};

export default config;
