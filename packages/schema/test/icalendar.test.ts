import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { meetingToIcs, readIcalendar, writeFeeds, type ReadMeeting, type ReadOrganization } from '../src/icalendar/index.js';
import { meetingsInput, type Meetings } from '../src/meetings.js';
import { instantOf, localize } from '../src/shared.js';
import { example } from './helpers.js';

type Section = { organizations: ReadOrganization[]; meetings: ReadMeeting[] };

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
const EXAMPLE_FEED = fileURLToPath(new URL('../../../docs/examples/moteplan.ics', import.meta.url));
const NOW = new Date('2026-12-01T00:00:00Z');
const encode = (text: string) => new TextEncoder().encode(text);

/** Reads a feed and checks that the widget would accept it, as `<kommune-meeting-calendar>` does. */
function read(bytes: Uint8Array, now = NOW): Section {
  const section = readIcalendar(bytes, { now }) as Section;
  const parsed = meetingsInput.parse(section);
  assert.ok(parsed.ok, JSON.stringify(parsed.ok ? null : parsed.issues));
  return section;
}

const meeting = (section: Section, id: string) => {
  const found = section.meetings.find((m) => m.id === id);
  assert.ok(found, `no meeting ${id} in ${section.meetings.map((m) => m.id).join(', ')}`);
  return found;
};

const stamp = new Date('2026-11-25T08:15:00Z');
const exampleMeetings = () => example()['meetings'] as Meetings;
const section = (meetings: Meetings['meetings'], organizations = exampleMeetings().organizations): Meetings => ({
  organizations,
  meetings,
});

test('reads a feed with CRLF line endings', () => {
  const bytes = fixture('crlf.ics');
  assert.ok(bytes.includes(0x0d), 'the fixture really has CR');
  const feed = read(bytes);
  assert.deepEqual(feed.organizations, [{ id: 'formannskapet', name: 'Formannskapet', kind: 'formannskap' }]);
  assert.deepEqual(feed.meetings, [
    {
      id: 'crlf-1@moteplan.eksempel.no',
      organization: 'formannskapet',
      start: '2026-12-03T09:00',
      end: '2026-12-03T15:00',
      status: 'planned',
      location: { name: 'Formannskapssalen' },
      public: true,
    },
  ]);
});

test('reads TZID=Europe/Oslo times (LF line endings, with a VTIMEZONE block) as Oslo wall time, in winter and summer', () => {
  const feed = read(fixture('vtimezone-oslo.ics'));
  assert.deepEqual(
    feed.meetings.map((m) => [m.start, m.end]),
    [
      ['2026-12-10T18:00', '2026-12-10T22:00'],
      ['2027-06-17T18:00', '2027-06-17T21:30'],
    ],
  );
});

test('reads UTC times as the same instants', () => {
  const [m] = read(fixture('utc-times.ics')).meetings;
  assert.equal(m?.start, '2026-12-10T17:00Z');
  assert.equal(instantOf(m?.start), instantOf('2026-12-10T18:00'), '17:00 UTC is 18:00 in Oslo in December');
  assert.equal(m?.end, '2026-12-10T21:00Z');
});

test('reads another TZID through its VTIMEZONE as the instant in UTC, and a TZID without one as Oslo time', () => {
  const feed = read(fixture('other-tzid.ics'));
  assert.equal(meeting(feed, 'other-tzid@moteplan.eksempel.no').start, '2026-12-10T17:00Z', '12:00 in New York is 17:00 UTC');
  assert.equal(meeting(feed, 'other-tzid@moteplan.eksempel.no').end, '2026-12-10T19:00Z');
  assert.equal(meeting(feed, 'unknown-tzid@moteplan.eksempel.no').start, '2026-12-11T10:00');
});

