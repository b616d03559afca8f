// The page a kommune would build instead of the budget pie: a Chart.js 4 doughnut with legend and tooltip,
// tree-shaken and minified with rollup + terser, as one module script. It reads the same kommune document (inline in
// a <script type="application/json"> or fetched from `data-src`), draws the first budget dataset, and tells the
// bench harness when the constructor has returned.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
export const chartJsVersion = () => JSON.parse(readFileSync('node_modules/chart.js/package.json', 'utf8')).version;

const versionOf = (name) => JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).version;

/**
 * The doughnut page's module (ES module, minified): resolves to its code. Built once per version of Chart.js, rollup
 * and terser and kept in the system's temporary folder, since bundling Chart.js takes seconds the quick run lacks.
 */
export async function chartJsDoughnutBundle() {
  const key = createHash('sha256')
    .update([ENTRY, chartJsVersion(), versionOf('rollup'), versionOf('@rollup/plugin-terser'), versionOf('terser')].join('\n'))
    .digest('hex')
    .slice(0, 16);
  const cacheDir = join(tmpdir(), 'kommune-widgets-bench');
  const cached = join(cacheDir, `chart-doughnut-${key}.js`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const code = await buildBundle();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, code);
  return code;
}

async function buildBundle() {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, ENTRY);
    const bundle = await rollup({
      input: entry,
      plugins: [
        nodeResolve({ browser: true, rootDir: process.cwd(), modulePaths: [join(process.cwd(), 'node_modules')] }),
        terser({ ecma: 2022, module: true, format: { comments: false } }),
      ],
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    return output[0].code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
