import { expect, fixture, html } from '@open-wc/testing';
import type { KommuneParticipationLadder } from '@kommune-widgets/participation-ladder';
import type { KommuneBudgetPie } from '@kommune-widgets/budget-pie';
import '@kommune-widgets/participation-ladder';
import '@kommune-widgets/budget-pie';
import { expectAccessible } from './helpers/axe.js';
import { settled, shadowText } from './helpers/widget.js';
import { budgetDocument } from '../packages/budget-pie/test/fixtures/budget-fixtures.js';
import { calendarDocument } from '../packages/meeting-calendar/test/fixtures/calendar-fixtures.js';

/**
 * SPEC §3: "loading (aria-busy, no layout jump)". A kommune's page with its own text below a widget whose `src`
 * answers after a second must keep its Cumulative Layout Shift below 0.1 (Core Web Vitals' "good") on a phone and
 * on a desktop, and the space the widget keeps while loading must be about what it needs once ready (within 20 %
 * at 1280 px): blank space is no cure. CLS counts from a page's own load, so each measurement is a fresh page in an
 * iframe.
 */

/** How long the test server waits before it answers the data. */
const DELAY_MS = 1000;
const TODAY = '2026-11-23';
const EXAMPLE = '/docs/examples/eksempel-kommune.json';
/** The loader of SPEC §2, which imports the widget's module after it has run itself. */
const LOADER = '/dist/cdn/kommune-widgets.js';

/** A document the page fetches: a file the test server has, or a fixture object served from inside the page. */
type DataSource = { file: string } | { name: string; data: unknown };

interface WidgetCase {
  name: string;
  tag: 'kommune-participation-ladder' | 'kommune-budget-pie' | 'kommune-meeting-calendar';
  /** The package's entry module, which registers the element. */
  module: string;
  /** The typical documents: the realistic example and the package's own fixture. */
  documents: DataSource[];
}

const WIDGETS: WidgetCase[] = [
  {
    name: 'participation ladder',
    tag: 'kommune-participation-ladder',
    module: '/packages/participation-ladder/dist/index.js',
    documents: [{ file: EXAMPLE }, { file: '/packages/participation-ladder/test/fixtures/ladder-document.json' }],
  },
  {
    name: 'budget pie',
    tag: 'kommune-budget-pie',
    module: '/packages/budget-pie/dist/index.js',
    documents: [{ file: EXAMPLE }, { name: 'budgetDocument', data: budgetDocument }],
  },
  {
    name: 'meeting calendar',
    tag: 'kommune-meeting-calendar',
    module: '/packages/meeting-calendar/dist/index.js',
    documents: [{ file: EXAMPLE }, { name: 'calendarDocument', data: calendarDocument }],
  },
];

/**
 * How the page has the widget's script run before it paints (SPEC §2's script is a deferred module, so a page first
 * paints its fallback link, one line, and the widget takes its room when the script has run: a jump no widget code
 * can prevent, since none of it has run yet):
 * - `before-paint`: the script blocks rendering (`blocking="render"`) until it has registered the element;
 * - `reserved`: the deferred script as in SPEC §2, and the page keeps a screen's height for the element until then
 *   (`kommune-participation-ladder:not(:defined) { display: block; min-block-size: 100vh }`, as the README says).
 */
type Registration = 'before-paint' | 'reserved';

/** Phone and desktop windows. */
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
];

const sourceName = (source: DataSource) => ('file' in source ? source.file.split('/').pop()! : source.name);

/** A layout shift as the Layout Instability API reports it. */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

interface Measurement {
  /** The sum of the page's layout shifts not caused by input, from its load until the widget is ready. */
  cls: number;
  /** The widget's height while loading and once ready, in CSS pixels. */
  loadingHeight: number;
  readyHeight: number;
  /** When each shift happened and how large it was, for the failure message. */
  shifts: string[];
}

/**
 * The kommune's page: a heading, the widget as SPEC §2 has an editor paste it (with a fallback link), and the page's
 * own paragraphs below it. A fixture object is served as slowly by a stand-in for the server inside the page.
 */
