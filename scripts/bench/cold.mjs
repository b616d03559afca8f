/* global performance */
// One cold page load: a fresh browser context (empty cache, no compiled code, no ICU data loaded), the CPU throttled
// through the DevTools protocol when asked, navigation to the page, and the harness's "painted" time.

/** How long a page may take to paint before the bench gives up on it. */
export const PAINT_TIMEOUT_MS = 30_000;

/** Rejects after `ms` with the error `message()` describes, unless `promise` settles first. */
export function within(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message())), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The bytes the page fetched, from Resource Timing: `encodedBodySize` is the body as it came over the wire (gzip),
 * without headers. Waits until no new resource has finished for `quietMs`, so modules fetched late are counted too.
 */
async function fetchedBytes(tab, painted, quietMs) {
  return tab.evaluate(
    async ({ painted, quietMs }) => {
      const entries = () => performance.getEntriesByType('resource');
      let count = -1;
      while (count !== entries().length) {
        count = entries().length;
        await new Promise((resolve) => setTimeout(resolve, quietMs));
      }
      const [navigation] = performance.getEntriesByType('navigation');
      const bytes = { js: 0, jsFiles: 0, jsAfterPaint: 0, json: 0, html: navigation.encodedBodySize };
      for (const entry of entries()) {
        const path = new URL(entry.name).pathname;
        if (/\.m?js$/.test(path)) {
          bytes.js += entry.encodedBodySize;
          bytes.jsFiles += 1;
          if (entry.responseEnd > painted) bytes.jsAfterPaint += entry.encodedBodySize;
        } else if (path.endsWith('.json')) bytes.json += entry.encodedBodySize;
      }
      return bytes;
    },
    { painted, quietMs },
  );
}

/**
 * Loads `page` (`{ path, label }`) from `origin` in a fresh context of `browser`, with the CPU slowed `rate` times.
 * Resolves to `{ painted }` (ms from navigation start), plus `bytes` when `measureBytes`.
 */
export async function coldLoad(browser, origin, page, { rate = 1, measureBytes = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    // What went wrong, should the page never paint: console errors, uncaught errors, failed requests.
    const problems = [];
    tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    tab.on('pageerror', (error) => problems.push(String(error)));
    tab.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
    const explain = (text) => [`${page.label} (${page.path}): ${text}`, ...problems.map((p) => `  ${p}`)].join('\n');
    if (rate !== 1) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    await tab.goto(origin + page.path, { waitUntil: 'domcontentloaded', timeout: PAINT_TIMEOUT_MS });
    const result = await within(
      tab.evaluate(() => window.__bench.done),
      PAINT_TIMEOUT_MS,
      () => explain(`not painted within ${PAINT_TIMEOUT_MS / 1000} s`),
    );
    if (result.error) throw new Error(explain(result.error));
    const bytes = measureBytes ? await fetchedBytes(tab, result.painted, 300) : undefined;
    return { painted: result.painted, bytes };
  } finally {
    await context.close();
  }
}
