import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, openSqliteStorage, silentLogger, startServer } from '../src/index.js';
import { tempDir, testConfig } from './helpers.js';
import { newDatabase, openTestStorage, sqliteOnly } from './backend.js';

test(
  'the server’s connection runs with WAL, synchronous=FULL, foreign keys, a busy timeout and 64 MiB of page cache',
  sqliteOnly('the SQLite file, its PRAGMAs and its migrations'),
  async () => {
    const storage = openSqliteStorage(join(tempDir(), 'nested', 'folder', 'reports.sqlite'));
    const server = await startServer({ config: testConfig(), storage, port: 0, hostname: '127.0.0.1', log: silentLogger });
    try {
      const pragmas = storage.pragmas();
      assert.equal(pragmas.journal_mode, 'wal');
      assert.equal(pragmas.synchronous, 2, 'synchronous=FULL');
      assert.equal(pragmas.foreign_keys, 1);
      assert.ok(pragmas.busy_timeout >= 1000);
      assert.equal(pragmas.cache_size, -65_536, '64 MiB');
    } finally {
      await server.close();
    }
  },
);

test('the database file is in WAL mode for every connection', sqliteOnly('the SQLite file, its PRAGMAs and its migrations'), async () => {
  const path = join(tempDir(), 'reports.sqlite');
  const storage = openSqliteStorage(path);
  await storage.migrate();
  await storage.close();
  const reader = new Database(path, { readonly: true });
  try {
    assert.equal(reader.pragma('journal_mode', { simple: true }), 'wal');
  } finally {
    reader.close();
  }
});

test(
  'migrations are numbered, applied once and recorded in schema_migrations',
  sqliteOnly('the SQLite file, its PRAGMAs and its migrations'),
  async () => {
    const path = join(tempDir(), 'reports.sqlite');
    const storage = openSqliteStorage(path);
    assert.equal(await storage.migrate(), MIGRATIONS.at(-1)!.version);
    assert.equal(await storage.migrate(), MIGRATIONS.at(-1)!.version, 'a second run changes nothing');
    await storage.close();
    const reader = new Database(path, { readonly: true });
    try {
      const rows = reader.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      assert.deepEqual(
        rows,
        MIGRATIONS.map(({ version, name }) => ({ version, name })),
      );
      assert.deepEqual(
        MIGRATIONS.map((m) => m.version),
        MIGRATIONS.map((_, i) => i + 1),
      );
      assert.equal(reader.pragma('integrity_check', { simple: true }), 'ok');
    } finally {
      reader.close();
    }
  },
);

test(
  'a database from a newer server is refused rather than written to',
  sqliteOnly('the SQLite file, its PRAGMAs and its migrations'),
  async () => {
    const path = join(tempDir(), 'reports.sqlite');
    const storage = openSqliteStorage(path);
    await storage.migrate();
    await storage.close();
    const writer = new Database(path);
    writer.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', '2030-01-01')").run();
    writer.close();
    const again = openSqliteStorage(path);
    await assert.rejects(again.migrate(), /newer than this server knows/);
    await again.close();
  },
);

test('rate-limit windows count per key and reset after the window', async () => {
  let now = 1_000_000;
  const storage = openTestStorage(await newDatabase(), { now: () => now });
  await storage.migrate();
  try {
    assert.deepEqual(await storage.hitRateLimit('a', 1000, 2), { allowed: true, resetMs: 1000 });
    assert.equal((await storage.hitRateLimit('a', 1000, 2)).allowed, true);
    now += 400;
    assert.deepEqual(await storage.hitRateLimit('a', 1000, 2), { allowed: false, resetMs: 600 });
    assert.equal((await storage.hitRateLimit('b', 1000, 2)).allowed, true, 'another key has its own count');
    now += 600;
    assert.equal((await storage.hitRateLimit('a', 1000, 2)).allowed, true, 'a new window');
  } finally {
    await storage.close();
  }
});

test('an idempotency key held by a request that never finished is taken over after its lease', async () => {
  let now = 1_000_000;
  const storage = openTestStorage(await newDatabase(), { now: () => now });
  await storage.migrate();
  try {
    assert.deepEqual(await storage.idempotency.begin('k', 'f1'), { state: 'started' });
    assert.deepEqual(await storage.idempotency.begin('k', 'f1'), { state: 'in-flight' });
    assert.deepEqual(await storage.idempotency.begin('k', 'f2'), { state: 'mismatch' });
    now += 60_000;
    assert.deepEqual(await storage.idempotency.begin('k', 'f1'), { state: 'started' });
    await storage.idempotency.complete('k', { status: 201, body: '{}' });
    assert.deepEqual(await storage.idempotency.begin('k', 'f1'), { state: 'done', response: { status: 201, body: '{}' } });
    assert.equal((await storage.idempotency.get('k'))?.state, 'done');
    now += 24 * 60 * 60 * 1000 + 1;
    assert.equal(await storage.idempotency.get('k'), undefined, 'replayed for 24 h only');
  } finally {
    await storage.close();
  }
});

