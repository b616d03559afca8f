// A CPU profile of the calendar with 10 000 meetings (the long-task page), to say where a long task's time goes:
//
//   node scripts/bench/profile.mjs [--rate=4] [--top=25]
//
// Serves dist/cdn/ as the bench does, opens the page cold in a fresh context, and samples the main thread through
// the DevTools protocol (`Profiler.start`, 100 µs) in three parts: loading to `ready`, pressing «next month» five
// times, typing the search word. Prints each part's top functions by self time (ms) with their file and line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// A dependency of rollup and terser, hoisted in node_modules; reads the build's source maps.
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../find-chromium.mjs';
import { MONTH_STEPS, SEARCH_WORD } from './long-tasks.mjs';
import { meetingsDocument } from './meetings.mjs';
import { LONG_TASK_PAGE, MANY_MEETINGS_PATH } from './pages.mjs';
import { startServer } from './server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RATE = option('rate', 4);
const TOP = option('top', 25);

const maps = new Map();
/** Where a minified position of a file in dist/cdn/ comes from (`packages/core/src/x.ts:12 name`), if its map says. */
function original(url, line, column) {
  const path = new URL(url).pathname;
  if (!path.startsWith('/cdn/')) return undefined;
  const file = join('dist/cdn', path.slice('/cdn/'.length));
  if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : undefined);
  const map = maps.get(file);
  const at = map && originalPositionFor(map, { line: line + 1, column });
  if (!at?.source) return undefined;
  return `${at.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '')}:${at.line}${at.name ? ` ${at.name}` : ''}`;
}

/** Self time per function (ms) from a `Profiler.stop` profile, largest first, named by the source maps. */
function selfTimes({ profile }) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const { callFrame } = byId.get(profile.samples[i]);
    const name = callFrame.functionName || '(anonymous)';
    const key = callFrame.url
      ? (original(callFrame.url, callFrame.lineNumber, callFrame.columnNumber) ??
        `${name}  ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}`)
      : name;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
const server = await startServer({
  mounts: { '/cdn/': 'dist/cdn' },
  routes: {
    [MANY_MEETINGS_PATH]: { body: JSON.stringify(meetingsDocument(10000)) },
    [LONG_TASK_PAGE.path]: { body: LONG_TASK_PAGE.html },
  },
});
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (RATE !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });

  const part = async (title, act) => {
    await cdp.send('Profiler.start');
    await act();
    const rows = selfTimes(await cdp.send('Profiler.stop'));
    const total = rows.reduce((sum, [, time]) => sum + time, 0);
    console.log(`\n${title}, CPU ${RATE}×: ${total.toFixed(0)} ms sampled; top ${TOP} by self time (ms)`);
    for (const [key, time] of rows.slice(0, TOP)) console.log(`${time.toFixed(1).padStart(8)}  ${key}`);
    const tasks = await tab.evaluate(() => window.__bench.longTasks.splice(0));
    console.log(`long tasks (ms): ${tasks.map((t) => t.duration.toFixed(0)).join(', ') || 'none'}`);
  };

  await part('Loading to ready', async () => {
    await tab.goto(server.origin + LONG_TASK_PAGE.path, { waitUntil: 'domcontentloaded' });
    const result = await tab.evaluate(() => window.__bench.done);
    if (result.error) throw new Error(result.error);
    await tab.waitForTimeout(600);
  });
  await part(`${MONTH_STEPS} × next month`, async () => {
    await tab.evaluate(async (steps) => {
      const calendar = document.querySelector('kommune-meeting-calendar');
      for (let i = 0; i < steps; i++) {
        calendar.shadowRoot.querySelector('.month-step[data-delta="1"]').click();
        await calendar.updateComplete;
        await new Promise((resolve) => window.requestAnimationFrame(() => setTimeout(resolve)));
      }
    }, MONTH_STEPS);
    await tab.waitForTimeout(600);
  });
  await part(`Typing «${SEARCH_WORD}»`, async () => {
    await tab.locator('kommune-meeting-calendar input#search').pressSequentially(SEARCH_WORD, { delay: 100 });
    await tab.waitForTimeout(600);
  });
} finally {
  await browser.close();
  await server.close();
}
