/**
 * The meetings of a section, read once into what the views need: each meeting's Oslo day and wall time, its organ,
 * the order a citizen reads them in, and the meetings of each month. Built once per section (ten thousand meetings
 * take one pass), then filtered per render.
 */
import { localize, type Meeting, type Meetings, type Organization } from '@kommune-widgets/schema';
import { monthOf, wallTimeOf } from './oslo-calendar.js';

/** A meeting with what the views need precomputed. */
export interface IndexedMeeting {
  meeting: Meeting;
  organization: Organization;
  /** Oslo wall time of the start, `YYYY-MM-DDThh:mm`, or `YYYY-MM-DD` for a date alone. */
  start: string;
  /** Oslo wall time of the end (the start when there is none). */
  end: string;
  /** Oslo day the meeting starts on. */
  day: string;
  /** `YYYY-MM` the meeting starts in. */
  month: string;
}

/** The index of one section. */
export interface MeetingIndex {
  /** Every meeting, earliest first (start, then id). */
  all: IndexedMeeting[];
  byId: Map<string, IndexedMeeting>;
  organizations: Organization[];
}

const cache = new WeakMap<Meetings, MeetingIndex>();

/** The index of `section`, built the first time it is asked for. */
export function indexMeetings(section: Meetings): MeetingIndex {
  let index = cache.get(section);
  if (index) return index;
  const organizations = new Map(section.organizations.map((o) => [o.id, o]));
  const all: IndexedMeeting[] = [];
  for (const meeting of section.meetings) {
    const organization = organizations.get(meeting.organization);
    if (!organization) continue;
    const start = wallTimeOf(meeting.start);
    const end = meeting.end ? wallTimeOf(meeting.end) : start;
    const day = start.slice(0, 10);
    all.push({ meeting, organization, start, end, day, month: monthOf(day) });
  }
  all.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.meeting.id < b.meeting.id ? -1 : 1));
  index = { all, byId: new Map(all.map((m) => [m.meeting.id, m])), organizations: section.organizations };
  cache.set(section, index);
  return index;
}

/** Whether a meeting is over at Oslo wall time `now` (`YYYY-MM-DDThh:mm`): a date alone lasts its whole day. */
export function isPast(entry: IndexedMeeting, now: string): boolean {
  const end = entry.end.length === 10 ? `${entry.end}T23:59` : entry.end;
  return end < now;
}

/** What the reader narrowed the meetings to: an organ, and a search in the sakliste. */
export interface MeetingFilter {
  organization?: string | undefined;
  query?: string | undefined;
  /** The language the texts are searched in. */
  locale: string;
}

/** The agenda items of a meeting that match `query` (title or case number, any case), in the reader's language. */
export function matchingItems(entry: IndexedMeeting, query: string, locale: string) {
  const needle = query.trim().toLocaleLowerCase(locale);
  if (!needle) return [];
  return (entry.meeting.agenda ?? []).filter(
    (item) =>
      item.number.toLocaleLowerCase(locale).includes(needle) || localize(item.title, locale).toLocaleLowerCase(locale).includes(needle),
  );
}

const searchTexts = new WeakMap<MeetingIndex, Map<string, string[]>>();

/**
 * Each meeting's agenda items as one lower-cased text per item ("ps 45/26 budsjett 2027 …"), joined by a line
 * break, in the index's order: made once per index and language, so a search of ten thousand meetings is one
 * `includes` each.
 */
function searchTextsOf(index: MeetingIndex, locale: string): string[] {
  let byLocale = searchTexts.get(index);
  if (!byLocale) searchTexts.set(index, (byLocale = new Map()));
  let texts = byLocale.get(locale);
  if (!texts) {
    texts = index.all.map((entry) =>
      (entry.meeting.agenda ?? [])
        .map((item) => `${item.number.toLocaleLowerCase(locale)}\u0000${localize(item.title, locale).toLocaleLowerCase(locale)}`)
        .join('\n'),
    );
    byLocale.set(locale, texts);
  }
  return texts;
}

/** The meetings the filter lets through, in the index's order. */
export function filterMeetings(index: MeetingIndex, filter: MeetingFilter): IndexedMeeting[] {
  const needle = filter.query?.trim().toLocaleLowerCase(filter.locale) ?? '';
  const texts = needle ? searchTextsOf(index, filter.locale) : [];
  return index.all.filter(
    (entry, i) => (!filter.organization || entry.organization.id === filter.organization) && (!needle || texts[i]!.includes(needle)),
  );
}

/** Upcoming meetings (earliest first) and past ones (latest first) at Oslo wall time `now`. */
export function splitByTime(entries: IndexedMeeting[], now: string): { upcoming: IndexedMeeting[]; past: IndexedMeeting[] } {
  const upcoming: IndexedMeeting[] = [];
  const past: IndexedMeeting[] = [];
  for (const entry of entries) (isPast(entry, now) ? past : upcoming).push(entry);
  past.reverse();
  return { upcoming, past };
}

/** Entries grouped by month, in the order given. */
export function groupByMonth(entries: IndexedMeeting[]): { month: string; entries: IndexedMeeting[] }[] {
  const groups: { month: string; entries: IndexedMeeting[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.month === entry.month) last.entries.push(entry);
    else groups.push({ month: entry.month, entries: [entry] });
  }
  return groups;
}