test('a report submission is one write: limits, then the key, then the report with its answer', async () => {
  const storage = openTestStorage(await newDatabase(), { now: () => 1_000_000 });
  await storage.migrate();
  const submission = (key: string, fingerprint = 'f', limit = 3) => ({
    kommune: '3120',
    limits: [
      { key: 'ip:a', windowMs: 60_000, limit },
      { key: 'kommune:3120', windowMs: 60_000, limit: 100 },
    ],
    idempotency: { key, fingerprint },
    report: { body: { kommune: '3120' }, possibleSpam: false },
    respond: (saved: { receipt: string }) => ({ status: 201, body: JSON.stringify({ receipt: saved.receipt }) }),
  });
  try {
    // One after the other: which of concurrent writes takes the key first is the database's to decide (concurrent
    // retries are tested in idempotency.test.ts and, across processes, in shared-service.test.ts).
    const first = await storage.submitReport(submission('k1'));
    const replay = await storage.submitReport(submission('k1'));
    const mismatch = await storage.submitReport(submission('k1', 'other body'));
    assert.equal(first.outcome, 'created');
    assert.deepEqual(replay, { outcome: 'done', response: first.outcome === 'created' ? first.response : undefined });
    assert.deepEqual(mismatch, { outcome: 'mismatch' });

    const limited = await storage.submitReport(submission('k2'));
    assert.equal(limited.outcome, 'rate-limited', 'the fourth from ip:a within the window');
    assert.equal((await storage.idempotency.get('k2'))?.state, undefined, 'a refused report leaves no key');
    // ip:a refused first, so kommune:3120 counted only the three before it: 97 more are allowed.
    assert.deepEqual(await storage.hitRateLimit('kommune:3120', 60_000, 4), { allowed: true, resetMs: 60_000 });
    assert.equal((await storage.hitRateLimit('kommune:3120', 60_000, 4)).allowed, false);

    const unknown = { ...submission('k3', 'f', 100), report: { body: {}, possibleSpam: false, attachments: ['nope'] } };
    assert.deepEqual(await storage.submitReport(unknown), { outcome: 'attachments-unavailable', indexes: [0] });
    assert.equal(await storage.idempotency.get('k3'), undefined, 'nothing stored, the key is free for a corrected report');
  } finally {
    await storage.close();
  }
});

test('submissions that arrive together are each answered on their own: kommuner apart, a refused one, a retried key, a bad attachment', async () => {
  // On PostgreSQL they go in batches of one call each (postgres-submit.ts), on SQLite in one group commit: either way
  // one submission's outcome must never become another's.
  const storage = openTestStorage(await newDatabase(), { now: () => 1_000_000 });
  await storage.migrate();
  const submission = (kommune: string, key: string, extra: { limit?: number; attachments?: string[] } = {}) => ({
    kommune,
    limits: [{ key: `ip:${key}`, windowMs: 60_000, limit: extra.limit ?? 10 }],
    idempotency: { key, fingerprint: `f-${key.replace(/-again$/, '')}` },
    report: { body: { kommune, kinds: ['hets'] }, possibleSpam: false, ...(extra.attachments ? { attachments: extra.attachments } : {}) },
    respond: (saved: { receipt: string; kommune: string }) => ({ status: 201, body: JSON.stringify(saved) }),
    notify: [
      { kommune, recipient: `kontakt@${kommune}.no`, subject: 'Ny melding', bodyText: key, kind: 'new-report', state: 'outbox' as const },
    ],
  });
  try {
    const writes = [
      ...Array.from({ length: 8 }, (_, i) => submission(i % 2 ? '3120' : '3101', `k${i}`)),
      submission('3120', 'same'),
      { ...submission('3120', 'same'), idempotency: { key: 'same', fingerprint: 'f-same' } },
      submission('3101', 'refused', { limit: 0 }),
      submission('3120', 'attached', { attachments: ['no-such-file'] }),
    ];
    const results = await Promise.all(writes.map((w) => storage.submitReport(w)));
    for (const [i, result] of results.slice(0, 8).entries()) {
      assert.equal(result.outcome, 'created', `k${i}`);
      if (result.outcome === 'created') assert.equal(result.saved.kommune, i % 2 ? '3120' : '3101');
    }
    const same = results
      .slice(8, 10)
      .map((r) => r.outcome)
      .sort();
    assert.deepEqual(same, ['created', 'done'], 'the same key twice at once: stored once, the other replays it');
    const created = results.slice(8, 10).find((r) => r.outcome === 'created');
    const replayed = results.slice(8, 10).find((r) => r.outcome === 'done');
    assert.deepEqual(
      replayed && 'response' in replayed ? replayed.response : undefined,
      created && 'response' in created ? created.response : 0,
    );
    assert.equal(results[10]!.outcome, 'rate-limited');
    assert.deepEqual(results[11], { outcome: 'attachments-unavailable', indexes: [0] });

    const listed = async (kommune: string) => (await storage.inbox.list(kommune, { spam: false, limit: 50, offset: 0 })).total;
    assert.equal(await listed('3101'), 4, 'each kommune sees its own reports only');
    assert.equal(await listed('3120'), 5);
    assert.equal((await storage.listMail('3120')).length, 5, 'one notice per stored report, none for the refused ones');
    assert.equal((await storage.listMail('3101')).length, 4);
  } finally {
    await storage.close();
  }
});

