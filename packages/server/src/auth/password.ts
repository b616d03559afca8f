/**
 * Password hashes: scrypt from `node:crypto`, stored as `scrypt$N$r$p$salt$hash` (salt and hash in base64), so the
 * parameters can grow later while old hashes still verify. Verification compares in constant time.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** The shortest password the server accepts. */
export const MIN_PASSWORD_LENGTH = 12;

/** Whether `password` is long enough to be accepted (in characters, not bytes): the one rule, for the CLI and the inbox. */
export const passwordLongEnough = (password: string) => [...password].length >= MIN_PASSWORD_LENGTH;

const N = 16384;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

const derive = (password: string, salt: Buffer, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

/** The scrypt hash of `password` with a fresh 16-byte salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Whether `password` matches `stored`; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const expected = Buffer.from(parts[5]!, 'base64');
  if (!(n > 1 && r > 0 && p > 0) || expected.length !== KEY_BYTES) return false;
  const key = await derive(password, Buffer.from(parts[4]!, 'base64'), { N: n, r, p });
  return timingSafeEqual(key, expected);
}

/** A hash no password matches, verified against when the account does not exist (so both take the same time). */
export const DUMMY_HASH = `scrypt$${N}$${R}$${P}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_BYTES).toString('base64')}`;

/** A random password of 20 characters from an alphabet without look-alikes (for `--generate-password` and the demo). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
