/**
 * `readIcalendar`: a feed as meeting systems publish it (RFC 5545), read into a plain object shaped like the
 * `meetings` section, for `meetingsInput.parse` to validate. Recurring events (RRULE) are read as their first
 * meeting only: meeting systems publish each meeting as an event of its own.
 */
import ICAL from 'ical.js';
import { MEETING_STATUSES, ORGANIZATION_KINDS, type OrganizationKind } from '../meetings.js';
import { instantOf, isSafeUrl, type LocalizedText } from '../shared.js';
import { X } from './extensions.js';
import { unescapeText, unfoldBytes } from './lines.js';
import { guessKind, slugify, uniqueId } from './organs.js';
import { addDays, formatDate, formatDateTime, formatUtc, isOsloTzid, osloWallTime } from './oslo.js';

type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** An organization as read from a feed. */
export interface ReadOrganization {
  id: string;
  name: LocalizedText;
  kind: OrganizationKind;
}

/** A meeting as read from a feed; `meetingsInput.parse` checks it as it checks our JSON. */
export interface ReadMeeting {
  id: string;
  organization: string;
  title?: string;
  description?: string;
  start: string;
  end?: string;
  status: MeetingStatus;
  movedTo?: string;
  location?: { name: string; address?: string };
  public: boolean;
  url?: string;
}

/** The organ of events that name none, in the calendar's languages. */
const DEFAULT_ORGAN: Exclude<LocalizedText, string> = { nb: 'Møter', nn: 'Møte', en: 'Meetings', se: 'Čoahkkimat' };

/** A time read from a DTSTART or DTEND: the model's string, the instant it stands for, and whether it is a whole day. */
interface ReadTime {
  value: string;
  instant: number;
  date: boolean;
}

/** The event text of a property, or `undefined` when absent or blank. ical.js unescapes TEXT values it knows. */
function text(event: ICAL.Component, name: string): string | undefined {
  const value = event.getFirstPropertyValue(name);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The text of a property ical.js does not know (ours, X-WR-*, NAME), which it leaves escaped. */
const extension = (event: ICAL.Component, name: string) => {
  const value = text(event, name);
  return value === undefined ? undefined : unescapeText(value);
};

const fromTime = (time: ICAL.Time) => ({
  year: time.year,
  month: time.month,
  day: time.day,
  hour: time.hour,
  minute: time.minute,
  second: time.second,
});

const osloTime = (value: string): ReadTime => ({ value, instant: instantOf(value) as number, date: false });
const utcTime = (instant: number): ReadTime => ({ value: formatUtc(instant), instant, date: false });

/**
 * A date or date-time property: a date as `YYYY-MM-DD`; UTC as `…Z`; Europe/Oslo, floating times and a TZID the
 * file does not define as Oslo wall time; another TZID with its VTIMEZONE as the instant in UTC.
 */
function readTime(property: ICAL.Property | null): ReadTime | undefined {
  if (!property) return undefined;
  let time: unknown;
  try {
    time = property.getFirstValue();
  } catch {
    return undefined;
  }
  if (!(time instanceof ICAL.Time)) return undefined;
  if (time.isDate) {
    const value = formatDate(time);
    return { value, instant: instantOf(value) as number, date: true };
  }
  const wall = fromTime(time);
  if (time.zone === ICAL.Timezone.utcTimezone) {
    return utcTime(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second));
  }
  const tzid = property.getFirstParameter('tzid');
  const zone = time.zone;
  const defined = zone && zone !== ICAL.Timezone.localTimezone && zone.tzid !== 'floating' && zone.component;
  if (typeof tzid === 'string' && !isOsloTzid(tzid) && defined) return utcTime(time.toUnixTime() * 1000);
  return osloTime(formatDateTime(wall));
}

/**
 * The end in the model: none when the event ends where it starts; a whole-day event's exclusive DTEND becomes its
 * last day, so a one-day event (DTEND the next day) has no `end`. An end before the start, or of the other kind
 * (a date against a date-time), is dropped.
 */
function readEnd(event: ICAL.Component, start: ReadTime): string | undefined {
  let end = readTime(event.getFirstProperty('dtend'));
  if (!end) {
    const duration = event.getFirstPropertyValue('duration');
    if (duration instanceof ICAL.Duration) {
      const seconds = duration.toSeconds();
      if (start.date) {
        const value = addDays(start.value, Math.round(seconds / 86_400));
        end = { value, instant: instantOf(value) as number, date: true };
      } else {
        const instant = start.instant + seconds * 1000;
        end = start.value.endsWith('Z') ? utcTime(instant) : osloTime(formatDateTime(osloWallTime(instant)));
      }
    }
  }
  if (!end || end.date !== start.date) return undefined;
  if (start.date) {
    const last = addDays(end.value, -1);
    return last > start.value ? last : undefined;
  }
  return end.instant > start.instant ? end.value : undefined;
}

/** The meeting's status: ours when a feed we wrote says it; else CANCELLED, or held once over, or planned. */
function readStatus(event: ICAL.Component, lastInstant: number, now: Date): MeetingStatus {
  const cancelled = text(event, 'status')?.toUpperCase() === 'CANCELLED';
  const ours = extension(event, X.status) as MeetingStatus | undefined;
  if (ours && MEETING_STATUSES.includes(ours) && (!cancelled || ours === 'cancelled' || ours === 'moved')) return ours;
  if (cancelled) return 'cancelled';
  return lastInstant < now.getTime() ? 'held' : 'planned';
}

