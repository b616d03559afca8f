/**
 * Writing iCalendar (RFC 5545, with RFC 7986's feed properties): one meeting for «Legg til i kalender», and the
 * subscribable feeds `kommune-widgets ics` publishes. Times are written as Europe/Oslo wall time with the zone's
 * VTIMEZONE; whole days as dates. Output is deterministic: the same section and options give the same bytes.
 */
import ICAL from 'ical.js';
import { msg, str } from '@lit/localize';
import type { Meeting, Meetings, Organization } from '../meetings.js';
import { instantOf, isSafeUrl, localize } from '../shared.js';
import { X } from './extensions.js';
import { escapeText, joinLines } from './lines.js';
import { OSLO, OSLO_VTIMEZONE, addDays, toOsloTime, type ModelTime, type WallTime } from './oslo.js';

/** What every written event needs besides the meeting. */
export interface EventOptions {
  /** The kommune's number: UIDs are `<meeting id>@<kommune nummer>`. */
  kommuneNummer: string;
  /** DTSTAMP of every event: when the file was made. Given, never read from the clock, so output is reproducible. */
  dtstamp: Date;
  /** The language texts in several languages are written in (`nb` by default). */
  locale?: string;
}

/** The file's product identifier (ASCII, as calendar programs show it). */
const PRODID = '-//kommune-widgets//Politiske moter//NB';

/** How often a subscriber should fetch a feed again (RFC 7986 REFRESH-INTERVAL, and X-PUBLISHED-TTL for Outlook). */
const REFRESH = 'PT6H';

/** The file name of the feed with every organ's meetings. */
export const ALL_FEED = 'alle.ics';

type JCalProperty = [name: string, parameters: Record<string, string>, type: string, ...values: unknown[]];

/** One property as a content line, unfolded: lines are folded by octets when the file is joined. */
const property = (...jcal: JCalProperty): string => ICAL.stringify.property(jcal, ICAL.design.getDesignSet('icalendar'), true);
const textProperty = (name: string, value: string) => property(name, {}, 'text', value);
/** Properties unknown to ical.js (ours, X-WR-*, RFC 7986's NAME) it writes as they are: escape them here. */
const extension = (name: string, value: string) => property(name, {}, 'unknown', escapeText(value));

const pad = (value: number, length = 2) => String(value).padStart(length, '0');
const jcalDateTime = (t: WallTime) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;

/** DTSTAMP: the instant in UTC, to the second. */
const dtstamp = (date: Date) => property('dtstamp', {}, 'date-time', `${date.toISOString().slice(0, 19)}Z`);

function osloTime(value: string): ModelTime {
  const time = toOsloTime(value);
  if (!time) throw new Error(`Not a date or date-time: «${value}».`);
  return time;
}

/** DTSTART and DTEND: a whole day with the exclusive end date RFC 5545 asks for, a time as Oslo wall time. */
function timeLines(meeting: Meeting): string[] {
  const start = osloTime(meeting.start);
  const end = meeting.end === undefined ? undefined : osloTime(meeting.end);
  if (start.kind === 'date') {
    const lastDay = end === undefined ? start.date : end.kind === 'date' ? end.date : '';
    const exclusiveEnd = addDays(lastDay > start.date ? lastDay : start.date, 1);
    return [property('dtstart', {}, 'date', start.date), property('dtend', {}, 'date', exclusiveEnd)];
  }
  const lines = [property('dtstart', { tzid: OSLO }, 'date-time', jcalDateTime(start.wall))];
  if (end?.kind === 'time') lines.push(property('dtend', { tzid: OSLO }, 'date-time', jcalDateTime(end.wall)));
  return lines;
}

