/**
 * Loaded before every browser test file (web-test-runner.config.mjs puts the import in front of each one), in both
 * runs: against Lit's production build and against its development build.
 *
 * - A test during which Lit warns in development mode fails with the warning (Lit's habit: its own tests fail on
 *   dev-mode warnings). Only the one notice that Lit is in dev mode is allowed.
 * - After each test, fixtures are removed and so is anything the test appended to `<body>` that holds a `kommune-*`
 *   or `test-*` element, so a test that fails half-way leaves nothing behind for the next one.
 */
import { fixtureCleanup } from '@open-wc/testing';

/** The texts Lit's development build starts its warnings with, besides the `lit.dev/msg/` link most carry. */
const LIT_WARNING_STARTS = ['Attempted to render the template host', 'Some template strings are undefined'];
const DEV_MODE_NOTICE = 'lit.dev/msg/dev-mode';

const isLitWarning = (text: string) =>
  (text.includes('lit.dev/msg/') && !text.includes(DEV_MODE_NOTICE)) || LIT_WARNING_STARTS.some((start) => text.startsWith(start));

const litWarnings: string[] = [];
const originalWarn = console.warn;
let currentWarn = originalWarn;

/** Sees every warning first, even while a test has put its own `console.warn` in place to capture them. */
function watchedWarn(this: Console, ...args: unknown[]): void {
  if (typeof args[0] === 'string' && isLitWarning(args[0])) litWarnings.push(args[0]);
  currentWarn.apply(this, args);
}

Object.defineProperty(console, 'warn', {
  configurable: true,
  get: () => watchedWarn,
  set: (replacement: typeof console.warn) => {
    // A test restoring the `console.warn` it read earlier hands back this wrapper: keep the original behind it.
    currentWarn = replacement === watchedWarn ? originalWarn : replacement;
  },
});

function litWarningError(warnings: string[]): Error {
  return new Error(`Lit warned in development mode:\n  ${warnings.join('\n  ')}`);
}

let bodyBefore = new Set<Element>();

/** True for what a test left in the page that holds a custom element (a widget, a test harness, a copy under test). */
const holdsTestElement = (element: Element) => [element, ...element.querySelectorAll('*')].some((e) => e.localName.includes('-'));

beforeEach(() => {
  bodyBefore = new Set(document.body.children);
});

afterEach(function () {
  fixtureCleanup();
  for (const child of [...document.body.children]) if (!bodyBefore.has(child) && holdsTestElement(child)) child.remove();

  const warnings = litWarnings.splice(0);
  if (warnings.length === 0) return;
  const test = this.currentTest;
  if (!test) throw litWarningError(warnings);
  // Fail the test that caused the warning (a throw here would fail the hook and skip the rest of the suite).
  if (test.state !== 'failed') {
    test.state = 'failed';
    test.err = litWarningError(warnings);
  }
});

after(() => {
  const warnings = litWarnings.splice(0);
  if (warnings.length > 0) throw litWarningError(warnings);
});
