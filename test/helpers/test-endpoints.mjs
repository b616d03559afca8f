import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';

/**
 * Endpoints the browser tests use to play a slow or failing server:
 * `/__test/status/500` answers that status; `/__test/slow?ms=2000&file=/path.json` answers a file after a delay;
 * `/__test/text?body=...&type=...` answers the body with the content type (JSON by default, to serve malformed JSON);
 * `/__test/fail-once?key=…&file=…` fails the first request per key with 503, then answers the file;
 * `/__test/stall?ms=…` sends the start of a JSON body at once and the rest after `ms`;
 * `/__test/bytes?hex=...&type=...` answers exactly those bytes (text folded inside a multi-byte character);
 * `/__test/hold?key=…&file=…` answers the file only once `/__test/release?key=…` was asked (at most 30 s): a page
 * whose load event waits for its own script, however slow the machine.
 */
const failedOnce = new Set();
/** Held answers by key, and keys released before their hold arrived. */
const held = new Map();
const released = new Set();

export async function testEndpoints(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname.startsWith('/__test/status/')) {
    context.status = Number(url.pathname.split('/').pop());
    context.body = 'failure on purpose';
    return;
  }
  if (url.pathname === '/__test/slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 1000)));
    context.type = 'application/json';
    context.body = await readFile(`.${url.searchParams.get('file')}`, 'utf8');
    return;
  }
  if (url.pathname === '/__test/text') {
    context.type = url.searchParams.get('type') ?? 'application/json';
    context.body = url.searchParams.get('body') ?? '';
    return;
  }
  if (url.pathname === '/__test/fail-once') {
    // Fails the first request for each key with 503, then answers the file: a retry is the only way to succeed.
    const key = url.searchParams.get('key') ?? '';
    if (!failedOnce.has(key)) {
      failedOnce.add(key);
      context.status = 503;
      context.body = 'failure on purpose';
      return;
    }
    context.type = 'application/json';
    context.body = await readFile(`.${url.searchParams.get('file')}`, 'utf8');
    return;
  }
  if (url.pathname === '/__test/stall') {
    // Headers and the start of a JSON body at once, the rest after `ms`: an answer that breaks off or comes too slowly.
    const body = new PassThrough();
    context.type = 'application/json';
    context.body = body;
    body.write('{"activities": [');
    setTimeout(() => body.end(']}'), Number(url.searchParams.get('ms') ?? 1000));
    return;
  }
  if (url.pathname === '/__test/release') {
    const key = url.searchParams.get('key') ?? '';
    released.add(key);
    held.get(key)?.();
    context.status = 204;
    return;
  }
  if (url.pathname === '/__test/hold') {
    const key = url.searchParams.get('key') ?? '';
    if (!released.has(key)) {
      await new Promise((resolve) => {
        held.set(key, resolve);
        setTimeout(resolve, 30000);
      });
    }
    held.delete(key);
    context.type = 'image/png';
    context.body = await readFile(`.${url.searchParams.get('file')}`);
    return;
  }
  if (url.pathname === '/__test/bytes') {
    context.type = url.searchParams.get('type') ?? 'application/octet-stream';
    context.body = Buffer.from(url.searchParams.get('hex') ?? '', 'hex');
    return;
  }
  await next();
}
