/**
 * WCAG 1.4.10 Reflow for every widget: at 320 px, inside a real site's page (Bootstrap 5 and Designsystemet CSS around
 * it), with long titles, long labels and long unbroken words in the data, and after opening the widget's interactive
 * states, the page never scrolls sideways and nothing in the widget sticks out of its box. The one exception SPEC §7
 * allows is a focusable scroll region (the pie's table), whose content may be wider than the widget.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { pageWidth, setViewport } from './helpers/engine.js';
import * as bundle from 'kommune-widgets';
import { KommuneElement } from '@kommune-widgets/core';
import type { KommuneDocument } from '@kommune-widgets/schema';
import { expectAccessible } from './helpers/axe.js';
import { settled } from './helpers/widget.js';
import { reportEndpoint } from '../stories/support/report-server.js';
import { pledgeSection } from '../packages/pledge/test/fixtures/pledge-fixtures.js';
import { pledgeEndpoint } from '../stories/support/pledge-server.js';

const WIDTH = 320;
const LONG_WORD = 'kommunedelplanforslagshøringsuttalelsesfrist';
const LONG_WORD_2 = 'Eldreomsorgstjenestekvalitetsforbedringsprosjektet';

/** What a kommune's site puts around the widget: Bootstrap 5's reboot and grid, Designsystemet's tokens and body styles. */
const HOST_CSS = `
  :root {
    --ds-font-family: Inter;
    --ds-color-accent-base-default: #1e5d99;
    --ds-color-neutral-text-default: #202124;
    --ds-border-radius-md: 0.5rem;
    --ds-size-4: 1rem;
  }
  *, *::before, *::after { box-sizing: border-box; }
  body {
    margin: 0;
    padding: var(--ds-size-4);
    font-family: var(--ds-font-family), system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    font-size: 1.125rem;
    line-height: 1.5;
    -webkit-text-size-adjust: 100%;
    overflow-wrap: normal;
    word-break: normal;
  }
  .container { width: 100%; padding-inline: 0.75rem; margin-inline: auto; }
  .row { display: flex; flex-wrap: wrap; margin-inline: -0.75rem; }
  .row > * { flex-shrink: 0; width: 100%; max-width: 100%; padding-inline: 0.75rem; }
  button { white-space: nowrap; border-radius: 0; text-transform: none; }
  select { word-wrap: normal; }
  table { width: 100%; caption-side: bottom; border-collapse: collapse; }
  legend { float: left; width: 100%; padding: 0; margin-bottom: 0.5rem; font-size: calc(1.275rem + 0.3vw); }
  fieldset { min-width: 0; padding: 0; margin: 0; border: 0; }
  img, svg { vertical-align: middle; }
  label { display: inline-block; }
  p { margin-top: 0; margin-bottom: 1rem; }
`;

/** A budget with long dataset titles (two for the same year and kind, so the reader gets a list of titles), long labels and long words. */
const longBudget: KommuneDocument = {
  schemaVersion: 1,
  kommune: { nummer: '9999', navn: `Eksempel ${LONG_WORD}kommune`, innbyggere: 8300 },
  budget: {
    datasets: [
      {
        id: 'kommunene-2018',
        year: 2018,
        kind: 'expense',
        scope: 'kommune',
        title: 'Hva brukte kommunene pengene på i 2018? Netto driftsutgifter fordelt på tjenesteområder',
        description: `Tallene gjelder ${LONG_WORD}en og ${LONG_WORD_2} i hele kommunesektoren.`,
        unit: '1000 NOK',
        items: [
          {
            id: 'helse',
            label: `Helse og omsorg, med ${LONG_WORD_2} og sykehjemsplasser i distriktene`,
            amount: 400000,
            description: `${LONG_WORD_2} ${LONG_WORD}`,
            children: [
              { id: 'sykehjem', label: `${LONG_WORD_2}sykehjemsplassene`, amount: 250000 },
              { id: 'hjemme', label: `Hjemmetjenester og ${LONG_WORD}`, amount: 100000 },
            ],
          },
          { id: 'skole', label: `Grunnskoleopplæring og ${LONG_WORD}`, amount: 250000 },
          ...Array.from({ length: 14 }, (_, i) => ({ id: `liten-${i}`, label: `${LONG_WORD_2} nummer ${i + 1}`, amount: 3000 - i * 100 })),
          { id: 'var', label: `Vann, avløp og renovasjon: ${LONG_WORD}`, amount: -5000 },
          { id: 'reserve', label: `Reserve for ${LONG_WORD}`, amount: null },
        ],
        source: {
          name: `Statistisk sentralbyrå, ${LONG_WORD}`,
          table: '12362',
          url: 'https://www.ssb.no/statbank/table/12362',
          updated: '2026-06-15',
        },
        comparisons: [
          { id: 'landet', kind: 'national', label: `Landet uten Oslo og ${LONG_WORD}`, perInnbygger: { helse: 32000, skole: 36000 } },
        ],
      },
      {
        id: 'kommunene-2018-brutto',
        year: 2018,
        kind: 'expense',
        scope: 'kommune',
        title: 'Hva brukte kommunene pengene på i 2018? Brutto driftsutgifter med avskrivninger og interne overføringer',
        unit: 'percent',
        items: [{ id: 'alt', label: 'Alt', amount: 100 }],
      },
    ],
  },
};

