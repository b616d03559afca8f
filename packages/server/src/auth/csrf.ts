/**
 * CSRF protection for `/admin/api`: every POST, PUT, PATCH and DELETE must come from the server's own origin (the
 * `Origin` header's host is the request's `Host`), and, within a session, carry the session's token in `X-CSRF-Token`.
 */
import { timingSafeEqual } from 'node:crypto';

/** The header that carries the session's CSRF token. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** Methods that change something and so need the checks. */
export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether `origin` (the `Origin` header) names this server, reached as `host` (the `Host` header). */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined || host === undefined) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.host === host;
  } catch {
    return false;
  }
}

/** Whether `sent` (the header) is the session's `expected` token, compared in constant time. */
export function csrfTokenMatches(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
