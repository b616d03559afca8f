/** A campaign's period: its `opens` and `closes` as instants, and whether it is upcoming, open or closed at a time. */

/** Where a campaign is at a given time. */
export type CampaignState = 'upcoming' | 'open' | 'closed';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/;

let oslo: Intl.DateTimeFormat | undefined;

/** Europe/Oslo's offset from UTC in minutes at the instant `ms` (made once: an Intl formatter is costly to build). */
function osloOffsetMinutes(ms: number): number {
  oslo ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const parts = Object.fromEntries(oslo.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const local = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
  );
  return Math.round((local - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** The instant of a wall-clock time in Europe/Oslo given as UTC fields. */
function fromOslo(localAsUtc: number): number {
  const first = localAsUtc - osloOffsetMinutes(localAsUtc) * 60_000;
  return localAsUtc - osloOffsetMinutes(first) * 60_000;
}

/**
 * The instant (ms since the epoch) of a campaign's `opens` (`end` false) or `closes` (`end` true): a bare date is the
 * start of that day in Europe/Oslo, or for `closes` its last millisecond (the whole day is inside); a date-time
 * without an offset is Europe/Oslo time. Undefined for text that is no ISO date.
 */
export function campaignInstant(value: string, end: boolean): number | undefined {
  const date = DATE.exec(value);
  if (date) return fromOslo(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]) + (end ? 1 : 0))) - (end ? 1 : 0);
  const local = LOCAL.exec(value);
  if (local) {
    const [, y, mo, d, h, mi, s, frac] = local;
    return fromOslo(
      Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((frac ?? '0').padEnd(3, '0'))),
    );
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A campaign's period as instants. */
export interface CampaignPeriod {
  /** The first moment signatures are taken (ms since the epoch). */
  opens: number;
  /** The last moment they are taken. */
  closes: number;
}

/** Where the campaign is at `now`. */
export function campaignState(period: CampaignPeriod, now: number): CampaignState {
  if (now < period.opens) return 'upcoming';
  return now <= period.closes ? 'open' : 'closed';
}