/** An absolute `https:` address for a calendar program: `url` itself, or resolved against `base`; else nothing. */
function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (url === undefined || !isSafeUrl(url)) return undefined;
  try {
    const resolved = new URL(url, base).href;
    return resolved.startsWith('https:') && isSafeUrl(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/** STATUS: a cancelled or moved meeting does not take place at this time; a planned one may still move. */
const STATUS: Record<Meeting['status'], string> = {
  planned: 'TENTATIVE',
  invited: 'CONFIRMED',
  held: 'CONFIRMED',
  cancelled: 'CANCELLED',
  moved: 'CANCELLED',
};

/** DESCRIPTION for people: the meeting's own description, what happened to it, the organ, and the links. */
function description(meeting: Meeting, organName: string, link: string | undefined, base: string | undefined, locale: string) {
  const lines: string[] = [];
  if (meeting.description !== undefined) lines.push(localize(meeting.description, locale), '');
  if (meeting.status === 'cancelled') lines.push(msg('Møtet er avlyst.', { id: 'ics.cancelled' }));
  if (meeting.status === 'moved') lines.push(msg('Møtet er flyttet.', { id: 'ics.moved' }));
  lines.push(msg(str`Organ: ${organName}`, { id: 'ics.organ' }));
  if (link !== undefined) lines.push(msg(str`Saksliste og dokumenter: ${link}`, { id: 'ics.meeting-link' }));
  const stream = absolute(meeting.stream, base);
  if (stream !== undefined) lines.push(msg(str`Direktesending: ${stream}`, { id: 'ics.stream' }));
  const recording = absolute(meeting.recording, base);
  if (recording !== undefined) lines.push(msg(str`Opptak: ${recording}`, { id: 'ics.recording' }));
  return lines.join('\n');
}

/** The content lines of one VEVENT. `base` resolves relative links; `pageUrl` is the link when the meeting has none. */
function eventLines(meeting: Meeting, organization: Organization, options: EventOptions & { base?: string; pageUrl?: string }): string[] {
  const locale = options.locale ?? 'nb';
  const organName = localize(organization.name, locale);
  const link = absolute(meeting.url, options.base) ?? absolute(options.pageUrl, undefined);
  const location = meeting.location;
  const place = location === undefined ? undefined : localize(location.name, locale);
  const lines = [
    'BEGIN:VEVENT',
    textProperty('uid', `${meeting.id}@${options.kommuneNummer}`),
    dtstamp(options.dtstamp),
    ...timeLines(meeting),
    textProperty('summary', meeting.title === undefined ? organName : localize(meeting.title, locale)),
    textProperty('description', description(meeting, organName, link, options.base, locale)),
  ];
  if (place !== undefined) lines.push(textProperty('location', location?.address ? `${place}, ${location.address}` : place));
  if (link !== undefined) lines.push(property('url', {}, 'uri', link));
  lines.push(
    textProperty('status', STATUS[meeting.status]),
    textProperty('class', meeting.public ? 'PUBLIC' : 'PRIVATE'),
    textProperty('categories', organName),
    extension(X.organization, organization.id),
    extension(X.kind, organization.kind),
    extension(X.status, meeting.status),
  );
  if (meeting.movedTo !== undefined) lines.push(extension(X.movedTo, meeting.movedTo));
  if (location?.address !== undefined) lines.push(extension(X.address, location.address));
  if (meeting.description !== undefined) lines.push(extension(X.description, localize(meeting.description, locale)));
  lines.push('END:VEVENT');
  return lines;
}

const calendarStart = () => ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];

function organizationOf(section: Meetings, meeting: Meeting): Organization {
  const organization = section.organizations.find((o) => o.id === meeting.organization);
  if (!organization) throw new Error(`The meeting «${meeting.id}» names an organ that is not in organizations: «${meeting.organization}».`);
  return organization;
}

/**
 * One meeting as an iCalendar file, for «Legg til i kalender»: a VEVENT with UID `<meeting id>@<kommune nummer>`,
 * Oslo times with their VTIMEZONE, the organ, place, status and class, and a DESCRIPTION with the organ, the link
 * back to the meeting (its `url`, else `pageUrl`) and the livestream. Texts of the document in `locale` (default
 * nb); the labels (`ics.*` messages) in the locale `msg()` resolves. Throws when there is no meeting `meetingId`.
 */
export function meetingToIcs(
  section: Meetings,
  meetingId: string,
  options: { kommuneNummer: string; kommuneNavn?: string; pageUrl?: string; dtstamp: Date; locale?: string },
): string {
  const meeting = section.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new Error(`No meeting with the id «${meetingId}».`);
  const event = eventLines(meeting, organizationOf(section, meeting), { ...options, base: options.pageUrl });
  return joinLines([...calendarStart(), ...OSLO_VTIMEZONE, ...event, 'END:VCALENDAR']);
}

/** A feed written by {@link writeFeeds}. */
export interface Feed {
  /** `<organization id>.ics`, or `alle.ics` for every organ. */
  fileName: string;
  /** The organ's id; absent for `alle.ics`. */
  organization?: string;
  /** The iCalendar text, lines ended by CRLF. */
  ics: string;
}

/** An id as a file name: characters a file system or URL would read otherwise are percent-encoded. */
const fileNameOf = (id: string) => `${id.replace(/[^\p{L}\p{N}._-]/gu, (c) => encodeURIComponent(c)).replace(/^\./, '%2E')}.ics`;

/** Meetings by start, then id: the order of every feed. */
function sorted(meetings: readonly Meeting[]): Meeting[] {
  const at = (m: Meeting) => instantOf(m.start) ?? 0;
  return [...meetings].sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * One subscribable feed per organ (`<organization id>.ics`) and one with every meeting (`alle.ics`), each with its
 * name (X-WR-CALNAME, NAME), X-WR-TIMEZONE, REFRESH-INTERVAL and X-PUBLISHED-TTL, the Europe/Oslo VTIMEZONE, and the
 * events as {@link meetingToIcs} writes them, by start then id. `baseUrl` is where the feeds are published: each
 * feed's SOURCE, and the base of relative links. Throws when an organ's id is `alle` or two ids give one file name.
 */
export function writeFeeds(
  section: Meetings,
  options: { kommuneNummer: string; kommuneNavn?: string; dtstamp: Date; baseUrl?: string; locale?: string },
): Feed[] {
  const locale = options.locale ?? 'nb';
  const base = options.baseUrl;
  const names = new Map<string, string>();
  for (const organization of section.organizations) {
    const fileName = fileNameOf(organization.id);
    const clash = fileName.toLowerCase() === ALL_FEED ? 'alle' : names.get(fileName.toLowerCase());
    if (clash !== undefined) {
      throw new Error(
        clash === 'alle'
          ? `An organ may not have the id «${organization.id}»: ${ALL_FEED} is the feed of every organ.`
          : `The organs «${clash}» and «${organization.id}» would be written to the same file, ${fileName}.`,
      );
    }
    names.set(fileName.toLowerCase(), organization.id);
  }
  const eventOptions = { ...options, locale, ...(base === undefined ? {} : { base }) };
  const feed = (fileName: string, name: string, meetings: readonly Meeting[], about?: string): string => {
    const header = [
      extension('name', name),
      extension('x-wr-calname', name),
      ...(about === undefined ? [] : [textProperty('description', about), extension('x-wr-caldesc', about)]),
      `X-WR-TIMEZONE:${OSLO}`,
      property('refresh-interval', {}, 'duration', REFRESH),
      `X-PUBLISHED-TTL:${REFRESH}`,
    ];
    const source = absolute(fileName, base);
    if (base !== undefined && source !== undefined) header.push(property('source', {}, 'uri', source));
    const events = sorted(meetings).flatMap((m) => eventLines(m, organizationOf(section, m), eventOptions));
    return joinLines([...calendarStart(), ...header, ...OSLO_VTIMEZONE, ...events, 'END:VCALENDAR']);
  };
  const ofKommune = (name: string) => (options.kommuneNavn === undefined ? name : `${name} – ${options.kommuneNavn}`);
  const feeds: Feed[] = section.organizations.map((organization) => {
    const fileName = fileNameOf(organization.id);
    const meetings = section.meetings.filter((m) => m.organization === organization.id);
    const about = organization.description === undefined ? undefined : localize(organization.description, locale);
    const ics = feed(fileName, ofKommune(localize(organization.name, locale)), meetings, about);
    return { fileName, organization: organization.id, ics };
  });
  feeds.push({ fileName: ALL_FEED, ics: feed(ALL_FEED, ofKommune(msg('Politiske møter', { id: 'ics.all-meetings' })), section.meetings) });
  return feeds;
}
