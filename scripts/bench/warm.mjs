/* global performance, requestAnimationFrame, MutationObserver, structuredClone */
// The warm-render table: renders of N items in a page that has already loaded and warmed every module, the budget
// pie and the ladder beside a Chart.js doughnut. This is the cost of drawing again (another dataset, another page of
// a single-page app), not what a citizen's first visit costs: that is the cold-start table.
import { median } from './stats.mjs';

/**
 * Opens `origin + path` (the warm page), warms up, and resolves to
 * `[{ n, ladder, ladderMax, pie, pieMax, chartjs, chartjsMax }]` in ms, medians of `runs` after `warmup`.
 */
export async function warmRenders(browser, origin, path, { sizes, runs, warmup }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    await tab.goto(origin + path);
    await tab.waitForFunction(
      () => customElements.get('kommune-budget-pie') && customElements.get('kommune-participation-ladder') && window.Chart,
    );
    const raw = await tab.evaluate(
      async ({ sizes, runs, warmup }) => {
        const steps = ['informere', 'spørre', 'snakke-med', 'dagsorden', 'rattet'];
        const ladderSection = (n) => ({
          activities: Array.from({ length: n }, (_, i) => ({
            id: `a${i}`,
            step: steps[i % steps.length],
            title: `Aktivitet ${i + 1}`,
            closes: '2099-12-31',
          })),
        });
        const pieSection = (n) => ({
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
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

        /** Resolves when `element`'s state is `ready`; rejects on `error` or `empty`. */
        const ready = (element) =>
          new Promise((resolve, reject) => {
            const check = () => {
              const state = element.getAttribute('state');
              if (state === 'ready') resolve();
              else if (state === 'error' || state === 'empty') reject(new Error(`<${element.localName}> state ${state}`));
              else return false;
              return true;
            };
            if (check()) return;
            const observer = new MutationObserver(() => check() && observer.disconnect());
            observer.observe(element, { attributes: true, attributeFilter: ['state'] });
          });

        /** Time from creating the element to its first drawn (laid out) ready state. */
        async function renderWidget(tag, data) {
          const element = document.createElement(tag);
          const start = performance.now();
          element.data = data;
          document.body.append(element);
          await ready(element);
          element.getBoundingClientRect();
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
          const ladderData = ladderSection(n);
          const pieData = pieSection(n);
          const times = { ladder: [], pie: [], chartjs: [] };
          for (let i = 0; i < warmup + runs; i++) {
            const l = await renderWidget('kommune-participation-ladder', ladderData);
            await nextFrame();
            const p = await renderWidget('kommune-budget-pie', pieData);
            await nextFrame();
            const c = renderChartJs(pieData);
            await nextFrame();
            if (i >= warmup) {
              times.ladder.push(l);
              times.pie.push(p);
              times.chartjs.push(c);
            }
          }
          out.push({ n, times });
        }
        return out;
      },
      { sizes, runs, warmup },
    );
    return raw.map(({ n, times }) => ({
      n,
      ladder: median(times.ladder),
      ladderMax: Math.max(...times.ladder),
      pie: median(times.pie),
      pieMax: Math.max(...times.pie),
      chartjs: median(times.chartjs),
      chartjsMax: Math.max(...times.chartjs),
    }));
  } finally {
    await context.close();
  }
}

/**
 * The calendar's rows of the warm-render table, in the same warm page: for each `{ label, doc }` of `cases`, the
 * month view of `<kommune-meeting-calendar>` (standalone dist/cdn/meeting-calendar.js) and a FullCalendar month view
 * with the same meetings, from creating the element (setting `.data`; for FullCalendar, making the events and calling
 * `render()`) to a forced layout. Resolves to `[{ label, calendar, calendarMax, fullcalendar, fullcalendarMax }]` in
 * ms, medians of `runs` after `warmup`.
 */
export async function calendarWarmRenders(browser, origin, path, { cases, month, today, runs, warmup }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    await tab.goto(origin + path);
    await tab.waitForFunction(() => customElements.get('kommune-meeting-calendar') && window.FullCalendar);
    const out = [];
    for (const { label, doc } of cases) {
      const times = await tab.evaluate(
        async ({ section, month, today, runs, warmup }) => {
          const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
          const ready = (element) =>
            new Promise((resolve, reject) => {
              const check = () => {
                const state = element.getAttribute('state');
                if (state === 'ready') resolve();
                else if (state === 'error' || state === 'empty') reject(new Error(`<${element.localName}> state ${state}`));
                else return false;
                return true;
              };
              if (check()) return;
              const observer = new MutationObserver(() => check() && observer.disconnect());
              observer.observe(element, { attributes: true, attributeFilter: ['state'] });
            });

          async function renderCalendar(data) {
            const element = document.createElement('kommune-meeting-calendar');
            for (const [name, value] of Object.entries({ view: 'month', month, today, lang: 'nb' })) element.setAttribute(name, value);
            const start = performance.now();
            element.data = data;
            document.body.append(element);
            await ready(element);
            element.getBoundingClientRect();
            const time = performance.now() - start;
            element.remove();
            return time;
          }

          function renderFullCalendar(data) {
            const element = document.createElement('div');
            document.body.append(element);
            const start = performance.now();
            const calendar = window.FullCalendar.calendar(element, data, today);
            calendar.render();
            element.getBoundingClientRect();
            const time = performance.now() - start;
            calendar.destroy();
            element.remove();
            return time;
          }

          const times = { calendar: [], fullcalendar: [] };
          for (let i = 0; i < warmup + runs; i++) {
            // A fresh copy each time, made outside the timing, so neither can reuse work done on the same object.
            const c = await renderCalendar(structuredClone(section));
            await nextFrame();
            const f = renderFullCalendar(structuredClone(section));
            await nextFrame();
            if (i >= warmup) {
              times.calendar.push(c);
              times.fullcalendar.push(f);
            }
          }
          return times;
        },
        { section: doc.meetings, month, today, runs, warmup },
      );
      out.push({
        label,
        calendar: median(times.calendar),
        calendarMax: Math.max(...times.calendar),
        fullcalendar: median(times.fullcalendar),
        fullcalendarMax: Math.max(...times.fullcalendar),
      });
    }
    return out;
  } finally {
    await context.close();
  }
}
