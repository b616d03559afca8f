// The inbox bench: listing (`GET /admin/api/reports`) and reading one report (`GET /admin/api/reports/:receipt`, what
// the inbox's report page asks for) against the real server (startServer + openSqliteStorage, a temporary SQLite
// file, bodies sealed with a report key) holding 100 000 reports across 357 kommuner, sized like Norway's (Zipf: the
// largest holds about 15 %). Seeded through the storage API (Storage.submitReport, grouped into shared commits, with a
// clock that steps back two years), then statuses set with one SQL UPDATE (40 % closed, 10 % under behandling). A
// contact user of each measured kommune signs in (demo mode: no second factor) and adds two notes to each report it
// will read; then requests run one at a time, rotating over kommuner and filters, and over the reports read (30 per
// kommune, spread over its two years, another one at each read). Each listing and each reading is audited, so each
// request also commits one write. Prints p50 / p99 per case and overall for each, and the SQL alone (storage.inbox.list,
// or storage.getReport with storage.inbox.history, in the same process) to show where the time goes. With a cluster
// from scripts/bench/postgres.mjs, the same reports (one plan, the same kommuner, bodies, flags and times) go into
// PostgreSQL too, by multi-row INSERTs as the tables' owner (bodies as plain JSON), and are measured the same way
// beside SQLite's.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { URLSearchParams, fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { NOT_STARTED, skippedLine } from './postgres.mjs';
import { quantile, table } from './stats.mjs';

/** The issue's target: p99 of a listing and of a reading, ms. */
export const TARGET_P99_MS = 50;
const BUILT = fileURLToPath(new URL('../../packages/server/dist/index.js', import.meta.url));
const KOMMUNER = 357;
const PASSWORD = 'bench password of the inbox';
const KINDS = ['trussel', 'hets', 'trakassering', 'personopplysninger', 'annet'];
const ROLES = ['folkevalgt', 'kandidat', 'ansatt', 'annen'];
const DAY = 24 * 60 * 60 * 1000;
/** Reports read per measured kommune, each with two notes; one is read per round. */
const READ_PER_KOMMUNE = 30;

