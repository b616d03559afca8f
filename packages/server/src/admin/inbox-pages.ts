/**
 * The inbox's pages at `/admin/`: the built `@kommune-widgets/inbox` app (its `dist/app/` folder), served by the
 * server itself under a strict policy of its own: scripts, styles and requests from this origin only, images from
 * this origin or `data:` (the QR code at enrolment), no frames, no inline script or style.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem.js';
import { siteHandler } from '../site.js';
import { ADMIN_API } from './session-routes.js';

/** The inbox pages' `Content-Security-Policy`. */
export const INBOX_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The folder of the built inbox (`@kommune-widgets/inbox`'s `dist/app/`), or undefined when it is not installed. */
export function inboxAppDir(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('@kommune-widgets/inbox/package.json');
    return join(dirname(manifest), 'dist', 'app');
  } catch {
    return undefined;
  }
}

/** Serves the inbox's files under `/admin/` from `dir`; `/admin` goes to `/admin/`. */
export function inboxPages(dir: string | undefined): MiddlewareHandler {
  const files = dir === undefined ? undefined : siteHandler({ routes: [{ prefix: '/admin/', dir }], contentSecurityPolicy: INBOX_CSP });
  return async (c, next) => {
    const path = c.req.path;
    if (path === ADMIN_API || path.startsWith(`${ADMIN_API}/`) || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    if (path === '/admin') return c.redirect('/admin/', 301);
    if (!path.startsWith('/admin/')) return next();
    if (!files || !existsSync(join(dir!, 'index.html')))
      return problemResponse(503, 'unavailable', { detail: 'The inbox is not built: run `npm run build`.' });
    const answer = await files(c, async () => undefined);
    if (answer instanceof Response) {
      answer.headers.set('Cache-Control', 'no-store');
      return answer;
    }
    return problemResponse(404, 'not-found');
  };
}
