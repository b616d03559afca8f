/* global performance, requestAnimationFrame */
// Long tasks in the calendar with 10 000 meetings: the page's inline harness gathers every `longtask` entry from the
// page's start; here a cold page is loaded to `ready`, then the month is stepped forward five times and a word is
// typed into the search, and each task is counted in the phase it started in.
import { PAINT_TIMEOUT_MS, within } from './cold.mjs';

/** The word typed into the search, a key every 100 ms as a quick typist: every generated sakliste has it. */
export const SEARCH_WORD = 'regulering';
/** How many times «next month» is pressed. */
export const MONTH_STEPS = 5;
/** The quiet wait after each phase, so the observer has delivered its tasks and they land in their phase. */
const QUIET_MS = 600;

/**
 * Loads `page` (the calendar with many meetings) cold from `origin` in a fresh context of `browser` with the CPU
 * slowed `rate` times, and resolves to `{ load, months, search }`, each `{ longest, over50, count }`: the longest
 * task in ms (0 when there was none), and how many tasks took more than 50 ms.
 */
export async function calendarLongTasks(browser, origin, page, { rate = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    if (rate !== 1) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    await tab.goto(origin + page.path, { waitUntil: 'domcontentloaded', timeout: PAINT_TIMEOUT_MS });
    const result = await within(
      tab.evaluate(() => window.__bench.done),
      PAINT_TIMEOUT_MS,
      () => `${page.label}: not ready in time`,
    );
    if (result.error) throw new Error(`${page.label}: ${result.error}`);
    const quiet = () => tab.waitForTimeout(QUIET_MS);
    const now = () => tab.evaluate(() => performance.now());

    await quiet();
    const monthsStart = await now();
    await tab.evaluate(async (steps) => {
      const calendar = document.querySelector('kommune-meeting-calendar');
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      for (let i = 0; i < steps; i++) {
        const before = calendar.getAttribute('month');
        calendar.shadowRoot.querySelector('.month-step[data-delta="1"]').click();
        await calendar.updateComplete;
        await frame();
        if (calendar.getAttribute('month') === before) throw new Error(`the month stayed ${before}`);
      }
    }, MONTH_STEPS);
    await quiet();

    const searchStart = await now();
    await tab.locator('kommune-meeting-calendar input#search').pressSequentially(SEARCH_WORD, { delay: 100 });
    await quiet();
    const end = await now();

    const tasks = await tab.evaluate(() => window.__bench.longTasks);
    const phase = (from, to) => {
      const durations = tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration);
      return { longest: Math.max(0, ...durations), over50: durations.filter((d) => d > 50).length, count: durations.length };
    };
    return { load: phase(0, monthsStart), months: phase(monthsStart, searchStart), search: phase(searchStart, end + 1) };
  } finally {
    await context.close();
  }
}
