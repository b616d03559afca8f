import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '@kommune-widgets/meeting-calendar';
import type { KommuneMeetingCalendar } from '@kommune-widgets/meeting-calendar';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { settled, shadowText } from '../../../test/helpers/widget.js';
import { CALENDAR_REFERENCE_DATE as TODAY, calendarDocument, calendarSection } from './fixtures/calendar-fixtures.js';

const FEED = '/docs/examples/moteplan.ics';
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function calendar(src: string): Promise<KommuneMeetingCalendar> {
  const element = await fixture<KommuneMeetingCalendar>(
    html`<kommune-meeting-calendar src=${src} today=${TODAY}></kommune-meeting-calendar>`,
  );
  await settled(element);
  return element;
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A feed served with exactly these bytes and this content type, by the test server. */
const served = (bytes: Uint8Array, type = 'text/calendar') => `/__test/bytes?type=${encodeURIComponent(type)}&hex=${hex(bytes)}`;

const encoder = new TextEncoder();

/**
 * A feed as a meeting system exports it: CRLF, a VTIMEZONE, a TZID time, a UTC time, an all-day event, escaped
 * commas, a CANCELLED meeting, and a SUMMARY folded at 75 octets right inside a two-byte letter.
 */
function quirkyFeed(): Uint8Array {
  const summary = 'SUMMARY:Čoahkkin: Kárášjoga gieldda ja Eksempel kommunes felles møte om ålesund';
  const raw = encoder.encode(summary);
  // Octet 75 falls inside a multi-byte character somewhere in this line: find a split that does.
  let cut = 75;
  while (cut < raw.length && (raw[cut]! & 0xc0) !== 0x80) cut++;
  const folded = new Uint8Array([...raw.subarray(0, cut), 0x0d, 0x0a, 0x20, ...raw.subarray(cut)]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Feed//NO',
    'X-WR-CALNAME:Kommunestyret',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Oslo',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'UID:folded-1@test',
    'DTSTAMP:20261120T100000Z',
    'DTSTART;TZID=Europe/Oslo:20261210T180000',
    'DTEND;TZID=Europe/Oslo:20261210T210000',
    '\u0000FOLDED\u0000',
    'LOCATION:Rådhuset\\, kommunestyresalen',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:utc-2@test',
    'DTSTAMP:20261120T100000Z',
    'DTSTART:20261214T120000Z',
    'SUMMARY:Kommunestyret',
    'STATUS:CANCELLED',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:allday-3@test',
    'DTSTAMP:20261120T100000Z',
    'DTSTART;VALUE=DATE:20261216',
    'DTEND;VALUE=DATE:20261217',
    'SUMMARY:Temadag',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  const parts: number[] = [];
  for (const line of lines) {
    if (line === '\u0000FOLDED\u0000') parts.push(...folded);
    else parts.push(...encoder.encode(line));
    parts.push(0x0d, 0x0a);
  }
  return new Uint8Array(parts);
}

describe('<kommune-meeting-calendar> with an iCalendar feed', () => {
  it('reads the meeting system’s feed given as src into the same list', async () => {
    const element = await calendar(FEED);
    expect(element.state).to.equal('ready');
    const titles = $$(element, '.meeting-button').map(text);
    expect(titles).to.include('Kommunestyret – budsjettmøte');
    const cancelled = $$(element, '.meeting').find((li) => text(li.querySelector('.meeting-button')) === 'Eldrerådet');
    expect(text(cancelled!.querySelector('.badges'))).to.contain('Avlyst');
    expect($$<HTMLOptionElement>(element, 'select#organization option').map((o) => o.textContent!.trim())).to.include.members([
      'Kommunestyret',
      'Formannskapet',
      'Eldrerådet',
    ]);
    await expectAccessible(element);
  });

  it('brings a line folded inside a multi-byte letter back exactly, with escaped commas, UTC, all-day and CANCELLED', async () => {
    const element = await calendar(served(quirkyFeed()));
    const meetings = $$(element, '.meeting');
    expect(meetings.map((li) => text(li.querySelector('.meeting-button')))).to.deep.equal([
      'Čoahkkin: Kárášjoga gieldda ja Eksempel kommunes felles møte om ålesund',
      'Kommunestyret',
      'Temadag',
    ]);
    expect(text(meetings[0]!.querySelector('.when'))).to.equal('torsdag 10. desember 2026, 18:00–21:00');
    expect(text(meetings[0]!.querySelector('.where'))).to.equal('Rådhuset, kommunestyresalen');
    // 12:00 UTC in December is 13:00 in Oslo.
    expect(text(meetings[1]!.querySelector('.when'))).to.equal('mandag 14. desember 2026, 13:00');
    expect(text(meetings[1]!.querySelector('.badges'))).to.contain('Avlyst');
    expect(text(meetings[2]!.querySelector('.when'))).to.equal('onsdag 16. desember 2026');
  });

  it('recognises a feed served as text/plain by its content', async () => {
    const element = await calendar(served(quirkyFeed(), 'text/plain'));
    expect(element.state).to.equal('ready');
    expect($$(element, '.meeting')).to.have.length(3);
  });

  it('shows a clear error for a text/calendar answer that is not a calendar', async () => {
    const element = await calendar(served(encoder.encode('<html><body>Siden finnes ikke</body></html>'), 'text/calendar'));
    expect(element.state).to.equal('error');
    expect(text($(element, '[role="alert"]'))).to.contain('Innholdet kan ikke leses');
    await expectAccessible(element);
  });
});

describe('«Legg til i kalender»', () => {
  let saved: Blob[] = [];
  const original = URL.createObjectURL;
  /**
   * Keeps the browser from saving the file: a real download opens the browser's own downloads panel, which takes the
   * keyboard from every page tested after this one (Firefox). The file is read from `createObjectURL` instead.
   */
  const noDownload = (event: Event) => {
    if (event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download')) event.preventDefault();
  };
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.push(blob as Blob);
      return original.call(URL, blob);
    };
    document.addEventListener('click', noDownload, true);
  });
  afterEach(() => {
    URL.createObjectURL = original;
    document.removeEventListener('click', noDownload, true);
  });

  async function exportMeeting(id: string, data: unknown = calendarDocument): Promise<ICAL.Component> {
    const element = await fixture<KommuneMeetingCalendar>(
      html`<kommune-meeting-calendar .data=${data} today=${TODAY} meeting=${id}></kommune-meeting-calendar>`,
    );
    await settled(element);
    $<HTMLButtonElement>(element, '.export').click();
    const start = Date.now();
    while (saved.length === 0 && Date.now() - start < 3000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(saved, 'a calendar file was offered').to.have.length(1);
    expect(saved[0]!.type).to.equal('text/calendar;charset=utf-8');
    expect(shadowText(element)).not.to.contain('Kunne ikke lage kalenderfilen');
    return new ICAL.Component(ICAL.parse(await saved[0]!.text()));
  }

  it('gives one meeting as an .ics the library reads back: UID, Oslo time, place, link and stream', async () => {
    const calendarFile = await exportMeeting('ks-2026-12-10');
    const event = calendarFile.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('uid')).to.equal('ks-2026-12-10@9999');
    expect(event.getFirstPropertyValue('summary')).to.equal('Kommunestyret');
    const start = event.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).to.equal('Europe/Oslo');
    expect(String(start.getFirstValue())).to.equal('2026-12-10T18:00:00');
    expect(calendarFile.getFirstSubcomponent('vtimezone')).not.to.equal(null);
    expect(event.getFirstPropertyValue('location')).to.contain('Kommunestyresalen, rådhuset');
    expect(event.getFirstPropertyValue('url')).to.equal('https://www.eksempel.kommune.no/moter/ks-2026-12-10');
    expect(String(event.getFirstPropertyValue('description'))).to.contain('https://www.eksempel.kommune.no/direkte');
    expect(event.getFirstPropertyValue('status')).not.to.equal('CANCELLED');
  });

  it('marks a cancelled meeting STATUS:CANCELLED, and names the kommune by the host without a whole document', async () => {
    const calendarFile = await exportMeeting('kontroll-2026-12-14', calendarSection);
    const event = calendarFile.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).to.equal(`kontroll-2026-12-14@${location.hostname}`);
  });
});
