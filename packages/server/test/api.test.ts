import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FOREIGN, ORIGIN, postReport, start, validReport } from './helpers.js';

describe('the public API', () => {
  let server: Awaited<ReturnType<typeof start>>;
  before(async () => {
    server = await start();
  });
  after(() => server.close());

  test('GET /health answers 200 { ok: true } while storage can write', async () => {
    const res = await fetch(`${server.url}/api/v1/health`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { ok: true });
  });

  test('GET /kommuner/:nummer tells an allowed origin the retention period, contact person and response time', async () => {
    const res = await fetch(`${server.url}/api/v1/kommuner/3120`, { headers: { Origin: ORIGIN } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    assert.deepEqual(await res.json(), {
      nummer: '3120',
      navn: 'Rakkestad',
      takesReports: true,
      retentionDays: 180,
      contact: { name: 'Ola Nordmann', phone: '+47 69 22 00 00', email: 'kontakt@rakkestad.kommune.no' },
      responseTime: 'Innen to virkedager.',
    });
  });

  test('GET /kommuner/:nummer from a foreign origin, even another kommune’s, is answered 403 without CORS', async () => {
    for (const origin of [FOREIGN, 'https://www.halden.kommune.no']) {
      const res = await fetch(`${server.url}/api/v1/kommuner/3120`, { headers: { Origin: origin } });
      assert.equal(res.status, 403);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
      assert.equal((await res.json()).type, 'origin-not-allowed');
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    }
  });

  test('GET /kommuner/:nummer for a kommune the server does not serve is answered 404 problem', async () => {
    const res = await fetch(`${server.url}/api/v1/kommuner/0301`, { headers: { Origin: ORIGIN } });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(Object.keys(await res.json()).sort(), ['detail', 'status', 'title', 'type']);
  });

  test('an unknown path is answered 404 problem', async () => {
    const res = await fetch(`${server.url}/api/v1/nothing-here`);
    assert.equal(res.status, 404);
    assert.equal((await res.json()).type, 'not-found');
  });

  test('a CORS preflight from an allowed origin allows POST with exactly Content-Type, Idempotency-Key and If-None-Match', async () => {
    const res = await fetch(`${server.url}/api/v1/reports`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    assert.ok(res.status === 204 || res.status === 200, String(res.status));
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.deepEqual(
      (res.headers.get('access-control-allow-headers') ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .sort(),
      ['content-type', 'idempotency-key', 'if-none-match'],
    );
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
    assert.match(res.headers.get('vary') ?? '', /Origin/i);
  });

  test('a CORS preflight from a foreign origin is not allowed', async () => {
    const res = await fetch(`${server.url}/api/v1/reports`, {
      method: 'OPTIONS',
      headers: { Origin: FOREIGN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  test('a report answer exposes Retry-After to the allowed origin', async () => {
    const res = await postReport(server, validReport());
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /Retry-After/i);
  });

  test('every answer carries the security headers and sets no cookie', async () => {
    const answers = [
      await fetch(`${server.url}/api/v1/health`),
      await fetch(`${server.url}/api/v1/kommuner/3120`, { headers: { Origin: FOREIGN } }),
      await fetch(`${server.url}/api/v1/missing`),
      await postReport(server, 'not json'),
      await postReport(server, validReport()),
    ];
    for (const res of answers) {
      const where = `${res.status} ${res.url}`;
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', where);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', where);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/, where);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, where);
      assert.equal(res.headers.get('cross-origin-resource-policy'), 'same-origin', where);
      assert.equal(res.headers.get('set-cookie'), null, where);
    }
  });
});

test('GET /health and POST /reports answer 503 unavailable with Retry-After when storage cannot write', async () => {
  const server = await start();
  try {
    await server.storage.close();
    const health = await fetch(`${server.url}/api/v1/health`);
    assert.equal(health.status, 503);
    assert.equal((await health.json()).type, 'unavailable');
    assert.ok(Number(health.headers.get('retry-after')) >= 1);
    const report = await postReport(server, validReport());
    assert.equal(report.status, 503);
    assert.equal((await report.json()).type, 'unavailable');
    assert.ok(Number(report.headers.get('retry-after')) >= 1);
  } finally {
    await server.close();
  }
});

test('each request is logged as one record of method, route pattern, status and time, without any report data', async () => {
  const records: Record<string, unknown>[] = [];
  const server = await start({ log: (record) => records.push(record) });
  try {
    const report = validReport({ description: 'Hemmelig beskrivelse', contact: { name: 'Per Hansen', email: 'per@example.no' } });
    assert.equal((await postReport(server, report)).status, 201);
    assert.equal((await postReport(server, { ...report, kinds: [] })).status, 400);
    const requests = records.filter((r) => 'route' in r);
    assert.equal(requests.length, 2);
    for (const record of requests) {
      assert.deepEqual(Object.keys(record).sort(), ['method', 'ms', 'route', 'status']);
      assert.equal(record['route'], '/api/v1/reports');
    }
    const text = JSON.stringify(records);
    for (const secret of ['Hemmelig', 'Per Hansen', 'per@example.no', '127.0.0.1']) assert.ok(!text.includes(secret), secret);
  } finally {
    await server.close();
  }
});
