/** The time zone every date in a kommune document is read and shown in. */
export const KOMMUNE_TIME_ZONE = 'Europe/Oslo';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

let osloParts: Intl.DateTimeFormat | undefined;

/** Minutes Oslo was ahead of UTC at `epochMs`, asked of the browser's time zone data (slow the first time). */
function osloOffsetFromIntl(epochMs: number): number {
  osloParts ??= new Intl.DateTimeFormat('en-US', {
    timeZone: KOMMUNE_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts = Object.fromEntries(osloParts.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/** The first year Norway kept the EU's summer time (ending on the last Sunday of October rather than September). */
const EU_SUMMER_TIME_SINCE = 1996;

/** 01:00 UTC on the last Sunday of `month` (0–11) of `year`: when EU summer time starts (March) and ends (October). */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * Minutes Oslo is ahead of UTC at the instant `epochMs`: 60 in winter, 120 in summer time, which since 1996 runs
 * from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (the tz database's rule for
 * Europe/Oslo). Worked out, not asked of `Intl`, whose time zone data costs tens of milliseconds to load on a cold
 * page; earlier dates, with Norway's older rules, are asked of `Intl`. Should Norway stop changing its clocks, this
 * function must change with it.
 */
function osloOffsetMinutes(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  if (!(year >= EU_SUMMER_TIME_SINCE)) return osloOffsetFromIntl(epochMs);
  const summer = epochMs >= lastSundayAt0100Utc(year, 2) && epochMs < lastSundayAt0100Utc(year, 9);
  return summer ? 120 : 60;
}

/** Oslo's wall clock at `date`: the calendar date and time of day a reader in Norway sees. */
export interface OsloWallTime {
  year: number;
  /** 0–11. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * What Oslo's wall clock shows at `date` (seconds dropped, as a clock shows them), worked out without `Intl`;
 * `undefined` before 1996 and for an invalid date (`Intl` knows Norway's older rules).
 */
export function osloWallTime(date: Date): OsloWallTime | undefined {
  const epochMs = date.getTime();
  if (!(new Date(epochMs).getUTCFullYear() >= EU_SUMMER_TIME_SINCE)) return undefined;
  const wall = new Date(epochMs + osloOffsetMinutes(epochMs) * 60000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth(),
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

/** The instant at which Oslo's wall clock shows the given time. */
function fromOsloWallTime(y: number, mo: number, d: number, h: number, mi: number, s: number): Date {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  let instant = wall - osloOffsetMinutes(wall) * 60000;
  // Around a DST change the first guess can be an hour off; one correction settles it.
  instant = wall - osloOffsetMinutes(instant) * 60000;
  return new Date(instant);
}

/**
 * Reads an ISO 8601 date or date-time from a kommune document.
 * A date-time without an offset, and a date alone, are Oslo time; a date alone is the start
 * of that day, or its end with `endOfDay` (a deadline "2026-12-01" lasts the whole day).
 * Returns `undefined` for text that is not such a date.
 */
export function parseKommuneDate(value: string, { endOfDay = false } = {}): Date | undefined {
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [, y, m, d] = dateOnly.map(Number) as [number, number, number, number];
    return endOfDay ? new Date(fromOsloWallTime(y, m, d + 1, 0, 0, 0).getTime() - 1) : fromOsloWallTime(y, m, d, 0, 0, 0);
  }
  const dateTime = DATE_TIME.exec(value);
  if (!dateTime) return undefined;
  if (dateTime[7]) {
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
  }
  const [y, m, d, h, mi, s] = dateTime.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  return fromOsloWallTime(y, m, d, h, mi, s);
}

/** True when the document value carries a time of day, not only a date. */
export function hasTimeOfDay(value: string): boolean {
  return value.includes('T');
}
