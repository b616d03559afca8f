// Runs in a visitor's time zone far from Oslo: Chromium in a New York context (its own group in
// web-test-runner.config.mjs), Firefox and WebKit in Pacific/Auckland, as every file there.
import { expect, fixture, html } from '@open-wc/testing';
import '@kommune-widgets/meeting-calendar';
import type { KommuneMeetingCalendar } from '@kommune-widgets/meeting-calendar';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { settled } from '../../../test/helpers/widget.js';
import { CALENDAR_REFERENCE_DATE as TODAY, calendarDocument } from './fixtures/calendar-fixtures.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<kommune-meeting-calendar> for a visitor outside Norway', () => {
  it('runs in a time zone other than Oslo’s (else this file proves nothing)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.to.equal('Europe/Oslo');
    expect(new Date('2027-03-29T07:00:00Z').getTimezoneOffset()).not.to.equal(-120);
  });

  it('shows a meeting at 09:00 on the Monday after the spring change at 09:00, on that Monday, and says times are Norwegian', async () => {
    const element = await fixture<KommuneMeetingCalendar>(
      html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} meeting="ks-2027-03-29"></kommune-meeting-calendar>`,
    );
    await settled(element);
    const root = element.shadowRoot!;
    expect(text(root.querySelector('.facts time'))).to.equal('mandag 29. mars 2027, 09:00–12:00');
    // 09:00 in Oslo on 29 March 2027 is summer time (UTC+2): 07:00 UTC.
    expect(root.querySelector('.facts time')!.getAttribute('datetime')).to.equal('2027-03-29T07:00:00.000Z');
    expect(text(root.querySelector('.time-zone-note'))).to.equal('Alle klokkeslett er norsk tid (Europe/Oslo).');
    await expectAccessible(element);
  });

  it('puts meetings on their Oslo day in the month, and marks Oslo’s today', async () => {
    const element = await fixture<KommuneMeetingCalendar>(
      html`<kommune-meeting-calendar .data=${calendarDocument} today=${TODAY} view="month" month="2027-03"></kommune-meeting-calendar>`,
    );
    await settled(element);
    const root = element.shadowRoot!;
    const cell = root.querySelector('.day-button[data-day="2027-03-29"]')!;
    expect(cell.getAttribute('aria-label')).to.equal('mandag 29. mars 2027, 1 møte');
    expect(text(cell.closest('td')!.querySelector('.cell-meeting'))).to.equal('09:00 Temamøte om kommuneplanen');
  });
});
