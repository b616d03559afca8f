import { writeFileSync, mkdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { ENGINES, findEngine, startWebKitDriver } from './scripts/engines.mjs';
import { cspHeaders } from './test/csp/csp-middleware.mjs';
import { testEndpoints } from './test/helpers/test-endpoints.mjs';
import { engineCommandsPlugin, storyIndexPlugin, testSetupPlugin } from './test/helpers/wtr-plugins.mjs';
import { allTestFiles, isNodeSuite } from './scripts/test-files.mjs';

/**
 * The engine this run drives (KOMMUNE_ENGINE): `chromium` (the default), `firefox` or `webkit`. `npm test` runs all
 * three; docs/decisions/0004-three-engines.md says how each is driven.
 */
export const ENGINE = process.env.KOMMUNE_ENGINE ?? 'chromium';
if (!ENGINES.includes(ENGINE)) {
  console.error(`KOMMUNE_ENGINE=${ENGINE}: use one of ${ENGINES.join(', ')}`);
  process.exit(1);
}
const found = findEngine(ENGINE);
if (!found.ok) {
  console.error(found.missing);
  process.exit(1);
}

/**
 * Which build of Lit the tests import: `production` (what the bundles ship) or, with KOMMUNE_LIT_MODE=development,
 * Lit's development build, whose warnings fail the test that caused them (test/helpers/test-setup.ts).
 * `npm test` runs both.
 */
export const LIT_MODE = process.env.KOMMUNE_LIT_MODE === 'development' ? 'development' : 'production';

/**
 * The visitor's time zone in the tests that prove dates are shown in Oslo time whatever the visitor's zone
 * (UTC+13 in December). Firefox and WebKit run every file in it; Chromium runs these files in it, in a group of
 * their own (run alone with `--group time-zone`; the calendar's file with `--group time-zone-new-york`).
 */
const VISITOR_TIME_ZONE = 'Pacific/Auckland';
const TIME_ZONE_FILES = ['packages/core/test/locale.test.ts'];
/** The meeting calendar's daylight-saving case, as the issue puts it: a visitor in New York (UTC−5/−4). */
const NEW_YORK_TIME_ZONE = 'America/New_York';
const NEW_YORK_FILES = ['packages/meeting-calendar/test/time-zone.test.ts'];

/**
 * Files run in Chromium only, each for a reason of its engine: the story sweep (axe's rules are the same in every
 * engine, and every other browser test file ends with an axe check that does run in all three) and Cumulative
 * Layout Shift (the Layout Instability API exists in Chromium only).
 */
const CHROMIUM_ONLY_FILES = ['test/stories-a11y.test.ts', 'test/layout-shift.test.ts'];
/** `--files` on the command line replaces the default group's files; the time-zone group then stays out of the run. */
const filesFromCommandLine = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));

const chromium = (createBrowserContext) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: found.paths.chromium, headless: true, args: CHROMIUM_ARGS },
    ...(createBrowserContext ? { createBrowserContext } : {}),
  });

/** Firefox ESR over WebDriver BiDi, through puppeteer-core (Playwright drives only its own patched Firefox). */
const firefox = () =>
  chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: found.paths.firefox,
      headless: true,
      env: { ...process.env, TZ: VISITOR_TIME_ZONE },
    },
  });

/** WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual display of its own (scripts/engines.mjs). */
async function webkit() {
  process.env.TZ = VISITOR_TIME_ZONE; // the driver, and so the browser it starts, inherit it
  const driver = await startWebKitDriver();
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: driver.port,
    capabilities: driver.capabilities,
    logLevel: 'error',
  });
}

const browser = ENGINE === 'firefox' ? firefox() : ENGINE === 'webkit' ? await webkit() : chromium();

/** Counts every test the run finished, for the one summary line of `npm test`. */
function countingReporter(file) {
  const count = (suite, totals, session, path) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else {
        totals.failed++;
        const message = (test.error?.message ?? '').split('\n')[0].slice(0, 300);
        totals.failures.push(`${session.testFile}: ${[...path, test.name].join(' › ')}${message ? ` — ${message}` : ''}`);
      }
    }
    for (const child of suite?.suites ?? []) count(child, totals, session, [...path, child.name]);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0, failures: [] };
      for (const session of sessions) {
        count(session.testResults, totals, session, []);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.fileErrors++;
          totals.failures.push(`${session.testFile}: ${(session.errors[0]?.message ?? 'did not load').split('\n')[0].slice(0, 300)}`);
        }
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

const browserFiles = allTestFiles().filter((file) => !isNodeSuite(file));

export default {
  nodeResolve: { exportConditions: [LIT_MODE] },
  files:
    ENGINE === 'chromium'
      ? browserFiles.filter((file) => !TIME_ZONE_FILES.includes(file) && !NEW_YORK_FILES.includes(file))
      : browserFiles.filter((file) => !CHROMIUM_ONLY_FILES.includes(file)),
  groups:
    filesFromCommandLine || ENGINE !== 'chromium'
      ? []
      : [
          {
            name: 'time-zone',
            files: TIME_ZONE_FILES,
            browsers: [chromium(({ browser }) => browser.newContext({ timezoneId: VISITOR_TIME_ZONE }))],
          },
          {
            name: 'time-zone-new-york',
            files: NEW_YORK_FILES,
            browsers: [chromium(({ browser }) => browser.newContext({ timezoneId: NEW_YORK_TIME_ZONE }))],
          },
        ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [
    engineCommandsPlugin(),
    storyIndexPlugin(),
    testSetupPlugin('/test/helpers/test-setup.ts'),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.test.json' }),
  ],
  middleware: [testEndpoints, cspHeaders],
  browsers: [browser],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter(`.tmp/wtr-results-${ENGINE}-${LIT_MODE}.json`)],
};
