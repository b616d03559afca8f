// The page a kommune would build instead of the budget pie: a Chart.js 4 doughnut with legend and tooltip,
// tree-shaken and minified with rollup + terser, as one module script. It reads the same kommune document (inline in
// a <script type="application/json"> or fetched from `data-src`), draws the first budget dataset, and tells the
// bench harness when the constructor has returned.
import { peerBundle, versionOf } from './bundle.mjs';

/** The page's own code: what a kommune's developer would write around Chart.js. */
const ENTRY = `
import { Chart, DoughnutController, ArcElement, Legend, Tooltip } from 'chart.js';
Chart.register(DoughnutController, ArcElement, Legend, Tooltip);
// The warm-render table draws more charts in the same page.
window.Chart = Chart;

const text = (value) => (typeof value === 'string' ? value : value.nb);

async function draw(canvas) {
  const doc = canvas.dataset.src
    ? await (await fetch(canvas.dataset.src)).json()
    : JSON.parse(document.getElementById(canvas.dataset.inline).textContent);
  const items = doc.budget.datasets[0].items;
  new Chart(canvas, {
    type: 'doughnut',
    data: { labels: items.map((item) => text(item.label)), datasets: [{ data: items.map((item) => item.amount) }] },
    options: { animation: false, responsive: false, plugins: { legend: { display: true }, tooltip: { enabled: true } } },
  });
  window.__bench?.settle();
}

const canvas = document.querySelector('canvas[data-budget]');
if (canvas) draw(canvas);
`;

/** Chart.js's version in node_modules. */
export const chartJsVersion = () => versionOf('chart.js');

/** The doughnut page's module (ES module, minified): resolves to its code. */
export const chartJsDoughnutBundle = () => peerBundle({ name: 'chart-doughnut', entry: ENTRY, packages: ['chart.js'] });
