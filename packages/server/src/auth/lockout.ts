/**
 * Lockout after repeated sign-in failures, per account (a hash of the e-mail, whether or not the account exists) and
 * per client address (a salted hash): after 5 failures on an account (20 from one address, which a whole town hall
 * may share) the key is locked for 1 minute, then 2, 4, … up to 1 hour for each further failure. Failures are
 * forgotten 24 hours after the last one, and an account's on a successful sign-in.
 */
import { createHash } from 'node:crypto';
import type { AuthStore } from '../storage/types.js';

/** Failures allowed on one account before its first lock. */
export const FREE_ACCOUNT_FAILURES = 4;
/** Failures allowed from one client address before its first lock. */
export const FREE_ADDRESS_FAILURES = 19;
/** The first lock. */
export const FIRST_LOCK_MS = 60_000;
/** The longest lock. */
export const MAX_LOCK_MS = 60 * 60_000;
/** Failures older than this are forgotten. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60_000;

/** How long to lock `key` after its `count`th failure in a row: 0 while free, then 1 min, doubling, at most 1 h. */
export function lockMs(count: number, key: string): number {
  const free = key.startsWith('ip:') ? FREE_ADDRESS_FAILURES : FREE_ACCOUNT_FAILURES;
  if (count <= free) return 0;
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(count - free - 1, 16));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The failure keys of one attempt: the account's and the client address's. */
export function failureKeys(email: string, address: string, salt: string): { account: string; address: string } {
  return { account: `account:${sha256(email.trim().toLowerCase())}`, address: `ip:${sha256(`${salt}\0${address}`)}` };
}

/** Milliseconds to wait before either key may try again; 0 when neither is locked. */
export async function lockRemaining(store: AuthStore, keys: readonly string[], now: number): Promise<number> {
  return Math.max(0, (await store.lockedUntil(keys)) - now);
}

/** Count a failure under each key; returns the longest lock it set (0: none). */
export async function recordFailure(store: AuthStore, keys: readonly string[], now: number): Promise<number> {
  const until = await store.recordFailure(keys, now, FAILURE_MEMORY_MS, lockMs);
  return Math.max(0, ...until.map((u) => (u > 0 ? u - now : 0)));
}
