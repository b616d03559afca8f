// npm run bench: what a citizen meets on a first visit, in headless Chromium. Serves dist/cdn/ from a local gzip
// server and loads, in a fresh browser context per run, alternating in one run: the README snippet for each widget
// (the loader dist/cdn/kommune-widgets.js and one element, data inline or from `src`), the pages a kommune would
// build instead (a Chart.js doughnut for the pie, a FullCalendar month for the calendar), and a blank page. Prints the
// JavaScript each page fetched (gzip) and the median time from navigation to painted, beyond the blank page, and as
// ratios, at normal speed and with the CPU throttled 4×. Then the warm-render tables: renders of N items in a page
// that has loaded everything already; and the longest tasks of the calendar with 10 000 meetings while it loads,
// steps through months and searches. Figures, not pass/fail: this machine is shared and noisy, so compare within one
// run. docs/performance.md explains.
//
//   npm run bench                    15 runs per page and speed, every page, warm renders of 12 / 500 / 10 000 items,
//                                    long tasks 3 times at 1× and 4×
//   npm run bench -- --quick         3 rounds of 4 pages (no new round after 20 s), warm renders of 12 / 500, long
//                                    tasks once at 1×: CI
//   npm run bench -- --runs=30       more runs
//   npm run bench -- --markdown      tables as Markdown, for docs/performance.md
//   npm run bench -- --long-tasks    only the calendar's long tasks with 10 000 meetings (after a change to its loading or search)
//   npm run bench -- --server        only the report server: durable POST /api/v1/reports per second and latency, with
//                                    and without group commit (no browser; needs packages/server built). Also at the
//                                    end of every full or --quick run. `--server-profile=DIR` writes the server's
//                                    CPU profiles (node --cpu-prof) to DIR. Also runs the inbox bench
//   npm run bench -- --pledges       only the pledge campaign: durable POST /api/v1/campaigns/:id/pledges per second and
//                                    GET of its public list from the server's cache, with p99 (scripts/bench/server-pledges.mjs;
//                                    `--server-profile=DIR` too). The load comes from wrk where the machine has it
//                                    (.ci/run installs it), else autocannon (scripts/bench/wrk.mjs). Also after --server and at the end of every full or --quick run
//   npm run bench -- --inbox         only the inbox: listing (GET /admin/api/reports) and reading one report
//                                    (GET /admin/api/reports/:receipt), p50 / p99 of each with 100 000 reports across
//                                    357 kommuner (--quick: 20 000; BENCH_INBOX_REPORTS sets it); scripts/bench/inbox-list.mjs.
//                                    Also at the end of --server and of every full or --quick run
// The server, pledge and inbox benches also measure PostgreSQL beside SQLite, in the same tables: one throwaway cluster
// for the run (scripts/bench/postgres.mjs, scripts/postgres-cluster.mjs), stopped at the end; the report and pledge
// servers as two processes sharing one port. Without PostgreSQL on this machine they print «PostgreSQL bench skipped: …».
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './find-chromium.mjs';
import { chartJsDoughnutBundle, chartJsVersion } from './bench/chart-js.mjs';
import { coldLoad } from './bench/cold.mjs';
import { fullCalendarBundle, fullCalendarVersion } from './bench/fullcalendar.mjs';
import { calendarLongTasks, MONTH_STEPS, SEARCH_WORD } from './bench/long-tasks.mjs';
import { CALENDAR_MONTH, CALENDAR_TODAY, meetingsDocument } from './bench/meetings.mjs';
import { coldPages, DATA_PATH, LONG_TASK_PAGE, MANY_MEETINGS_PATH, MEETINGS_PATH, PEER_MODULES, WARM_PAGE } from './bench/pages.mjs';
import { startServer } from './bench/server.mjs';
import { kb, median, ms, ms1, ratio, summary, table } from './bench/stats.mjs';
import { calendarWarmRenders, warmRenders } from './bench/warm.mjs';
import { serverReportsBench } from './bench/server-reports.mjs';
import { inboxListBench } from './bench/inbox-list.mjs';
import { serverPledgesBench } from './bench/server-pledges.mjs';
import { startBenchPostgres, skippedLine } from './bench/postgres.mjs';

