/** The time zone every date in a kommune document is read and shown in. */
export const KOMMUNE_TIME_ZONE = 'Europe/Oslo';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

let osloParts: Intl.DateTimeFormat | undefined;

/**
 * Offsets already asked of `Intl`, by UTC hour: Oslo's offset changes only on the hour, and `formatToParts` is the
 * costly part of reading ten thousand meeting times.
 */
const offsetByHour = new Map<number, number>();
const HOUR = 3_600_000;

/** Minutes Oslo is ahead of UTC at the instant `epochMs`. */
function osloOffsetMinutes(epochMs: number): number {
  const hour = Math.floor(epochMs / HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = osloOffsetFromIntl(hour * HOUR);
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** {@link osloOffsetMinutes} as `Intl` reports it. */
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

/** The Oslo wall time of an instant as `YYYY-MM-DDThh:mm`, which sorts as text (the offset from the hourly cache). */
export function osloWallTime(instant: Date): string {
  const ms = instant.getTime();
  return new Date(ms + osloOffsetMinutes(ms) * 60000).toISOString().slice(0, 16);
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
