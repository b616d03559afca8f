import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStorage, silentLogger, startServer } from '../src/index.js';
import { tempDir, testConfig, validReport } from './helpers.js';

/** Store a report of kommune 3120; returns its receipt. */
async function stored(storage: ReturnType<typeof openSqliteStorage>, key: string): Promise<string> {
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
  const db = join(tempDir(), 'data', 'reports.sqlite');
  const seeding = openSqliteStorage(db);
  await seeding.migrate();
  const expired = await stored(seeding, 'a');
  const open = await stored(seeding, 'b');
  await seeding.inbox.setStatus('3120', expired, 'avsluttet', 1, Date.now());
  await seeding.close();
  const writer = new Database(db);
  writer.prepare("UPDATE reports SET closed_at = '2020-01-01T00:00:00.000Z' WHERE receipt = ?").run(expired);
  writer.close();

  const server = await startServer({ config: testConfig(), db, port: 0, hostname: '127.0.0.1', log: silentLogger });
  await server.close(); // waits for the run that started with the server
  const reader = new Database(db, { readonly: true });
  try {
    const left = reader.prepare('SELECT receipt FROM reports').all() as Array<{ receipt: string }>;
    assert.deepEqual(
      left.map((r) => r.receipt),
      [open],
    );
    const audited = reader.prepare("SELECT user_id, target FROM audit_log WHERE action = 'report-retention-deleted'").all();
    assert.deepEqual(audited, [{ user_id: null, target: expired }]);
  } finally {
    reader.close();
  }
});
