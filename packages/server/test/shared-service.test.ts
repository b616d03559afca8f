/**
 * One database, several server processes (PostgreSQL only): what a shared service relies on. Each "process" here is a
 * server with a connection pool of its own, as a second process would have; tenancy is checked by running the SQL a
 * careless statement would run, as the server's own role.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { addUser, createApp, runRetention, silentLogger, startServer, type Storage } from '../src/index.js';
import { PgDatabase } from '../src/storage/postgres-db.js';
import { newDatabase, onPostgres, openTestStorage, sql } from './backend.js';
import { ORIGIN, newKey, postReport, startStored, testConfig, validReport } from './helpers.js';
import { startPostgresCluster } from '../../../scripts/postgres-cluster.mjs';

const postgresOnly = onPostgres ? {} : { skip: 'PostgreSQL only: run by npm test against its throwaway cluster' };

test('the same Idempotency-Key sent to two processes at once stores one report, and both get the same answer', postgresOnly, async () => {
  const db = await newDatabase('two');
  const a = await startStored({ db });
  const b = await startStored({ db });
  try {
    for (let round = 0; round < 10; round++) {
      const key = newKey();
      const body = validReport({ description: `Runde ${round}` });
      const [first, second] = await Promise.all([
        postReport(a, body, { 'Idempotency-Key': key }),
        postReport(b, body, { 'Idempotency-Key': key }),
      ]);
      assert.deepEqual([first.status, second.status], [201, 201], `round ${round}`);
      assert.deepEqual(await first.json(), await second.json());
    }
    assert.equal((await sql(db, 'SELECT count(*) AS n FROM reports'))[0]!['n'], 10, 'one report per key');
  } finally {
    await a.close();
    await b.close();
  }
});

test('rate limits count a client across processes', postgresOnly, async () => {
  const db = await newDatabase('limits');
  const config = testConfig({ rateLimits: { perIp: { max: 3, windowSeconds: 600 } } });
  const a = await startStored({ db, config });
  const b = await startStored({ db, config });
  try {
    const statuses = [];
    for (const server of [a, b, a, b]) statuses.push((await postReport(server, validReport())).status);
    assert.deepEqual(statuses, [201, 201, 201, 429], 'the fourth is refused, whichever process takes it');
  } finally {
    await a.close();
    await b.close();
  }
});

test('a session started at one process works at another, and signing out there ends it at both', postgresOnly, async () => {
  const db = await newDatabase('sessions');
  const stores: Storage[] = [openTestStorage(db), openTestStorage(db)];
  for (const storage of stores) await storage.migrate();
  const [one, two] = stores.map((storage) => createApp({ config: testConfig(), storage, demo: true, log: silentLogger }));
  const headers = { 'Content-Type': 'application/json', Origin: 'https://inbox.example', Host: 'inbox.example' };
  try {
    await addUser(
      stores[0]!,
      { kommune: '3120', email: 'kari@rakkestad.kommune.no', name: 'Kari', role: 'contact' },
      'et langt og hemmelig passord',
    );
    const signedIn = await one!.request('/admin/api/sign-in', {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: 'kari@rakkestad.kommune.no', password: 'et langt og hemmelig passord' }),
    });
    assert.equal(signedIn.status, 200);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const there = await two!.request('/admin/api/session', { headers: { ...headers, Cookie: cookie } });
    assert.equal(there.status, 200);
    assert.equal(((await there.json()) as { user: { email: string } }).user.email, 'kari@rakkestad.kommune.no');
    const out = await two!.request('/admin/api/sign-out', {
      method: 'POST',
      headers: { ...headers, Cookie: cookie, 'X-CSRF-Token': csrfToken },
    });
    assert.ok(out.status < 300, `signed out at the other process (${out.status})`);
    assert.equal((await one!.request('/admin/api/session', { headers: { ...headers, Cookie: cookie } })).status, 401);
  } finally {
    for (const storage of stores) await storage.close();
  }
});

test('retention run by two processes at once deletes and audits each closed report once', postgresOnly, async () => {
  const db = await newDatabase('retention');
  const stores: Storage[] = [openTestStorage(db), openTestStorage(db)];
  for (const storage of stores) await storage.migrate();
  const closed: string[] = [];
  for (let i = 0; i < 20; i++) {
    const result = await stores[0]!.submitReport({
      kommune: '3120',
      limits: [],
      idempotency: { key: `r${i}`, fingerprint: 'f' },
      report: { body: { kommune: '3120' }, possibleSpam: false },
      respond: (saved) => ({ status: 201, body: JSON.stringify({ receipt: saved.receipt }) }),
    });
    assert.equal(result.outcome, 'created');
    if (result.outcome === 'created') {
      closed.push(result.saved.receipt);
      await stores[0]!.inbox.setStatus('3120', result.saved.receipt, 'avsluttet', 1, Date.parse('2020-01-01'));
    }
  }
  await sql(db, "UPDATE reports SET closed_at = '2020-01-01T00:00:00.000Z'");
  try {
    const runs = await Promise.all(stores.map((storage) => runRetention(storage, testConfig(), Date.now())));
    const deleted = runs.flatMap((run) => run.reports['3120'] ?? []);
    assert.deepEqual([...deleted].sort(), [...closed].sort(), 'every closed report deleted, none twice');
    const audited = await sql(db, "SELECT target FROM audit_log WHERE action = 'report-retention-deleted'");
    assert.equal(audited.length, 20, 'one audit entry each');
  } finally {
    for (const storage of stores) await storage.close();
  }
});

test(
  'row-level security: a statement that forgets its kommune sees and writes nothing of another, even as the tables’ owner',
  postgresOnly,
  async () => {
    const db = await newDatabase('tenancy');
    const storage = openTestStorage(db);
    await storage.migrate();
    for (const kommune of ['3120', '3101'])
      await storage.submitReport({
        kommune,
        limits: [],
        idempotency: { key: `k${kommune}`, fingerprint: 'f' },
        report: { body: { kommune }, possibleSpam: false },
        respond: () => ({ status: 201, body: '{}' }),
      });
    await storage.close();
    const owner = new URL(db);
    owner.username = 'kw_owner';
    for (const url of [db, owner.href]) {
      const role = new URL(url).username;
      const pool = new PgDatabase(url);
      try {
        // The careless query: no WHERE kommune = ….
        const seen = await pool.tx('3120', (tx) => tx.query<{ kommune: string }>('SELECT kommune FROM reports'));
        assert.deepEqual(
          seen.rows.map((r) => r.kommune),
          ['3120'],
          `${role} in 3120's transaction sees 3120's rows only`,
        );
        const unnamed = new pg.Client({ connectionString: url });
        await unnamed.connect();
        try {
          assert.equal((await unnamed.query('SELECT count(*) FROM reports')).rows[0].count, '0', `${role} without a kommune sees no rows`);
          assert.equal((await unnamed.query('SELECT count(*) FROM audit_log')).rows[0].count, '0');
        } finally {
          await unnamed.end();
        }
        await assert.rejects(
          pool.tx('3120', (tx) => tx.query("UPDATE reports SET kommune = '3101'")),
          /row-level security/,
          `${role} cannot move a row to another kommune`,
        );
        const updated = await pool.tx('3120', (tx) => tx.query("UPDATE reports SET status = 'avsluttet'"));
        assert.equal(updated.count, 1, `${role}: the careless UPDATE touched 3120's row alone`);
        await assert.rejects(
          pool.tx('3120', (tx) =>
            tx.query(
              "INSERT INTO users (kommune, email, name, role, password_hash, created_at) VALUES ('3101', 'x@y.no', 'X', 'admin', 'h', 'now')",
            ),
          ),
          /row-level security/,
          `${role} cannot write a row of another kommune`,
        );
      } finally {
        await pool.close();
      }
    }
    // The server's role owns nothing: it can neither change a table nor its policies.
    const app = new pg.Client({ connectionString: db });
    await app.connect();
    try {
      await assert.rejects(app.query('ALTER TABLE reports DISABLE ROW LEVEL SECURITY'), /must be owner/);
      await assert.rejects(app.query('DROP POLICY reports_of_kommune ON reports'), /must be owner/);
    } finally {
      await app.end();
    }
    assert.equal((await sql(db, "SELECT count(*) AS n FROM reports WHERE status = 'avsluttet'"))[0]!['n'], 1);
  },
);

test('the server refuses to connect as a role row-level security does not hold', postgresOnly, async () => {
  const db = await newDatabase('superuser');
  const superuser = new URL(db);
  superuser.username = new URL(process.env['KW_TEST_POSTGRES']!).username;
  const storage = openTestStorage(superuser.href);
  try {
    await assert.rejects(storage.migrate(), /row-level security does not hold/);
  } finally {
    await storage.close();
  }
});

test('migrations run once when processes start together', postgresOnly, async () => {
  const db = await newDatabase('migrate');
  const stores = [openTestStorage(db), openTestStorage(db), openTestStorage(db)];
  try {
    const versions = await Promise.all(stores.map((storage) => storage.migrate()));
    assert.equal(new Set(versions).size, 1);
    const applied = await sql(db, 'SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(
      applied.map((r) => r['version']),
      [...new Set(applied.map((r) => r['version']))],
      'each version recorded once',
    );
  } finally {
    for (const storage of stores) await storage.close();
  }
});

test(
  'the database stopped mid-load: the server answers 503 with Retry-After, never a lost acknowledgement, and recovers',
  postgresOnly,
  async () => {
    // A cluster of its own: the shared one serves the other test files.
    const cluster = await startPostgresCluster();
    const { appUrl, ownerUrl } = await cluster.createDatabase('outage');
    const storage = openTestStorage(appUrl, { migrateUrl: ownerUrl, pool: { connectTimeoutMs: 1000, statementTimeoutMs: 2000 } });
    // Limits raised: the load is one client.
    const unlimited = { max: 100_000, windowSeconds: 600 };
    const config = testConfig({ rateLimits: { perIp: unlimited, perKommune: unlimited } });
    const server = await startServer({ config, storage, port: 0, hostname: '127.0.0.1', log: silentLogger });
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let stopping = false;
    const load = (async () => {
      for (let i = 0; !stopping || i < 5; i++) {
        const response = await postReport(server, validReport({ description: `Under last ${i}` }), { Origin: ORIGIN }).catch(
          () => undefined,
        );
        if (!response) continue;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 201) acknowledged.push(((await response.json()) as { receipt: string }).receipt);
        else if (response.status === 503) assert.ok(Number(response.headers.get('retry-after')) >= 1, 'Retry-After on 503');
        else await response.body?.cancel();
        if (i > 400) break;
      }
    })();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await cluster.stopServer();
      const down = await fetch(`${server.url}/api/v1/health`);
      assert.equal(down.status, 503);
      assert.ok(Number(down.headers.get('retry-after')) >= 1);
      const refused = await postReport(server, validReport());
      assert.equal(refused.status, 503);
      await cluster.startServer();
      stopping = true;
      await load;
      const up = await fetch(`${server.url}/api/v1/health`);
      assert.equal(up.status, 200, 'healthy again once the database is back');
      const again = await postReport(server, validReport());
      assert.equal(again.status, 201, `takes reports again: ${await again.text()}`);
      assert.ok((statuses.get(201) ?? 0) > 0, 'reports were taken before and after');
      assert.deepEqual(
        [...statuses.keys()].filter((status) => status !== 201 && status !== 503),
        [],
        'only 201 or 503',
      );
      const stored = await sql(appUrl, 'SELECT receipt FROM reports');
      const receipts = new Set(stored.map((r) => r['receipt']));
      for (const receipt of acknowledged) assert.ok(receipts.has(receipt), `acknowledged ${receipt} is stored`);
    } finally {
      stopping = true;
      await load.catch(() => {});
      await server.close();
      await cluster.stop();
    }
  },
);