test(
  'reports stored before the list columns get them at the next start, read from their sealed bodies; a closed one its closing time',
  sqliteOnly('the SQLite file, its PRAGMAs and its migrations'),
  async () => {
    const path = join(tempDir(), 'reports.sqlite');
    // A database as schema version 5 left it, with one report closed and one open.
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
    for (const migration of MIGRATIONS.filter((m) => m.version <= 5)) {
      old.exec(migration.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, '2026-11-01T00:00:00.000Z');
    }
    const insert = old.prepare('INSERT INTO reports (kommune, receipt, created_at, status, possible_spam, body) VALUES (?, ?, ?, ?, ?, ?)');
    const body = (kinds: string[], danger: boolean, role: string) => JSON.stringify({ kommune: '3120', triage: { danger }, kinds, role });
    insert.run('3120', 'HT-2026-AAAAAA', '2026-11-01T10:00:00.000Z', 'avsluttet', 0, body(['trussel'], false, 'ansatt'));
    insert.run('3120', 'HT-2026-BBBBBB', '2026-11-02T10:00:00.000Z', 'ny', 0, body(['hets'], true, 'folkevalgt'));
    old
      .prepare("INSERT INTO report_status_changes (report_id, user_id, at, from_status, to_status) VALUES (1, 1, ?, 'ny', 'avsluttet')")
      .run('2026-11-05T08:00:00.000Z');
    old.close();

    const key = randomBytes(32);
    const storage = openSqliteStorage(path, { reportKey: key });
    try {
      assert.equal(await storage.migrate(), MIGRATIONS.at(-1)!.version);
      const page = await storage.inbox.list('3120', { spam: false, limit: 10, offset: 0 });
      assert.deepEqual(
        page.reports.map((r) => [r.receipt, r.danger, r.kinds, r.role, r.closedAt]),
        [
          ['HT-2026-BBBBBB', true, ['hets'], 'folkevalgt', null],
          ['HT-2026-AAAAAA', false, ['trussel'], 'ansatt', '2026-11-05T08:00:00.000Z'],
        ],
      );
      assert.deepEqual(page.counts, { ny: 1, possibleSpam: 0 });
      assert.equal((await storage.inbox.list('3120', { spam: false, kind: 'trussel', limit: 10, offset: 0 })).total, 1);
    } finally {
      await storage.close();
    }
    const reader = new Database(path, { readonly: true });
    try {
      const rows = reader.prepare('SELECT encrypted, listed FROM reports').all();
      assert.deepEqual(rows, [
        { encrypted: 1, listed: 1 },
        { encrypted: 1, listed: 1 },
      ]);
    } finally {
      reader.close();
    }
  },
);

test(
  'the list query for one kommune is served by an index, sorted without a temporary b-tree',
  sqliteOnly('the SQLite file, its PRAGMAs and its migrations'),
  async () => {
    const path = join(tempDir(), 'reports.sqlite');
    const storage = openSqliteStorage(path);
    await storage.migrate();
    await storage.close();
    const reader = new Database(path, { readonly: true });
    try {
      const plan = (sql: string) =>
        (reader.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
      const order = 'ORDER BY danger DESC, threat DESC, created_at DESC, id DESC LIMIT 50';
      for (const where of [
        "kommune = '3120' AND possible_spam = 0",
        "kommune = '3120' AND possible_spam = 0 AND kinds LIKE '%,trussel,%' AND role = 'ansatt'",
        "kommune = '3120' AND possible_spam = 0 AND status = 'ny'",
      ]) {
        const detail = plan(`SELECT receipt FROM reports WHERE ${where} ${order}`);
        assert.match(detail, /USING (COVERING )?INDEX reports_(list|by_status)/, where);
        assert.doesNotMatch(detail, /TEMP B-TREE/, where);
      }
      assert.match(plan("SELECT count(*) FROM reports WHERE kommune = '3120' AND possible_spam = 0"), /COVERING INDEX/);
    } finally {
      reader.close();
    }
  },
);
