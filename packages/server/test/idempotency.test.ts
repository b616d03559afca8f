import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { IN_FLIGHT_LEASE_MS, StorageError, type Storage } from '../src/index.js';
import { sha256 } from '../src/reports.js';
import { newKey, postReport, reportRows, start, startStored, validReport } from './helpers.js';
import { openTestStorage } from './backend.js';

describe('Idempotency-Key', () => {
  let server: Awaited<ReturnType<typeof start>>;
  before(async () => {
    server = await start();
  });
  after(() => server.close());

  test('a retried report gets the first answer again and is stored once', async () => {
    const key = newKey();
    const body = validReport();
    const first = await postReport(server, body, { 'Idempotency-Key': key });
    const second = await postReport(server, body, { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    const answer = await first.json();
    assert.deepEqual(await second.json(), answer);
    assert.equal(second.headers.get('cache-control'), 'no-store');
    assert.equal((await reportRows(server.db)).filter((r) => r.receipt === answer.receipt).length, 1);
    assert.equal((await reportRows(server.db)).length, 1);
  });

  test('the same key with a different body is answered 422 idempotency-mismatch and stores nothing', async () => {
    const key = newKey();
    assert.equal((await postReport(server, validReport(), { 'Idempotency-Key': key })).status, 201);
    const rows = (await reportRows(server.db)).length;
    const res = await postReport(server, validReport({ description: 'En annen melding.' }), { 'Idempotency-Key': key });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).type, 'idempotency-mismatch');
    assert.equal((await reportRows(server.db)).length, rows);
  });

  test('a key sent as a structured-field string is the same key', async () => {
    const key = newKey();
    const body = validReport();
    const first = await (await postReport(server, body, { 'Idempotency-Key': key })).json();
    const second = await postReport(server, body, { 'Idempotency-Key': `"${key}"` });
    assert.deepEqual(await second.json(), first);
  });

  test('two concurrent requests with one key store one report and both get its receipt', async () => {
    const before = (await reportRows(server.db)).length;
    const key = newKey();
    const body = validReport({ description: 'Sendt to ganger samtidig.' });
    const answers = await Promise.all([
      postReport(server, body, { 'Idempotency-Key': key }),
      postReport(server, body, { 'Idempotency-Key': key }),
    ]);
    const bodies = await Promise.all(answers.map((a) => a.json()));
    assert.equal((await reportRows(server.db)).length, before + 1);
    // One process writes one submission at a time (key lookup and report in one write): the second finds the first
    // done and replays it; 409 is left for a key another process holds (below).
    assert.deepEqual(
      answers.map((a) => a.status),
      [201, 201],
    );
    assert.deepEqual(bodies[0], bodies[1]);
  });
});

/** `real` with some methods replaced (the others called on `real` itself, whose private fields they need). */
function withOverrides(real: Storage, overrides: Partial<Storage>): Storage {
  return new Proxy(real, {
    get: (target, name, receiver) => {
      if (name in overrides) return overrides[name as keyof Storage];
      const value = Reflect.get(target, name, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

test('a key another server process holds in flight is answered 409 idempotency-in-flight, and is free after its lease', async () => {
  let clock = Date.now();
  const now = () => clock;
  const server = await startStored({ now });
  // A second process on the same database file, that took the key and stopped before finishing.
  const other = openTestStorage(server.db, { now });
  try {
    await other.migrate();
    const key = newKey();
    const body = validReport();
    assert.deepEqual(await other.idempotency.begin(key, sha256(JSON.stringify(body))), { state: 'started' });
    const held = await postReport(server, body, { 'Idempotency-Key': key });
    assert.equal(held.status, 409);
    assert.equal((await held.json()).type, 'idempotency-in-flight');
    assert.ok(Number(held.headers.get('retry-after')) >= 1);
    assert.equal((await reportRows(server.db)).length, 0, 'nothing stored while the key is held');

    clock += IN_FLIGHT_LEASE_MS + 1;
    const retried = await postReport(server, body, { 'Idempotency-Key': key });
    assert.equal(retried.status, 201);
    const again = await postReport(server, body, { 'Idempotency-Key': key });
    assert.deepEqual(await again.json(), await retried.json());
    assert.equal((await reportRows(server.db)).length, 1);
  } finally {
    await other.close();
    await server.close();
  }
});

test('when storing fails the answer is 503 unavailable, and a retry with the same key can succeed', async () => {
  let failNext = true;
  const server = await start({
    wrap: (real) =>
      withOverrides(real, {
        submitReport: async (submission) => {
          if (failNext) {
            failNext = false;
            throw new StorageError('disk I/O error');
          }
          return real.submitReport(submission);
        },
      }),
  });
  try {
    const key = newKey();
    const failed = await postReport(server, validReport(), { 'Idempotency-Key': key });
    assert.equal(failed.status, 503);
    assert.equal((await failed.json()).type, 'unavailable');
    assert.ok(Number(failed.headers.get('retry-after')) >= 1);
    const retried = await postReport(server, validReport(), { 'Idempotency-Key': key });
    assert.equal(retried.status, 201);
    assert.equal((await reportRows(server.db)).length, 1);
  } finally {
    await server.close();
  }
});