const args = process.argv.slice(2);
/** `--quick` (or BENCH_QUICK=1): 3 runs of a subset of pages and sizes, to prove the bench still works (CI). */
const QUICK = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const MARKDOWN = args.includes('--markdown');
/** `--long-tasks`: only the calendar's long tasks with 10 000 meetings (after a change to its loading or search). */
const LONG_TASKS_ONLY = args.includes('--long-tasks');
/** `--server`: only the report server's durable throughput (scripts/bench/server-reports.mjs), no browser. */
const SERVER_ONLY = args.includes('--server');
/** `--inbox`: only the inbox's listing and reading (scripts/bench/inbox-list.mjs), no browser. */
const INBOX_ONLY = args.includes('--inbox');
/** `--pledges`: only the pledge campaign's POST and GET rates (scripts/bench/server-pledges.mjs), no browser. */
const PLEDGES_ONLY = args.includes('--pledges');
const SERVER_PROFILE = args.find((a) => a.startsWith('--server-profile='))?.slice('--server-profile='.length);
if (SERVER_ONLY || INBOX_ONLY || PLEDGES_ONLY) {
  console.log(
    `kommune-widgets server bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')}`,
  );
  const postgres = await startBenchPostgres();
  if (postgres.skipped) console.log(skippedLine(postgres.skipped));
  try {
    if (SERVER_ONLY) await serverReportsBench({ quick: QUICK, markdown: MARKDOWN, profileDir: SERVER_PROFILE, postgres });
    if (SERVER_ONLY || PLEDGES_ONLY) await serverPledgesBench({ quick: QUICK, markdown: MARKDOWN, profileDir: SERVER_PROFILE, postgres });
    if (SERVER_ONLY || INBOX_ONLY) await inboxListBench({ quick: QUICK, markdown: MARKDOWN, postgres });
  } finally {
    await postgres.postgres?.stop();
  }
  process.exit(0);
}
const runsArg = args.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice('--runs='.length)) : QUICK ? 3 : 15;
if (!(Number.isInteger(RUNS) && RUNS > 0)) {
  console.error(`--runs wants a whole number above 0, not ${runsArg.slice('--runs='.length)}`);
  process.exit(1);
}
const RATES = [1, 4];
/**
 * The quick run stops starting new rounds of cold loads after this long (at least one round runs), so that on a
 * loaded machine CI's `npm run bench -- --quick` still ends within a minute.
 */
const QUICK_COLD_BUDGET_MS = 20_000;
/** Rounds run first and not counted (browser processes, the server's sockets, Chromium's own disk cache). */
const WARMUP_ROUNDS = QUICK ? 0 : 1;
// The calendar and FullCalendar pages are left out: with them the quick run took 87 s (load average 8–14), not about a
// minute; the calendar's warm renders and long tasks still run, so CI still loads both.
const QUICK_PAGES = ['blank', 'ladder-inline', 'pie-src', 'chartjs-src'];
const WARM_SIZES = QUICK ? [12, 500] : [12, 500, 10000];
const WARM_RUNS = QUICK ? 3 : 15;
const WARM_WARMUP = QUICK ? 1 : 3;
/** The calendar pages' meetings: 500, all in the month shown (December 2026). */
const MEETINGS = 500;
/** The long-task page's meetings: 10 000 over 24 months, as the calendar's browser test of many meetings. */
const MANY_MEETINGS = 10000;
const LONG_TASK_RATES = QUICK ? [1] : RATES;
const LONG_TASK_RUNS = QUICK ? 1 : 3;

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
if (!existsSync('dist/cdn/kommune-widgets.js')) {
  console.error('No dist/cdn/kommune-widgets.js: run npm run build first.');
  process.exit(1);
}

