import { syntaxErrorLocation } from '@kommune-widgets/schema';
import { DataError } from '../errors.js';

/** Turns the bytes of a fetched file into the object a widget's schema parser reads. */
export type ReadData = (bytes: Uint8Array, url: string) => unknown;

/**
 * A way of reading a data file, registered by the widget that needs it (the meeting calendar reads iCalendar).
 * It gets the response's bytes, not decoded text: an iCalendar line folded inside a multi-byte character would be
 * corrupted by decoding before unfolding.
 */
export interface DataReader {
  /** A short name for messages and the console, e.g. `json` or `icalendar`. */
  readonly name: string;
  /** Media types this reader takes, without parameters (`text/calendar`). */
  readonly contentTypes: readonly string[];
  /** True when the bytes look like this format whatever the server called them (`BEGIN:VCALENDAR`). */
  sniff?(bytes: Uint8Array): boolean;
  /** The reading function; may load its module lazily, so a page without such files never fetches it. */
  load(): ReadData | Promise<ReadData>;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: false });

/** Decodes UTF-8 text (a byte order mark is dropped). */
export function decodeText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Parses JSON text, or throws a `parse` {@link DataError} saying on which line and character it broke. */
export function parseJson(text: string, url?: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const where = syntaxErrorLocation(text, error as Error);
    throw new DataError({
      kind: 'parse',
      ...(url ? { url } : {}),
      ...where,
      message: `Not valid JSON${url ? ` in ${url}` : ''}: ${(error as Error).message}`,
    });
  }
}

/** The default reader: JSON, in UTF-8. */
export const jsonReader: DataReader = {
  name: 'json',
  contentTypes: ['application/json'],
  sniff: (bytes) => {
    const start = decodeText(bytes.subarray(0, 64)).trimStart();
    return start.startsWith('{') || start.startsWith('[');
  },
  load: () => (bytes, url) => parseJson(decodeText(bytes), url),
};

/** The media type of a `Content-Type` header, lower-cased and without parameters; `+json` types count as JSON. */
function mediaType(contentType: string | null): string {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type.endsWith('+json') ? 'application/json' : type;
}

/**
 * Picks the reader for a response: the one that names its `Content-Type`, else the first whose sniff recognises
 * the bytes (meeting systems often serve `.ics` as `text/plain`), else JSON.
 */
export function chooseReader(readers: readonly DataReader[], contentType: string | null, bytes: Uint8Array): DataReader {
  const type = mediaType(contentType);
  const all = [...readers, jsonReader];
  return all.find((reader) => reader.contentTypes.includes(type)) ?? all.find((reader) => reader.sniff?.(bytes)) ?? jsonReader;
}