test('reads all-day events as dates: a one-day event has no end, a longer one ends on its last day', () => {
  const feed = read(fixture('all-day.ics'));
  assert.deepEqual(
    feed.meetings.map((m) => [m.title, m.start, m.end]),
    [
      ['Temadag: kommuneplanens samfunnsdel', '2027-01-21', undefined],
      ['Budsjettseminar', '2027-02-08', '2027-02-09'],
      ['Befaring', '2027-03-01', undefined],
    ],
  );
});

test('unescapes commas, semicolons, backslashes and newlines in text, and in the organ from CATEGORIES', () => {
  const feed = read(fixture('escaped-text.ics'));
  const [m] = feed.meetings;
  assert.equal(m?.title, 'Budsjett, økonomiplan og skatt; andre gangs behandling');
  assert.equal(m?.description, 'Saker:\nPS 45/26 Budsjett, økonomiplan\nPS 46/26 Gang- og sykkelvei\n\nSti: C:\\møter');
  assert.deepEqual(m?.location, { name: 'Kommunestyresalen, rådhuset, Storgata 1' });
  assert.deepEqual(feed.organizations, [{ id: 'plan-miljo-og-teknikkutvalget', name: 'Plan-, miljø- og teknikkutvalget', kind: 'utvalg' }]);
});

