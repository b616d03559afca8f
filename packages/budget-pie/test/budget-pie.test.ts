import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { CAN_EMULATE_MEDIA, nok, setViewport } from '../../../test/helpers/engine.js';
import '@kommune-widgets/budget-pie';
import { formatKroner, type KommuneBudgetPie } from '@kommune-widgets/budget-pie';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { settled, shadowText } from '../../../test/helpers/widget.js';
import { readJsonStat, toBudget } from '@kommune-widgets/schema/kostra';
import { budgetDocument, budgetInvalid, budgetWithoutFigures, manyItemsSection } from './fixtures/budget-fixtures.js';

const KS_2018 = '/docs/examples/kommunesektoren-2018.json';

async function pie(template = html`<kommune-budget-pie .data=${budgetDocument}></kommune-budget-pie>`) {
  const element = await fixture<KommuneBudgetPie>(template);
  await settled(element);
  return element;
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];
/** Text with every kind of space (Intl uses no-break and narrow no-break spaces) folded to one plain space. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();
const slices = (element: Element) => $$<SVGPathElement>(element, 'path.slice');
const sliceNames = (element: Element) => slices(element).map((s) => plain(s.getAttribute('aria-label')));
const focused = (element: Element) => element.shadowRoot!.activeElement as SVGPathElement | null;

/** Opens the table as a reader does, with «Vis tallene som tabell». */
async function openTable(element: KommuneBudgetPie) {
  $(element, '.table-button').click();
  await element.updateComplete;
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('<kommune-budget-pie>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    if (CAN_EMULATE_MEDIA) await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference', media: 'screen' });
  });

  describe('rendering', () => {
    it('is accessible as a donut, as a pie, with the table open and after drilling down', async () => {
      const element = await pie();
      await expectAccessible(element);
      element.variant = 'pie';
      element.tableOpen = true;
      await element.updateComplete;
      await expectAccessible(element);
      element.item = 'skole';
      await element.updateComplete;
      await expectAccessible(element);
    });

    it('draws one slice per positive item, largest first, each named with amount, share and kroner per innbygger', async () => {
      const element = await pie();
      expect(sliceNames(element)).to.deep.equal([
        `Helse og omsorg, ${nok('400 mill.')}, 40 %, ${nok('40 000')} per innbygger`,
        `Oppvekst, ${nok('300 mill.')}, 30 %, ${nok('30 000')} per innbygger, har underposter`,
        `Administrasjon, ${nok('250 mill.')}, 25 %, ${nok('25 000')} per innbygger`,
        `Kultur, ${nok('50 mill.')}, 5 %, ${nok('5 000')} per innbygger`,
      ]);
      expect(slices(element).every((s) => s.getAttribute('role') === 'button')).to.equal(true);
      expect($$(element, '.legend .legend-label').map((l) => l.textContent)).to.deep.equal([
        'Helse og omsorg',
        'Oppvekst',
        'Administrasjon',
        'Kultur',
      ]);
      // The legend repeats the slices for the eye and the pointer; a screen reader hears each part once, from its slice.
      expect($(element, '.legend').getAttribute('aria-hidden')).to.equal('true');
      expect(plain($(element, 'h2').textContent)).to.equal('Driftsbudsjett 2027');
    });

    it('draws a donut with the total in the middle by default, and a pie without a hole', async () => {
      const element = await pie();
      expect(element.getAttribute('variant')).to.equal('donut');
      expect(plain($(element, '.centre').textContent)).to.equal(`Alle utgifter ${nok('1 mrd.')}`);
      expect(slices(element)[0]!.getAttribute('d')).not.to.contain('L 100 100');
      element.variant = 'pie';
      await element.updateComplete;
      expect($(element, '.centre')).to.equal(null);
      expect(slices(element)[0]!.getAttribute('d')).to.contain('L 100 100');
    });

    it('shows the source and date of the figures, with the source linked', async () => {
      const element = await pie();
      expect(plain($(element, '.source').textContent)).to.equal('Kilde: SSB, tabell 12362, oppdatert 15. juni 2026');
      expect($(element, '.source a').getAttribute('href')).to.equal('https://www.ssb.no/statbank/table/12362');
      expect($(element, '.source time').getAttribute('datetime')).to.equal('2026-06-15');
    });

    it('scales amounts the way people say them, per locale', async () => {
      expect(plain(formatKroner(454e9, 'nb'))).to.equal(nok('454 mrd.'));
      expect(plain(formatKroner(1.2e6, 'nb'))).to.equal(nok('1,2 mill.'));
      expect(plain(formatKroner(12300, 'nb'))).to.equal(nok('12 300'));
      expect(plain(formatKroner(-5.4e6, 'nb'))).to.equal(nok('−5,4 mill.'));
      // British English «bn» in Chromium and Firefox, CLDR's older «B» in WebKit.
      expect(plain(formatKroner(454e9, 'en'))).to.match(/^NOK 454(bn|B)$/);
      expect(plain(formatKroner(12300, 'en'))).to.equal('NOK 12,300');
      const english = await pie(html`<kommune-budget-pie lang="en" .data=${budgetDocument}></kommune-budget-pie>`);
      expect(sliceNames(english)[0]).to.match(/^Health and care, NOK 400[mM], 40%, NOK 40,000 per resident$/);
      expect(plain($(english, '.source').textContent)).to.equal('Source: SSB, table 12362, updated 15 June 2026');
      const nynorsk = await pie(html`<kommune-budget-pie lang="nn" .data=${budgetDocument}></kommune-budget-pie>`);
      expect(sliceNames(nynorsk)[0]).to.equal(`Helse og omsorg, ${nok('400 mill.', 'nn')}, 40 %, ${nok('40 000', 'nn')} per innbyggjar`);
      const sami = await pie(html`<kommune-budget-pie lang="se" .data=${budgetDocument}></kommune-budget-pie>`);
      expect(sliceNames(sami)[0]).to.contain('ássi nammii');
      expect(plain($(sami, '.table-button').textContent)).to.equal('Čájet loguid tabeallan');
    });

    it('marks the kommune’s texts that fall back to bokmål in a nordsamisk pie with their own language', async () => {
      const sami = await pie(html`<kommune-budget-pie lang="se" .data=${budgetDocument}></kommune-budget-pie>`);
      expect($(sami, 'h2').textContent).to.equal('Doaibmabušeahtta 2027');
      expect($(sami, 'h2 span[lang]')).to.equal(null);
      expect($$(sami, '.legend-label span[lang="nb"]').map((s) => s.textContent)).to.deep.equal([
        'Helse og omsorg',
        'Oppvekst',
        'Administrasjon',
        'Kultur',
      ]);
      await openTable(sami);
      expect($(sami, 'tbody th span[lang="nb"]').textContent).to.equal('Helse og omsorg');
      const bokmal = await pie();
      expect($$(bokmal, '.budget span[lang]').length).to.equal(0);
    });

    it('keeps to 320 px without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 800 });
      const element = await pie(html`<kommune-budget-pie table-open .data=${budgetDocument}></kommune-budget-pie>`);
      const base = $(element, '.base');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      await expectAccessible(element);
    });
  });

  describe('honest arithmetic', () => {
    it('lists negative figures beside the chart with their sign, and says what the total includes', async () => {
      const element = await pie();
      expect(sliceNames(element).some((n) => n.startsWith('Vann'))).to.equal(false);
      expect(plain($(element, '.negatives li').textContent)).to.equal(`Vann, avløp og renovasjon ${nok('−5 mill.')}`);
      expect(plain($(element, '.total').textContent)).to.equal(
        // One full stop after the sum, also where the engine writes it «kr 995 mill.».
        `Diagrammet viser ${nok('1 mrd.')}, summen av postene med positive tall. Med de negative postene er netto sum ${nok('995 mill.')}.`.replace(
          '..',
          '.',
        ),
      );
    });

    it('says which figures are missing instead of drawing them as zero', async () => {
      const element = await pie();
      expect(shadowText(element)).to.contain('Tall mangler for: Reserve.');
      await openTable(element);
      const row = $$(element, 'tbody tr').find((tr) => tr.querySelector('th')!.textContent === 'Reserve')!;
      expect(plain(row.querySelector('td')!.textContent)).to.equal('mangler');
    });

    it('shows percentages that do not add up to 100 with the rest as its own labelled part', async () => {
      const element = await pie(html`<kommune-budget-pie src=${KS_2018} dataset="kommunesektoren-inntekter-2018"></kommune-budget-pie>`);
      expect(sliceNames(element)).to.deep.equal([
        'Skatteinntekter, 40 %',
        'Rammetilskudd, 32 %',
        'Egenbetalinger og gebyrer, 14 %',
        'Øremerkede tilskudd, 6 %',
        'Ikke fordelt, 8 %',
      ]);
      expect(slices(element).at(-1)!.classList.contains('remainder')).to.equal(true);
      expect(plain($(element, '.total').textContent)).to.equal(
        'Tallene er andeler i prosent. Postene utgjør til sammen 92 %; 8 % er ikke fordelt.',
      );
      expect(shadowText(element)).not.to.contain('kr');
      await openTable(element);
      const foot = $$(element, 'tfoot tr').map((tr) => [...tr.children].slice(0, 2).map((c) => plain(c.textContent)));
      expect(foot).to.deep.equal([
        ['Sum', '92 %'],
        ['I alt, med det som ikke er fordelt', '100 %'],
      ]);
    });

    it('warns when percentages add up to more than 100', async () => {
      const data = {
        datasets: [
          {
            id: 'x',
            year: 2027,
            kind: 'income',
            title: 'X',
            unit: 'percent',
            items: [
              { id: 'a', label: 'A', amount: 60 },
              { id: 'b', label: 'B', amount: 43 },
            ],
          },
        ],
      };
      const element = await pie(html`<kommune-budget-pie .data=${data}></kommune-budget-pie>`);
      expect(plain($(element, '.warning').textContent)).to.equal('Andelene summerer til 103 %, mer enn 100 %.');
      // Each figure and its share of the chart at one precision.
      expect(sliceNames(element)).to.deep.equal(['A, 60 %, 58,3 % av diagrammet', 'B, 43 %, 41,7 % av diagrammet']);
    });

    it('shows the part of an item its sub-items do not account for', async () => {
      const data = {
        datasets: [
          {
            id: 'x',
            year: 2027,
            kind: 'expense',
            title: 'X',
            unit: 'NOK',
            items: [
              { id: 'a', label: 'Skole', amount: 1000000, children: [{ id: 'b', label: 'Lønn', amount: 750000 }] },
              { id: 'c', label: 'Helse', amount: 500000 },
            ],
          },
        ],
      };
      const element = await pie(html`<kommune-budget-pie item="a" .data=${data}></kommune-budget-pie>`);
      expect(sliceNames(element)).to.deep.equal([`Lønn, ${nok('750 000')}, 75 %`, `Ikke fordelt, ${nok('250 000')}, 25 %`]);
    });

    it('gathers small items in "Annet" below the threshold the data sets, and lists every member in the table', async () => {
      const element = await pie(html`<kommune-budget-pie .data=${manyItemsSection(20, 3)}></kommune-budget-pie>`);
      const names = sliceNames(element);
      // Item k has 1/(k·H(20)) ≈ 27.8 %/k of the circle: items 10–20 fall below 3 % and go to "Annet".
      expect(names.at(-1)).to.equal(`Annet, ${nok('768 773')}, 21 %, 11 poster`);
      expect(names.length).to.equal(10);
      await openTable(element);
      expect($$(element, 'tbody tr.member').length).to.equal(11);
      expect(plain($(element, 'tbody tr.other th').textContent)).to.equal('Annet (11 poster)');
      const noThreshold = await pie(html`<kommune-budget-pie .data=${manyItemsSection(8, 0)}></kommune-budget-pie>`);
      expect(sliceNames(noThreshold).length).to.equal(8);
    });

    it('names the eleven largest of 60 similar items, each under the 2 % threshold, and gathers only the rest', async () => {
      const items = Array.from({ length: 60 }, (_, i) => ({ id: `lik-${i + 1}`, label: `Lik post ${i + 1}`, amount: 1000 - i }));
      const data = { datasets: [{ id: 'd', year: 2027, kind: 'expense', title: 'Seksti poster', unit: 'NOK', items }] };
      const element = await pie(html`<kommune-budget-pie .data=${data}></kommune-budget-pie>`);
      const names = sliceNames(element);
      expect(names.slice(0, 11).map((n) => n.split(',')[0])).to.deep.equal(items.slice(0, 11).map((i) => i.label));
      expect(names.at(-1)).to.match(/^Annet, .*, 49 poster$/);
      expect(names.length).to.equal(12);
      await expectAccessible(element);
    });

    it('names the eleven largest of 10 000 items and gathers the other 9 989, with every item in the table', async () => {
      const element = await pie(html`<kommune-budget-pie .data=${manyItemsSection(10_000)}></kommune-budget-pie>`);
      const names = sliceNames(element);
      expect(names.length).to.equal(12);
      expect(names[0]).to.match(/^Post 1, /);
      expect(names[10]).to.match(/^Post 11, /);
      expect(names.at(-1)).to.match(/^Annet, .*, 9 989 poster$/);
      await openTable(element);
      expect($$(element, 'tbody tr').length).to.equal(10_001);
    });

    it('renders 500 items as at most twelve slices, with all 500 in the table', async () => {
      const element = await pie(html`<kommune-budget-pie .data=${manyItemsSection(500)}></kommune-budget-pie>`);
      expect(slices(element).length).to.be.at.most(12);
      expect(sliceNames(element).at(-1)).to.match(/^Annet, .*, \d+ poster$/);
      await openTable(element);
      expect($$(element, 'tbody tr').length).to.equal(501);
      // A sliver is "<0,1 %", never "0 %" (item 500 is 0.03 % of the whole).
      expect(plain($$(element, 'tbody tr').at(-1)!.children[2]!.textContent)).to.equal('<0,1 %');
    });
  });

  describe('percent datasets', () => {
    const percentData = (items: { id: string; label: string; amount: number; children?: unknown[] }[]) => ({
      datasets: [{ id: 'p', year: 2018, kind: 'expense', title: 'Andeler', unit: 'percent', items }],
    });
    const shares = percentData([
      { id: 'helse', label: 'Helse og omsorg', amount: 41.5, children: [{ id: 'sykehjem', label: 'Sykehjem', amount: 20.75 }] },
      { id: 'skole', label: 'Grunnskole', amount: 30.2 },
      { id: 'annet', label: 'Alt annet', amount: 28.3 },
    ]);

    it('says each figure once when the figures are the shares of the chart: slice names, detail, legend and table', async () => {
      const element = await pie(html`<kommune-budget-pie table-open .data=${shares}></kommune-budget-pie>`);
      expect(sliceNames(element)).to.deep.equal(['Helse og omsorg, 41,5 %, har underposter', 'Grunnskole, 30,2 %', 'Alt annet, 28,3 %']);
      slices(element)[0]!.focus();
      await element.updateComplete;
      expect(plain($(element, '.detail-figures').textContent)).to.equal('Prosent 41,5 %');
      expect($$(element, '.legend-entry').map((entry) => plain(entry.textContent))).to.deep.equal([
        'Helse og omsorg 41,5 %',
        'Grunnskole 30,2 %',
        'Alt annet 28,3 %',
      ]);
      expect($$(element, 'thead th').map((th) => plain(th.textContent))).to.deep.equal(['Post', 'Prosent']);
      expect($$(element, 'tbody tr').map((tr) => [...tr.children].map((c) => plain(c.textContent)))).to.deep.equal([
        ['Helse og omsorg', '41,5 %'],
        ['Grunnskole', '30,2 %'],
        ['Alt annet', '28,3 %'],
      ]);
      await expectAccessible(element);
    });

    it('gives the share of the chart beside the figure, at the same precision, where the two differ', async () => {
      const element = await pie(html`<kommune-budget-pie table-open item="helse" .data=${shares}></kommune-budget-pie>`);
      // Sykehjem is 20,75 % of the whole and half of Helse og omsorg's 41,5 %.
      expect(sliceNames(element)).to.deep.equal(['Sykehjem, 20,8 %, 50 % av diagrammet', 'Ikke fordelt, 20,8 %, 50 % av diagrammet']);
      slices(element)[0]!.focus();
      await element.updateComplete;
      expect(plain($(element, '.detail-figures').textContent)).to.equal('Prosent 20,8 % Andel 50 %');
      expect($$(element, 'thead th').map((th) => plain(th.textContent))).to.deep.equal(['Post', 'Prosent', 'Andel i diagrammet']);
      expect([...$$(element, 'tbody tr')[0]!.children].map((c) => plain(c.textContent))).to.deep.equal(['Sykehjem', '20,8 %', '50 %']);
    });

    it('marks an item the chart leaves out beside its name when there is no column of shares', async () => {
      const data = percentData([
        { id: 'a', label: 'Skatt', amount: 100 },
        { id: 'b', label: 'Tap', amount: -2 },
      ]);
      const element = await pie(html`<kommune-budget-pie table-open .data=${data}></kommune-budget-pie>`);
      expect([...$$(element, 'tbody tr')[1]!.children].map((c) => plain(c.textContent))).to.deep.equal(['Tap (ikke i diagrammet)', '−2 %']);
    });
  });

  describe('keyboard, pointer and drill-down', () => {
    it('is one Tab stop; arrow keys, Home and End move between slices and show their figures', async () => {
      const element = await pie();
      const before = document.createElement('button');
      before.textContent = 'før';
      element.before(before);
      before.focus();
      // Tab passes the dataset switch radios (kind) and the year list first.
      for (let i = 0; i < 6 && focused(element)?.localName !== 'path'; i++) await sendKeys({ press: 'Tab' });
      expect(focused(element)?.dataset['key']).to.equal('helse');
      expect(plain($(element, '.detail-label').textContent)).to.equal('Helse og omsorg');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(element)?.dataset['key']).to.equal('skole');
      expect(plain($(element, '.detail-label').textContent)).to.equal('Oppvekst');
      await sendKeys({ press: 'End' });
      expect(focused(element)?.dataset['key']).to.equal('kultur');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(element)?.dataset['key']).to.equal('helse');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(element)?.dataset['key']).to.equal('kultur');
      expect(slices(element).filter((s) => s.getAttribute('tabindex') === '0').length).to.equal(1);
      // The focused slice carries a visible ring on top of the chart.
      expect($(element, '.highlight-ring').getAttribute('d')).to.equal(focused(element)!.getAttribute('d'));
      before.remove();
    });

    it('opens a breakdown with Enter, shows a breadcrumb, and goes back with Escape to the same slice', async () => {
      const element = await pie();
      slices(element)[1]!.focus();
      const opened = oneEvent(element, 'kommune-item-select');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail).to.deep.equal({ dataset: 'drift-2027', item: 'skole', path: ['skole'] });
      await element.updateComplete;
      expect(element.getAttribute('item')).to.equal('skole');
      expect(sliceNames(element)).to.deep.equal([
        `Grunnskole, ${nok('200 mill.')}, 67 %, ${nok('20 000')} per innbygger`,
        `Barnehage, ${nok('100 mill.')}, 33 %, ${nok('10 000')} per innbygger`,
      ]);
      expect(focused(element)?.dataset['key']).to.equal('grunnskole');
      expect($$(element, '.breadcrumb li').map((li) => plain(li.textContent))).to.deep.equal(['Alle utgifter', 'Oppvekst']);
      expect($(element, '.breadcrumb [aria-current="location"]').textContent).to.equal('Oppvekst');
      expect(plain($(element, '[role="status"]').textContent)).to.equal('Viser Oppvekst. Antall deler: 2.');
      const back = oneEvent(element, 'kommune-item-select');
      await sendKeys({ press: 'Escape' });
      expect((await back).detail.item).to.equal(null);
      await element.updateComplete;
      expect(element.getAttribute('item')).to.equal('');
      expect(focused(element)?.dataset['key']).to.equal('skole');
    });

    it('opens a breakdown on click and goes back with the breadcrumb', async () => {
      const element = await pie();
      slices(element)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await element.updateComplete;
      expect(slices(element).length).to.equal(2);
      $(element, '.breadcrumb button').click();
      await element.updateComplete;
      expect(slices(element).length).to.equal(4);
    });

    it('shows the same figures on hover as on focus, and the legend works as a pointer target', async () => {
      const element = await pie();
      slices(element)[2]!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
      await element.updateComplete;
      expect(plain($(element, '.detail-label').textContent)).to.equal('Administrasjon');
      expect(plain($(element, '.detail-figures').textContent)).to.equal(
        `Beløp ${nok('250 mill.')} Andel 25 % Per innbygger ${nok('25 000')}`,
      );
      // Leaving the slice keeps its figures, so the pointer can move over to read them (WCAG 1.4.13).
      slices(element)[2]!.dispatchEvent(new PointerEvent('pointerleave'));
      await element.updateComplete;
      expect(plain($(element, '.detail-label').textContent)).to.equal('Administrasjon');
      slices(element)[0]!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
      await element.updateComplete;
      expect(plain($(element, '.detail-label').textContent)).to.equal('Helse og omsorg');
      const legend = $$<HTMLButtonElement>(element, '.legend-entry');
      expect(legend[3]!.getBoundingClientRect().height).to.be.at.least(24);
      legend[3]!.click();
      await element.updateComplete;
      expect(plain($(element, '.detail-label').textContent)).to.equal('Kultur');
      expect(element.getAttribute('item')).to.equal('kultur');
    });

    it('shows the figures on the first tap and opens the breakdown on the second, since a tap has no hover', async () => {
      const element = await pie();
      // What a finger sends, in the browser's order: enter and down, then the focus the tap gives, then the click.
      const tap = () => {
        const slice = slices(element)[1]!;
        slice.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'touch' }));
        slice.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
        slice.focus();
        slice.dispatchEvent(new PointerEvent('click', { bubbles: true, pointerType: 'touch' }));
      };
      tap();
      await element.updateComplete;
      expect(slices(element).length).to.equal(4);
      expect(plain($(element, '.detail-label').textContent)).to.equal('Oppvekst');
      expect(plain($(element, '.open-button').textContent)).to.equal('Vis hva Oppvekst består av');
      tap();
      await element.updateComplete;
      expect(element.item).to.equal('skole');
    });

    it('announces a new level in the reader’s language', async () => {
      const element = await pie(html`<kommune-budget-pie lang="se" .data=${budgetDocument}></kommune-budget-pie>`);
      slices(element)[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(plain($(element, '[role="status"]').textContent)).to.equal('Čájeha Oppvekst. Osiid lohku: 2.');
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(plain($(element, '[role="status"]').textContent)).to.equal('Čájeha Buot golut. Osiid lohku: 4.');
    });

    it('opens the level given by the item attribute, or selects a leaf on its level', async () => {
      const drilled = await pie(html`<kommune-budget-pie item="skole" .data=${budgetDocument}></kommune-budget-pie>`);
      expect(slices(drilled).map((s) => s.dataset['key'])).to.deep.equal(['grunnskole', 'barnehage']);
      const leaf = await pie(html`<kommune-budget-pie item="kultur" .data=${budgetDocument}></kommune-budget-pie>`);
      expect(slices(leaf).length).to.equal(4);
      expect(plain($(leaf, '.detail-label').textContent)).to.equal('Kultur');
      expect(plain($(leaf, '.legend-entry.current .legend-label').textContent)).to.equal('Kultur');
      const unknown = await pie(html`<kommune-budget-pie item="finnes-ikke" .data=${budgetDocument}></kommune-budget-pie>`);
      expect(plain($(unknown, '.note[role="note"]').textContent)).to.equal('Fant ikke posten «finnes-ikke». Viser alle postene.');
    });

    it('always leaves exactly one Tab stop in the chart', async () => {
      const tabStops = (element: Element) =>
        slices(element)
          .filter((s) => s.getAttribute('tabindex') === '0')
          .map((s) => s.dataset['key']);
      // An item gathered in "Annet" selects "Annet"; a negative item has no slice, and the chart keeps its first.
      const grouped = await pie(html`<kommune-budget-pie item="post-20" .data=${manyItemsSection(20, 5)}></kommune-budget-pie>`);
      expect(tabStops(grouped)).to.deep.equal([' other']);
      const negative = await pie(html`<kommune-budget-pie item="var" .data=${budgetDocument}></kommune-budget-pie>`);
      expect(tabStops(negative)).to.deep.equal(['helse']);
      expect($(negative, '.note[role="note"]')).to.equal(null);
      // New data while drilled into a level that no longer exists.
      const element = await pie(html`<kommune-budget-pie .data=${budgetDocument}></kommune-budget-pie>`);
      slices(element)[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowRight' });
      element.item = '';
      element.data = manyItemsSection(3);
      await settled(element);
      await element.updateComplete;
      expect(tabStops(element)).to.deep.equal(['post-1']);
    });

    it('never pulls focus back into the widget from elsewhere on the page', async () => {
      const element = await pie();
      const outside = document.createElement('button');
      outside.textContent = 'utenfor';
      element.after(outside);
      slices(element)[3]!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      $(element, '.table-button').focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement).to.equal($(element, '.table-button'));
      outside.focus();
      element.datasetId = 'inntekter-2027';
      await element.updateComplete;
      expect(document.activeElement).to.equal(outside);
      outside.remove();
    });

    it('animates only when the reader has not asked for reduced motion', async function () {
      if (!CAN_EMULATE_MEDIA) this.skip(); // media emulation: Chromium only (docs/decisions/0004-three-engines.md)
      const element = await pie();
      expect(getComputedStyle($(element, '.slices')).animationName).to.equal('kw-pie-grow');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle($(element, '.slices')).animationName).to.equal('none');
    });
  });

  describe('datasets', () => {
    it('switches between expenses and income, and between years, and tells the page', async () => {
      const element = await pie();
      const radios = $$<HTMLInputElement>(element, 'input[name="kind"]');
      expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(['Utgifter', 'Inntekter']);
      const switched = oneEvent(element, 'kommune-dataset-select');
      radios[1]!.click();
      expect((await switched).detail).to.deep.equal({ dataset: 'inntekter-2027' });
      await element.updateComplete;
      expect(element.getAttribute('dataset')).to.equal('inntekter-2027');
      expect(plain($(element, 'h2').textContent)).to.equal('Driftsinntekter 2027');
      expect(sliceNames(element)[0]).to.equal('Skatt, 40 %');
      // Back to expenses, then 2026: the year list keeps the kind.
      $$<HTMLInputElement>(element, 'input[name="kind"]')[0]!.click();
      await element.updateComplete;
      const year = $<HTMLSelectElement>(element, 'select');
      expect([...year.options].map((o) => o.value)).to.deep.equal(['2027', '2026']);
      year.value = '2026';
      year.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.getAttribute('dataset')).to.equal('drift-2026');
      expect(sliceNames(element)[0]).to.equal(`Helse og omsorg, ${nok('380 mill.')}, 57 %, ${nok('38 000')} per innbygger`);
    });

    it('selects a dataset with the dataset attribute, and says so when it does not exist', async () => {
      const element = await pie(html`<kommune-budget-pie src=${KS_2018} dataset="fylkeskommunene-2018"></kommune-budget-pie>`);
      expect(sliceNames(element)[0]).to.equal('Videregående opplæring, 45 %');
      const scope = $$<HTMLInputElement>(element, 'input[name="scope"]');
      expect(scope.map((r) => r.checked)).to.deep.equal([false, true]);
      scope[0]!.click();
      await element.updateComplete;
      expect(sliceNames(element)[0]).to.equal('Helse og omsorg, 29 %');
      const unknown = await pie(html`<kommune-budget-pie src=${KS_2018} dataset="1999"></kommune-budget-pie>`);
      expect(plain($(unknown, '.note[role="note"]').textContent)).to.equal(
        'Fant ikke tallene «1999». Viser Hva kommunene brukte pengene på i 2018.',
      );
    });

    it('offers only the years that have the kind shown, so a year never swaps expenses for income', async () => {
      const element = await pie(html`<kommune-budget-pie dataset="inntekter-2027" .data=${budgetDocument}></kommune-budget-pie>`);
      expect($$(element, 'input[name="kind"]').length).to.equal(2);
      expect($(element, 'select')).to.equal(null);
    });

    it('lists the titles when a kind mixes datasets with and without a scope, so none is out of reach', async () => {
      const d = (id: string, year: number, scope?: 'fylkeskommune') => ({
        id,
        year,
        kind: 'expense',
        title: id,
        unit: 'NOK',
        items: [{ id: `${id}-a`, label: 'A', amount: 1 }],
        ...(scope ? { scope } : {}),
      });
      const element = await pie(
        html`<kommune-budget-pie
          .data=${{ datasets: [d('k26', 2026), d('k27', 2027), d('f27', 2027, 'fylkeskommune')] }}
        ></kommune-budget-pie>`,
      );
      const select = $<HTMLSelectElement>(element, 'select');
      expect([...select.options].map((o) => o.value)).to.deep.equal(['k26', 'k27', 'f27']);
      // The list follows the page too, after the reader has used it.
      select.value = 'f27';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      element.datasetId = 'k26';
      await element.updateComplete;
      element.datasetId = 'f27';
      await element.updateComplete;
      element.datasetId = 'k27';
      await element.updateComplete;
      expect($<HTMLSelectElement>(element, 'select').value).to.equal('k27');
    });

    it('offers no switch when there is one dataset', async () => {
      const element = await pie(html`<kommune-budget-pie .data=${manyItemsSection(3)}></kommune-budget-pie>`);
      expect($(element, '.switches')).to.equal(null);
    });
  });

  describe('table', () => {
    it('holds the same figures one click away, with caption, headers and sums', async () => {
      const element = await pie();
      const region = $(element, '#pie-table-region');
      expect(getComputedStyle(region).display).to.equal('none');
      const button = $(element, '.table-button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await element.updateComplete;
      expect(getComputedStyle(region).display).to.equal('block');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(plain($(element, 'caption').textContent)).to.equal('Driftsbudsjett 2027 Beløp i kroner');
      expect($$(element, 'thead th').map((th) => plain(th.textContent))).to.deep.equal([
        'Post',
        'Beløp',
        'Andel i diagrammet',
        'Per innbygger',
        'Landet uten Oslo, per innbygger',
        'KOSTRA-gruppe 1, per innbygger',
      ]);
      expect($$(element, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      const rows = $$(element, 'tbody tr').map((tr) => [...tr.children].map((c) => plain(c.textContent)));
      expect(rows[0]).to.deep.equal(['Helse og omsorg', nok('400 000 000'), '40 %', nok('40 000'), nok('32 000'), nok('44 000')]);
      expect(rows[1]).to.deep.equal(['Oppvekst', nok('300 000 000'), '30 %', nok('30 000'), nok('36 000'), 'mangler']);
      expect(rows[4]).to.deep.equal(['Vann, avløp og renovasjon', nok('−5 000 000'), 'ikke i diagrammet', nok('−500'), '–', '–']);
      const sums = $$(element, 'tfoot tr').map((tr) => [...tr.children].slice(0, 2).map((c) => plain(c.textContent)));
      expect(sums).to.deep.equal([
        ['Sum av postene i diagrammet', nok('1 000 000 000')],
        ['Netto sum, med de negative postene', nok('995 000 000')],
      ]);
    });

    it('is always there in print', async function () {
      if (!CAN_EMULATE_MEDIA) this.skip(); // media emulation: Chromium only (docs/decisions/0004-three-engines.md)
      const element = await pie();
      // The page's print (Ctrl+P or a script's window.print()) fires beforeprint before it lays the page out for paper.
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(element, '#pie-table-region')).display).to.equal('block');
      expect($$(element, 'tbody tr').length).to.equal(6);
      expect(getComputedStyle($(element, '.table-button')).display).to.equal('none');
      window.dispatchEvent(new Event('afterprint'));
    });

    it('is drawn only when opened: a closed table costs a first visit nothing', async () => {
      const element = await pie(html`<kommune-budget-pie .data=${manyItemsSection(10_000)}></kommune-budget-pie>`);
      const button = $(element, '.table-button');
      const region = $(element, '#pie-table-region');
      expect(region.querySelector('table')).to.equal(null);
      expect(region.textContent!.trim()).to.equal('');
      // The button still names the region it opens, and opening draws the table in it.
      expect(button.getAttribute('aria-controls')).to.equal(region.id);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(plain(button.textContent)).to.equal('Skjul tabellen');
      expect(getComputedStyle(region).display).to.equal('block');
      expect(region.querySelectorAll('tbody tr').length).to.equal(10_001);
      expect(region.getAttribute('role')).to.equal('region');
      expect(plain($(element, `#${region.getAttribute('aria-labelledby')}`).textContent)).to.equal('10000 poster Beløp i kroner');
      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(region).display).to.equal('none');
      expect(region.querySelector('table')).to.equal(null);
    });

    it('is drawn at once when the page is about to print, and goes away again after printing', async () => {
      const element = await pie();
      expect($(element, 'table')).to.equal(null);
      window.dispatchEvent(new Event('beforeprint'));
      // No await: a script's window.print() lays out the page for paper right after beforeprint.
      expect(plain($(element, 'caption').textContent)).to.equal('Driftsbudsjett 2027 Beløp i kroner');
      expect($$(element, 'tbody tr').map((tr) => plain(tr.querySelector('th')!.textContent))[0]).to.equal('Helse og omsorg');
      window.dispatchEvent(new Event('afterprint'));
      await element.updateComplete;
      expect($(element, 'table')).to.equal(null);
      // An open table stays open after printing.
      await openTable(element);
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
      await element.updateComplete;
      expect($(element, 'table')).not.to.equal(null);
      await expectAccessible(element);
    });
  });

  describe('comparison', () => {
    it("shows the kommune's kroner per innbygger beside the national and KOSTRA-group figures", async () => {
      const element = await pie();
      slices(element)[0]!.focus();
      await element.updateComplete;
      const rows = $$(element, '.comparison li').map((li) => plain(li.textContent));
      expect(rows).to.deep.equal([
        `Eksempel kommune ${nok('40 000')}`,
        `Landet uten Oslo ${nok('32 000')} 25 % mer enn Landet uten Oslo`,
        `KOSTRA-gruppe 1 ${nok('44 000')} 9,1 % mindre enn KOSTRA-gruppe 1`,
      ]);
      const widths = $$(element, '.comparison .bar-fill').map((r) => Number(r.getAttribute('width')));
      expect(widths).to.deep.equal([90.91, 72.73, 100]);
    });
  });

  describe('colours', () => {
    it('gives neighbouring slices 3:1 against each other and the background', async () => {
      const element = await pie(html`<kommune-budget-pie .data=${manyItemsSection(12, 0)}></kommune-budget-pie>`);
      const fills = slices(element).map((s) => getComputedStyle(s).fill);
      const background = getComputedStyle($(element, '.base')).backgroundColor;
      expect(new Set(fills).size).to.equal(fills.length);
      fills.forEach((fill, i) => {
        expect(contrast(fill, background), `slice ${i + 1} on the background`).to.be.at.least(3);
        if (i > 0) expect(contrast(fill, fills[i - 1]!), `slice ${i + 1} against slice ${i}`).to.be.at.least(3);
      });
      // "Annet" takes the grey that keeps 3:1 against the colour before it, whichever that is.
      for (const named of [7, 8]) {
        const items = [
          ...Array.from({ length: named }, (_, i) => ({ id: `big-${i}`, label: `Stor ${i}`, amount: 100 })),
          ...Array.from({ length: 3 }, (_, i) => ({ id: `small-${i}`, label: `Liten ${i}`, amount: 1 })),
        ];
        const data = { datasets: [{ id: 'd', year: 2027, kind: 'expense', title: 'D', unit: 'NOK', otherThreshold: 5, items }] };
        const grouped = await pie(html`<kommune-budget-pie .data=${data}></kommune-budget-pie>`);
        const paths = slices(grouped);
        expect(paths.at(-1)!.dataset['key']).to.equal(' other');
        const [before, other] = paths.slice(-2).map((path) => getComputedStyle(path).fill) as [string, string];
        expect(contrast(other, before), `"Annet" after ${named} named slices`).to.be.at.least(3);
        expect(contrast(other, background), `"Annet" on the background`).to.be.at.least(3);
      }
      // The wrap-around pair is kept apart by the gap in the background colour.
      expect(getComputedStyle(slices(element)[0]!).stroke).to.equal(background);
    });

    it('colours «Annet» with --kw-chart-other when the page sets it', async () => {
      const element = await pie(html`<kommune-budget-pie .data=${manyItemsSection(20, 3)}></kommune-budget-pie>`);
      const other = () => getComputedStyle(slices(element).at(-1)!).fill;
      // Nine named slices end on a lighter colour, so «Annet» takes the darker grey by default.
      expect(other()).to.equal('rgb(59, 59, 59)');
      element.style.setProperty('--kw-chart-other', 'rgb(10, 20, 30)');
      expect(other()).to.equal('rgb(10, 20, 30)');
    });

    it('gives every slice its own hatching in forced-colours mode', async function () {
      if (!CAN_EMULATE_MEDIA) this.skip(); // media emulation: Chromium only (docs/decisions/0004-three-engines.md)
      const element = await pie(html`<kommune-budget-pie .data=${manyItemsSection(20, 3)}></kommune-budget-pie>`);
      await emulateMedia({ forcedColors: 'active' });
      const fills = slices(element).map((s) => getComputedStyle(s).fill);
      expect(fills.every((f) => f.includes('url('))).to.equal(true);
      expect(new Set(fills).size).to.equal(fills.length);
      await expectAccessible(element);
    });
  });

  describe('official statistics', () => {
    it('draws what the KOSTRA import makes of an SSB answer: negatives aside, missing figures missing, Landet beside', async () => {
      const answer = await (await fetch('/packages/schema/test/fixtures/ssb-kostra-12362.json')).json();
      const budget = toBudget(readJsonStat(answer), { kommune: '3120' });
      const data = { schemaVersion: 1, kommune: { nummer: '3120', navn: 'Rakkestad', innbyggere: 8300 }, budget };
      const element = await pie(html`<kommune-budget-pie .data=${data}></kommune-budget-pie>`);
      expect(slices(element).map((s) => s.dataset['key'])).to.deep.equal([
        'helse-omsorg',
        'grunnskole',
        'barnehage',
        'administrasjon',
        'sosiale-tjenester',
      ]);
      expect(plain($(element, '.negatives li').textContent)).to.equal(`Vann, avløp og renovasjon (gebyrfinansiert) ${nok('−2,35 mill.')}`);
      expect(shadowText(element)).to.contain('Tall mangler for: Barnevern.');
      expect(plain($(element, '.source').textContent)).to.equal('Kilde: Statistisk sentralbyrå, tabell 12362, oppdatert 15. juni 2026');
      slices(element)[1]!.focus();
      await element.updateComplete;
      expect($$(element, '.comparison li').map((li) => plain(li.textContent))).to.deep.equal([
        `Rakkestad ${nok('15 420')}`,
        `Landet ${nok('16 970')} 9,1 % mindre enn Landet`,
      ]);
    });
  });

  describe('states', () => {
    it('says so when there are no figures', async () => {
      const element = await pie(html`<kommune-budget-pie .data=${budgetWithoutFigures}></kommune-budget-pie>`);
      expect(element.state).to.equal('empty');
      expect(plain($(element, '.empty').textContent)).to.equal('Kommunen har ikke lagt ut tall for budsjettet ennå.');
      // The editor's fallback (a link to the budget as PDF) is the most useful thing to offer then.
      expect($(element, 'slot')).not.to.equal(null);
    });

    it('shows schema errors with their paths and tells the page', async () => {
      const element = await fixture<KommuneBudgetPie>(html`<kommune-budget-pie></kommune-budget-pie>`);
      const failed = oneEvent(element, 'kommune-data-error');
      element.data = budgetInvalid;
      const { detail } = await failed;
      await element.updateComplete;
      expect(element.state).to.equal('error');
      expect(detail.kind).to.equal('schema');
      const paths = detail.issues!.map((i: { path: string }) => i.path);
      expect(paths).to.include('budget.datasets[0].title');
      expect(paths).to.include('budget.datasets[0].items[0].amount');
      expect(paths).to.include('budget.datasets[0].source.url');
      expect($(element, '[role="alert"]').textContent).to.contain('budget.datasets[0].source.url');
    });
  });
});
