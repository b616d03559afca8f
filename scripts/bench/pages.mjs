// The pages the cold-start bench loads, as a citizen's browser meets them: the README snippet (the loader
// dist/cdn/kommune-widgets.js and one element, data inline or from `src`), the Chart.js and FullCalendar pages a
// kommune would build instead, and a blank page. Each has the same small inline harness in <head> (inline, so it fetches no bytes) that
// records `performance.now()` (milliseconds since navigation start) once the page is painted.

import { CALENDAR_MONTH, CALENDAR_TODAY } from './meetings.mjs';

/**
 * The harness. `data-wait` says what "painted" means:
 * - `element`: the frame after an element's `state` attribute becomes `ready` (a MutationObserver sees it; then
 *   requestAnimationFrame, and a task after that frame, so the frame's style, layout and paint are inside the time);
 * - `peer`: the same frame after the page's own code calls `window.__bench.settle()` (after Chart's constructor,
 *   after FullCalendar's `render()`);
 * - `blank`: the same frame after DOMContentLoaded.
 * `window.__bench.done` resolves to `{ painted }` or `{ error }`. `window.__bench.longTasks` gathers every long task
 * (`PerformanceObserver`, type `longtask`: 50 ms or more on the main thread) from the page's start, as
 * `{ start, duration }` in ms.
 */
const HARNESS = `(() => {
  const wait = document.currentScript.dataset.wait;
  let finish;
  const bench = (window.__bench = { done: new Promise((resolve) => (finish = resolve)) });
  const longTasks = (bench.longTasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let settled = false;
  bench.settle = () => {
    if (settled) return;
    settled = true;
    requestAnimationFrame(() => setTimeout(() => finish({ painted: performance.now() })));
  };
  const fail = (error) => finish({ error: String(error) });
  addEventListener('error', (event) => fail(event.message));
  addEventListener('unhandledrejection', (event) => fail(event.reason));
  if (wait === 'blank') document.addEventListener('DOMContentLoaded', bench.settle);
  if (wait === 'element') {
    new MutationObserver((records) => {
      for (const { target } of records) {
        const state = target.getAttribute('state');
        if (state === 'ready') bench.settle();
        else if (state === 'error' || state === 'empty') fail('<' + target.localName + '> state ' + state);
      }
    }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['state'] });
  }
})();`;

/** Text safe inside <script type="application/json">: `</` written as `<\/` (docs/innebygging.md). */
const inlineJson = (value) => JSON.stringify(value).replaceAll('</', '<\\/');

const page = ({ title, wait, head = '', body }) => `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Eksempel kommune</title>
<script data-wait="${wait}">${HARNESS}</script>
${head}
</head>
<body>
<main>
<h1>${title}</h1>
<p>Eksempel kommune viser deg hvordan du kan være med og påvirke, og hvor pengene går.</p>
${body}
</main>
</body>
</html>
`;

/** The data's URL on the bench server (same origin as the pages, as docs/innebygging.md asks). */
export const DATA_PATH = '/data/kommune.json';
/** The document with the calendar pages' 500 meetings. */
export const MEETINGS_PATH = '/data/meetings-500.json';
/** The document with the long-task page's 10 000 meetings. */
export const MANY_MEETINGS_PATH = '/data/meetings-10000.json';

/** What each widget's element holds as fallback, as in the README snippet, its attributes, and the page to hold it against. */
const WIDGETS = {
  ladder: { tag: 'kommune-participation-ladder', fallback: '<a href="/medvirkning">Se alle medvirkningsprosesser</a>' },
  pie: { tag: 'kommune-budget-pie', fallback: '<a href="/budsjett-2027.pdf">Budsjett 2027 (PDF)</a>', peer: 'chartjs' },
  calendar: {
    tag: 'kommune-meeting-calendar',
    fallback: '<a href="/politikk/moter">Møtekalender</a>',
    attributes: ` view="month" month="${CALENDAR_MONTH}" today="${CALENDAR_TODAY}"`,
    meetings: true,
    peer: 'fullcalendar',
  },
};

/** The README snippet for `widget`: the loader and the element with `inside` and its fallback. */
function snippet({ tag, fallback, attributes = '' }, inside, more = '') {
  return `<script type="module" src="/cdn/kommune-widgets.js"></script>\n<${tag}${attributes}${more} lang="nb">\n${inside}\n${fallback}\n</${tag}>`;
}

