import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Storage } from '../src/index.js';
import { newKey, postReport, reportRows, start, validReport } from './helpers.js';

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
    assert.equal(reportRows(server.db).filter((r) => r.receipt === answer.receipt).length, 1);
    assert.equal(reportRows(server.db).length, 1);
  });

  test('the same key with a different body is answered 422 idempotency-mismatch and stores nothing', async () => {
    const key = newKey();
    assert.equal((await postReport(server, validReport(), { 'Idempotency-Key': key })).status, 201);
    const rows = reportRows(server.db).length;
    const res = await postReport(server, validReport({ description: 'En annen melding.' }), { 'Idempotency-Key': key });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).type, 'idempotency-mismatch');
    assert.equal(reportRows(server.db).length, rows);
  });

  test('a key sent as a structured-field string is the same key', async () => {
    const key = newKey();
    const body = validReport();
    const first = await (await postReport(server, body, { 'Idempotency-Key': key })).json();
    const second = await postReport(server, body, { 'Idempotency-Key': `"${key}"` });
    assert.deepEqual(await second.json(), first);
  });

  test('two concurrent requests with one key store one report and give consistent answers', async () => {
    const before = reportRows(server.db).length;
    const key = newKey();
    const body = validReport({ description: 'Sendt to ganger samtidig.' });
    const answers = await Promise.all([
      postReport(server, body, { 'Idempotency-Key': key }),
      postReport(server, body, { 'Idempotency-Key': key }),
    ]);
    const statuses = answers.map((a) => a.status).sort();
    const bodies = await Promise.all(answers.map((a) => a.json()));
    assert.equal(reportRows(server.db).length, before + 1);
    if (statuses[1] === 409) {
      assert.deepEqual(statuses, [201, 409]);
      assert.equal(bodies.find((b) => b.status === 409)?.type, 'idempotency-in-flight');
    } else {
      assert.deepEqual(statuses, [201, 201]);
      assert.deepEqual(bodies[0], bodies[1]);
    }
  });
});

test('a key whose first request is still being stored is answered 409 idempotency-in-flight', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const saving = new Promise<void>((resolve) => (entered = resolve));
  const server = await start({
    wrap: (real): Storage => ({
      migrate: () => real.migrate(),
      saveReport: async (...args) => {
        entered();
        await gate;
        return real.saveReport(...args);
      },
      idempotency: real.idempotency,
      hitRateLimit: (...args) => real.hitRateLimit(...args),
      health: () => real.health(),
      close: () => real.close(),
    }),
  });
  try {
    const key = newKey();
    const body = validReport();
    const first = postReport(server, body, { 'Idempotency-Key': key });
    await saving;
    const second = await postReport(server, body, { 'Idempotency-Key': key });
    assert.equal(second.status, 409);
    assert.equal((await second.json()).type, 'idempotency-in-flight');
    assert.ok(second.headers.get('retry-after'));
    assert.equal(reportRows(server.db).length, 0, 'nothing is acknowledged or stored before the commit');
    release();
    const firstAnswer = await first;
    assert.equal(firstAnswer.status, 201);
    const third = await postReport(server, body, { 'Idempotency-Key': key });
    assert.deepEqual(await third.json(), await firstAnswer.json());
    assert.equal(reportRows(server.db).length, 1);
  } finally {
    release();
    await server.close();
  }
});

test('when storing fails the answer is 503 unavailable, and a retry with the same key can succeed', async () => {
  let failNext = true;
  const server = await start({
    wrap: (real): Storage =>
      ({
        ...Object.fromEntries(['migrate', 'hitRateLimit', 'health', 'close'].map((m) => [m, (...a: unknown[]) => (real as any)[m](...a)])),
        idempotency: real.idempotency,
        saveReport: async (...args) => {
          if (failNext) {
            failNext = false;
            const { StorageError } = await import('../src/index.js');
            throw new StorageError('disk I/O error');
          }
          return real.saveReport(...args);
        },
      }) as Storage,
  });
  try {
    const key = newKey();
    const failed = await postReport(server, validReport(), { 'Idempotency-Key': key });
    assert.equal(failed.status, 503);
    assert.equal((await failed.json()).type, 'unavailable');
    assert.ok(Number(failed.headers.get('retry-after')) >= 1);
    const retried = await postReport(server, validReport(), { 'Idempotency-Key': key });
    assert.equal(retried.status, 201);
    assert.equal(reportRows(server.db).length, 1);
  } finally {
    await server.close();
  }
});
