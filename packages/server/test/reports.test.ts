import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RECEIPT_PATTERN } from '../src/index.js';
import { FOREIGN, ORIGIN, newKey, postReport, reportRows, start, testConfig, validReport } from './helpers.js';

/** POST a report body sent in chunks (no Content-Length), as a client streaming it would. */
function postStream(server: { url: string }, body: ReadableStream<Uint8Array>): Promise<Response> {
  return fetch(`${server.url}/api/v1/reports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'Idempotency-Key': newKey() },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('POST /api/v1/reports', () => {
  let server: Awaited<ReturnType<typeof start>>;
  before(async () => {
    server = await start();
  });
  after(() => server.close());

  test('a valid report is answered 201 with a receipt only once it is a row in the database', async () => {
    const res = await postReport(server, validReport());
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await res.json();
    assert.match(body.receipt, RECEIPT_PATTERN);
    assert.equal(body.kommune, '3120');
    assert.ok(!Number.isNaN(Date.parse(body.receivedAt)));
    const row = (await reportRows(server.db)).find((r) => r.receipt === body.receipt);
    assert.ok(row, 'the acknowledged report is in the database file');
    assert.equal(row.kommune, '3120');
    assert.equal(row.status, 'ny');
    assert.equal(row.possible_spam, 0);
    assert.equal(row.created_at, body.receivedAt);
    assert.equal(JSON.parse(row.body).description, validReport().description);
  });

  test('an invalid report is answered 400 validation with every issue and its path', async () => {
    const res = await postReport(
      server,
      validReport({ kinds: [], links: ['javascript:alert(1)'], when: '2026-02-30', description: undefined }),
    );
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    const problem = await res.json();
    assert.equal(problem.type, 'validation');
    assert.equal(problem.status, 400);
    const byPath = new Map(problem.issues.map((i: { path: string; code: string; message: string }) => [i.path, i]));
    assert.equal((byPath.get('kinds') as any)?.code, 'too_small');
    assert.equal((byPath.get('links[0]') as any)?.code, 'invalid_url');
    assert.equal((byPath.get('when') as any)?.code, 'invalid_date');
    assert.equal((byPath.get('description') as any)?.code, 'required');
    for (const issue of problem.issues) assert.ok(issue.message.length > 0, `${issue.path} has a message`);
  });

  test('a report for a kommune the server does not serve, or with unknown attachments, is answered 400', async () => {
    const unknown = await postReport(server, validReport({ kommune: '0301' }), { Origin: '' });
    // Without Origin (a client that is not a browser) the body decides; a browser's Origin would get 403.
    assert.equal(unknown.status, 400);
    assert.deepEqual(
      (await unknown.json()).issues.map((i: any) => [i.path, i.code]),
      [['kommune', 'unknown_reference']],
    );
    const attached = await postReport(server, validReport({ attachments: ['abc'] }));
    assert.equal(attached.status, 400);
    assert.deepEqual(
      (await attached.json()).issues.map((i: any) => i.path),
      ['attachments[0]'],
    );
  });

  test('a body that is not JSON is answered 400 validation', async () => {
    const res = await postReport(server, '{"kommune": ');
    assert.equal(res.status, 400);
    assert.equal((await res.json()).type, 'validation');
  });

  test('a body that is not application/json is answered 415 unsupported-type', async () => {
    const res = await postReport(server, JSON.stringify(validReport()), { 'Content-Type': 'text/plain' });
    assert.equal(res.status, 415);
    assert.equal((await res.json()).type, 'unsupported-type');
    const form = await postReport(server, 'kommune=3120', { 'Content-Type': 'application/x-www-form-urlencoded' });
    assert.equal(form.status, 415);
  });

  test('a report from an origin the kommune does not allow is answered 403 and not stored', async () => {
    const before = (await reportRows(server.db)).length;
    const foreign = await postReport(server, validReport(), { Origin: FOREIGN });
    assert.equal(foreign.status, 403);
    assert.equal((await foreign.json()).type, 'origin-not-allowed');
    // Another kommune's origin is foreign too: each kommune is sealed off from the others.
    const neighbour = await postReport(server, validReport(), { Origin: 'https://www.halden.kommune.no' });
    assert.equal(neighbour.status, 403);
    assert.equal((await reportRows(server.db)).length, before);
  });

  test('a body over 64 KB is answered 413 too-large, by Content-Length', async () => {
    const res = await postReport(server, validReport({ description: 'x'.repeat(70_000) }));
    assert.equal(res.status, 413);
    assert.equal((await res.json()).type, 'too-large');
  });

  test('a chunked body over 64 KB is answered 413 too-large', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(8192));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 12) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await postStream(server, body);
    assert.equal(res.status, 413);
    assert.equal((await res.json()).type, 'too-large');
  });

  test('a chunked body under the limit is accepted', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(validReport()));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 100));
        controller.enqueue(bytes.slice(100));
        controller.close();
      },
    });
    const res = await postStream(server, body);
    assert.equal(res.status, 201);
  });

  test('a report without an Idempotency-Key is answered 400 and not stored', async () => {
    const before = (await reportRows(server.db)).length;
    const res = await fetch(`${server.url}/api/v1/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify(validReport()),
    });
    assert.equal(res.status, 400);
    const problem = await res.json();
    assert.equal(problem.type, 'validation');
    assert.match(problem.detail, /Idempotency-Key/);
    assert.equal((await reportRows(server.db)).length, before);
  });

  test('a filled honeypot is answered 201 like any other report and stored as possible spam', async () => {
    const res = await postReport(server, validReport({ website: 'https://cheap-pills.example' }));
    assert.equal(res.status, 201);
    const { receipt } = await res.json();
    assert.equal((await reportRows(server.db)).find((r) => r.receipt === receipt)?.possible_spam, 1);
  });

  test('a form sent less than 3 seconds after it opened is stored as possible spam', async () => {
    const res = await postReport(server, validReport({ startedAt: new Date(Date.now() - 500).toISOString() }));
    assert.equal(res.status, 201);
    const { receipt } = await res.json();
    assert.equal((await reportRows(server.db)).find((r) => r.receipt === receipt)?.possible_spam, 1);
  });
});

