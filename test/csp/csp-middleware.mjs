import { readFile } from 'node:fs/promises';

/** The strict policy the widgets promise to work under (SPEC §7), with Trusted Types required. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Serves the pages under /test/csp/ as they are (the dev server's transforms would add inline scripts)
 * with the strict Content-Security-Policy header.
 */
export async function cspHeaders(context, next) {
  if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
    context.type = 'text/html';
    context.set('Content-Security-Policy', STRICT_CSP);
    context.body = await readFile(`.${context.path}`, 'utf8');
    return;
  }
  await next();
}