const started = Date.now();
const print = (text = '') => console.log(text);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
const printTable = (columns, rows) => print(table(columns, rows, { markdown: MARKDOWN }));
const progress = (text) => process.stderr.isTTY && process.stderr.write(`\r${text}\x1b[K`);

const git = (...gitArgs) => execFileSync('git', gitArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** The commit the sources are at (`git log -1 --oneline`), and whether tracked files differ from it. */
function gitHead() {
  try {
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return `${git('log', '-1', '--oneline')}${dirty ? ' (+ uncommitted changes)' : ''}`;
  } catch {
    return '(not a git checkout)';
  }
}

/** When dist/cdn/kommune-widgets.js was built, in UTC. */
const builtAt = () => statSync('dist/cdn/kommune-widgets.js').mtime.toISOString().slice(0, 16).replace('T', ' ');

const doc = JSON.parse(readFileSync('docs/examples/eksempel-kommune.json', 'utf8'));
const meetingsDoc = meetingsDocument(MEETINGS, { months: 1 });
const manyMeetingsDoc = meetingsDocument(MANY_MEETINGS);
const pages = coldPages(doc, meetingsDoc).filter((p) => !QUICK || QUICK_PAGES.includes(p.id));
const server = await startServer({
  mounts: { '/cdn/': 'dist/cdn' },
  routes: {
    [DATA_PATH]: { body: JSON.stringify(doc) },
    [MEETINGS_PATH]: { body: JSON.stringify(meetingsDoc) },
    [MANY_MEETINGS_PATH]: { body: JSON.stringify(manyMeetingsDoc) },
    [PEER_MODULES.chartjs]: { body: await chartJsDoughnutBundle() },
    [PEER_MODULES.fullcalendar]: { body: await fullCalendarBundle() },
    [WARM_PAGE.path]: { body: WARM_PAGE.html },
    [LONG_TASK_PAGE.path]: { body: LONG_TASK_PAGE.html },
    // Chromium asks for one on every first visit; an empty icon keeps the console quiet.
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    ...Object.fromEntries(pages.map((p) => [p.path, { body: p.html }])),
  },
});
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });

