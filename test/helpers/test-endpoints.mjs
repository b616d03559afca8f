import { readFile } from 'node:fs/promises';

/**
 * Endpoints the browser tests use to play a slow or failing server:
 * `/__test/status/500` answers that status; `/__test/slow?ms=2000&file=/path.json` answers a file after a delay;
 * `/__test/text?body=...` answers the body as JSON content type (to serve malformed JSON).
 */
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
    context.type = 'application/json';
    context.body = url.searchParams.get('body') ?? '';
    return;
  }
  await next();
}
