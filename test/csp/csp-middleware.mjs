import { readFile } from 'node:fs/promises';

/** The strict policy the widgets promise to work under (SPEC §7), with Trusted Types required. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Serves the pages under /test/csp/, and the pages shipped in dist/cdn/ (embed.html, editor/index.html), as they are
 * (the dev server's transforms would add inline scripts) with the strict Content-Security-Policy header; and `/test/csp/pasted?snippet=…&csp=…`, a blank page with only
 * `snippet` in its body, under the policy `csp` (a `Content-Security-Policy: …` line as the editors' page writes it):
 * what a web editor gets who pastes the snippet and gives the line to the site's IT.
 */
export async function cspHeaders(context, next) {
  if (context.path === '/test/csp/pasted') {
    const url = new URL(context.url, 'http://localhost');
    context.type = 'text/html';
    context.set('Content-Security-Policy', (url.searchParams.get('csp') ?? '').replace(/^Content-Security-Policy:\s*/i, ''));
    context.body = `<!doctype html>
<html lang="nb">
  <head><meta charset="utf-8" /><title>Pasted snippet</title><script src="/test/csp/host.js"></script></head>
  <body>
${url.searchParams.get('snippet') ?? ''}
  </body>
</html>`;
    return;
  }
  // The pages shipped in dist/cdn/ (the embed page, the editors' page) as a site serves them.
  const shipped = context.path === '/dist/cdn/embed.html' || context.path === '/dist/cdn/editor/index.html';
  if ((context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) || shipped) {
    context.type = 'text/html';
    context.set('Content-Security-Policy', STRICT_CSP);
    context.body = await readFile(`.${context.path}`, 'utf8');
    return;
  }
  await next();
}
