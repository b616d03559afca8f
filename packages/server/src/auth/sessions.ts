/**
 * Sessions: a random token in the cookie `__Host-kw-session` (Secure, HttpOnly, SameSite=Strict, Path=/), stored
 * server-side only as its SHA-256. A session ends on sign-out, after 30 minutes without a request, and 21 hours after
 * sign-in, whichever comes first. The idle limit is the protection (warned, and extended with «Fortsett»); the absolute
 * one is longer than 20 hours so that it falls under WCAG 2.2.1's 20-hour exception.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AuthStore, SessionRecord } from '../storage/types.js';

/** The cookie's name; the `__Host-` prefix makes browsers require Secure, Path=/ and no Domain. */
export const SESSION_COOKIE = '__Host-kw-session';
/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** A session ends this long after sign-in, however active. */
export const SESSION_ABSOLUTE_MS = 21 * 60 * 60 * 1000;

/** The stored id of a cookie token. */
export const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new session for `userId`: the token for the cookie and the record to store. */
export function newSession(userId: number, now: number, limited: boolean): { token: string; record: SessionRecord } {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    record: {
      id: sessionId(token),
      userId,
      csrfToken: randomBytes(32).toString('base64url'),
      limited,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + SESSION_ABSOLUTE_MS,
    },
  };
}

/** The `Set-Cookie` value that carries `token`. */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=${SESSION_ABSOLUTE_MS / 1000}`;
}

/** The `Set-Cookie` value that removes the cookie. */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0`;
}

/** The session token in a `Cookie` header, if any. */
export function tokenFromCookie(header: string | undefined): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}

/**
 * The live session for `token` at `now`, its last activity recorded; an idle or expired session is deleted and
 * undefined returned.
 */
export async function resumeSession(store: AuthStore, token: string | undefined, now: number): Promise<SessionRecord | undefined> {
  if (token === undefined) return undefined;
  const session = await store.getSession(sessionId(token));
  if (!session) return undefined;
  if (now >= session.expiresAt || now - session.lastSeenAt >= SESSION_IDLE_MS) {
    await store.deleteSession(session.id);
    return undefined;
  }
  await store.touchSession(session.id, now);
  return { ...session, lastSeenAt: now };
}
