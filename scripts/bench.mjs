/* global requestAnimationFrame, performance */
// npm run bench: renders the widgets in headless Chromium and prints medians beside the peer a kommune would
// otherwise embed (Chart.js for the budget pie), as ratios from the same run. Also prints bundle sizes side by side.
// Figures, not pass/fail: shared machines are noisy, so nothing here is a test. `--quick` only shows it still runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './find-chromium.mjs';

/** `npm run bench -- --quick` (or BENCH_QUICK=1): a few runs of the small sizes, to prove the bench still works (CI). */
const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const RUNS = QUICK ? 3 : 15;
const WARMUP = QUICK ? 1 : 3;
const SIZES = QUICK ? [12, 500] : [12, 500, 10000];

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (source) => gzipSync(source, { level: 9 }).length;

/** Chart.js as a kommune would ship a doughnut: only the doughnut, arcs, legend and tooltip, minified the same way. */
async function chartJsDoughnutBundle() {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-'));
  const entry = join(dir, 'entry.js');
  writeFileSync(
    entry,
    `import { Chart, DoughnutController, ArcElement, Legend, Tooltip } from 'chart.js';
     Chart.register(DoughnutController, ArcElement, Legend, Tooltip);
     window.Chart = Chart;`,
  );
  const bundle = await rollup({
    input: entry,
    plugins: [
      nodeResolve({ browser: true, rootDir: process.cwd(), modulePaths: [join(process.cwd(), 'node_modules')] }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'iife', name: 'chartBench' });
  rmSync(dir, { recursive: true, force: true });
  return output[0].code;
}

const chartJs = await chartJsDoughnutBundle();
const pie = readFileSync('dist/cdn/budget-pie.js', 'utf8');

console.log('Size (min+gzip)');
console.log(`  dist/cdn/budget-pie.js (Lit, localization in 4 languages, schema validation included)  ${kb(gz(pie))}`);
console.log(
  `  Chart.js ${JSON.parse(readFileSync('node_modules/chart.js/package.json', 'utf8')).version} doughnut, legend and tooltip (tree-shaken)     ${kb(gz(chartJs))}`,
);
console.log(`  ratio ${(gz(pie) / gz(chartJs)).toFixed(2)}`);

const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.setContent('<!doctype html><html lang="nb"><body></body></html>');
await page.addScriptTag({ content: chartJs });
await page.addScriptTag({ content: pie, type: 'module' });
await page.waitForFunction(() => customElements.get('kommune-budget-pie'));

const results = await page.evaluate(
  async ({ sizes, runs, warmup }) => {
    const section = (n) => ({
      datasets: [
        {
          id: 'bench',
          year: 2027,
          kind: 'expense',
          title: `${n} poster`,
          unit: 'NOK',
          items: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, label: `Post ${i + 1}`, amount: Math.round(1e9 / (i + 1)) })),
        },
      ],
    });
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

    async function renderPie(data) {
      const element = document.createElement('kommune-budget-pie');
      const start = performance.now();
      element.data = data;
      document.body.append(element);
      while (element.getAttribute('state') !== 'ready') await element.updateComplete;
      element.shadowRoot.querySelector('svg').getBoundingClientRect();
      const time = performance.now() - start;
      element.remove();
      return time;
    }

    function renderChartJs(data) {
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 400;
      document.body.append(canvas);
      const items = data.datasets[0].items;
      const start = performance.now();
      const chart = new window.Chart(canvas, {
        type: 'doughnut',
        data: { labels: items.map((i) => i.label), datasets: [{ data: items.map((i) => i.amount) }] },
        options: { animation: false, responsive: false },
      });
      const time = performance.now() - start;
      chart.destroy();
      canvas.remove();
      return time;
    }

    const out = [];
    for (const n of sizes) {
      const data = section(n);
      const times = { pie: [], chartjs: [] };
      for (let i = 0; i < warmup + runs; i++) {
        const p = await renderPie(data);
        await nextFrame();
        const c = renderChartJs(data);
        await nextFrame();
        if (i >= warmup) {
          times.pie.push(p);
          times.chartjs.push(c);
        }
      }
      out.push({ n, pie: median(times.pie), chartjs: median(times.chartjs), pieMax: Math.max(...times.pie) });
    }
    return out;
  },
  { sizes: SIZES, runs: RUNS, warmup: WARMUP },
);
await browser.close();

console.log(`\nRender to first drawn chart, median of ${RUNS} runs (ms), headless Chromium`);
console.log(`${'items'.padStart(8)} ${'budget-pie'.padStart(12)} ${'(max)'.padStart(8)} ${'Chart.js'.padStart(10)} ${'ratio'.padStart(7)}`);
for (const r of results) {
  console.log(
    `${String(r.n).padStart(8)} ${r.pie.toFixed(1).padStart(12)} ${r.pieMax.toFixed(1).padStart(8)} ${r.chartjs.toFixed(1).padStart(10)} ${(r.pie / r.chartjs).toFixed(2).padStart(7)}`,
  );
}
console.log(
  '\nbudget-pie includes validating the data, the legend, the detail panel and the full table of every item (every row, however many);',
);
console.log('Chart.js draws the canvas only (no table, no text alternative), with animation off.');
