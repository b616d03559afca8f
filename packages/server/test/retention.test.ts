import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger, startServer } from '../src/index.js';
import { testConfig, validReport } from './helpers.js';
import { newDatabase, openTestStorage, sql } from './backend.js';
import type { Storage } from '../src/index.js';

/** Store a report of kommune 3120; returns its receipt. */
async function stored(storage: Storage, key: string): Promise<string> {
  const result = await storage.submitReport({
    kommune: '3120',
    limits: [],
    idempotency: { key, fingerprint: 'f' },
    report: { body: validReport(), possibleSpam: false },
    respond: () => ({ status: 201, body: '{}' }),
  });
  assert.equal(result.outcome, 'created');
  return result.outcome === 'created' ? result.saved.receipt : '';
}

test('the server runs retention when it starts: a report closed longer ago than the kommune keeps is gone, an open one stays', async () => {
  const db = await newDatabase('reports');
  const seeding = openTestStorage(db);
  await seeding.migrate();
  const expired = await stored(seeding, 'a');
  const open = await stored(seeding, 'b');
  await seeding.inbox.setStatus('3120', expired, 'avsluttet', 1, Date.now());
  await seeding.close();
  await sql(db, "UPDATE reports SET closed_at = '2020-01-01T00:00:00.000Z' WHERE receipt = ?", [expired]);

  const server = await startServer({ config: testConfig(), db, port: 0, hostname: '127.0.0.1', log: silentLogger });
  await server.close(); // waits for the run that started with the server
  const left = await sql(db, 'SELECT receipt FROM reports');
  assert.deepEqual(
    left.map((r) => r['receipt']),
    [open],
  );
  const audited = await sql(db, "SELECT user_id, target FROM audit_log WHERE action = 'report-retention-deleted'");
  assert.deepEqual(audited, [{ user_id: null, target: expired }]);
});