/**
 * Every page of the cold-start table: `{ id, label, path, html, widget?, peer?, blank? }`, `doc` being the kommune
 * document, `meetingsDoc` the one with the calendar's 500 meetings; `peer` is the id of the page a widget page is
 * held against. The widget pages load `/cdn/kommune-widgets.js`, whatever the build made of it (loader or
 * all-in-one).
 */
export function coldPages(doc, meetingsDoc) {
  const pages = [{ id: 'blank', label: 'blank page', blank: true, html: page({ title: 'Tom side', wait: 'blank', body: '' }) }];
  for (const [name, widget] of Object.entries(WIDGETS)) {
    const data = widget.meetings ? meetingsDoc : doc;
    const path = widget.meetings ? MEETINGS_PATH : DATA_PATH;
    pages.push(
      {
        id: `${name}-inline`,
        label: `${name}, data inline`,
        widget: name,
        peer: widget.peer && `${widget.peer}-inline`,
        html: page({ title: name, wait: 'element', body: snippet(widget, `<script type="application/json">${inlineJson(data)}</script>`) }),
      },
      {
        id: `${name}-src`,
        label: `${name}, src`,
        widget: name,
        peer: widget.peer && `${widget.peer}-src`,
        html: page({ title: name, wait: 'element', body: snippet(widget, '', ` src="${path}"`) }),
      },
    );
  }
  const canvas = (attributes) =>
    `<canvas data-budget ${attributes} width="400" height="400" role="img" aria-label="Budsjett 2027"></canvas>`;
  const calendar = (attributes) => `<div data-meetings data-today="${CALENDAR_TODAY}" ${attributes}></div>`;
  const peerPage = ({ id, label, title, module, json, body }) => ({
    id,
    label,
    html: page({
      title,
      wait: 'peer',
      body: `<script type="module" src="${module}"></script>\n${json ? `<script type="application/json" id="data">${inlineJson(json)}</script>\n` : ''}${body}`,
    }),
  });
  pages.push(
    peerPage({
      id: 'chartjs-inline',
      label: 'Chart.js, data inline',
      title: 'Chart.js',
      module: PEER_MODULES.chartjs,
      json: doc,
      body: canvas('data-inline="data"'),
    }),
    peerPage({
      id: 'chartjs-src',
      label: 'Chart.js, fetch',
      title: 'Chart.js',
      module: PEER_MODULES.chartjs,
      body: canvas(`data-src="${DATA_PATH}"`),
    }),
    peerPage({
      id: 'fullcalendar-inline',
      label: 'FullCalendar, data inline',
      title: 'FullCalendar',
      module: PEER_MODULES.fullcalendar,
      json: meetingsDoc,
      body: calendar('data-inline="data"'),
    }),
    peerPage({
      id: 'fullcalendar-src',
      label: 'FullCalendar, fetch',
      title: 'FullCalendar',
      module: PEER_MODULES.fullcalendar,
      body: calendar(`data-src="${MEETINGS_PATH}"`),
    }),
  );
  return pages.map((p) => ({ ...p, path: `/pages/${p.id}.html` }));
}

/** The page the long-task measure loads: the calendar's month view with 10 000 meetings from `src`. */
export const LONG_TASK_PAGE = {
  id: 'calendar-10000',
  label: 'calendar, 10 000 meetings, src',
  path: '/pages/calendar-10000.html',
  html: page({ title: 'calendar', wait: 'element', body: snippet(WIDGETS.calendar, '', ` src="${MANY_MEETINGS_PATH}"`) }),
};

/** Where the peers' page modules are served. */
export const PEER_MODULES = { chartjs: '/peer/chart-doughnut.js', fullcalendar: '/peer/fullcalendar-month.js' };

/** The page the warm-render table runs in: the standalone widget files and the peers' page modules. */
export const WARM_PAGE = {
  path: '/pages/warm.html',
  html: `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Warm renders</title>
<script type="module" src="/cdn/participation-ladder.js"></script>
<script type="module" src="/cdn/budget-pie.js"></script>
<script type="module" src="/cdn/meeting-calendar.js"></script>
<script type="module" src="${PEER_MODULES.chartjs}"></script>
<script type="module" src="${PEER_MODULES.fullcalendar}"></script>
</head>
<body></body>
</html>
`,
};
