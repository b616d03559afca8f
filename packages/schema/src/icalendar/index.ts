/**
 * @kommune-widgets/schema/icalendar — iCalendar (RFC 5545, RFC 7986) for the `meetings` section: reading the feeds
 * meeting systems publish, writing one meeting for «Legg til i kalender», and writing subscribable feeds. Built on
 * ical.js, so it is its own entry point: the schema's main module never imports it, and a widget loads it only when
 * it meets a feed or a visitor asks for a calendar file.
 */
export { readIcalendar, type ReadMeeting, type ReadOrganization } from './read.js';
export { meetingToIcs, writeFeeds, ALL_FEED, type Feed, type EventOptions } from './write.js';
export { unfoldBytes, foldLine } from './lines.js';