test('a line folded at 75 octets inside «ø» or «Č» comes back exactly, with CRLF or LF folds', () => {
  for (const [word, padding, newline] of [
    ['Søknad', 61, '\r\n'],
    ['Čálli', 62, '\n'],
  ] as const) {
    // 12 octets of «DESCRIPTION:», the padding and what precedes the character make 74: it starts at octet 75.
    const value = `${'x'.repeat(padding)}${word}: møtet om kommunens økonomi; saksbehandler Áile Čuoppu, Øystein Ødegård.`;
    const line = encode(`DESCRIPTION:${value}`);
    assert.ok(line[74]! >= 0xc0 && line[75]! >= 0x80 && line[75]! < 0xc0, 'octet 75 is the first of a two-octet character');
    const bytes = new Uint8Array([
      ...encode(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:fold', 'DTSTART:20261203T090000', ''].join(newline)),
      ...line.subarray(0, 75),
      ...encode(`${newline} `),
      ...line.subarray(75),
      ...encode(['', 'END:VEVENT', 'END:VCALENDAR', ''].join(newline)),
    ]);
    const [m] = read(bytes).meetings;
    assert.equal(m?.description, value);
  }
});

test('status: CANCELLED is cancelled, a past meeting held and a coming one planned; CONFIDENTIAL is closed; only https links kept', () => {
  const feed = read(fixture('cancelled.ics'));
  assert.equal(feed.organizations[0]?.kind, 'eldreråd', 'the organ comes from X-WR-CALNAME when there are no CATEGORIES');
  const cancelled = meeting(feed, 'cancelled-1@moteplan.eksempel.no');
  assert.equal(cancelled.status, 'cancelled');
  assert.equal(cancelled.url, 'https://www.eksempel.kommune.no/moter/eldreradet-2026-12-15');
  const held = meeting(feed, 'held-1@moteplan.eksempel.no');
  assert.equal(held.status, 'held');
  assert.equal(held.url, undefined, 'http: is not allowed');
  const planned = meeting(feed, 'planned-1@moteplan.eksempel.no');
  assert.equal(planned.status, 'planned');
  assert.equal(planned.public, false);
  assert.equal(planned.url, undefined, 'javascript: is dropped');
  assert.equal(cancelled.title, undefined, 'a SUMMARY that is the organ name is not a title');
});

test('a file that is not iCalendar throws a clear error', () => {
  assert.throws(() => readIcalendar(fixture('not-a-calendar.ics')), /Not an iCalendar feed: the file does not start with BEGIN:VCALENDAR/);
  assert.throws(() => readIcalendar(encode('BEGIN:VCARD\r\nFN:Ola\r\nEND:VCARD\r\n')), /Not an iCalendar feed/);
  assert.throws(() => readIcalendar(new Uint8Array()), /Not an iCalendar feed/);
  assert.throws(() => readIcalendar(encode('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nnonsense\r\n')), /Not a valid iCalendar feed/);
});

test('organs: the first CATEGORIES value, else the calendar name, else «Møter»; ids unique, kinds from the name', () => {
  const events = [
    ['a', 'CATEGORIES:Kontrollutvalget,Politikk'],
    ['b', 'CATEGORIES:Ungdomsrådet'],
    ['c', 'CATEGORIES:Valstyret'],
    ['d', 'CATEGORIES:Råd for personer med funksjonsnedsettelse'],
    ['e', 'CATEGORIES:Kontrollutvalget!'],
    ['f', 'CATEGORIES:Gielddastivra'],
    ['g', 'CATEGORIES:Styret for Eksempel havn KF'],
    ['h', 'CATEGORIES:Hovedutvalg for oppvekst'],
    ['i', 'CATEGORIES:Ordførerens nyttårsmottak'],
  ];
  const ics = (calendarName: string | undefined, list: string[][]) =>
    encode(
      [
        'BEGIN:VCALENDAR',
        ...(calendarName ? [`X-WR-CALNAME:${calendarName}`] : []),
        ...list.flatMap(([uid, line]) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTART:20270101T100000Z', ...(line ? [line] : []), 'END:VEVENT']),
        'END:VCALENDAR',
      ].join('\r\n'),
    );
  const feed = read(ics('Møteplan', events));
  assert.deepEqual(
    feed.organizations.map((o) => [o.id, o.kind]),
    [
      ['kontrollutvalget', 'kontrollutvalg'],
      ['ungdomsradet', 'ungdomsråd'],
      ['valstyret', 'valgstyre'],
      ['rad-for-personer-med-funksjonsnedsettelse', 'råd-for-personer-med-funksjonsnedsettelse'],
      ['kontrollutvalget-2', 'kontrollutvalg'],
      ['gielddastivra', 'kommunestyre'],
      ['styret-for-eksempel-havn-kf', 'styre-for-institusjon'],
      ['hovedutvalg-for-oppvekst', 'utvalg'],
      ['ordforerens-nyttarsmottak', 'annet'],
    ],
  );
  assert.deepEqual(read(ics('Formannskapet', [['x', '']])).organizations, [
    { id: 'formannskapet', name: 'Formannskapet', kind: 'formannskap' },
  ]);
  assert.deepEqual(read(ics('Plan\\, miljø og teknikk', [['x', '']])).organizations[0]?.name, 'Plan, miljø og teknikk');
  const [fallback] = read(ics(undefined, [['x', '']])).organizations;
  assert.equal(fallback?.id, 'moter');
  assert.equal(localize(fallback!.name, 'nb'), 'Møter');
});

test('meeting ids come from UID, without whitespace, at most 100 characters and unique', () => {
  const long = 'x'.repeat(120);
  const feed = read(
    encode(
      [
        'BEGIN:VCALENDAR',
        ...[`UID:møte nr 1`, `UID:møte nr 1`, `UID:${long}`, `UID:${long}`, 'UID:ks-2026-12-10@9999', ''].flatMap((uid) => [
          'BEGIN:VEVENT',
          ...(uid ? [uid] : []),
          'DTSTART;VALUE=DATE:20270101',
          'END:VEVENT',
        ]),
        'END:VCALENDAR',
      ].join('\n'),
    ),
  );
  assert.deepEqual(
    feed.meetings.map((m) => m.id),
    ['møte-nr-1', 'møte-nr-1-2', 'x'.repeat(100), `${'x'.repeat(98)}-2`, 'ks-2026-12-10', 'moter-2027-01-01'],
  );
});

test('every line written is at most 75 octets, ends in CRLF, and no character is split', () => {
  const meetings = exampleMeetings();
  meetings.meetings[0]!.description = 'Čoahkkima áigeguovdilis áššit: '.repeat(12) + 'Møtet er åpent for alle. 🙂';
  const ics = meetingToIcs(meetings, 'ks-2026-12-10', { kommuneNummer: '9999', dtstamp: stamp });
  assert.ok(ics.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every newline is CRLF');
  const bytes = encode(ics);
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i - 1);
    assert.ok(line.length <= 75, `${line.length} octets: ${new TextDecoder().decode(line)}`);
    new TextDecoder('utf-8', { fatal: true }).decode(line);
    start = i + 1;
  }
  assert.equal((read(bytes) as Section).meetings[0]?.description, meetings.meetings[0]!.description);
});

test('a meeting at 09:00 Oslo on the Monday after the spring change is 09:00 Oslo when written and read back', () => {
  const organizations = exampleMeetings().organizations;
  const base = { organization: 'fsk', status: 'planned', public: true } as const;
  const meetings = section(
    [
      { ...base, id: 'wall', start: '2027-03-29T09:00', end: '2027-03-29T11:00' },
      { ...base, id: 'utc', start: '2027-03-29T07:00Z' },
      { ...base, id: 'offset', start: '2027-03-29T09:00+02:00' },
      { ...base, id: 'week-before', start: '2027-03-22T08:00Z' },
    ],
    organizations,
  );
  const ics = writeFeeds(meetings, { kommuneNummer: '9999', dtstamp: stamp }).find((f) => f.fileName === 'alle.ics')!.ics;
  assert.match(ics, /DTSTART;TZID=Europe\/Oslo:20270329T090000\r\nDTEND;TZID=Europe\/Oslo:20270329T110000\r\n/);
  assert.doesNotMatch(ics, /T070000/, 'never the UTC hour');
  const back = read(encode(ics), new Date('2027-01-01T00:00:00Z'));
  assert.deepEqual(
    ['wall', 'utc', 'offset', 'week-before'].map((id) => meeting(back, id).start),
    ['2027-03-29T09:00', '2027-03-29T09:00', '2027-03-29T09:00', '2027-03-22T09:00'],
  );
  assert.equal(instantOf(meeting(back, 'wall').start), Date.parse('2027-03-29T07:00:00Z'));
});

test('writeFeeds: one feed per organ and alle.ics, each with its name, Oslo time zone and refresh interval, in the same bytes twice', () => {
  const options = {
    kommuneNummer: '9999',
    kommuneNavn: 'Eksempel kommune',
    dtstamp: stamp,
    baseUrl: 'https://www.eksempel.kommune.no/moter/',
  };
  const feeds = writeFeeds(exampleMeetings(), options);
  assert.deepEqual(
    feeds.map((f) => [f.fileName, f.organization]),
    [
      ['ks.ics', 'ks'],
      ['fsk.ics', 'fsk'],
      ['eldreradet.ics', 'eldreradet'],
      ['alle.ics', undefined],
    ],
  );
  assert.deepEqual(writeFeeds(exampleMeetings(), options), feeds);
  for (const feed of feeds) {
    for (const line of [
      'X-WR-TIMEZONE:Europe/Oslo',
      'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
      'X-PUBLISHED-TTL:PT6H',
      'BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo',
      `SOURCE;VALUE=URI:https://www.eksempel.kommune.no/moter/${feed.fileName}`,
    ])
      assert.ok(feed.ics.includes(`${line}\r\n`), `${feed.fileName} has ${line}`);
  }
  assert.match(feeds[0]!.ics, /X-WR-CALNAME:Kommunestyret – Eksempel kommune\r\n/);
  assert.match(feeds[3]!.ics, /X-WR-CALNAME:Politiske møter – Eksempel kommune\r\n/);
  assert.equal(feeds[1]!.ics.match(/BEGIN:VEVENT/g)?.length, 1);
  assert.deepEqual(
    [...feeds[3]!.ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]),
    ['fsk-2026-11-19@9999', 'eldreradet-2026-12-03@9999', 'eldreradet-2026-12-08@9999', 'ks-2026-12-10@9999'],
    'sorted by start',
  );
  assert.match(feeds[3]!.ics, /DTSTAMP:20261125T081500Z\r\n/);
});