try {
  const loader = server.gzipSize('/cdn/kommune-widgets.js');
  print(`kommune-widgets bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, sources: ${gitHead()}`);
  print(
    `Chromium ${browser.version()} headless; dist/cdn/ built ${builtAt()} UTC: kommune-widgets.js ${kb(loader)} gzip` +
      `${existsSync('dist/cdn/chunks') ? ' (loader, modules in dist/cdn/chunks/)' : ' (all-in-one bundle: no dist/cdn/chunks/)'};` +
      ` Chart.js ${chartJsVersion()} doughnut + legend + tooltip, FullCalendar ${fullCalendarVersion()} core + daygrid +` +
      ` list, month view, nb (rollup + terser). Calendar pages: ${MEETINGS} meetings, all in ${CALENDAR_MONTH}.`,
  );
  print(`Fresh browser context per cold load, pages alternating; load average at the start ${load()} (1 / 5 / 15 min).`);

  if (!LONG_TASKS_ONLY) {
    // Every round visits each page at each speed, starting one page later each time; the first round also measures the
    // bytes (after the paint, so the time is not touched). Warm-up rounds come first and are not counted.
    const times = new Map(pages.flatMap((p) => RATES.map((rate) => [`${p.id}@${rate}`, []])));
    const bytes = new Map();
    let runs = 0;
    for (let round = 0; round < WARMUP_ROUNDS + RUNS; round++) {
      if (QUICK && runs > 0 && Date.now() - started > QUICK_COLD_BUDGET_MS) break;
      for (const rate of RATES) {
        const order = pages.map((_, i) => pages[(i + round) % pages.length]);
        for (const page of order) {
          progress(`round ${round + 1}/${WARMUP_ROUNDS + RUNS}, CPU ${rate}×, ${page.label}`);
          const result = await coldLoad(browser, server.origin, page, { rate, measureBytes: round === 0 && rate === 1 });
          if (result.bytes) bytes.set(page.id, result.bytes);
          if (round >= WARMUP_ROUNDS) times.get(`${page.id}@${rate}`).push(result.painted);
        }
      }
      if (round >= WARMUP_ROUNDS) runs++;
    }
    progress('');
    print(
      `${runs} cold load${runs === 1 ? '' : 's'} per page and speed${WARMUP_ROUNDS ? `, after ${WARMUP_ROUNDS} uncounted round` : ''}` +
        `${QUICK ? ` (--quick: a subset of pages${runs < RUNS ? `, stopped after ${QUICK_COLD_BUDGET_MS / 1000} s` : ''})` : ''}.`,
    );

    const byId = Object.fromEntries(pages.map((p) => [p.id, p]));
    /** The page to hold a widget page against (Chart.js for the pie, FullCalendar for the calendar), data the same way. */
    const peerOf = (page) => (page.peer ? byId[page.peer] : undefined);

    print('\nBytes fetched on a first visit (gzip bodies, from Resource Timing encodedBodySize)');
    printTable(
      [
        { title: 'page' },
        { title: 'JS files' },
        { title: 'JS gzip' },
        { title: '× peer page' },
        { title: 'HTML gzip' },
        { title: 'JSON gzip' },
      ],
      pages.map((p) => {
        const b = bytes.get(p.id);
        const peer = peerOf(p) && bytes.get(peerOf(p).id);
        return [p.label, String(b.jsFiles), kb(b.js), peer ? ratio(b.js / peer.js) : '', kb(b.html), b.json ? kb(b.json) : '–'];
      }),
    );
    const late = pages.filter((p) => bytes.get(p.id).jsAfterPaint > 0);
    for (const p of late) print(`  ${p.label}: ${kb(bytes.get(p.id).jsAfterPaint)} of its JavaScript arrived after the paint.`);

    for (const rate of RATES) {
      const stats = (page) => page && summary(times.get(`${page.id}@${rate}`));
      const blank = stats(byId.blank);
      print(
        `\nNavigation start to painted, CPU ${rate === 1 ? 'not throttled' : `throttled ${rate}×`}: median of ${runs} cold load${runs === 1 ? '' : 's'} (ms),` +
          ' quartiles, the same beyond the blank page, and the widget page against its peer (Chart.js, FullCalendar)',
      );
      printTable(
        [
          { title: 'page' },
          { title: 'median' },
          { title: 'q1–q3' },
          { title: 'beyond blank' },
          { title: '× peer' },
          { title: '× peer beyond blank' },
        ],
        pages.map((p) => {
          const s = stats(p);
          const peer = stats(peerOf(p));
          const beyond = s.median - blank.median;
          return [
            p.label,
            ms(s.median),
            `${ms(s.q1)}–${ms(s.q3)}`,
            p.blank ? '' : ms(beyond),
            peer ? ratio(s.median / peer.median) : '',
            peer ? ratio(beyond / (peer.median - blank.median)) : '',
          ];
        }),
      );
    }

    print(`\nWarm renders in a page that has loaded every module already: median of ${WARM_RUNS} renders (ms), max in brackets`);
    const warm = await warmRenders(browser, server.origin, WARM_PAGE.path, { sizes: WARM_SIZES, runs: WARM_RUNS, warmup: WARM_WARMUP });
    printTable(
      [
        { title: 'items' },
        { title: 'ladder' },
        { title: 'budget-pie' },
        { title: 'Chart.js' },
        { title: 'ladder × Chart.js' },
        { title: 'pie × Chart.js' },
      ],
      warm.map((r) => [
        String(r.n),
        `${ms1(r.ladder)} (${ms1(r.ladderMax)})`,
        `${ms1(r.pie)} (${ms1(r.pieMax)})`,
        `${ms1(r.chartjs)} (${ms1(r.chartjsMax)})`,
        ratio(r.ladder / r.chartjs),
        ratio(r.pie / r.chartjs),
      ]),
    );
    print(
      `\nWarm renders of the calendar's month view beside FullCalendar's (dayGridMonth), ${CALENDAR_MONTH}: median of ${WARM_RUNS} renders (ms), max in brackets`,
    );
    const calendarCases = [{ label: `${MEETINGS}, all in the month`, doc: meetingsDoc }];
    if (!QUICK) calendarCases.push({ label: `${MANY_MEETINGS} over 24 months`, doc: manyMeetingsDoc });
    const calendarWarm = await calendarWarmRenders(browser, server.origin, WARM_PAGE.path, {
      cases: calendarCases,
      month: CALENDAR_MONTH,
      today: CALENDAR_TODAY,
      runs: WARM_RUNS,
      warmup: WARM_WARMUP,
    });
    printTable(
      [{ title: 'meetings' }, { title: 'calendar' }, { title: 'FullCalendar' }, { title: 'calendar × FullCalendar' }],
      calendarWarm.map((r) => [
        r.label,
        `${ms1(r.calendar)} (${ms1(r.calendarMax)})`,
        `${ms1(r.fullcalendar)} (${ms1(r.fullcalendarMax)})`,
        ratio(r.calendar / r.fullcalendar),
      ]),
    );
  }

  print(
    `\nLong tasks (PerformanceObserver 'longtask', from the page's start) in the calendar's month view with ${MANY_MEETINGS} meetings` +
      ` from src, cold: loading to ready, pressing «next month» ${MONTH_STEPS} times, typing «${SEARCH_WORD}» into the search;` +
      ` longest task in ms (worst of ${LONG_TASK_RUNS} run${LONG_TASK_RUNS === 1 ? '' : 's'}${LONG_TASK_RUNS > 1 ? ', median in brackets' : ''}) and tasks over 50 ms (median). Target: none over 200 ms`,
  );
  const longRows = [];
  for (const rate of LONG_TASK_RATES) {
    const results = [];
    for (let run = 0; run < LONG_TASK_RUNS; run++) {
      progress(`long tasks, CPU ${rate}×, run ${run + 1}/${LONG_TASK_RUNS}`);
      results.push(await calendarLongTasks(browser, server.origin, LONG_TASK_PAGE, { rate }));
    }
    progress('');
    for (const phase of ['load', 'months', 'search']) {
      const longest = results.map((r) => r[phase].longest);
      const worst = Math.max(...longest);
      longRows.push([
        `${{ load: 'loading to ready', months: `${MONTH_STEPS} × next month`, search: `typing «${SEARCH_WORD}»` }[phase]}, CPU ${rate}×`,
        `${ms(worst)}${LONG_TASK_RUNS > 1 ? ` (${ms(median(longest))})` : ''}`,
        ms(median(results.map((r) => r[phase].over50))),
      ]);
    }
  }
  printTable([{ title: 'phase' }, { title: 'longest task' }, { title: 'tasks > 50 ms' }], longRows);

  if (!LONG_TASKS_ONLY) {
    const postgres = await startBenchPostgres();
    if (postgres.skipped) print(`\n${skippedLine(postgres.skipped)}`);
    try {
      await serverReportsBench({ quick: QUICK, markdown: MARKDOWN, profileDir: SERVER_PROFILE, print, postgres });
      await serverPledgesBench({ quick: QUICK, markdown: MARKDOWN, print, postgres });
      await inboxListBench({ quick: QUICK, markdown: MARKDOWN, print, postgres });
    } finally {
      await postgres.postgres?.stop();
    }
  }
  print(`\nLoad average at the end ${load()}; ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
  print(
    '\nThe widgets validate the data and draw their text alternatives (the pie: legend, detail panel and table; the ladder:' +
      ' five steps and the first five processes; the calendar: toolbar, the month as a table with a button per meeting);' +
      ' Chart.js draws the canvas only, animation off; FullCalendar draws its month with every event (no «+N more»).' +
      ' Warm renders use the standalone files dist/cdn/participation-ladder.js, budget-pie.js and meeting-calendar.js.',
  );
} finally {
  await browser.close();
  await server.close();
}
