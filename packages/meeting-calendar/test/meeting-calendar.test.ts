import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@kommune-widgets/meeting-calendar';
import type { KommuneMeetingCalendar } from '@kommune-widgets/meeting-calendar';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { pageWidth, setViewport } from '../../../test/helpers/engine.js';
import { settled, shadowText } from '../../../test/helpers/widget.js';
import { CALENDAR_REFERENCE_DATE as TODAY, calendarDocument, calendarEmpty, manyMeetings } from './fixtures/calendar-fixtures.js';

async function calendar(
  template = html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY}></kommune-meeting-calendar>`,
): Promise<KommuneMeetingCalendar> {
  const element = await fixture<KommuneMeetingCalendar>(template);
  await settled(element);
  return element;
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (element: Element) => element.shadowRoot!.activeElement as HTMLElement | null;

/** Presses a meeting's title button in the list, as a reader does to open it. */
async function open(element: KommuneMeetingCalendar, id: string): Promise<void> {
  $$<HTMLButtonElement>(element, '.meeting-button')
    .find((b) => b.dataset.meeting === id)!
    .click();
  await element.updateComplete;
}

/** Focuses the month grid's day button for `day` and waits for the widget to draw. */
async function focusDay(element: KommuneMeetingCalendar, day: string): Promise<void> {
  $<HTMLButtonElement>(element, `.day-button[data-day="${day}"]`).focus();
  await element.updateComplete;
}

const announced = (element: Element) => text($(element, '.kw-announcer'));

/** Waits until `check` holds, or fails after four seconds (a shared machine can be slow to deliver a key). */
async function until(check: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 4000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('<kommune-meeting-calendar>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  describe('list view', () => {
    it('lists upcoming meetings first, earliest first, grouped under their month', async () => {
      const element = await calendar();
      expect($$(element, '.month-heading').map(text)).to.deep.equal(['desember 2026']);
      expect($$(element, '.meeting').map((li) => li.dataset.meeting)).to.deep.equal([
        'eldre-2026-12-03',
        'eldre-2026-12-08',
        'ks-2026-12-10',
        'kontroll-2026-12-14',
      ]);
      expect(text($(element, '.show-more'))).to.equal('Vis flere møter (2 til)');
      const ks = $(element, '.meeting[data-meeting="ks-2026-12-10"]');
      expect(text(ks.querySelector('.meeting-button'))).to.equal('Kommunestyret');
      expect(text(ks.querySelector('.when'))).to.equal('torsdag 10. desember 2026, 18:00–22:00');
      expect(text(ks.querySelector('.where'))).to.equal('Kommunestyresalen, rådhuset');
      expect(text(ks.querySelector('.badges'))).to.equal('Innkalt Åpent møte');
      expect(ks.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-10T17:00:00.000Z');
    });

    it('marks cancelled and moved meetings instead of dropping them, and a moved one leads to its new date', async () => {
      const element = await calendar();
      const cancelled = $(element, '.meeting[data-meeting="kontroll-2026-12-14"]');
      expect(text(cancelled.querySelector('.status-badge, .badge.status-cancelled'))).to.equal('Avlyst');
      const moved = $(element, '.meeting[data-meeting="eldre-2026-12-03"]');
      expect(text(moved.querySelector('.badge.status-moved'))).to.equal('Flyttet');
      const to = moved.querySelector<HTMLButtonElement>('.moved-to')!;
      expect(text(to)).to.equal('tirsdag 8. desember 2026, 10:00–12:00');
      const selected = oneEvent(element, 'kommune-meeting-select');
      to.click();
      expect((await selected).detail).to.deep.equal({ meeting: 'eldre-2026-12-08' });
      await element.updateComplete;
      expect(element.getAttribute('meeting')).to.equal('eldre-2026-12-08');
      expect(text($(element, '#meeting-title'))).to.equal('Eldrerådet');
      element.meeting = 'eldre-2026-12-03';
      await element.updateComplete;
      expect(text($(element, '.moved'))).to.equal('Ny dato: tirsdag 8. desember 2026, 10:00–12:00');
      expect(element.shadowRoot!.querySelector('.sakliste-due'), 'no sakliste is expected for a moved meeting').to.equal(null);
    });

    it('reaches past meetings, latest first, with their protokoll', async () => {
      const element = await calendar();
      const [upcomingTab, pastTab] = $$<HTMLButtonElement>(element, '.list-tab');
      expect(text(upcomingTab)).to.equal('Kommende møter (6)');
      expect(text(pastTab)).to.equal('Tidligere møter (1)');
      pastTab!.click();
      await element.updateComplete;
      expect(pastTab!.getAttribute('aria-pressed')).to.equal('true');
      expect($$(element, '.meeting').map((li) => li.dataset.meeting)).to.deep.equal(['fsk-2026-11-19']);
      const protokoll = $<HTMLAnchorElement>(element, '.protokoll a');
      expect(text(protokoll)).to.equal('Protokoll: Protokoll 19. november');
      expect(protokoll.getAttribute('href')).to.equal('/moter/fsk-2026-11-19/protokoll.pdf');
      expect(text($(element, '.meeting .badges'))).to.equal('Avholdt Åpent møte');
      await expectAccessible(element);
    });

    it('shows a page of meetings at a time and moves focus to the first one «Vis flere» added', async () => {
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${manyMeetings(60, { months: 2 })} today=${TODAY}></kommune-meeting-calendar>`,
      );
      expect($$(element, '.meeting')).to.have.length(4);
      const more = $<HTMLButtonElement>(element, '.show-more');
      expect(text(more)).to.equal('Vis flere møter (56 til)');
      more.focus();
      more.click();
      await element.updateComplete;
      await until(() => active(element)?.classList.contains('meeting-button') ?? false, 'focus on the first added meeting');
      expect($$(element, '.meeting')).to.have.length(8);
      expect(active(element)).to.equal($$(element, '.meeting-button')[4]);
    });

    it('says so when there are no meetings, and shows the fallback link', async () => {
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${calendarEmpty} today=${TODAY}
          ><a href="/moter">Møtekalenderen</a></kommune-meeting-calendar
        >`,
      );
      expect(element.state).to.equal('empty');
      expect(shadowText(element)).to.contain('Det er ikke noe innhold å vise her ennå.');
      await expectAccessible(element);
    });
  });

  describe('meeting detail', () => {
    it('shows the sakliste with case numbers, and a closed item only with its legal basis', async () => {
      const element = await calendar();
      await open(element, 'ks-2026-12-10');
      const items = $$(element, '.agenda-item');
      expect(items.map((li) => text(li.querySelector('.case-number')))).to.deep.equal(['PS 45/26', 'PS 46/26', 'PS 47/26']);
      expect(text(items[0]!.querySelector('.agenda-title'))).to.equal('Budsjett 2027 og økonomiplan 2027–2030');
      expect(text(items[0]!.querySelector('a'))).to.equal('Saksframlegg: Saksframlegg');
      expect(text(items[2])).to.equal('PS 47/26 Lukket sak. Hjemmel: Offl. § 13, jf. fvl. § 13');
      expect(text(items[2])).not.to.contain('Personalsak');
    });

    it('shows place, accessibility, services, livestream, documents, and that the public is welcome', async () => {
      const element = await calendar();
      await open(element, 'ks-2026-12-10');
      const facts = text($(element, '.facts'));
      expect(facts).to.contain('Tid torsdag 10. desember 2026, 18:00–22:00');
      expect(facts).to.contain('Sted Kommunestyresalen, rådhuset Storgata 1, 9999 Eksempel');
      expect(facts).to.contain('Tilgjengelighet Trinnfri inngang fra parkeringsplassen. Heis til 2. etasje.');
      expect($$(element, '.services li').map(text)).to.deep.equal(['Teleslynge', 'Tegnspråktolk']);
      expect(text($(element, '.welcome'))).to.equal('Møtet er åpent for publikum – du er velkommen.');
      expect($<HTMLAnchorElement>(element, '[part="stream-link"]').href).to.equal('https://www.eksempel.kommune.no/direkte');
      expect(text($(element, '.documents a'))).to.equal('Innkalling: Innkalling og saksliste');
      expect($<HTMLAnchorElement>(element, '.feed').getAttribute('href')).to.equal('https://www.eksempel.kommune.no/moter/ks.ics');
      expect(text($(element, '.organ-explanation summary'))).to.equal('Hva gjør Kommunestyret?');
      expect(text($(element, '.organ-explanation p'))).to.match(/^Kommunestyret er kommunens øverste organ\./);
      await expectAccessible(element);
    });

    it('moves focus to the meeting when opened by keyboard, and back to its button when closed', async () => {
      const element = await calendar();
      const button = $$<HTMLButtonElement>(element, '.meeting-button').find((b) => b.dataset.meeting === 'ks-2026-12-10')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => active(element)?.id === 'meeting-title', 'focus on the meeting title');
      const closed = oneEvent(element, 'kommune-meeting-select');
      $<HTMLButtonElement>(element, '.back').click();
      expect((await closed).detail).to.deep.equal({ meeting: null });
      await until(() => active(element)?.dataset.meeting === 'ks-2026-12-10', 'focus back on the meeting button');
      expect(element.hasAttribute('meeting')).to.equal(false);
    });

    it('says when the sakliste is expected, by the organ’s custom, instead of an empty agenda', async () => {
      const element = await calendar();
      element.selectMeeting('fsk-2027-01-14');
      await element.updateComplete;
      expect(text($(element, '.sakliste-due'))).to.equal(
        'Sakslisten er ikke publisert ennå. Den ventes rundt torsdag 7. januar 2027, 7 dager før møtet, som kommunen vanligvis gjør.',
      );
      expect(element.shadowRoot!.querySelector('.agenda')).to.equal(null);
      element.meeting = 'eldre-2026-12-08';
      await element.updateComplete;
      // Eldrerådet's own rule: 5 days before.
      expect(text($(element, '.sakliste-due'))).to.contain('torsdag 3. desember 2026, 5 dager før møtet');
      element.meeting = 'ks-2027-03-29';
      await element.updateComplete;
      expect(text($(element, '.sakliste-due'))).to.contain('fredag 19. mars 2027, 10 dager før møtet');
    });

    it('marks a cancelled meeting and does not invite the public to it', async () => {
      const element = await calendar();
      element.meeting = 'kontroll-2026-12-14';
      await element.updateComplete;
      expect(text($(element, '.notice.cancelled'))).to.equal('Møtet er avlyst.');
      expect(element.shadowRoot!.querySelector('.welcome')).to.equal(null);
      expect(element.shadowRoot!.querySelector('.sakliste-due')).to.equal(null);
      expect(text($(element, '.organ-explanation p'))).to.match(/^Kontrollutvalget passer på kommunens forvaltning/);
    });

    it('says so for a meeting id that does not exist, with a way back', async () => {
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} meeting="finnes-ikke"></kommune-meeting-calendar>`,
      );
      expect(text($(element, '.notice'))).to.equal('Fant ikke møtet. Det kan være slettet eller flyttet.');
      $<HTMLButtonElement>(element, '.back').click();
      await element.updateComplete;
      expect($$(element, '.meeting').length).to.equal(4);
    });
  });

  describe('month view', () => {
    it('is a real table: a caption by its heading, weekday column headers, today marked', async () => {
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} view="month"></kommune-meeting-calendar>`,
      );
      const table = $<HTMLTableElement>(element, 'table.month-grid');
      expect(text($(element, '#month-title'))).to.equal('desember 2026');
      expect(table.getAttribute('aria-labelledby')).to.equal('month-title');
      const headers = $$(element, 'thead th');
      expect(headers.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(7).fill('col'));
      expect(text(headers[0]!.querySelector('.visually-hidden'))).to.equal('mandag');
      const today = $(element, '.day-button[aria-current="date"]');
      expect(today.dataset.day).to.equal('2026-12-01');
      expect($(element, '.day-button[data-day="2026-12-10"]').getAttribute('aria-label')).to.equal('torsdag 10. desember 2026, 1 møte');
      expect($$(element, '.day-button').length % 7).to.equal(0);
      await expectAccessible(element);
    });

    it('moves between days with the arrow keys, Home and End, with one Tab stop', async () => {
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} view="month"></kommune-meeting-calendar>`,
      );
      expect($$(element, '.day-button[tabindex="0"]').map((b) => b.dataset.day)).to.deep.equal(['2026-12-01']);
      await focusDay(element, '2026-12-01');
      await sendKeys({ press: 'ArrowRight' });
      await until(() => active(element)?.dataset.day === '2026-12-02', 'Wednesday 2 December');
      await sendKeys({ press: 'ArrowDown' });
      await until(() => active(element)?.dataset.day === '2026-12-09', 'a week later');
      await sendKeys({ press: 'Enter' });
      await until(() => text($(element, '#day-title')) === 'onsdag 9. desember 2026', 'Enter to choose the day');
      await sendKeys({ press: 'End' });
      await until(() => active(element)?.dataset.day === '2026-12-13', 'Sunday of that week');
      await sendKeys({ press: 'Home' });
      await until(() => active(element)?.dataset.day === '2026-12-07', 'Monday of that week');
      expect($$(element, '.day-button[tabindex="0"]').length).to.equal(1);
    });

    it('turns the month with PageDown and PageUp, keeping the day, and announces the month', async () => {
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} view="month"></kommune-meeting-calendar>`,
      );
      await focusDay(element, '2026-12-10');
      $<HTMLButtonElement>(element, '.day-button[data-day="2026-12-10"]').click();
      await element.updateComplete;
      const changed = oneEvent(element, 'kommune-view-change');
      await sendKeys({ press: 'PageDown' });
      expect((await changed).detail).to.deep.equal({ view: 'month', month: '2027-01' });
      await until(() => active(element)?.dataset.day === '2027-01-10', '10 January');
      expect(element.getAttribute('month')).to.equal('2027-01');
      expect(text($(element, '#month-title'))).to.equal('januar 2027');
      expect(announced(element)).to.equal('januar 2027: 1 møte.');
      await sendKeys({ press: 'PageUp' });
      await until(() => active(element)?.dataset.day === '2026-12-10', 'back to 10 December');
    });

    it('goes into the next month with an arrow past the last day', async () => {
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} view="month" month="2027-02"></kommune-meeting-calendar>`,
      );
      // February 2027 ends on a Sunday: the last cell of the grid.
      await focusDay(element, '2027-02-28');
      await sendKeys({ press: 'ArrowRight' });
      await until(() => active(element)?.dataset.day === '2027-03-01', '1 March');
      expect(text($(element, '#month-title'))).to.equal('mars 2027');
    });

    it('shows the meetings as buttons in their day, and the chosen day’s meetings below the grid', async () => {
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} view="month"></kommune-meeting-calendar>`,
      );
      const cell = $(element, '.day-button[data-day="2026-12-10"]').closest('td')!;
      const inCell = cell.querySelector<HTMLButtonElement>('.cell-meeting')!;
      expect(text(inCell)).to.equal('18:00 Kommunestyret');
      // A cancelled meeting is struck through, and says so in words to a screen reader.
      const cancelled = $(element, '.cell-meeting[data-meeting="kontroll-2026-12-14"]');
      expect(text(cancelled)).to.equal('13:00 Kontrollutvalget (Avlyst)');
      $<HTMLButtonElement>(element, '.day-button[data-day="2026-12-10"]').click();
      await element.updateComplete;
      expect($$(element, '.day-panel .meeting').map((li) => li.dataset.meeting)).to.deep.equal(['ks-2026-12-10']);
      inCell.click();
      await element.updateComplete;
      expect(element.meeting).to.equal('ks-2026-12-10');
    });

    it('fits 320 px without horizontal scroll, and lists the day’s meetings below the grid', async () => {
      await setViewport({ width: 320, height: 800 });
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} view="month"></kommune-meeting-calendar>`,
      );
      $<HTMLButtonElement>(element, '.day-button[data-day="2026-12-08"]').click();
      await element.updateComplete;
      expect(pageWidth()).to.be.at.most(320);
      expect(getComputedStyle($(element, '.cell-meetings')).display).to.equal('none');
      expect($$(element, '.day-panel .meeting').map((li) => li.dataset.meeting)).to.deep.equal(['eldre-2026-12-08']);
      await expectAccessible(element);
    });

    it('draws only the shown month’s meetings, even with 10 000', async () => {
      const data = manyMeetings(10_000);
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${data} today=${TODAY} view="month" month="2027-03"></kommune-meeting-calendar>`,
      );
      const inMonth = data.meetings.filter((m) => m.start.startsWith('2027-03')).length;
      const drawn = new Set($$(element, '[data-meeting]').map((b) => b.dataset.meeting));
      expect(drawn.size).to.be.greaterThan(0);
      expect(drawn.size).to.be.at.most(inMonth);
      for (const id of drawn) expect(data.meetings.find((m) => m.id === id)!.start.slice(0, 7)).to.equal('2027-03');
      element.view = 'list';
      await element.updateComplete;
      expect($$(element, '.meeting').length).to.equal(4);
    });
  });

  it('never fetches the iCalendar library for a page with JSON data', async () => {
    const element = await calendar();
    await open(element, 'ks-2026-12-10');
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.some((name) => name.includes('/ical.js/') || name.includes('/icalendar/'))).to.equal(false);
    expect(fetched.some((name) => name.includes('/meeting-calendar/'))).to.equal(true);
  });

  describe('filter and search', () => {
    it('filters by organ with the visible control, reflected in the organization attribute', async () => {
      const element = await calendar();
      const select = $<HTMLSelectElement>(element, 'select#organization');
      expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
        'Alle organer',
        'Kommunestyret',
        'Formannskapet',
        'Kontrollutvalget',
        'Eldrerådet',
      ]);
      select.value = 'ks';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.getAttribute('organization')).to.equal('ks');
      expect($$(element, '.meeting').map((li) => li.dataset.meeting)).to.deep.equal(['ks-2026-12-10', 'ks-2027-03-29']);
      expect(announced(element)).to.equal('Viser 2 møter.');
      expect(text($(element, '.organ-info .organ-explanation summary'))).to.equal('Hva gjør Kommunestyret?');
    });

    it('takes the organ from the attribute', async () => {
      const element = await calendar(
        html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} organization="eldre"></kommune-meeting-calendar>`,
      );
      expect($$(element, '.meeting').map((li) => li.dataset.meeting)).to.deep.equal(['eldre-2026-12-03', 'eldre-2026-12-08']);
      expect($<HTMLSelectElement>(element, 'select#organization').value).to.equal('eldre');
    });

    it('searches sakliste titles and case numbers, shows the matching items and announces the number of hits', async () => {
      const element = await calendar();
      const input = $<HTMLInputElement>(element, 'input#search');
      input.focus();
      await sendKeys({ type: 'budsjett' });
      await until(() => announced(element) !== '', 'the number of hits');
      expect(announced(element)).to.equal('2 møter har saker som passer søket.');
      await element.updateComplete;
      expect($$(element, '.meeting').map((li) => li.dataset.meeting)).to.deep.equal(['ks-2026-12-10']);
      expect(text($(element, '.list-tab[aria-pressed="false"]'))).to.equal('Tidligere møter (1)');
      expect(text($(element, '.matches'))).to.equal('PS 45/26 Budsjett 2027 og økonomiplan 2027–2030');
      $<HTMLButtonElement>(element, '.list-tab[aria-pressed="false"]').click();
      await element.updateComplete;
      expect($$(element, '.meeting').map((li) => li.dataset.meeting)).to.deep.equal(['fsk-2026-11-19']);
      input.value = '';
      input.dispatchEvent(new Event('input'));
      input.focus();
      await sendKeys({ type: '47/26' });
      await until(() => announced(element) === '1 møte har saker som passer søket.', 'the hits of «47/26»');
      await element.updateComplete;
      $<HTMLButtonElement>(element, '.list-tab[aria-pressed="false"]').click();
      await element.updateComplete;
      expect($$(element, '.meeting').map((li) => li.dataset.meeting)).to.deep.equal(['ks-2026-12-10']);
      await expectAccessible(element);
    });

    it('says so when nothing matches', async () => {
      const element = await calendar();
      const input = $<HTMLInputElement>(element, 'input#search');
      input.value = 'finnes ikke';
      input.dispatchEvent(new Event('input'));
      await until(() => announced(element) !== '', 'the number of hits');
      expect(announced(element)).to.equal('0 møter har saker som passer søket.');
      await element.updateComplete;
      expect(text($(element, '.empty-list'))).to.equal('Ingen møter har saker som passer søket.');
    });
  });

  describe('events and attributes', () => {
    it('switches view with the view buttons, reflects it and dispatches kommune-view-change', async () => {
      const element = await calendar();
      const changed = oneEvent(element, 'kommune-view-change');
      $<HTMLButtonElement>(element, '.view-button[data-view="month"]').click();
      expect((await changed).detail).to.deep.equal({ view: 'month', month: '2026-12' });
      await element.updateComplete;
      expect(element.getAttribute('view')).to.equal('month');
      expect(element.shadowRoot!.querySelector('table.month-grid')).not.to.equal(null);
    });

    it('with url-state, opens the meeting named in the address and keeps the address in step', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?kw-meeting=ks-2026-12-10&other=1`);
      try {
        const element = await calendar(
          html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} url-state></kommune-meeting-calendar>`,
        );
        expect(element.meeting).to.equal('ks-2026-12-10');
        expect(text($(element, '#meeting-title'))).to.equal('Kommunestyret');
        $<HTMLButtonElement>(element, '.back').click();
        await element.updateComplete;
        expect(new URL(location.href).searchParams.has('kw-meeting')).to.equal(false);
        expect(new URL(location.href).searchParams.get('other')).to.equal('1');
        $<HTMLButtonElement>(element, '.view-button[data-view="month"]').click();
        await element.updateComplete;
        expect(new URL(location.href).searchParams.get('kw-view')).to.equal('month');
        $<HTMLButtonElement>(element, '.day-button[data-day="2026-12-10"]').click();
        await element.updateComplete;
        $<HTMLButtonElement>(element, '.day-panel .meeting-button').click();
        await element.updateComplete;
        expect(new URL(location.href).searchParams.get('kw-meeting')).to.equal('ks-2026-12-10');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('with url-state, keeps the organ the page gave when the address names none', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?kw-view=month`);
      try {
        const element = await calendar(
          html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} organization="ks" url-state></kommune-meeting-calendar>`,
        );
        expect(element.organization).to.equal('ks');
        expect(element.view).to.equal('month');
        expect($<HTMLSelectElement>(element, 'select#organization').value).to.equal('ks');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('without url-state, leaves the address alone', async () => {
      const before = location.href;
      const element = await calendar();
      await open(element, 'ks-2026-12-10');
      expect(location.href).to.equal(before);
    });
  });

  describe('languages', () => {
    for (const lang of ['nn', 'en', 'se'] as const) {
      it(`speaks ${lang}, in the list, the month and a meeting, and stays accessible`, async () => {
        const element = await calendar(
          html`<kommune-meeting-calendar lang=${lang} .data=${calendarDocument} today=${TODAY}></kommune-meeting-calendar>`,
        );
        const heading = text($(element, '#calendar-heading'));
        expect(heading).to.equal({ nn: 'Politiske møte', en: 'Political meetings', se: 'Politihkalaš čoahkkimat' }[lang]);
        await expectAccessible(element);
        element.view = 'month';
        await element.updateComplete;
        await expectAccessible(element);
        element.meeting = 'ks-2026-12-10';
        await element.updateComplete;
        expect(text($(element, '#meeting-title'))).to.equal({ nn: 'Kommunestyret', en: 'Municipal council', se: 'Gielddastivra' }[lang]);
        await expectAccessible(element);
      });
    }
  });
});