describe('rate limits', () => {
  test('past the per-address limit a report is answered 429 rate-limited with Retry-After', async () => {
    const server = await start({ config: testConfig({ rateLimits: { perIp: { max: 2, windowSeconds: 60 } } }) });
    try {
      assert.equal((await postReport(server, validReport())).status, 201);
      assert.equal((await postReport(server, validReport())).status, 201);
      const res = await postReport(server, validReport());
      assert.equal(res.status, 429);
      assert.equal((await res.json()).type, 'rate-limited');
      const retry = Number(res.headers.get('retry-after'));
      assert.ok(retry >= 1 && retry <= 60, `Retry-After ${retry}`);
      assert.equal((await reportRows(server.db)).length, 2);
    } finally {
      await server.close();
    }
  });

  test('behind a trusted proxy the per-address limit counts each client X-Forwarded-For names; from anyone else the header is ignored', async () => {
    const limits = { perIp: { max: 2, windowSeconds: 60 } };
    const proxied = await start({ config: testConfig({ rateLimits: limits, trustedProxies: ['127.0.0.0/8'] }) });
    try {
      const from = (client: string) => postReport(proxied, validReport(), { 'X-Forwarded-For': client });
      assert.equal((await from('198.51.100.7')).status, 201);
      assert.equal((await from('203.0.113.9, 198.51.100.7')).status, 201, 'the rightmost untrusted hop is the client');
      assert.equal((await from('198.51.100.7')).status, 429, 'the same client a third time');
      assert.equal((await from('192.0.2.44')).status, 201, 'another client behind the same proxy');
      assert.equal((await from('[2001:db8::5]:443')).status, 201);
    } finally {
      await proxied.close();
    }
    const direct = await start({ config: testConfig({ rateLimits: limits }) });
    try {
      const from = (client: string) => postReport(direct, validReport(), { 'X-Forwarded-For': client });
      assert.equal((await from('198.51.100.1')).status, 201);
      assert.equal((await from('198.51.100.2')).status, 201);
      assert.equal((await from('198.51.100.3')).status, 429, 'without trustedProxies a client cannot pick its own address');
    } finally {
      await direct.close();
    }
  });

  test('a reloaded configuration keeps counting: the per-address limit holds across a reload', async () => {
    const config = testConfig({ rateLimits: { perIp: { max: 2, windowSeconds: 60 } } });
    const server = await start({ config });
    try {
      assert.equal((await postReport(server, validReport())).status, 201);
      assert.equal((await postReport(server, validReport())).status, 201);
      server.reload(testConfig({ rateLimits: { perIp: { max: 2, windowSeconds: 60 } } }));
      assert.equal((await postReport(server, validReport())).status, 429);
    } finally {
      await server.close();
    }
  });

  test('past the per-kommune limit a report is answered 429, and other kommuner are unaffected', async () => {
    const server = await start({ config: testConfig({ rateLimits: { perKommune: { max: 1, windowSeconds: 3600 } } }) });
    try {
      assert.equal((await postReport(server, validReport())).status, 201);
      const res = await postReport(server, validReport());
      assert.equal(res.status, 429);
      assert.ok(Number(res.headers.get('retry-after')) > 60);
      const halden = await postReport(server, validReport({ kommune: '3101' }), { Origin: 'https://www.halden.kommune.no' });
      assert.equal(halden.status, 201);
    } finally {
      await server.close();
    }
  });
});
