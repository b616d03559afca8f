/**
 * «Legg til i kalender»: an `.ics` file for one meeting, written by the iCalendar module (fetched on the first
 * press) and handed to the browser as a download.
 */
import type { Meetings } from '@kommune-widgets/schema';

export interface ExportOptions {
  kommuneNummer: string;
  kommuneNavn?: string | undefined;
  /** The address that opens this meeting in the widget. */
  pageUrl: string;
  locale: string;
}

/** Writes the meeting's `.ics` and starts its download; rejects when the module could not be fetched. */
export async function downloadMeeting(section: Meetings, meetingId: string, options: ExportOptions): Promise<Blob> {
  const { meetingToIcs } = await import('@kommune-widgets/schema/icalendar');
  const ics = meetingToIcs(section, meetingId, { ...options, dtstamp: new Date() });
  const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${meetingId}.ics`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return blob;
}
