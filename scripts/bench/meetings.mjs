// Meetings for the calendar's bench pages, mirroring `manyMeetings` in
// packages/meeting-calendar/test/fixtures/calendar-fixtures.ts (the browser test of 10 000 meetings): the same four
// organs, the same spread over the days and hours of each month from December 2026, the same short saklister.

/** The day every calendar page takes as today, and so the month it shows first: December 2026. */
export const CALENDAR_TODAY = '2026-12-01';
export const CALENDAR_MONTH = CALENDAR_TODAY.slice(0, 7);

const ORGANIZATIONS = [
  { id: 'ks', name: { nb: 'Kommunestyret', nn: 'Kommunestyret', en: 'Municipal council', se: 'Gielddastivra' }, kind: 'kommunestyre' },
  { id: 'fsk', name: 'Formannskapet', kind: 'formannskap' },
  { id: 'kontroll', name: 'Kontrollutvalget', kind: 'kontrollutvalg' },
  { id: 'eldre', name: 'Eldrerådet', kind: 'eldreråd', publicationDays: 5 },
];

/**
 * A kommune document whose `meetings` section holds `count` meetings spread over `months` months from December 2026
 * (`months: 1` puts them all in December), each with a two-item sakliste whose first title says «reguleringsplan».
 */
export function meetingsDocument(count, { months = 24 } = {}) {
  const meetings = [];
  for (let i = 0; i < count; i++) {
    const month = i % months;
    const year = 2026 + Math.floor((11 + month) / 12);
    const mm = String(((11 + month) % 12) + 1).padStart(2, '0');
    const day = String((Math.floor(i / months) % 28) + 1).padStart(2, '0');
    const hour = String(8 + (i % 10)).padStart(2, '0');
    meetings.push({
      id: `m-${i}`,
      organization: ORGANIZATIONS[i % ORGANIZATIONS.length].id,
      start: `${year}-${mm}-${day}T${hour}:00`,
      end: `${year}-${mm}-${day}T${hour}:45`,
      status: i % 17 === 0 ? 'cancelled' : 'planned',
      location: { name: 'Kommunestyresalen' },
      public: i % 11 !== 0,
      agenda: [
        { number: `PS ${i}/26`, title: `Sak ${i}: reguleringsplan for felt ${i % 97}`, public: true },
        { number: `PS ${i}b/26`, title: 'Referatsaker', public: true },
      ],
    });
  }
  return {
    schemaVersion: 1,
    kommune: { nummer: '9999', navn: 'Eksempel kommune', innbyggere: 12000 },
    meetings: { organizations: ORGANIZATIONS, meetings },
  };
}
