/**
 * Recovery codes: 10 per enrolment, shown once, stored only as SHA-256 hashes; each works once. A code is 10
 * characters from an alphabet without look-alikes, written `xxxxx-xxxxx`; case and dashes are ignored when typed.
 */
import { createHash, randomBytes } from 'node:crypto';

/** How many recovery codes an enrolment makes. */
export const RECOVERY_CODE_COUNT = 10;

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** New codes, as shown to the user. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Whether `text` has the shape of a recovery code. */
export function looksLikeRecoveryCode(text: string): boolean {
  return /^[a-z0-9]{10}$/.test(normalize(text));
}

const normalize = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');

/** The stored form of a code: SHA-256 (hex) of it normalized. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalize(code)).digest('hex');
}
