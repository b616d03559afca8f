/**
 * The calendar's reader for iCalendar feeds (`text/calendar`), as meeting systems publish them. ical.js and the
 * conversion are fetched only when a feed is met; a page with JSON never loads them.
 */
import type { DataReader } from '@kommune-widgets/core';

const BEGIN = 'BEGIN:VCALENDAR';

export const icalendarReader: DataReader = {
  name: 'icalendar',
  contentTypes: ['text/calendar'],
  sniff: (bytes) => {
    let start = 0;
    // A byte order mark and blank lines may come first.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    while (bytes[start] === 0x0d || bytes[start] === 0x0a || bytes[start] === 0x20) start++;
    return String.fromCharCode(...bytes.subarray(start, start + BEGIN.length)).toUpperCase() === BEGIN;
  },
  load: async () => {
    const { readIcalendar } = await import('@kommune-widgets/schema/icalendar');
    return (bytes) => readIcalendar(bytes);
  },
};