/** A ladder with a long heading, long step texts and processes full of long words. */
const longLadder: KommuneDocument = {
  schemaVersion: 1,
  kommune: { nummer: '9999', navn: `Eksempel ${LONG_WORD}kommune`, innbyggere: 12000 },
  participation: {
    heading: `Innbyggermedvirkningsmulighetsoversikt for ${LONG_WORD}arbeidet`,
    intro: `Her finner du alle medvirkningsprosessene, fra ${LONG_WORD}er til ${LONG_WORD_2}.`,
    steps: [{ id: 'spørre', title: `Spørre om ${LONG_WORD}en`, methods: [`${LONG_WORD_2}sundersøkelse`, LONG_WORD] }],
    activities: [
      {
        id: 'horing',
        step: 'spørre',
        title: `${LONG_WORD}: innspill til ${LONG_WORD_2.toLowerCase()} for perioden 2027–2031`,
        summary: `${LONG_WORD}en gjelder ${LONG_WORD_2.toLowerCase()}sområdet.`,
        method: `${LONG_WORD_2}sverksted`,
        opens: '2026-10-01',
        closes: '2026-12-31',
        url: `https://www.eksempel.kommune.no/medvirkning/${LONG_WORD}/${LONG_WORD_2.toLowerCase()}`,
        organizer: `${LONG_WORD_2}sutvalget og kommunedirektørens stab`,
        contact: {
          name: `${LONG_WORD_2}skoordinator Kari-Marie Nordmann-Haraldsen`,
          email: 'kommunedelplanforslagshoringsuttalelsesansvarlig@eksempel.kommune.no',
          phone: '+47 99 99 99 99',
        },
        stage: `${LONG_WORD}en er sendt på høring.`,
        next: `Innspillene legges fram for ${LONG_WORD_2.toLowerCase()}sutvalget.`,
      },
      {
        id: 'forslag',
        step: 'dagsorden',
        title: `Innbyggerforslag om ${LONG_WORD}`,
        method: 'innbyggerforslag',
        opens: '2026-09-01',
        url: '/forslag',
      },
    ],
  },
};

/** A report section with a long contact person's name and role, long advice and long unbroken words. */
const longReport = (server: 'open' | 'down') => ({
  kommune: '9999',
  endpoint: reportEndpoint(server),
  contact: {
    name: `${LONG_WORD_2} ${LONG_WORD}`,
    role: `Kontaktperson for ${LONG_WORD.toLowerCase()}utvalget og ${LONG_WORD_2.toLowerCase()}`,
    phone: '+47 99 99 88 88',
    email: 'kontaktperson.for.folkevalgte.som.opplever.hets.og.trusler@eksempel.kommune.no',
  },
  responseTime: `Innen to virkedager, eller etter ${LONG_WORD.toLowerCase()} ved ferier.`,
  advice: { party: `${LONG_WORD_2} i ${LONG_WORD.toLowerCase()}partiet hjelper deg.` },
  privacyUrl: `https://www.eksempel.kommune.no/personvern/${LONG_WORD}`,
});

/** A pledge section with the kommune's own text full of long words, and a decision with a long case number. */
const longPledge = {
  ...pledgeSection(pledgeEndpoint('open')),
  text: {
    version: '2027',
    title: `${LONG_WORD_2}sløftet for ${LONG_WORD.toLowerCase()}`,
    body: [`Vi sier nei til ${LONG_WORD.toLowerCase()} og ja til ${LONG_WORD_2.toLowerCase()}.`],
    breach: [`${LONG_WORD_2} og ${LONG_WORD.toLowerCase()}.`],
  },
  decision: { caseNumber: `PS 2026/${LONG_WORD}`, date: '2026-06-18', url: `/moter/${LONG_WORD}/protokoll.pdf` },
  reportUrl: `/meld-fra/${LONG_WORD}`,
};

