import { writeFileSync, mkdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './scripts/find-chromium.mjs';
import { cspHeaders } from './test/csp/csp-middleware.mjs';
import { testEndpoints } from './test/helpers/test-endpoints.mjs';
import { storyIndexPlugin, testSetupPlugin } from './test/helpers/wtr-plugins.mjs';
import { allTestFiles, isNodeSuite } from './scripts/test-files.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}

/**
 * Which build of Lit the tests import: `production` (what the bundles ship) or, with KOMMUNE_LIT_MODE=development,
 * Lit's development build, whose warnings fail the test that caused them (test/helpers/test-setup.ts).
 * `npm test` runs both.
 */
export const LIT_MODE = process.env.KOMMUNE_LIT_MODE === 'development' ? 'development' : 'production';

/**
 * Files that run in a browser context far from Oslo (Pacific/Auckland, UTC+13 in December), in a group of their own:
 * they prove dates are shown in Oslo time whatever the visitor's zone. Run alone with `--group time-zone`.
 */
const TIME_ZONE_FILES = ['packages/core/test/locale.test.ts'];
/** `--files` on the command line replaces the default group's files; the time-zone group then stays out of the run. */
const filesFromCommandLine = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));

const chromium = (createBrowserContext) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    ...(createBrowserContext ? { createBrowserContext } : {}),
  });

/** Counts every test the run finished, for the one summary line of `npm test`. */
function countingReporter(file) {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors++;
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

export default {
  nodeResolve: { exportConditions: [LIT_MODE] },
  files: allTestFiles().filter((file) => !isNodeSuite(file) && !TIME_ZONE_FILES.includes(file)),
  groups: filesFromCommandLine
    ? []
    : [
        {
          name: 'time-zone',
          files: TIME_ZONE_FILES,
          browsers: [chromium(({ browser }) => browser.newContext({ timezoneId: 'Pacific/Auckland' }))],
        },
      ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [
    storyIndexPlugin(),
    testSetupPlugin('/test/helpers/test-setup.ts'),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.test.json' }),
  ],
  middleware: [testEndpoints, cspHeaders],
  browsers: [chromium()],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter(`.tmp/wtr-results-${LIT_MODE}.json`)],
};
