// A small static server for the benchmark: node:http on 127.0.0.1, gzip on, like the web server a kommune hosts
// dist/cdn/ on. Files are read and compressed once at start, so a rebuild during the run changes nothing under it.
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Every file under `root`, as [path relative to root with forward slashes, contents]. */
function filesUnder(root, dir = root) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(root, path));
    else out.push([relative(root, path).split(sep).join('/'), readFileSync(path)]);
  }
  return out;
}

/**
 * Starts the server. `mounts` maps a URL prefix (`/cdn/`) to a folder, `routes` maps a path to `{ body, type }`.
 * Resolves to `{ origin, close() }`. Every answer is gzipped (level 9, as `npm run size` counts) when the browser
 * asks for it, and `no-store`, so each fresh browser context fetches everything again.
 */
export async function startServer({ mounts = {}, routes = {} }) {
  const table = new Map();
  const add = (path, body, type) => {
    const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
    table.set(path, { raw, gzip: gzipSync(raw, { level: 9 }), type });
  };
  for (const [prefix, dir] of Object.entries(mounts)) {
    for (const [file, body] of filesUnder(dir)) add(prefix + file, body, TYPES[extname(file)] ?? 'application/octet-stream');
  }
  for (const [path, { body, type }] of Object.entries(routes)) add(path, body, type ?? TYPES[extname(path)]);

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = table.get(path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gzip : file.raw;
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** The gzip size of a served path, or undefined. */
    gzipSize: (path) => table.get(path)?.gzip.length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
