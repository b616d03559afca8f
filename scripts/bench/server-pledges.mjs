// The pledge bench: a campaign gone viral. Sustained durable `POST /api/v1/campaigns/:id/pledges` per second (each a
// new signature with an e-mail address, so each write stores the pledge, its confirmation mail and its idempotency
// record in one savepoint of the group commit; only `201` counts), and `GET /api/v1/campaigns/:id/pledges` per second
// from the server's cache of serialized pages (a list of 500 published signatures, first page of 100; no
// If-None-Match, so every answer is a full `200`, never a `304`). The load comes from wrk, or autocannon where this
// machine has no wrk (scripts/bench/wrk.mjs), against the real server on loopback, which runs in a child process; both
// share the machine's cores. The same POST load runs against PostgreSQL (a throwaway cluster, scripts/bench/postgres.mjs)
// served by two server processes sharing one port (scripts/bench/server-postgres-child.mjs), the rows counted afterwards
// as the cluster's superuser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { BENCH_CAMPAIGN, BENCH_ORIGIN, benchPledge } from './server-pledges-config.mjs';
import { profileArgs, startBenchChild } from './server-child.mjs';
import { NOT_STARTED, skippedLine } from './postgres.mjs';
import { pacedCells, postgresVerdict } from './server-reports.mjs';
import { table } from './stats.mjs';
import { answered, load, loadGenerator, otherAnswers } from './wrk.mjs';

/** The issue's targets on this 2-core machine: durable signatures per second, and list reads per second. */
export const POST_TARGET_PER_SECOND = 3000;
export const GET_TARGET_PER_SECOND = 20000;
/** Published signatures in the campaign the GET bench reads. */
const PUBLISHED = 500;
const CHILD = fileURLToPath(new URL('./server-pledges-child.mjs', import.meta.url));
const POSTGRES_CHILD = fileURLToPath(new URL('./server-postgres-child.mjs', import.meta.url));
const BARE_CHILD = fileURLToPath(new URL('./bare-http-child.mjs', import.meta.url));
const BUILT = fileURLToPath(new URL('../../packages/server/dist/index.js', import.meta.url));

/**
 * Start the server child on `db`, seeded with `published` signatures (or, with `bare`, the bare node:http peer
 * answering `bare` bytes); resolves to `{ url, pragmas, stats(), close() }`.
 */
function startChild(db, published, bare, profile) {
  return bare
    ? startBenchChild(BARE_CHILD, [String(bare)], profileArgs(profile))
    : startBenchChild(CHILD, [db, String(published)], profileArgs(profile));
}

/** Each run's signatures are numbered from its own block, so no name or key repeats between runs. */
let nextBlock = 0;
const startedAt = new Date(Date.now() - 12 * 60_000).toISOString();

/** POSTing new signatures (a new name and Idempotency-Key each) for `seconds`. */
function signing(url, { seconds, connections, rate }) {
  nextBlock += 100_000_000;
  return load({
    url: `${url}/api/v1/campaigns/${BENCH_CAMPAIGN}/pledges`,
    seconds,
    connections,
    rate,
    headers: { origin: BENCH_ORIGIN },
    pledge: { first: nextBlock, startedAt, body: (n) => benchPledge(n, startedAt) },
  });
}

/** GETting the first page of the public list for `seconds`. */
function reading(url, { seconds, connections }) {
  return load({ url: `${url}/api/v1/campaigns/${BENCH_CAMPAIGN}/pledges`, seconds, connections, headers: { origin: BENCH_ORIGIN } });
}