/** A meeting calendar with long organ names, places, titles and case numbers, and long unbroken words. */
const longCalendar: KommuneDocument = {
  schemaVersion: 1,
  kommune: { nummer: '9999', navn: `Eksempel ${LONG_WORD}kommune`, innbyggere: 12000 },
  meetings: {
    organizations: [
      {
        id: 'utvalg',
        name: `${LONG_WORD_2}sutvalget for ${LONG_WORD.toLowerCase()}`,
        kind: 'råd-for-personer-med-funksjonsnedsettelse',
        feedUrl: `https://www.eksempel.kommune.no/moter/${LONG_WORD}.ics`,
      },
    ],
    meetings: [
      {
        id: 'langt-mote',
        organization: 'utvalg',
        title: `Ekstraordinært ${LONG_WORD_2.toLowerCase()}smøte om ${LONG_WORD.toLowerCase()}`,
        start: '2026-12-10T18:00',
        end: '2026-12-10T22:00',
        status: 'invited',
        location: {
          name: `${LONG_WORD_2}ssalen i ${LONG_WORD.toLowerCase()}bygningen`,
          address: `${LONG_WORD}veien 123, 9999 Eksempel`,
          accessibility: `Trinnfri inngang fra ${LONG_WORD.toLowerCase()}parkeringsplassen.`,
          services: ['tegnspråktolk', 'teleslynge', 'skrivetolk', 'samisktolk', 'rullestoltilgang'],
        },
        public: true,
        stream: `https://www.eksempel.kommune.no/direkte/${LONG_WORD}`,
        documents: [{ kind: 'saksframlegg', title: `${LONG_WORD_2}sdokument`, url: `/moter/${LONG_WORD}.pdf` }],
        agenda: [
          {
            number: `PS 2026/${LONG_WORD.length}12345`,
            title: `${LONG_WORD}: ${LONG_WORD_2.toLowerCase()} for perioden 2027–2031`,
            public: true,
          },
          {
            number: 'PS 46/26',
            title: 'Personalsak',
            public: false,
            closedReason: `Offentleglova § 13, jf. ${LONG_WORD.toLowerCase()}loven § 13`,
          },
        ],
      },
      {
        id: 'avlyst',
        organization: 'utvalg',
        start: '2026-12-14T13:00',
        status: 'moved',
        movedTo: 'langt-mote',
        public: false,
      },
    ],
  },
};

/** Clicks in the middle of an element with the real mouse, after scrolling it into view. */
async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
}

/** How one widget is shown and which of its states a reader can open, each opened as a user would. */
interface ReflowCase {
  name: string;
  tag: string;
  /** Attributes the element gets before it is added to the page. */
  attributes?: Record<string, string>;
  /** The data, when not from `src`. */
  data?: unknown;
  /** The states a reader opens, one after the other, and what each shows once open (an element, or a text). */
  states: { name: string; open: (root: ShadowRoot) => Promise<void>; shows: string; says?: string }[];
}

