/** A meeting's date and time as the locale writes them, always in Oslo time. */
import { formatDate, hasTimeOfDay, isoDateTime, parseKommuneDate, type Locale } from '@kommune-widgets/core';
import type { IndexedMeeting } from './meeting-index.js';
import { dayAsDate } from './oslo-calendar.js';

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** "torsdag 10. desember 2026". */
export function formatDay(day: string, locale: Locale): string {
  return formatDate(dayAsDate(day), locale, DAY);
}

/** "desember 2026". */
export function formatMonth(month: string, locale: Locale): string {
  return formatDate(dayAsDate(`${month}-01`), locale, MONTH);
}

/** "18:00–22:00", "18:00", or "" for a meeting whose time is not set. */
export function formatTimeRange(entry: IndexedMeeting, locale: Locale): string {
  const { start, end } = entry.meeting;
  if (!hasTimeOfDay(start)) return '';
  const from = formatDate(parseKommuneDate(start)!, locale, TIME);
  if (!end || !hasTimeOfDay(end) || entry.end.slice(0, 10) !== entry.day) return from;
  return `${from}–${formatDate(parseKommuneDate(end)!, locale, TIME)}`;
}

/** The `datetime` of a `<time>` for the meeting's start. */
export function machineTime(entry: IndexedMeeting): string {
  return hasTimeOfDay(entry.meeting.start) ? isoDateTime(parseKommuneDate(entry.meeting.start)!) : entry.day;
}