/** The POST run: warm-up, measured run, and the rows checked against the `201`s. */
async function measurePost({ seconds, warmup, connections, profileDir }) {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-pledges-'));
  const db = join(dir, 'pledges.sqlite');
  const server = await startChild(db, 0, undefined, profileDir && { dir: profileDir, name: 'server-pledges-post' });
  try {
    const warm = warmup > 0 ? await signing(server.url, { seconds: warmup, connections }) : undefined;
    const before = await server.stats();
    const result = await signing(server.url, { seconds, connections });
    const after = await server.stats();
    await server.close();
    const created = answered(result, '201');
    const warmCreated = answered(warm, '201');
    const reader = new Database(db, { readonly: true });
    const rows = reader.prepare('SELECT count(*) AS n FROM pledges').get().n;
    const mails = reader.prepare('SELECT count(*) AS n FROM mail_queue').get().n;
    const integrity = reader.pragma('integrity_check', { simple: true });
    reader.close();
    return {
      pragmas: server.pragmas,
      perSecond: created / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      writesPerCommit: (after.ops - before.ops) / Math.max(1, after.commits - before.commits),
      cpuMsPerAnswer: (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000 / Math.max(1, created),
      others: otherAnswers(result, '201'),
      stored: `${rows >= created + warmCreated && mails >= created + warmCreated ? 'yes' : 'NO'}, ${integrity}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The POST run against two server processes on PostgreSQL (a new database in the run's cluster). */
async function measurePostgresPost(postgres, { seconds, warmup, connections, pacedRate }) {
  const database = await postgres.createDatabase('bench_pledges');
  const start = await postgres.counters();
  const server = await startBenchChild(POSTGRES_CHILD, ['pledges', database.appUrl, database.ownerUrl]);
  let closed = false;
  try {
    const warm = warmup > 0 ? await signing(server.url, { seconds: warmup, connections }) : undefined;
    const before = await server.stats();
    const pgBefore = await postgres.counters();
    const waits = postgres.sampleWaits(database.name);
    const result = await signing(server.url, { seconds, connections });
    const waited = await waits();
    const after = await server.stats();
    const pgAfter = await postgres.counters();
    // Then paced at half of SQLite's rate: the latency a signatory meets at that load.
    const paced = await signing(server.url, { seconds, connections, rate: pacedRate });
    const pacedCreated = answered(paced, '201');
    await server.close();
    closed = true;
    const end = await postgres.counters();
    const created = answered(result, '201');
    const warmCreated = answered(warm, '201');
    const { rows, mails } = await postgres.asSuperuser(database.name, async (c) => ({
      rows: Number((await c.query('SELECT count(*) AS n FROM pledges')).rows[0].n),
      mails: Number((await c.query('SELECT count(*) AS n FROM mail_queue')).rows[0].n),
    }));
    const counted = created + warmCreated + pacedCreated;
    // Requests in flight when wrk stopped may be stored without their 201 being counted: at most one per connection.
    const match = (n) => n >= counted && n <= counted + 4 * connections;
    return {
      perSecond: created / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      writesPerCommit: counted / Math.max(1, end.walSyncs - start.walSyncs),
      cpuMsPerAnswer: (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000 / Math.max(1, created),
      postgresCpuMsPerAnswer: (pgAfter.cpuMs - pgBefore.cpuMs) / Math.max(1, created),
      others: otherAnswers(result, '201'),
      stored: `${match(rows) && match(mails) ? 'yes' : 'NO'}, ${rows} pledges and ${mails} mails for ${counted} 201s`,
      waited,
      paced: { perSecond: pacedCreated / seconds, p50: paced.latency.p50, p99: paced.latency.p99, max: paced.latency.max },
    };
  } finally {
    if (!closed) await server.close().catch(() => {});
  }
}

/**
 * The GET run: a campaign with {@link PUBLISHED} published signatures, warm-up, measured run; with `bare` (a byte
 * count), the same against the bare node:http peer.
 */
async function measureGet({ seconds, warmup, connections, bare, profileDir }) {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-pledges-'));
  const profile = profileDir && { dir: profileDir, name: bare ? 'bare-http-get' : 'server-pledges-get' };
  const server = await startChild(join(dir, 'pledges.sqlite'), PUBLISHED, bare, profile);
  try {
    const first = await fetch(`${server.url}/api/v1/campaigns/${BENCH_CAMPAIGN}/pledges`);
    const bytes = (await first.arrayBuffer()).byteLength;
    if (first.status !== 200) throw new Error(`the list answered ${first.status}`);
    if (warmup > 0) await reading(server.url, { seconds: warmup, connections });
    const before = await server.stats();
    const result = await reading(server.url, { seconds, connections });
    const after = await server.stats();
    await server.close();
    const ok = answered(result, '200');
    return {
      bytes,
      perSecond: ok / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      writesPerCommit: NaN,
      cpuMsPerAnswer: (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000 / Math.max(1, ok),
      others: otherAnswers(result, '200'),
      stored: `${after.commits - before.commits} commits`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Run the pledge bench and print its table. `quick`: shorter runs (CI). `profileDir`: write the server's (and the bare
 * peer's) CPU profiles there (`node --cpu-prof`).
 */
export async function serverPledgesBench({
  quick = false,
  markdown = false,
  profileDir,
  print = console.log,
  postgres = NOT_STARTED,
} = {}) {
  if (!existsSync(BUILT)) {
    print('\nPledge bench skipped: packages/server is not built (run npm run build first).');
    return undefined;
  }
  const connections = Number(process.env.BENCH_SERVER_CONNECTIONS) || 64;
  const post = await measurePost({ seconds: quick ? 4 : 15, warmup: quick ? 1 : 3, connections, profileDir });
  const get = await measureGet({ seconds: quick ? 4 : 10, warmup: quick ? 1 : 2, connections, profileDir });
  const bare = await measureGet({ seconds: quick ? 3 : 6, warmup: 1, connections, bare: get.bytes, profileDir });
  const onPostgres = postgres.postgres
    ? await measurePostgresPost(postgres.postgres, {
        seconds: quick ? 4 : 15,
        // A new database and two new processes: their first seconds are slower (the tables' first pages, plans,
        // the JIT), and the rate measured is the sustained one.
        warmup: quick ? 3 : 6,
        connections,
        pacedRate: Math.ceil(post.perSecond / 2),
      })
    : undefined;
  const { journal_mode: journal, synchronous } = post.pragmas;
  print(
    `\nPledges, a campaign gone viral: ${loadGenerator()}, ${connections} connections on loopback against the real server in its own process` +
      ` (startServer + openSqliteStorage, temporary file, PRAGMA journal_mode=${journal}, synchronous=${synchronous}` +
      `${synchronous === 2 ? ' (FULL)' : ''}, cache_size=${post.pragmas.cache_size}, request log on). POST: a new signature with an e-mail address per request, each` +
      ' with a new Idempotency-Key; validation, idempotency, duplicate check and rate limits on (limits raised); the pledge,' +
      ' its confirmation mail and its answer in one write of the group commit; only 201 counts. GET: the first page (100)' +
      ` of ${PUBLISHED} published signatures (${get.bytes} B) without If-None-Match, answered 200 from the server's cache;` +
      ' only 200 counts. Peer: a bare node:http server answering the same number of bytes to every request (no routing,' +
      " middleware or log): the ceiling Node's HTTP sets on this machine. «server CPU ms»: the server process's CPU time" +
      ' per counted answer.' +
      (onPostgres
        ? ` PostgreSQL: the same POST load against ${postgres.postgres.version} in a throwaway cluster (fsync and` +
          ' synchronous_commit on) on this machine, the server as two processes sharing one port (node:cluster, each' +
          ' startServer + openStorage on the server role, signatures stored in batches of one call each), as fast as answers' +
          ' come and then paced at half of SQLite’s rate; «writes/commit»: 201s per WAL flush (pg_stat_wal); «server CPU' +
          " ms»: both server processes and the primary, PostgreSQL's own processes in brackets; rows counted as the" +
          " cluster's superuser."
        : ''),
  );
  const row = (r, label) => [
    label,
    r.perSecond.toFixed(0),
    `${r.p50} / ${r.p99} / ${r.max}`,
    Number.isFinite(r.writesPerCommit) ? r.writesPerCommit.toFixed(1) : '–',
    `${r.cpuMsPerAnswer.toFixed(3)}${r.postgresCpuMsPerAnswer === undefined ? '' : ` (+${r.postgresCpuMsPerAnswer.toFixed(3)})`}`,
    r.others.length ? r.others.join(', ') : 'none',
    r.stored,
  ];
  print(
    table(
      [
        { title: 'request' },
        { title: 'answers/s' },
        { title: 'latency p50 / p99 / max ms' },
        { title: 'writes/commit' },
        { title: 'server CPU ms' },
        { title: 'other answers' },
        { title: 'stored, integrity' },
      ],
      [
        row(post, 'POST …/pledges, durable (201)'),
        row(get, 'GET …/pledges, cached (200)'),
        [...row(bare, 'GET, bare node:http peer (200)').slice(0, 6), '–'],
        ...(onPostgres
          ? [
              row(onPostgres, 'POST …/pledges, PostgreSQL, 2 processes (201)'),
              ['POST …/pledges, PostgreSQL, paced at half of SQLite’s rate', ...pacedCells(onPostgres.paced), '', '', '', ''],
            ]
          : []),
      ],
      { markdown },
    ),
  );
  const verdict = (value, target) => (value >= target ? 'met' : 'MISSED');
  print(
    `Targets: ≥ ${POST_TARGET_PER_SECOND} durable signatures/s ${verdict(post.perSecond, POST_TARGET_PER_SECOND)} (${post.perSecond.toFixed(0)}/s, p99 ${post.p99} ms); ` +
      `≥ ${GET_TARGET_PER_SECOND} list reads/s ${verdict(get.perSecond, GET_TARGET_PER_SECOND)} (${get.perSecond.toFixed(0)}/s, p99 ${get.p99} ms;` +
      ` ${(get.perSecond / Math.max(1, bare.perSecond)).toFixed(2)}× the bare node:http peer's ${bare.perSecond.toFixed(0)}/s).`,
  );
  if (onPostgres) {
    print(postgresVerdict(onPostgres, post));
    if (onPostgres.waited) print(`  PostgreSQL sessions busy during the run mostly waited on (samples every 100 ms): ${onPostgres.waited}`);
  } else print(skippedLine(postgres.skipped));
  return { post, get, bare, postgres: onPostgres };
}