/** A small seeded PRNG (mulberry32), so every run seeds the same reports. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nummerOf = (rank) => String(1001 + rank);

/** The kommuner by size rank (0 the largest), each with its share: Zipf, s = 1. */
function kommuneShares() {
  const weights = Array.from({ length: KOMMUNER }, (_, i) => 1 / (i + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  return weights.map((w) => (cumulative += w / sum));
}

function config() {
  return {
    kommuner: Array.from({ length: KOMMUNER }, (_, rank) => ({
      nummer: nummerOf(rank),
      navn: `Kommune ${nummerOf(rank)}`,
      origins: ['https://www.example.no'],
      retentionDays: 3650, // retention runs at start: keep every seeded report
      contact: { name: 'Kontaktperson' },
    })),
  };
}

/** A report body as the form sends it, about 1 KB of JSON before sealing. */
function reportBody(kommune, rnd) {
  const kinds = KINDS.filter((k, i) => rnd() < (i === 0 ? 0.3 : 0.35));
  return {
    kommune,
    triage: { danger: rnd() < 0.03 },
    target: 'me',
    role: ROLES[Math.floor(rnd() * ROLES.length)],
    kinds: kinds.length ? kinds : ['hets'],
    where: { platform: 'Facebook' },
    when: '2026-11-30T21:15',
    description: 'Etter kommunestyremøtet fikk jeg flere meldinger på Facebook der avsenderen skriver at han vet hvor jeg bor. '.repeat(6),
    links: ['https://www.facebook.com/groups/debatt/posts/1234567890123456'],
    attachments: [],
    reportedTo: {},
    help: ['samtale'],
    contact: { name: 'Per Hansen', email: 'per.hansen@example.no' },
    website: '',
    startedAt: '2026-11-30T21:00:00.000Z',
  };
}

/**
 * The `count` reports both backends hold, the same at every run: kommune (by Zipf), body, possible spam, and the time
 * each was received (stepping over two years, oldest first).
 */
function seedPlan(count) {
  const rnd = random(12);
  const clockRnd = random(34);
  const shares = kommuneShares();
  const end = Date.parse('2026-12-01T12:00:00Z');
  let clock = end - 730 * DAY;
  const step = (730 * DAY) / count;
  return Array.from({ length: count }, () => {
    const u = rnd();
    const rank = shares.findIndex((c) => u <= c);
    const kommune = nummerOf(rank === -1 ? KOMMUNER - 1 : rank);
    const body = reportBody(kommune, rnd);
    return { kommune, body, possibleSpam: rnd() < 0.03, at: Math.round((clock += step * (0.5 + clockRnd()))) };
  });
}

/** How many reports each kommune holds in `plan`. */
function planSizes(plan) {
  const sizes = new Map();
  for (const { kommune } of plan) sizes.set(kommune, (sizes.get(kommune) ?? 0) + 1);
  return sizes;
}

/** The statuses both backends get after seeding: 40 % closed, 10 % under behandling (by id, 1 upwards in both). */
const STATUS_SQL = `UPDATE reports SET status = 'avsluttet', closed_at = created_at WHERE id % 10 < 4;
    UPDATE reports SET status = 'under-behandling' WHERE id % 10 = 4;`;

/** Seed `plan` into the SQLite file at `db` through the storage; returns one receipt per kommune. */
async function seed(server, db, key, plan) {
  // Each submitReport reads the clock once, in its write, in the order submitted: the plan's times in turn.
  let next = 0;
  const storage = server.openSqliteStorage(db, { reportKey: key, now: () => plan[Math.min(next++, plan.length - 1)].at });
  await storage.migrate();
  next = 0;
  const receipts = new Map();
  const started = performance.now();
  for (let done = 0; done < plan.length; done += 1000) {
    const batch = [];
    for (let i = done; i < Math.min(plan.length, done + 1000); i++) {
      const { kommune, body, possibleSpam } = plan[i];
      batch.push(
        storage
          .submitReport({
            kommune,
            limits: [],
            idempotency: { key: `seed-${i}`, fingerprint: 'f' },
            report: { body, possibleSpam },
            respond: () => ({ status: 201, body: '{}' }),
          })
          .then((result) => receipts.set(kommune, result.saved.receipt)),
      );
    }
    await Promise.all(batch);
  }
  await storage.close();
  const writer = new Database(db);
  writer.exec(`${STATUS_SQL} DELETE FROM idempotency_keys;`);
  writer.close();
  return { receipts, seconds: (performance.now() - started) / 1000 };
}

const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const osloYear = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' });

/** The storage's list columns of a report body (as packages/server/src/storage/rows.ts listColumns makes them). */
function listColumns(body) {
  const kinds = body.kinds.filter((k) => !k.includes(','));
  return {
    danger: body.triage?.danger === true,
    threat: kinds.includes('trussel'),
    kinds: `,${kinds.map((k) => `${k},`).join('')}`,
    role: body.role,
  };
}

/**
 * Seed `plan` into PostgreSQL with multi-row INSERTs as the tables' owner (row-level security forced: the transaction
 * names the service's scope, as the storage does), every column as the storage's own insert fills it, bodies as plain
 * JSON (no report key); then the same statuses, and VACUUM ANALYZE. Returns one receipt per kommune.
 */
async function seedPostgres(ownerUrl, plan) {
  const started = performance.now();
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const receipts = new Map();
  const taken = new Set();
  const rnd = random(56);
  const receiptAt = (at) => {
    for (;;) {
      let code = '';
      for (let i = 0; i < 6; i++) code += RECEIPT_ALPHABET[Math.floor(rnd() * RECEIPT_ALPHABET.length)];
      const receipt = `HT-${osloYear.format(new Date(at))}-${code}`;
      if (!taken.has(receipt)) return taken.add(receipt) && receipt;
    }
  };
  try {
    await client.query("BEGIN; SELECT set_config('kw.kommune', '*', true)");
    const COLUMNS = 10;
    for (let done = 0; done < plan.length; done += 1000) {
      const rows = plan.slice(done, done + 1000);
      const values = [];
      const params = rows.map((r, i) => {
        const receipt = receiptAt(r.at);
        receipts.set(r.kommune, receipt);
        const list = listColumns(r.body);
        values.push(
          r.kommune,
          receipt,
          new Date(r.at).toISOString(),
          r.possibleSpam,
          JSON.stringify(r.body),
          list.danger,
          list.threat,
          list.kinds,
          list.role,
          false,
        );
        const n = i * COLUMNS;
        return `($${n + 1}, $${n + 2}, $${n + 3}, 'ny', $${n + 4}, $${n + 5}, $${n + 10}, $${n + 6}, $${n + 7}, $${n + 8}, $${n + 9}, true)`;
      });
      await client.query(
        `INSERT INTO reports (kommune, receipt, created_at, status, possible_spam, body, encrypted, danger, threat, kinds, role, listed)
         VALUES ${params.join(', ')}`,
        values,
      );
    }
    await client.query(STATUS_SQL);
    await client.query('COMMIT');
    // What autovacuum does on a database in use: statistics, and the visibility map that lets a count read the
    // index alone (a freshly loaded table has none, and every count would visit the table's pages).
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
  return { receipts, seconds: (performance.now() - started) / 1000 };
}

/** Sign a contact user of `kommune` in; returns the request headers of its session and its CSRF token. */
async function signIn(server, running, kommune) {
  const email = `kontakt@k${kommune}.example.no`;
  await server.addUser(running.storage, { kommune, email, name: `Kontakt ${kommune}`, role: 'contact' }, PASSWORD);
  const response = await fetch(`${running.url}/admin/api/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: running.url },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  const { csrfToken } = await response.json();
  return { headers: { cookie: response.headers.get('set-cookie').split(';')[0] }, csrfToken };
}

/** `count` receipts of `kommune`, spread over its reports (the same at every run). */
function receiptsToRead(db, kommune, count) {
  const reader = new Database(db, { readonly: true });
  try {
    const all = reader.prepare('SELECT receipt FROM reports WHERE kommune = ? ORDER BY id').pluck().all(kommune);
    const step = all.length / Math.min(count, all.length);
    return Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor(i * step)]);
  } finally {
    reader.close();
  }
}

/** Two notes on the report `receipt`, as the contact person writes them (sealed like the report). */
async function addNotes(running, session, receipt) {
  for (const text of ['Ringte personen, avtalt oppfølging neste uke.', 'Sendt videre til politiet, saksnummer 26-12345.']) {
    const response = await fetch(`${running.url}/admin/api/reports/${receipt}/notes`, {
      method: 'POST',
      headers: { ...session.headers, origin: running.url, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ text }),
    });
    if (response.status !== 201) throw new Error(`a note on ${receipt} answered ${response.status}`);
  }
}

/** The filters measured (query strings), for a kommune holding `size` reports and with `receipt` among them. */
const filters = (size, receipt) => [
  ['first page', ''],
  ['status=ny', 'status=ny'],
  ['kind=trussel', 'kind=trussel'],
  ['role + status', 'role=folkevalgt&status=avsluttet'],
  ['one month', 'from=2026-06-01&to=2026-06-30'],
  ['possible spam', 'spam=true'],
  ['receipt', `receipt=${receipt}`],
  ...(size > 2000 ? [['page 21 (offset 1000)', 'offset=1000']] : []),
];

/** The query string as the storage's list query (for timing the SQL alone). */
function storageQuery(search) {
  const params = new URLSearchParams(search);
  const query = { spam: params.get('spam') === 'true', limit: 50, offset: Number(params.get('offset') ?? 0) };
  for (const name of ['status', 'kind', 'role', 'from', 'to', 'receipt']) if (params.get(name)) query[name] = params.get(name);
  return query;
}

/**
 * Measure one backend: start the server on `storage` in this process, sign in a contact user of each `measured`
 * kommune, add two notes to each report it will read, then `rounds` rounds of listings and as many readings.
 */
async function measureBackend(server, storage, { measured, receipts, receiptsOf, rounds }) {
  const running = await server.startServer({
    config: server.withDemo(config(), 0),
    storage,
    port: 0,
    hostname: '127.0.0.1',
    log: server.silentLogger,
  });
  try {
    const cases = [];
    const reads = [];
    for (const [kommune, size] of measured) {
      const session = await signIn(server, running, kommune);
      const headers = session.headers;
      for (const [label, search] of filters(size, receipts.get(kommune)))
        cases.push({ kommune, size, label, search, headers, http: [], sql: [] });
      const toRead = await receiptsOf(kommune, READ_PER_KOMMUNE);
      for (const receipt of toRead) await addNotes(running, session, receipt);
      reads.push({ kommune, size, receipts: toRead, headers, http: [], sql: [] });
    }
    const get = async (c) => {
      const start = performance.now();
      const response = await fetch(`${running.url}/admin/api/reports?${c.search}`, { headers: c.headers });
      const body = await response.json();
      const elapsed = performance.now() - start;
      if (response.status !== 200) throw new Error(`${c.search} answered ${response.status}`);
      return { elapsed, body };
    };
    /** Reads report `receipt` as the inbox's report page does. */
    const read = async (r, receipt) => {
      const start = performance.now();
      const response = await fetch(`${running.url}/admin/api/reports/${receipt}`, { headers: r.headers });
      const body = await response.json();
      const elapsed = performance.now() - start;
      if (response.status !== 200 || body.notes?.length !== 2) throw new Error(`${receipt} answered ${response.status}`);
      return elapsed;
    };
    for (const c of cases) {
      c.total = (await get(c)).body.total; // warm-up, and the matching count
      await get(c);
    }
    for (const r of reads) await read(r, r.receipts[0]); // warm-up
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < cases.length; i++) {
        const c = cases[(i + round) % cases.length];
        c.http.push((await get(c)).elapsed);
        const start = performance.now();
        await storage.inbox.list(c.kommune, storageQuery(c.search));
        c.sql.push(performance.now() - start);
      }
      // As many readings as listings in each round: every measured kommune, a different report each time.
      for (let i = 0; i < cases.length; i++) {
        const r = reads[(i + round) % reads.length];
        const receipt = r.receipts[(round * cases.length + i) % r.receipts.length];
        r.http.push(await read(r, receipt));
        const start = performance.now();
        await storage.getReport(r.kommune, receipt);
        await storage.inbox.history(r.kommune, receipt);
        r.sql.push(performance.now() - start);
      }
    }
    return { cases, reads, all: cases.flatMap((c) => c.http), allReads: reads.flatMap((r) => r.http) };
  } finally {
    await running.close();
  }
}

/** PostgreSQL's half of the bench: a database in the run's cluster, seeded with `plan`, measured as SQLite is. */
async function measurePostgres(server, postgres, plan, { measured, rounds }) {
  const database = await postgres.createDatabase('bench_inbox');
  const storage = server.openStorage(database.appUrl, { migrateUrl: database.ownerUrl });
  await storage.migrate();
  const seeded = await seedPostgres(database.ownerUrl, plan);
  const receiptsOf = (kommune, count) =>
    postgres.asSuperuser(database.name, async (client) => {
      const all = (await client.query('SELECT receipt FROM reports WHERE kommune = $1 ORDER BY id', [kommune])).rows.map((r) => r.receipt);
      const step = all.length / Math.min(count, all.length);
      return Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor(i * step)]);
    });
  // startServer closes the storage when it closes.
  const result = await measureBackend(server, storage, { measured, receipts: seeded.receipts, receiptsOf, rounds });
  return { ...result, seconds: seeded.seconds };
}

/**
 * Run the bench and print its tables; `quick` seeds 20 000 reports and measures fewer rounds (CI). With `postgres`
 * (scripts/bench/postgres.mjs), the same reports in PostgreSQL too, measured the same way.
 */
export async function inboxListBench({ quick = false, markdown = false, print = console.log, postgres = NOT_STARTED } = {}) {
  if (!existsSync(BUILT)) {
    print('\nInbox listing bench skipped: packages/server is not built (run npm run build first).');
    return undefined;
  }
  const server = await import('@kommune-widgets/server');
  const count = Number(process.env.BENCH_INBOX_REPORTS) || (quick ? 20_000 : 100_000);
  const rounds = quick ? 5 : 30;
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-inbox-'));
  const db = join(dir, 'inbox.sqlite');
  const key = randomBytes(32);
  try {
    const plan = seedPlan(count);
    const sizes = planSizes(plan);
    const seeded = await seed(server, db, key, plan);
    const bySize = [...sizes.entries()].sort((a, b) => b[1] - a[1]);
    const measured = [0, 9, 99, bySize.length - 1].map((i) => bySize[Math.min(i, bySize.length - 1)]);
    const storage = server.openSqliteStorage(db, { reportKey: key });
    const receiptsOf = async (kommune, n) => receiptsToRead(db, kommune, n);
    const lite = await measureBackend(server, storage, { measured, receipts: seeded.receipts, receiptsOf, rounds });
    const onPg = postgres.postgres ? await measurePostgres(server, postgres.postgres, plan, { measured, rounds }) : undefined;
    const p = (values, q) => quantile(values, q).toFixed(1);
    print(
      `\nInbox listing and reading, GET /admin/api/reports and GET /admin/api/reports/:receipt:` +
        ` ${count.toLocaleString('en')} reports across ${KOMMUNER} kommuner` +
        `${quick ? ' (--quick: fewer reports; BENCH_INBOX_REPORTS sets the number)' : ''}, sized by Zipf (largest` +
        ` ${bySize[0][1]}, median ${bySize[Math.floor(bySize.length / 2)][1]}, smallest ${bySize.at(-1)[1]}), 3 % danger,` +
        ` 3 % possible spam, 40 % closed. SQLite: bodies sealed (AES-256-GCM), seeded in ${seeded.seconds.toFixed(1)} s through` +
        ' Storage.submitReport.' +
        (onPg
          ? ` PostgreSQL (${postgres.postgres.version}, throwaway cluster, fsync on): the same reports, bodies as plain JSON (no` +
            ` report key), seeded in ${onPg.seconds.toFixed(1)} s with multi-row INSERTs as the tables' owner, then VACUUM ANALYZE as autovacuum would;` +
            ' the server on the server role (pool of 10).'
          : '') +
        ` A signed-in contact user per kommune (demo mode), one request at a time on loopback` +
        ` against startServer in this process, each listing and reading audited (one durable write), ${rounds} rounds over` +
        ` ${lite.cases.length} listing cases and as many readings (each of ${READ_PER_KOMMUNE} reports per kommune with two` +
        ` notes, another one at each read). «SQL alone»: storage.inbox.list, or storage.getReport and` +
        ` storage.inbox.history (opening the body and notes), called directly, median.`,
    );
    const pgCells = (values, sql) => (onPg ? [p(values, 0.5), p(values, 0.99), p(sql, 0.5)] : ['—', '—', '—']);
    print('\nListing:');
    print(
      table(
        [
          { title: 'kommune (reports)' },
          { title: 'filter' },
          { title: 'matching' },
          { title: 'SQLite p50 ms' },
          { title: 'p99 ms' },
          { title: 'SQL alone ms' },
          { title: 'PostgreSQL p50 ms' },
          { title: 'p99 ms' },
          { title: 'SQL alone ms' },
        ],
        lite.cases.map((c, i) => {
          const other = onPg?.cases[i];
          const matching = other && other.total !== c.total ? `${c.total} (PostgreSQL ${other.total})` : String(c.total);
          return [
            `${c.kommune} (${c.size})`,
            c.label,
            matching,
            p(c.http, 0.5),
            p(c.http, 0.99),
            p(c.sql, 0.5),
            ...pgCells(other?.http, other?.sql),
          ];
        }),
        { markdown },
      ),
    );
    print('\nReading one report:');
    print(
      table(
        [
          { title: 'kommune (reports)' },
          { title: 'reports read' },
          { title: 'SQLite p50 ms' },
          { title: 'p99 ms' },
          { title: 'SQL alone ms' },
          { title: 'PostgreSQL p50 ms' },
          { title: 'p99 ms' },
          { title: 'SQL alone ms' },
        ],
        lite.reads.map((r, i) => [
          `${r.kommune} (${r.size})`,
          String(r.receipts.length),
          p(r.http, 0.5),
          p(r.http, 0.99),
          p(r.sql, 0.5),
          ...pgCells(onPg?.reads[i].http, onPg?.reads[i].sql),
        ]),
        { markdown },
      ),
    );
    const verdicts = {};
    for (const [name, m] of [
      ['SQLite', lite],
      ['PostgreSQL', onPg],
    ]) {
      if (!m) continue;
      const listP99 = quantile(m.all, 0.99);
      const readP99 = quantile(m.allReads, 0.99);
      const verdict = listP99 < TARGET_P99_MS ? 'met' : 'MISSED';
      const readVerdict = readP99 < TARGET_P99_MS ? 'met' : 'MISSED';
      verdicts[name] = { p99: listP99, verdict, readP99, readVerdict };
      print(
        `\n${name}: all ${m.all.length} listings: p50 ${p(m.all, 0.5)} ms, p99 ${p(m.all, 0.99)} ms, max ${Math.max(...m.all).toFixed(1)} ms.` +
          `\n${name}: all ${m.allReads.length} readings: p50 ${p(m.allReads, 0.5)} ms, p99 ${p(m.allReads, 0.99)} ms,` +
          ` max ${Math.max(...m.allReads).toFixed(1)} ms.`,
      );
      print(`${name}: target p99 < ${TARGET_P99_MS} ms: listing ${verdict}, reading ${readVerdict}.`);
      if (readVerdict !== 'met') {
        const slowest = [...m.reads].sort((a, b) => quantile(b.http, 0.99) - quantile(a.http, 0.99))[0];
        print(
          `  slowest reading: ${slowest.kommune}: p99 ${p(slowest.http, 0.99)} ms, of which SQL ~${p(slowest.sql, 0.5)} ms` +
            ' (median); the rest is HTTP, the session check and the audit write (its COMMIT, fsync).',
        );
      }
      if (verdict !== 'met') {
        const slowest = [...m.cases].sort((a, b) => quantile(b.http, 0.99) - quantile(a.http, 0.99)).slice(0, 3);
        for (const c of slowest)
          print(
            `  slowest: ${c.kommune} ${c.label}: p99 ${p(c.http, 0.99)} ms, of which SQL ~${p(c.sql, 0.5)} ms (median);` +
              ' the rest is HTTP, the session check and the audit write (its COMMIT, fsync).',
          );
      }
    }
    if (!onPg) print(skippedLine(postgres.skipped));
    return { ...verdicts.SQLite, postgres: verdicts.PostgreSQL, count };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
