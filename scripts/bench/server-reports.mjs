// The server bench: sustained durable `POST /api/v1/reports` per second and latency, with wrk (or autocannon where
// this machine has no wrk: scripts/bench/wrk.mjs) against the real server on loopback. The server (startServer +
// openSqliteStorage on a temporary SQLite file, WAL, synchronous=FULL, logging on) runs in a child process so that it
// does not share an event loop with the load generator; the two still share the machine's cores. Every request is a
// new report (~2 KB, valid) with a new Idempotency-Key, from the kommune's own origin; validation, idempotency and
// rate limiting are on, the limits raised. Only `201` answers count. A report is one write (Storage.submitReport). The
// same run measures the same server committing each write on its own (no group commit: one commit per report) as the
// peer.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { BENCH_ORIGIN, benchReport } from './server-reports-config.mjs';
import { profileArgs, startBenchChild } from './server-child.mjs';
import { ratio, table } from './stats.mjs';
import { load, loadGenerator } from './wrk.mjs';

/** The target: durable reports per second on this 2-core machine. */
export const TARGET_PER_SECOND = 3000;
const CHILD = fileURLToPath(new URL('./server-reports-child.mjs', import.meta.url));
const BUILT = fileURLToPath(new URL('../../packages/server/dist/index.js', import.meta.url));

/** Start the server child on `db` in `mode` (group or single); resolves to `{ url, pragmas, stats(), close() }`. */
const startChild = (db, mode, execArgv) => startBenchChild(CHILD, [db, mode], execArgv);

/** POSTing `body` for `seconds` against `url`: each request a new Idempotency-Key. */
function post(url, { seconds, connections, body }) {
  return load({ url: `${url}/api/v1/reports`, seconds, connections, body, headers: { origin: BENCH_ORIGIN } });
}

/** One server mode: warm-up, a measured run, and the rows in the database checked against the `201`s. */
async function measure(mode, { seconds, warmup, connections, body, profileDir }) {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-server-'));
  const db = join(dir, 'reports.sqlite');
  const execArgv = profileArgs(profileDir && { dir: profileDir, name: `server-${mode}` });
  const server = await startChild(db, mode, execArgv);
  try {
    const warm = warmup > 0 ? await post(server.url, { seconds: warmup, connections, body }) : undefined;
    const before = await server.stats();
    const result = await post(server.url, { seconds, connections, body });
    const after = await server.stats();
    await server.close();
    const created = result.statusCodeStats['201']?.count ?? 0;
    const others = Object.entries(result.statusCodeStats)
      .filter(([code]) => code !== '201')
      .map(([code, { count }]) => `${count} × ${code}`);
    const reader = new Database(db, { readonly: true });
    const rows = reader.prepare('SELECT count(*) AS n FROM reports').get().n;
    const integrity = reader.pragma('integrity_check', { simple: true });
    reader.close();
    const warmCreated = warm?.statusCodeStats['201']?.count ?? 0;
    return {
      mode,
      pragmas: server.pragmas,
      perSecond: created / seconds,
      created,
      others: [
        ...others,
        ...(result.errors ? [`${result.errors} errors`] : []),
        ...(result.timeouts ? [`${result.timeouts} timeouts`] : []),
      ],
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      writesPerCommit: (after.ops - before.ops) / Math.max(1, after.commits - before.commits),
      commitsPerSecond: (after.commits - before.commits) / seconds,
      commitMsEach: (after.commitMs - before.commitMs) / Math.max(1, after.commits - before.commits),
      commitShare: (after.commitMs - before.commitMs) / (seconds * 1000),
      sqlShare: (after.bodyMs - before.bodyMs) / (seconds * 1000),
      cpuMsPerReport: (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000 / Math.max(1, created),
      rowsMatch: rows >= created + warmCreated,
      rows,
      integrity,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Run the server bench and print its table. `quick`: shorter runs (CI). `profileDir`: write the server's CPU profiles
 * there (`node --cpu-prof`).
 */
export async function serverReportsBench({ quick = false, markdown = false, profileDir, print = console.log } = {}) {
  if (!existsSync(BUILT)) {
    print('\nServer bench skipped: packages/server is not built (run npm run build first).');
    return undefined;
  }
  const body = JSON.stringify(benchReport());
  const connections = Number(process.env.BENCH_SERVER_CONNECTIONS) || 64;
  const group = await measure('group', { seconds: quick ? 4 : 15, warmup: quick ? 1 : 3, connections, body, profileDir });
  const single = await measure('single', { seconds: quick ? 3 : 8, warmup: 1, connections, body, profileDir });
  const { journal_mode: journal, synchronous } = group.pragmas;
  print(
    `\nDurable POST /api/v1/reports: ${loadGenerator()}, ${connections} connections on loopback against the real server in its own process` +
      ` (startServer + openSqliteStorage, temporary file), PRAGMA journal_mode=${journal}, synchronous=${synchronous}` +
      `${synchronous === 2 ? ' (FULL)' : ''}, cache_size=${group.pragmas.cache_size}; a ${Buffer.byteLength(body)} B report per request, each with a new Idempotency-Key;` +
      ' validation, idempotency and rate limiting on (limits raised; all of a report in one write), request log on.' +
      ' Only 201 answers count.' +
      " «time in COMMIT / SQL»: share of the server process's wall time blocked in COMMIT (WAL write + fsync) and in" +
      " the writes' SQL; the rest is HTTP, validation and waiting. «server CPU ms/201»: the server process's CPU time" +
      ' (user + system) per stored report.',
  );
  const row = (r, label) => [
    label,
    r.perSecond.toFixed(0),
    `${r.p50} / ${r.p99} / ${r.max}`,
    r.writesPerCommit.toFixed(1),
    r.commitsPerSecond.toFixed(0),
    r.commitMsEach.toFixed(2),
    `${(100 * r.commitShare).toFixed(0)} % / ${(100 * r.sqlShare).toFixed(0)} %`,
    r.cpuMsPerReport.toFixed(2),
    r.others.length ? r.others.join(', ') : 'none',
    `${r.rowsMatch ? 'yes' : 'NO'}, ${r.integrity}`,
  ];
  print(
    table(
      [
        { title: 'server' },
        { title: '201/s' },
        { title: 'latency p50 / p99 / max ms' },
        { title: 'writes/commit' },
        { title: 'commits/s' },
        { title: 'ms per COMMIT' },
        { title: 'time in COMMIT / SQL' },
        { title: 'server CPU ms/201' },
        { title: 'other answers' },
        { title: 'all 201s stored, integrity' },
      ],
      [row(group, 'group commit'), row(single, 'one commit per report (peer)')],
      { markdown },
    ),
  );
  const verdict = group.perSecond >= TARGET_PER_SECOND ? 'met' : 'MISSED';
  print(
    `Target ≥ ${TARGET_PER_SECOND} durable reports/s: ${verdict} (${group.perSecond.toFixed(0)}/s, ` +
      `${ratio(group.perSecond / single.perSecond)} the peer without group commit).`,
  );
  return { group, single, verdict };
}
