/**
 * Europe/Oslo for iCalendar: the VTIMEZONE every written calendar carries, and the conversions between instants and
 * Oslo wall time. The rule is the EU one Norway has followed since 1996 (summer time from 01:00 UTC on the last Sunday
 * of March to 01:00 UTC on the last Sunday of October), computed here rather than by ical.js, whose conversion from
 * UTC to a VTIMEZONE's local time is an hour off right after each change.
 */

/** The time zone id the model's times without an offset are in. */
export const OSLO = 'Europe/Oslo';

/** The VTIMEZONE for {@link OSLO}, as content lines (the usual RRULE form, as tzurl.org and Google publish it). */
export const OSLO_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'X-LIC-LOCATION:Europe/Oslo',
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
];

const HOUR = 3_600_000;

/** Whether a TZID names Oslo, also in the prefixed forms some exporters write (`/Europe/Oslo`). */
export function isOsloTzid(tzid: string): boolean {
  return /(?:^|\/)Europe\/Oslo$/i.test(tzid.trim());
}

/** 01:00 UTC on the last Sunday of `month` (1–12) in `year`, in ms. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR;
}

/** Oslo's offset from UTC in ms at an instant. */
export function osloOffset(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  return instant >= lastSundayOneUtc(year, 3) && instant < lastSundayOneUtc(year, 10) ? 2 * HOUR : HOUR;
}

/** A calendar date and clock time without a zone. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Oslo wall time at an instant. */
export function osloWallTime(instant: number): WallTime {
  const shifted = new Date(instant + osloOffset(instant));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `YYYY-MM-DD`. */
export const formatDate = (t: Pick<WallTime, 'year' | 'month' | 'day'>): string => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;

/** The model's form of a date and time: `YYYY-MM-DDThh:mm`, with `:ss` only when the seconds are not zero. */
export const formatDateTime = (t: WallTime): string =>
  `${formatDate(t)}T${pad(t.hour)}:${pad(t.minute)}${t.second === 0 ? '' : `:${pad(t.second)}`}`;

/** The UTC form of an instant in the model: `YYYY-MM-DDThh:mm[:ss]Z`. */
export function formatUtc(instant: number): string {
  const d = new Date(instant);
  const wall: WallTime = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
  return `${formatDateTime(wall)}Z`;
}

/** A time of the model (see meetings.ts): a whole day, or a moment given as Oslo wall time. */
export type ModelTime = { kind: 'date'; date: string } | { kind: 'time'; wall: WallTime };

const MODEL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A model date or date-time as Oslo time: a date stays a date; a time without an offset is Oslo wall time already;
 * a time with `Z` or an offset is converted to Oslo wall time. `undefined` for anything else.
 */
export function toOsloTime(value: string): ModelTime | undefined {
  const m = MODEL_TIME.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) return { kind: 'date', date: value.slice(0, 10) };
  const wall: WallTime = { year, month, day, hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) };
  const zone = m[7];
  if (zone === undefined) return { kind: 'time', wall };
  const sign = zone.startsWith('-') ? -1 : 1;
  const offset = zone === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  const instant = Date.UTC(year, month - 1, day, wall.hour, wall.minute, wall.second) - offset;
  return { kind: 'time', wall: osloWallTime(instant) };
}

/** The `YYYY-MM-DD` date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