/** The meeting's id: the UID (without the `@NNNN` kommune nummer our feeds add), made schema-valid and unique. */
function meetingId(event: ICAL.Component, organization: string, start: ReadTime, taken: Set<string>): string {
  const uid = (text(event, 'uid') ?? '').replace(/@\d{4}$/, '');
  const recurrence = event.getFirstProperty('recurrence-id')?.toJSON() as unknown[] | undefined;
  const occurrence = typeof recurrence?.[3] === 'string' ? `-${recurrence[3].replace(/[^0-9TZ]/g, '')}` : '';
  const base = (uid === '' ? `${organization}-${start.value.slice(0, 10)}` : uid + occurrence).replace(/\s+/g, '-');
  return uniqueId(base, taken);
}

/** The event's location: LOCATION as the name, split from the address our feeds give apart. */
function readLocation(event: ICAL.Component): ReadMeeting['location'] {
  const location = text(event, 'location');
  if (location === undefined) return undefined;
  const address = extension(event, X.address);
  const suffix = address === undefined ? '' : `, ${address}`;
  if (address !== undefined && location.endsWith(suffix) && location.length > suffix.length) {
    return { name: location.slice(0, -suffix.length), address };
  }
  return { name: location };
}

/** The calendars in a parsed file (a file may hold several VCALENDARs one after the other). */
function calendarsOf(bytes: Uint8Array): ICAL.Component[] {
  // Lines are unfolded already; blank lines, which some exporters leave, are not content lines.
  const lines = new TextDecoder('utf-8')
    .decode(unfoldBytes(bytes))
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  if (lines[0]?.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw new Error('Not an iCalendar feed: the file does not start with BEGIN:VCALENDAR.');
  }
  let parsed: unknown;
  try {
    parsed = ICAL.parse(lines.join('\r\n'));
  } catch (error) {
    throw new Error(`Not a valid iCalendar feed: ${(error as Error).message}`);
  }
  const list = (typeof (parsed as unknown[])[0] === 'string' ? [parsed] : parsed) as unknown[][];
  return list.filter((jcal) => jcal[0] === 'vcalendar').map((jcal) => new ICAL.Component(jcal));
}

/**
 * Reads an iCalendar feed into `{ organizations, meetings }`, for `meetingsInput.parse`. The organ of each event is
 * its first CATEGORIES value, else the calendar's X-WR-CALNAME, else «Møter»; `now` (default: the present) decides
 * which meetings are over (`held`). Throws an Error when the bytes are not an iCalendar feed.
 */
export function readIcalendar(bytes: Uint8Array, options: { now?: Date } = {}): unknown {
  const now = options.now ?? new Date();
  const organizations: ReadOrganization[] = [];
  const byKey = new Map<string, ReadOrganization>();
  const organizationIds = new Set<string>();
  const meetings: ReadMeeting[] = [];
  const meetingIds = new Set<string>();

  const organizationFor = (event: ICAL.Component, calendarName: string | undefined): ReadOrganization => {
    const categories = event.getFirstProperty('categories')?.getValues() ?? [];
    const category = categories.map((c) => String(c).trim()).find((c) => c !== '');
    const name = category ?? calendarName;
    const ourId = extension(event, X.organization)?.replace(/\s+/g, '-');
    const key = ourId === undefined ? `name:${name ?? ''}` : `id:${ourId}`;
    let organization = byKey.get(key);
    if (!organization) {
      const ourKind = extension(event, X.kind) as OrganizationKind | undefined;
      organization = {
        id: uniqueId(ourId ?? slugify(name ?? DEFAULT_ORGAN.nb, 'organ'), organizationIds),
        name: name ?? DEFAULT_ORGAN,
        kind: ourKind && ORGANIZATION_KINDS.includes(ourKind) ? ourKind : guessKind(name ?? ''),
      };
      byKey.set(key, organization);
      organizations.push(organization);
    }
    return organization;
  };

  const movedTo = new Map<ReadMeeting, string>();
  for (const calendar of calendarsOf(bytes)) {
    const calendarName = extension(calendar, 'x-wr-calname') ?? extension(calendar, 'name');
    for (const event of calendar.getAllSubcomponents('vevent')) {
      const start = readTime(event.getFirstProperty('dtstart'));
      if (!start) continue;
      const organization = organizationFor(event, calendarName);
      const organName = typeof organization.name === 'string' ? organization.name : organization.name.nb;
      const end = readEnd(event, start);
      const ours = extension(event, X.organization) !== undefined;
      const summary = text(event, 'summary');
      const description = ours ? extension(event, X.description) : text(event, 'description');
      const location = readLocation(event);
      const url = text(event, 'url');
      const classification = text(event, 'class')?.toUpperCase();
      const lastInstant = end === undefined ? (instantOf(start.value, true) as number) : (instantOf(end, true) as number);
      const meeting: ReadMeeting = {
        id: meetingId(event, organization.id, start, meetingIds),
        organization: organization.id,
        ...(summary !== undefined && summary.toLowerCase() !== organName.toLowerCase() ? { title: summary } : {}),
        ...(description === undefined ? {} : { description }),
        start: start.value,
        ...(end === undefined ? {} : { end }),
        status: readStatus(event, lastInstant, now),
        ...(location ? { location } : {}),
        public: classification !== 'PRIVATE' && classification !== 'CONFIDENTIAL',
        ...(url !== undefined && isSafeUrl(url) ? { url } : {}),
      };
      const target = extension(event, X.movedTo);
      if (target !== undefined) movedTo.set(meeting, target);
      meetings.push(meeting);
    }
  }
  // A moved meeting names its new date only when that meeting is in the feed too, or the section would not validate.
  for (const [meeting, target] of movedTo) if (meetingIds.has(target)) meeting.movedTo = target;
  return { organizations, meetings };
}