const pick = <T extends Element>(root: ShadowRoot, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the widget`);
  return found;
};

const CASES: ReflowCase[] = [
  {
    name: 'report form with a long contact person, advice and words',
    tag: 'kommune-hate-report',
    attributes: { today: '2026-12-02' },
    data: longReport('open'),
    states: [
      { name: 'someone in danger', open: (root) => click(pick(root, '#field-danger-yes')), shows: '[part~="emergency"]' },
      { name: 'first group', open: (root) => click(pick(root, '[part~="emergency"] button')), shows: '.step-who:not([hidden])' },
      { name: 'errors shown', open: (root) => click(pick(root, '[part~="next-button"]')), shows: '.kw-error-summary' },
    ],
  },
  {
    name: 'report form whose server does not answer',
    tag: 'kommune-hate-report',
    attributes: { today: '2026-12-02' },
    data: longReport('down'),
    states: [
      {
        name: 'contact person instead of the form',
        open: () => new Promise((resolve) => setTimeout(resolve, 300)),
        shows: '[part~="contact-fallback"]',
      },
    ],
  },
  {
    name: 'pledge with the kommune’s own long words, the list and the sign form',
    tag: 'kommune-pledge',
    data: longPledge,
    states: [
      {
        name: 'search',
        open: async (root) => {
          const search = pick<HTMLInputElement>(root, '#pledge-search');
          search.value = 'a';
          search.dispatchEvent(new Event('input'));
        },
        shows: '.search-result',
      },
      { name: 'errors shown', open: (root) => click(pick(root, '[part~="sign-button"]')), shows: '.kw-error-summary' },
      {
        name: 'another list',
        open: async (root) => {
          const select = pick<HTMLSelectElement>(root, '#field-list');
          select.value = 'annen';
          select.dispatchEvent(new Event('change'));
        },
        shows: '#field-otherList',
      },
    ],
  },
  {
    name: 'pledge, compact, with a link to the whole list',
    tag: 'kommune-pledge',
    attributes: { variant: 'compact', 'list-url': `/valgloftet/${LONG_WORD}` },
    data: longPledge,
    states: [],
  },
  {
    name: 'budget pie with long titles, labels and words',
    tag: 'kommune-budget-pie',
    data: longBudget,
    states: [
      // The slice with a breakdown: its figures, the comparison and the button that opens it.
      { name: 'slice selected', open: (root) => click(pick(root, '.legend-entry')), shows: '.detail .comparison' },
      { name: 'breakdown open', open: (root) => click(pick(root, '.open-button')), shows: '.breadcrumb [aria-current]' },
      { name: 'table open', open: (root) => click(pick(root, '.table-button')), shows: '.table-region.open' },
      {
        name: 'the other dataset',
        open: async (root) => {
          const select = pick<HTMLSelectElement>(root, '.switches select');
          select.value = 'kommunene-2018-brutto';
          select.dispatchEvent(new Event('change'));
        },
        shows: '.table-region.open',
        says: 'Brutto driftsutgifter med avskrivninger',
      },
    ],
  },
  {
    name: "budget pie in nordsamisk with KS' national figures for 2018",
    tag: 'kommune-budget-pie',
    attributes: { src: '/docs/examples/kommunesektoren-2018.json', lang: 'se', 'table-open': '' },
    states: [
      {
        name: 'fylkeskommunene',
        open: (root) => click([...root.querySelectorAll('.segment')].at(-1)!),
        shows: '.table-region.open',
        says: 'Maid fylkkagielddat golahedje ruđaid 2018:s',
      },
      { name: 'last slice selected', open: (root) => click([...root.querySelectorAll('.legend-entry')].at(-1)!), shows: '.detail-figures' },
    ],
  },
  {
    name: 'participation ladder with long titles, labels and words',
    tag: 'kommune-participation-ladder',
    attributes: { today: '2026-11-23' },
    data: longLadder,
    states: [
      { name: 'step selected', open: (root) => click(root.querySelectorAll('.step-button')[1]!), shows: '.step-panel' },
      { name: 'activity detail open', open: (root) => click(pick(root, '.activity-select')), shows: '.activity-detail' },
    ],
  },
  {
    name: 'meeting calendar with long organ names, places, titles and words',
    tag: 'kommune-meeting-calendar',
    attributes: { today: '2026-12-01' },
    data: longCalendar,
    states: [
      {
        name: 'organ chosen',
        open: async (root) => {
          const select = pick<HTMLSelectElement>(root, 'select#organization');
          select.value = 'utvalg';
          select.dispatchEvent(new Event('change'));
        },
        shows: '.organ-info',
      },
      { name: 'month view', open: (root) => click(pick(root, '.view-button[data-view="month"]')), shows: 'table.month-grid' },
      { name: 'day chosen', open: (root) => click(pick(root, '.day-button[data-day="2026-12-10"]')), shows: '.day-panel .meeting' },
      { name: 'meeting open', open: (root) => click(pick(root, '.day-panel .meeting-button')), shows: '.detail .agenda' },
    ],
  },
];

/** True when `element` lies inside a scroll region a keyboard user can reach (SPEC §7: a table may scroll in its own region). */
function inFocusableScrollRegion(element: Element): boolean {
  for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
    const { overflowX } = getComputedStyle(node);
    if ((overflowX === 'auto' || overflowX === 'scroll') && node.getAttribute('tabindex') === '0') return true;
  }
  return false;
}

/** The elements of a widget's shadow root that reach beyond the widget's own box, described for the report. */
/**
 * Where `child` is drawn: its box, cut to its SVG viewport, which clips what is drawn outside it unless its overflow
 * is visible (engines differ in whether an SVG shape's box includes its stroke: Firefox and WebKit count the
 * highlighted slice's 6 px halo, Chromium does not).
 */
function clipped(child: Element): { left: number; right: number; width: number; height: number } {
  const rect = child.getBoundingClientRect();
  const viewport = child instanceof SVGElement ? child.ownerSVGElement : null;
  if (!viewport || getComputedStyle(viewport).overflow === 'visible') return rect;
  const clip = viewport.getBoundingClientRect();
  const [left, right] = [Math.max(rect.left, clip.left), Math.min(rect.right, clip.right)];
  return { left, right, width: Math.max(0, right - left), height: rect.height };
}

function overflowing(element: HTMLElement): string[] {
  const box = element.getBoundingClientRect();
  const found: string[] = [];
  for (const child of element.shadowRoot!.querySelectorAll('*')) {
    const rect = clipped(child);
    // Not drawn (display: none, the table while closed) or visually hidden (1 × 1 px for screen readers).
    if (rect.width <= 1 && rect.height <= 1) continue;
    if (inFocusableScrollRegion(child)) continue;
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
      const name = `${child.localName}${child.id ? `#${child.id}` : ''}${[...child.classList].map((c) => `.${c}`).join('')}`;
      found.push(`${name} (${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} px of ${Math.round(box.width)})`);
    }
  }
  return found;
}

/** Every widget the all-in-one bundle registers, by tag: each must have a case above. */
function registeredWidgets(): string[] {
  const exported: unknown[] = Object.values(bundle);
  return exported
    .filter((value): value is CustomElementConstructor => typeof value === 'function' && value.prototype instanceof KommuneElement)
    .map((widget) => customElements.getName(widget) ?? '')
    .sort();
}

describe('reflow at 320 px inside a real site’s page (WCAG 1.4.10)', () => {
  let style: HTMLStyleElement;
  let page: HTMLElement;

  before(async () => {
    await setViewport({ width: WIDTH, height: 640 });
    style = document.createElement('style');
    style.textContent = HOST_CSS;
    document.head.append(style);
  });

  after(async () => {
    style.remove();
    await setViewport({ width: 1280, height: 800 });
  });

  beforeEach(() => {
    // <div class="container"><div class="row"><main class="col"><h1>…</h1><p>…</p> (the widget) </main></div></div>
    const make = (tag: string, className = '', text = '') => Object.assign(document.createElement(tag), { className, textContent: text });
    page = make('div', 'container');
    const main = make('main', 'col');
    main.append(make('h1', '', 'Økonomi'), make('p', '', 'Slik bruker kommunen pengene.'));
    page.append(make('div', 'row'));
    page.firstElementChild!.append(main);
    document.body.append(page);
  });

  afterEach(() => {
    page.remove();
    window.scrollTo(0, 0);
  });

  it('has a case for every widget the bundle registers', () => {
    const widgets = registeredWidgets();
    expect(widgets.length, 'widgets found in kommune-widgets').to.be.at.least(2);
    expect(widgets).to.deep.equal([...new Set(CASES.map((c) => c.tag))].sort());
  });

  for (const reflowCase of CASES) {
    it(`keeps the ${reflowCase.name} within 320 px in every state`, async () => {
      const element = document.createElement(reflowCase.tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
      for (const [name, value] of Object.entries(reflowCase.attributes ?? {})) element.setAttribute(name, value);
      if (reflowCase.data) element.data = reflowCase.data;
      page.querySelector('main')!.append(element);
      await settled(element);
      expect(element.getAttribute('state'), 'the widget shows its data').to.equal('ready');
      const root = element.shadowRoot!;

      const check = async (state: string) => {
        await element.updateComplete;
        // Measured at rest: a slice growing in turns for 420 ms inside a box that clips it.
        const ending = root.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
        await Promise.all(ending.map((animation) => animation.finished));
        expect(overflowing(element), `${state}: elements outside the widget`).to.deep.equal([]);
        expect(pageWidth(), `${state}: the page's width`).to.be.at.most(WIDTH);
      };
      await check('first view');
      for (const state of reflowCase.states) {
        await state.open(root);
        await element.updateComplete;
        expect(root.querySelector(state.shows), `${state.name}: shows ${state.shows}`).not.to.equal(null);
        if (state.says) expect(root.textContent, `${state.name}: says`).to.contain(state.says);
        await check(state.name);
      }
      await expectAccessible(element);
    });
  }
});
