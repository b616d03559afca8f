/**
 * Calendar arithmetic in Oslo time: the day and month a meeting falls on, whatever the visitor's time zone.
 * Days are `YYYY-MM-DD` keys and months `YYYY-MM` keys, which sort as text.
 */
import { KOMMUNE_TIME_ZONE, osloWallTime } from '@kommune-widgets/core';

/**
 * A document date as Oslo wall time `YYYY-MM-DDThh:mm` (a date alone is `YYYY-MM-DD`). A value without an offset is
 * Oslo time already and is only cut, so ten thousand meetings are read without a formatter call each.
 */
export function wallTimeOf(value: string): string {
  if (!value.includes('T')) return value;
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(value)) return value.slice(0, 16);
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value.slice(0, 16) : osloWallTime(instant);
}

/** `YYYY-MM` of a day key. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The month `delta` months from `month` (`2026-12`, 1 → `2027-01`). */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The day `delta` days from `day`, in the calendar (no time zone involved). */
export function addDays(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
}

/** Number of days in a month key. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day of the week, Monday 0 … Sunday 6 (Norwegian weeks start on Monday). */
export function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The weeks of a month's table: whole weeks, Monday first, with the days of the months around it. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  const start = addDays(first, -weekday(first));
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  const weeks: string[][] = [];
  for (let day = start; day <= last || weeks.at(-1)?.length !== 7;) {
    if (!weeks.length || weeks.at(-1)!.length === 7) weeks.push([]);
    weeks.at(-1)!.push(day);
    day = addDays(day, 1);
    if (day > last && weeks.at(-1)!.length === 7) break;
  }
  return weeks;
}

/** A day key read as noon UTC on that day: an instant that is the same date in every time zone, for formatting. */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** Whether the visitor's own time zone is not Oslo's: the widget then says that times are Norwegian time. */
export function visitorOutsideOslo(): boolean {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone !== KOMMUNE_TIME_ZONE;
  } catch {
    return false;
  }
}