test('what writeFeeds writes from the example reads back with every field', () => {
  const original = exampleMeetings();
  original.meetings[1]!.title = { nb: 'Formannskapet, budsjettmøte', en: 'Executive board' };
  original.meetings[1]!.description = 'Innstilling til budsjett; økonomiplan.\nÅpent møte.';
  original.meetings[1]!.end = '2026-11-19T15:00:00+01:00';
  original.meetings[3]!.public = false;
  original.meetings.push({
    id: 'ks-2027-01-14',
    organization: 'ks',
    start: '2027-01-14',
    end: '2027-01-15',
    status: 'cancelled',
    public: true,
  });
  const ics = writeFeeds(original, { kommuneNummer: '9999', dtstamp: stamp }).find((f) => f.fileName === 'alle.ics')!.ics;
  const back = read(encode(ics), new Date('2026-11-25T00:00:00Z'));
  assert.deepEqual(
    back.organizations.map((o) => [o.id, o.name, o.kind]).sort(),
    original.organizations.map((o) => [o.id, localize(o.name, 'nb'), o.kind]).sort(),
  );
  for (const m of original.meetings) {
    const r = meeting(back, m.id);
    const organName = localize(original.organizations.find((o) => o.id === m.organization)!.name, 'nb');
    assert.equal(r.organization, m.organization, m.id);
    assert.equal(r.title, m.title === undefined || localize(m.title, 'nb') === organName ? undefined : localize(m.title, 'nb'), m.id);
    assert.equal(r.description, m.description === undefined ? undefined : localize(m.description, 'nb'), m.id);
    assert.equal(instantOf(r.start), instantOf(m.start), m.id);
    assert.equal(r.end === undefined ? undefined : instantOf(r.end, true), m.end === undefined ? undefined : instantOf(m.end, true), m.id);
    assert.deepEqual(
      r.location,
      m.location && { name: localize(m.location.name, 'nb'), ...(m.location.address ? { address: m.location.address } : {}) },
      m.id,
    );
    assert.equal(r.url, m.url, m.id);
    assert.equal(r.status, m.status, m.id);
    assert.equal(r.movedTo, m.movedTo, m.id);
    assert.equal(r.public, m.public, m.id);
  }
});