function pageSource(widget: WidgetCase, source: DataSource, registration: Registration, module: string): string {
  const src = 'file' in source ? `/__test/slow?ms=${DELAY_MS}&file=${encodeURIComponent(source.file)}` : '/__fixture.json';
  const server =
    'data' in source
      ? `<script>
          const body = ${JSON.stringify(JSON.stringify(source.data)).replaceAll('<', '\\u003c')};
          const realFetch = window.fetch.bind(window);
          window.fetch = (input, init) =>
            String(input).endsWith('/__fixture.json')
              ? new Promise((resolve) => setTimeout(resolve, ${DELAY_MS})).then(
                  () => new Response(body, { headers: { 'Content-Type': 'application/json' } }),
                )
              : realFetch(input, init);
        </script>`
      : '';
  const paragraph = (n: number) =>
    `<p>Avsnitt ${n}. Kommunen forteller her om tjenestene sine, om planene for de neste årene og om hvordan innbyggerne kan være med og påvirke. Denne teksten står under modulen på siden.</p>`;
  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>Eksempel kommune</title>
    <style>
      body { margin: 0 1em; font: 16px/1.5 sans-serif; }
      ${registration === 'reserved' ? `${widget.tag}:not(:defined) { display: block; min-block-size: 100vh; }` : ''}
    </style>
    ${server}
    <script type="module" ${registration === 'before-paint' ? 'blocking="render"' : ''} src="${module}"></script>
  </head>
  <body>
    <h1>Eksempel kommune</h1>
    <${widget.tag} src="${src}" today="${TODAY}"><a href="/plan.pdf">Planen som PDF</a></${widget.tag}>
    ${Array.from({ length: 12 }, (_, i) => paragraph(i + 1)).join('\n')}
  </body>
</html>`;
}

const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

/** Loads the page in a fresh iframe of the given size and measures the widget's heights and the page's CLS. */
async function measure(
  widget: WidgetCase,
  source: DataSource,
  viewport: { width: number; height: number },
  registration: Registration,
  module = widget.module,
): Promise<Measurement> {
  const frame = document.createElement('iframe');
  frame.width = String(viewport.width);
  frame.height = String(viewport.height);
  frame.srcdoc = pageSource(widget, source, registration, module);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow!;
    await win.customElements.whenDefined(widget.tag);
    const element = win.document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(widget.tag)!;
    await element.updateComplete;
    expect(element.getAttribute('state'), 'still loading when the page has loaded').to.equal('loading');
    const loadingHeight = element.getBoundingClientRect().height;
    const loadedAt = win.performance.now();
    for (let waited = 0; element.getAttribute('state') === 'loading' && waited < 10 * DELAY_MS; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(element.getAttribute('state'), 'ready after the data arrived').to.equal('ready');
    await element.updateComplete;
    // A frame for the ready widget to be laid out and painted, and one for its shifts to be reported.
    await nextFrame(win);
    await nextFrame(win);
    const readyHeight = element.getBoundingClientRect().height;
    const shifts = (await layoutShifts(win)).filter((shift) => !shift.hadRecentInput);
    return {
      cls: shifts.reduce((sum, shift) => sum + shift.value, 0),
      loadingHeight,
      readyHeight,
      shifts: shifts.map(
        (s) => `${s.value.toFixed(3)} at ${Math.round(s.startTime)} ms${s.startTime < loadedAt ? ', before the data' : ''}`,
      ),
    };
  } finally {
    frame.remove();
  }
}

/** The page's layout shifts so far, read with a buffered observer inside the page. */
async function layoutShifts(win: Window): Promise<LayoutShift[]> {
  const entries: LayoutShift[] = [];
  const Observer = (win as Window & typeof globalThis).PerformanceObserver;
  const observer = new Observer((list) => entries.push(...(list.getEntries() as LayoutShift[])));
  observer.observe({ type: 'layout-shift', buffered: true });
  await nextFrame(win);
  entries.push(...(observer.takeRecords() as LayoutShift[]));
  observer.disconnect();
  return entries;
}

const px = (n: number) => `${Math.round(n)} px`;

describe('a kommune page while a widget loads its data', function () {
  // Each case loads a page and waits a second for its data; the first also compiles the widget's modules.
  this.timeout(30000);

  for (const widget of WIDGETS) {
    for (const source of widget.documents) {
      for (const viewport of VIEWPORTS) {
        const wide = viewport.width === 1280;
        it(`keeps the page below the ${widget.name} in place at ${viewport.width} px while ${sourceName(source)} arrives${
          wide ? ', keeping about the ready height' : ''
        }`, async () => {
          const m = await measure(widget, source, viewport, 'before-paint');
          expect(m.cls, `CLS ${m.cls.toFixed(3)} (shifts: ${m.shifts.join('; ') || 'none'})`).to.be.below(0.1);
          if (wide) {
            expect(
              Math.abs(m.loadingHeight - m.readyHeight) / m.readyHeight,
              `${px(m.loadingHeight)} while loading, ${px(m.readyHeight)} ready`,
            ).to.be.at.most(0.2);
          }
        });
      }
    }
    for (const viewport of VIEWPORTS) {
      it(`keeps the page in place at ${viewport.width} px when the ${widget.name}'s script runs after the first paint, on a page that keeps room for it`, async () => {
        const m = await measure(widget, widget.documents[0]!, viewport, 'reserved');
        expect(m.cls, `CLS ${m.cls.toFixed(3)} (shifts: ${m.shifts.join('; ') || 'none'})`).to.be.below(0.1);
      });
      it(`keeps the page in place at ${viewport.width} px when the ${widget.name} comes through the loader, on a page that keeps room for it`, async () => {
        const m = await measure(widget, widget.documents[0]!, viewport, 'reserved', LOADER);
        expect(m.cls, `CLS ${m.cls.toFixed(3)} (shifts: ${m.shifts.join('; ') || 'none'})`).to.be.below(0.1);
      });
    }
  }
});

