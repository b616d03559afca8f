/**
 * «Legg til i kalender»: an `.ics` file for one meeting, written by the iCalendar module (fetched on the first
 * press, with the schema's texts in the reader's language) and handed to the browser as a download.
 */
import { loadLocale, type Locale } from '@kommune-widgets/core';
import type { Meetings } from '@kommune-widgets/schema';

export interface ExportOptions {
  kommuneNummer: string;
  kommuneNavn?: string | undefined;
  /** The address that opens this meeting in the widget. */
  pageUrl: string;
  /** The widget's language, for the file's labels. */
  locale: Locale;
  /** The language picked from the kommune's texts. */
  textLocale: string;
  /** Runs `fn` with `msg()` speaking the widget's language. */
  localized: <T>(fn: () => T) => T;
}

/** Writes the meeting's `.ics` and starts its download; rejects when the module could not be fetched. */
export async function downloadMeeting(section: Meetings, meetingId: string, options: ExportOptions): Promise<Blob> {
  // The file's labels ("Direktesending", "Møtet i møteportalen") are the schema's texts: its catalogue comes too.
  const [{ meetingToIcs }] = await Promise.all([import('@kommune-widgets/schema/icalendar'), loadLocale(options.locale, ['issues'])]);
  const ics = options.localized(() =>
    meetingToIcs(section, meetingId, {
      kommuneNummer: options.kommuneNummer,
      ...(options.kommuneNavn ? { kommuneNavn: options.kommuneNavn } : {}),
      pageUrl: options.pageUrl,
      dtstamp: new Date(),
      locale: options.textLocale,
    }),
  );
  const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' });
  saveFile(blob, `${meetingId}.ics`);
  return blob;
}

/** Hands `blob` to the browser as a download named `fileName`. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