test('meetingToIcs: one event to add to a calendar, with a link back, the stream, and the place with its address', () => {
  const ics = meetingToIcs(exampleMeetings(), 'ks-2026-12-10', {
    kommuneNummer: '9999',
    dtstamp: stamp,
    pageUrl: 'https://www.eksempel.kommune.no/politikk',
    locale: 'en',
  });
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1);
  for (const line of [
    'UID:ks-2026-12-10@9999',
    'DTSTAMP:20261125T081500Z',
    'DTSTART;TZID=Europe/Oslo:20261210T180000',
    'DTEND;TZID=Europe/Oslo:20261210T220000',
    'SUMMARY:Municipal council',
    'URL:https://www.eksempel.kommune.no/moter/ks-2026-12-10',
    'STATUS:CONFIRMED',
    'CLASS:PUBLIC',
    'CATEGORIES:Municipal council',
    'TZID:Europe/Oslo',
  ])
    assert.ok(ics.includes(`${line}\r\n`), line);
  const unfolded = ics.replace(/\r\n /g, '');
  assert.match(unfolded, /LOCATION:Kommunestyresalen\\, rådhuset\\, Storgata 1\\, 9999 Eksempel\r\n/);
  assert.match(
    unfolded,
    /DESCRIPTION:Organ: Municipal council\\nSaksliste og dokumenter: https:\/\/www\.eksempel\.kommune\.no\/moter\/ks-2026-12-10\\nDirektesending: https:\/\/www\.eksempel\.kommune\.no\/direkte\r\n/,
  );

  const cancelled = exampleMeetings();
  cancelled.meetings[3]!.status = 'cancelled';
  delete cancelled.meetings[3]!.location;
  const other = meetingToIcs(cancelled, 'eldreradet-2026-12-08', {
    kommuneNummer: '9999',
    dtstamp: stamp,
    pageUrl: 'https://www.eksempel.kommune.no/politikk',
  });
  assert.match(other, /STATUS:CANCELLED\r\n/);
  assert.match(other, /URL:https:\/\/www\.eksempel\.kommune\.no\/politikk\r\n/, 'the page when the meeting has no url');
  assert.doesNotMatch(other, /^LOCATION/m, 'no place, no LOCATION');
  assert.doesNotMatch(other, /^DTEND/m, 'no end, no DTEND');
  assert.throws(() => meetingToIcs(cancelled, 'nope', { kommuneNummer: '9999', dtstamp: stamp }), /No meeting with the id «nope»/);
});

