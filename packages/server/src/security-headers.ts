/** Headers every answer carries: the API answers JSON only, so nothing in it may run, frame or be sniffed. */
import type { MiddlewareHandler } from 'hono';

/** The security headers and their values. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Sets {@link SECURITY_HEADERS} on every answer, errors included. A page served beside the API (`npm start`'s demo)
 * brings its own `Content-Security-Policy`, which is kept.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (name === 'Content-Security-Policy' && c.res.headers.has(name)) continue;
    c.res.headers.set(name, value);
  }
};
