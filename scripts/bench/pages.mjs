// The pages the cold-start bench loads, as a citizen's browser meets them: the README snippet (the loader
// dist/cdn/kommune-widgets.js and one element, data inline or from `src`), the Chart.js page a kommune would build
// instead, and a blank page. Each has the same small inline harness in <head> (inline, so it fetches no bytes) that
// records `performance.now()` (milliseconds since navigation start) once the page is painted.

/**
 * The harness. `data-wait` says what "painted" means:
 * - `element`: the frame after an element's `state` attribute becomes `ready` (a MutationObserver sees it; then
 *   requestAnimationFrame, and a task after that frame, so the frame's style, layout and paint are inside the time);
 * - `peer`: the same frame after the page's own code calls `window.__bench.settle()` (after Chart's constructor);
 * - `blank`: the same frame after DOMContentLoaded.
 * `window.__bench.done` resolves to `{ painted }` or `{ error }`.
 */
const HARNESS = `(() => {
  const wait = document.currentScript.dataset.wait;
  let finish;
  const bench = (window.__bench = { done: new Promise((resolve) => (finish = resolve)) });
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

/** What each widget's element holds as fallback, as in the README snippet. */
const WIDGETS = {
  ladder: { tag: 'kommune-participation-ladder', fallback: '<a href="/medvirkning">Se alle medvirkningsprosesser</a>' },
  pie: { tag: 'kommune-budget-pie', fallback: '<a href="/budsjett-2027.pdf">Budsjett 2027 (PDF)</a>' },
};

/** The data's URL on the bench server (same origin as the pages, as docs/innebygging.md asks). */
export const DATA_PATH = '/data/kommune.json';

/**
 * Every page of the cold-start table: `{ id, label, path, html, widget?, peer?, blank? }`, `doc` being the kommune
 * document. The widget pages load `/cdn/kommune-widgets.js`, whatever the build made of it (loader or all-in-one).
 */
export function coldPages(doc) {
  const pages = [{ id: 'blank', label: 'blank page', blank: true, html: page({ title: 'Tom side', wait: 'blank', body: '' }) }];
  for (const [name, { tag, fallback }] of Object.entries(WIDGETS)) {
    const snippet = (inside, attributes = '') =>
      `<script type="module" src="/cdn/kommune-widgets.js"></script>\n<${tag}${attributes} lang="nb">\n${inside}\n${fallback}\n</${tag}>`;
    pages.push(
      {
        id: `${name}-inline`,
        label: `${name}, data inline`,
        widget: name,
        html: page({ title: name, wait: 'element', body: snippet(`<script type="application/json">${inlineJson(doc)}</script>`) }),
      },
      {
        id: `${name}-src`,
        label: `${name}, src`,
        widget: name,
        html: page({ title: name, wait: 'element', body: snippet('', ` src="${DATA_PATH}"`) }),
      },
    );
  }
  const canvas = (attributes) =>
    `<canvas data-budget ${attributes} width="400" height="400" role="img" aria-label="Budsjett 2027"></canvas>`;
  pages.push(
    {
      id: 'chartjs-inline',
      label: 'Chart.js, data inline',
      peer: 'pie',
      html: page({
        title: 'Chart.js',
        wait: 'peer',
        body: `<script type="module" src="/peer/chart-doughnut.js"></script>\n<script type="application/json" id="budget">${inlineJson(doc)}</script>\n${canvas('data-inline="budget"')}`,
      }),
    },
    {
      id: 'chartjs-src',
      label: 'Chart.js, fetch',
      peer: 'pie',
      html: page({
        title: 'Chart.js',
        wait: 'peer',
        body: `<script type="module" src="/peer/chart-doughnut.js"></script>\n${canvas(`data-src="${DATA_PATH}"`)}`,
      }),
    },
  );
  return pages.map((p) => ({ ...p, path: `/pages/${p.id}.html` }));
}

/** The page the warm-render table runs in: both standalone widget files and the Chart.js page's module. */
export const WARM_PAGE = {
  path: '/pages/warm.html',
  html: `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Warm renders</title>
<script type="module" src="/cdn/participation-ladder.js"></script>
<script type="module" src="/cdn/budget-pie.js"></script>
<script type="module" src="/peer/chart-doughnut.js"></script>
</head>
<body></body>
</html>
`,
};
