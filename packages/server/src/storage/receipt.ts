/** Receipt numbers a person can read aloud on the phone: `HT-2026-7K3Q9P`. */
import { randomInt } from 'node:crypto';

/** Digits and capitals without the look-alikes 0/O, 1/I/L and U. */
export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The receipt pattern: `HT-`, the year in Europe/Oslo, six characters of {@link RECEIPT_ALPHABET}. */
export const RECEIPT_PATTERN = /^HT-\d{4}-[2-9A-HJKMNP-TV-Z]{6}$/;

const osloYear = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' });

/** A new random receipt number for a report received at `at`. */
export function newReceipt(at: Date): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return `HT-${osloYear.format(at)}-${code}`;
}
