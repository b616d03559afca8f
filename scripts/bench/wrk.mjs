// The server benches' load generator: wrk (Debian's package, written in C) when this machine has it, else autocannon
// in the bench's own process. On a 2-core machine the load generator shares the cores with the server it measures;
// autocannon (JavaScript) costs about as much CPU per request as the server's answer, wrk a small part of it, so wrk
// measures the server and not the generator. Both give the same shape of result: answers by status, errors, timeouts,
// and latency p50 / p99 / max in ms.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SCRIPT = fileURLToPath(new URL('./wrk.lua', import.meta.url));

/** Whether `wrk` is on the PATH (BENCH_LOAD=autocannon forces autocannon). */
export function hasWrk() {
  if (process.env.BENCH_LOAD === 'autocannon') return false;
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version prints its usage and exits 1: it is there
    return error.code !== 'ENOENT';
  }
}

/** The generator the benches use on this machine, for their descriptions. */
export const loadGenerator = () => (hasWrk() ? 'wrk 4 (1 thread)' : 'autocannon (in the bench process)');

/** Each run's requests are numbered from a block of their own, so no Idempotency-Key repeats between runs. */
let nextBlock = 0;

/**
 * Run wrk with one thread and `connections` connections for `seconds` against `url`.
 * `pledge: { first, startedAt }` makes every request a new signature; `body` POSTs that body with a new
 * Idempotency-Key each (scripts/bench/wrk.lua). `rate`: paced at that many requests per second (POSTs only).
 * @returns {Promise<{ statusCodeStats: Record<string, { count: number }>, errors: number, timeouts: number, latency: { p50: number, p99: number, max: number } }>}
 */
function runWrk({ url, seconds, connections, headers = {}, pledge, body, rate }) {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', SCRIPT];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  args.push(url);
  const dir = body === undefined ? undefined : mkdtempSync(join(tmpdir(), 'kw-bench-wrk-'));
  const pace = rate ? [String(rate)] : [];
  if (pledge) args.push('--', 'pledge', String(pledge.first), pledge.startedAt, ...pace);
  if (dir) {
    writeFileSync(join(dir, 'body'), body);
    nextBlock += 100_000_000;
    args.push('--', 'body', String(nextBlock), join(dir, 'body'), ...pace);
  }
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      const line = out.split('\n').find((l) => l.startsWith('WRK-RESULT '));
      if (code !== 0 || !line) return reject(new Error(`wrk exited ${code}: ${out.slice(-500)}`));
      const r = JSON.parse(line.slice('WRK-RESULT '.length));
      const ms = (us) => Math.round(us / 100) / 10;
      resolve({
        statusCodeStats: Object.fromEntries(Object.entries(r.statuses).map(([status, count]) => [status, { count }])),
        errors: r.errors.connect + r.errors.read + r.errors.write,
        timeouts: r.errors.timeout,
        latency: { p50: ms(r.latencyUs.p50), p99: ms(r.latencyUs.p99), max: ms(r.latencyUs.max) },
      });
    });
  });
}

/** The same with autocannon; `pledge.body(n)` gives signature number n's body. */
async function runAutocannon({ url, seconds, connections, method = 'GET', headers = {}, pledge, body, rate }) {
  const { randomUUID } = await import('node:crypto');
  let n = pledge?.first ?? 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method,
    headers,
    ...(rate ? { overallRate: rate } : {}),
    ...(body === undefined
      ? {}
      : {
          body,
          requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }) }],
        }),
    ...(pledge
      ? {
          requests: [
            {
              setupRequest: (request) => ({
                ...request,
                headers: { ...request.headers, 'idempotency-key': randomUUID() },
                body: JSON.stringify(pledge.body(n++)),
              }),
            },
          ],
        }
      : {}),
  });
  return {
    statusCodeStats: result.statusCodeStats,
    errors: result.errors,
    timeouts: result.timeouts,
    latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  };
}

/**
 * Load `url` for `seconds` with `connections` connections: GETs; with `pledge: { first, startedAt, body }`, POSTs of
 * new signatures numbered from `first`; with `body` (JSON text), POSTs of that body. Every POST has a new
 * Idempotency-Key. With `rate`, POSTs are paced at that many per second rather than sent as fast as answers come.
 */
export function load(options) {
  const post = options.pledge !== undefined || options.body !== undefined;
  const headers = post ? { 'Content-Type': 'application/json', ...options.headers } : options.headers;
  if (hasWrk()) return runWrk({ ...options, headers });
  return runAutocannon({ ...options, method: post ? 'POST' : 'GET', headers });
}

/** How many answers of `result` (from {@link load}) had `status`. */
export const answered = (result, status) => result?.statusCodeStats[status]?.count ?? 0;

/** The answers of `result` other than `status`, its errors and its timeouts, as text («3 × 429»). */
export const otherAnswers = (result, status) => [
  ...Object.entries(result.statusCodeStats)
    .filter(([code]) => code !== status)
    .map(([code, { count }]) => `${count} × ${code}`),
  ...(result.errors ? [`${result.errors} errors`] : []),
  ...(result.timeouts ? [`${result.timeouts} timeouts`] : []),
];