/** A `src` that answers after `ms` milliseconds: long enough to look at the loading state. */
const slowly = (file: string, ms = 4000) => `/__test/slow?ms=${ms}&file=${encodeURIComponent(file)}`;

describe('what a widget shows before its data arrives', () => {
  it('shows the ladder’s heading and five steps at once, in the reader’s language, with the fallback and a status line', async () => {
    const element = await fixture<KommuneParticipationLadder>(
      html`<kommune-participation-ladder src=${slowly(EXAMPLE)} lang="nn"
        ><a href="/plan.pdf">Planen som PDF</a></kommune-participation-ladder
      >`,
    );
    await element.updateComplete;
    expect(element.state).to.equal('loading');
    const root = element.shadowRoot!;
    expect(root.querySelector('.base')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(root.querySelector('h2')!)).to.equal('Deltakingstrappa');
    expect(root.querySelector('ol.ladder')!.getAttribute('aria-label')).to.equal('Trinna i deltakingstrappa');
    expect([...root.querySelectorAll('ol.ladder > li .step-title')].map((t) => t.textContent)).to.deep.equal([
      'Informere',
      'Spørje',
      'Snakke med',
      'Innbyggjarane er med på å setje dagsorden',
      'Innbyggjarane får ei hand på rattet',
    ]);
    // Nothing to select before the data is there: the steps are not buttons yet.
    expect(root.querySelectorAll('button')).to.have.length(0);
    expect(shadowText(root.querySelector('.loading-status')!)).to.equal('Lastar inn …');
    expect(element.querySelector('a')!.getBoundingClientRect().height, 'the fallback link is shown').to.be.greaterThan(0);
    await expectAccessible(element);
  });

  it('draws the pie’s chart frame at once, as large as the chart it becomes', async () => {
    const element = await fixture<KommuneBudgetPie>(
      html`<kommune-budget-pie src=${slowly(EXAMPLE, 500)}><a href="/budsjett.pdf">Budsjettet som PDF</a></kommune-budget-pie>`,
    );
    await element.updateComplete;
    expect(element.state).to.equal('loading');
    const frame = element.shadowRoot!.querySelector('svg.pie')!.getBoundingClientRect();
    expect(frame.width).to.be.greaterThan(100);
    await settled(element);
    const chart = element.shadowRoot!.querySelector('svg.pie')!.getBoundingClientRect();
    expect(chart.width).to.be.closeTo(frame.width, 1);
    expect(chart.top).to.be.closeTo(frame.top, 1);
  });

  it('is accessible while loading', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <kommune-participation-ladder src=${slowly(EXAMPLE)}><a href="/plan.pdf">Planen som PDF</a></kommune-participation-ladder>
        <kommune-budget-pie src=${slowly(EXAMPLE)} variant="pie"><a href="/budsjett.pdf">Budsjettet som PDF</a></kommune-budget-pie>
      </div>`,
    );
    const widgets = wrapper.querySelectorAll<KommuneParticipationLadder | KommuneBudgetPie>(
      'kommune-participation-ladder, kommune-budget-pie',
    );
    for (const element of widgets) await element.updateComplete;
    expect([...widgets].map((element) => element.state)).to.deep.equal(['loading', 'loading']);
    await expectAccessible(wrapper);
  });
});
