/**
 * Content lines at the octet level (RFC 5545 §3.1): unfolding before UTF-8 is decoded, folding at 75 octets without
 * splitting a character, and the TEXT escapes for the extension properties ical.js leaves as they are.
 */

const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Joins folded lines: drops every CRLF or LF followed by one space or tab. Done on the bytes, because real exports
 * fold at 75 octets in the middle of a multi-byte character, which decoding the halves apart would destroy.
 */
export function unfoldBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    const next = bytes[i + 1];
    if (byte === CR && next === LF && (bytes[i + 2] === SPACE || bytes[i + 2] === TAB)) {
      i += 2;
      continue;
    }
    if (byte === LF && (next === SPACE || next === TAB)) {
      i += 1;
      continue;
    }
    out[length++] = byte;
  }
  return out.subarray(0, length);
}

/** The longest content line, in octets, without its line break. */
export const MAX_OCTETS = 75;

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * One content line folded so that no physical line is longer than 75 octets: a continuation line is a space and at
 * most 74 octets. A UTF-8 character is never split. (ical.js 2.2 folds by octets too, but gives each continuation
 * line 75 octets after its space, 76 in all.)
 */
export function foldLine(line: string): string {
  let result = '';
  let used = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = octets(char.codePointAt(0) as number);
    if (used + size > limit) {
      result += '\r\n ';
      used = 1;
      limit = MAX_OCTETS;
    }
    result += char;
    used += size;
  }
  return result;
}

/** Content lines as an iCalendar text: each folded, each ended by CRLF. */
export const joinLines = (lines: readonly string[]): string => lines.map((line) => `${foldLine(line)}\r\n`).join('');

/** A TEXT value escaped (backslash, semicolon, comma, newline), for a property ical.js does not know. */
export const escapeText = (value: string): string => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** The reverse of {@link escapeText}. */
export const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
