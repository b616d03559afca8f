// The end-to-end tests' setting, as `npm start` runs it: the demo page and the inbox served by the real server on a
// SQLite file in a temporary folder, and a page of Debian's Chromium (puppeteer-core) whose script errors are kept.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer, withDemo, silentLogger } from '../../packages/server/dist/index.js';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../../scripts/find-chromium.mjs';
import { DEMO_CSP, DEMO_ROUTES } from '../../scripts/demo-site.mjs';

/** A port nobody listens on now: the demo kommune's allowed origin names it, so it must be known before starting. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The demo server on `file` in a new temporary folder named from `prefix`, stopped and removed after test `t`.
 * @returns {Promise<{ dir: string, db: string, port: number, origin: string, server: Awaited<ReturnType<typeof startServer>> }>}
 */
export async function startDemo(t, prefix, file) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, file);
  const port = await freePort();
  const server = await startServer({
    config: withDemo({ kommuner: [] }, port),
    db,
    port,
    hostname: '127.0.0.1',
    log: silentLogger,
    site: { routes: DEMO_ROUTES, contentSecurityPolicy: DEMO_CSP },
  });
  t.after(() => server.close());
  return { dir, db, port, origin: `http://127.0.0.1:${port}`, server };
}

/**
 * A new page in headless Chromium, closed after test `t`, and the problems it reports: script errors, and console
 * errors other than the 401 the inbox gets when it asks for a session there is not yet.
 */
export async function openPage(t) {
  const chromium = findChromium();
  assert.ok(chromium, NO_CHROMIUM);
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && !/status of 401/.test(message.text()) && problems.push(message.text()));
  return { browser, page, problems };
}