test('an all-day meeting is written as VALUE=DATE with the exclusive end, and read back as the same days', () => {
  const base = { organization: 'ks', status: 'planned', public: false } as const;
  const meetings = section([
    { ...base, id: 'one', start: '2027-01-14' },
    { ...base, id: 'two', start: '2027-01-20', end: '2027-01-21' },
  ]);
  const ics = writeFeeds(meetings, { kommuneNummer: '9999', dtstamp: stamp }).at(-1)!.ics;
  assert.match(ics, /DTSTART;VALUE=DATE:20270114\r\nDTEND;VALUE=DATE:20270115\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20270120\r\nDTEND;VALUE=DATE:20270122\r\n/);
  assert.match(ics, /CLASS:PRIVATE\r\n/);
  const back = read(encode(ics));
  assert.deepEqual(
    back.meetings.map((m) => [m.id, m.start, m.end, m.public]),
    [
      ['one', '2027-01-14', undefined, false],
      ['two', '2027-01-20', '2027-01-21', false],
    ],
  );
});

test('writeFeeds refuses an organ whose id is «alle», whose feed would overwrite alle.ics', () => {
  const meetings = exampleMeetings();
  meetings.organizations[1]!.id = 'alle';
  for (const m of meetings.meetings) if (m.organization === 'fsk') m.organization = 'alle';
  assert.throws(
    () => writeFeeds(meetings, { kommuneNummer: '9999', dtstamp: stamp }),
    /may not have the id «alle»: alle\.ics is the feed of every organ/,
  );
});

test('docs/examples/moteplan.ics reads into a valid meetings section, its folded and escaped texts exact', () => {
  const bytes = readFileSync(EXAMPLE_FEED);
  assert.ok(bytes.includes(0x0d), 'CRLF');
  const feed = read(bytes);
  assert.deepEqual(
    feed.organizations.map((o) => [o.id, o.kind]),
    [
      ['formannskapet', 'formannskap'],
      ['kommunestyret', 'kommunestyre'],
      ['eldreradet', 'eldreråd'],
    ],
  );
  assert.equal(feed.meetings.length, 7);
  assert.ok(feed.meetings.some((m) => m.status === 'cancelled'));
  assert.ok(feed.meetings.some((m) => m.start === '2027-01-14' && m.end === undefined));
  assert.ok(
    feed.meetings.some((m) =>
      m.description?.startsWith('Formannskapets innstilling: budsjett 2027 og økonomiplan 2027–2030. Møtet er åpent, men'),
    ),
  );
});

test('the schema’s main module does not carry ical.js', async () => {
  const index = fileURLToPath(new URL('../src/index.ts', import.meta.url));
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(index)};`, resolveDir: '.', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  assert.ok(!code.includes('VCALENDAR') && !code.includes('foldLength'), 'no iCalendar code in the main chunk');
});
