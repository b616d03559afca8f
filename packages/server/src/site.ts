/**
 * Static files served beside the API, for `npm start`: the demo page, the built widgets and the example documents
 * come from the same origin as `/api/v1`, so the demo's `report.endpoint` is the relative `/api/v1`.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

/** One folder served under a path prefix (`/dist/cdn/` → `dist/cdn/`). */
export interface SiteRoute {
  /** The URL path prefix, beginning and ending with `/`. */
  prefix: string;
  /** The folder it maps to. */
  dir: string;
}

/** What {@link siteHandler} serves, and under which policy. */
export interface SiteOptions {
  /** Tried in order; the first prefix that matches serves the request. */
  routes: readonly SiteRoute[];
  /** The page's `Content-Security-Policy` (the API's own policy forbids everything). */
  contentSecurityPolicy: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves GET and HEAD for files below the routes' folders (never above them); anything else goes on. */
export function siteHandler(site: SiteOptions): MiddlewareHandler {
  const routes = site.routes.map((route) => ({ prefix: route.prefix, dir: resolve(route.dir) }));
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/api/')) return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    const route = routes.find((r) => path.startsWith(r.prefix));
    if (!route || path.includes('\0')) return next();
    let file = normalize(join(route.dir, path.slice(route.prefix.length)));
    if (file !== route.dir && !file.startsWith(route.dir + sep)) return next();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      return new Response(c.req.method === 'HEAD' ? null : body, {
        headers: {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': site.contentSecurityPolicy,
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return next();
    }
  };
}
