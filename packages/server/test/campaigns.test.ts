import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ConfigError, demoCampaign, parseConfig, startServer, withDemo } from '../src/index.js';
import { PublishedCache, RECHECK_MS } from '../src/campaigns/published-cache.js';
import { FOREIGN, ORIGIN, start, testConfig } from './helpers.js';
import { DAY, HALDEN, approve, newKey, pledgeConfig, pledgeServer, validPledge } from './pledge-helpers.js';
import { newDatabase, openTestStorage, sql } from './backend.js';

test('a page reads an open campaign: title, lists with colours, period, state and count, cacheable for 30 s', async () => {
  const s = await pledgeServer();
  try {
    const response = await fetch(`${s.url}/api/v1/campaigns/valg-2027`, { headers: { Origin: ORIGIN } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=30');
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    assert.deepEqual(await response.json(), {
      id: 'valg-2027',
      kommune: '3120',
      title: { nb: 'Valgløftet valg-2027', nn: 'Valløftet valg-2027' },
      text: null,
      lists: [
        { id: 'ap', name: { nb: 'Arbeiderpartiet', nn: 'Arbeidarpartiet' }, color: '#e4202c' },
        { id: 'h', name: 'Høyre', color: '#0065f1' },
        { id: 'sp', name: 'Senterpartiet' },
      ],
      opens: '2026-10-31T23:00:00.000Z',
      closes: '2027-09-13T21:59:59.999Z',
      state: 'open',
      moderation: false,
      count: 0,
    });
  } finally {
    await s.close();
  }
});

test('a campaign says whether it is upcoming, open or closed, and an unknown id answers 404 not-found', async () => {
  const s = await pledgeServer();
  try {
    const state = async (id: string) => ((await (await fetch(`${s.url}/api/v1/campaigns/${id}`)).json()) as { state: string }).state;
    assert.equal(await state('valg-lukket'), 'closed');
    assert.equal(await state('valg-kommende'), 'upcoming');
    assert.equal(await state('valg-moderert'), 'open');
    const missing = await fetch(`${s.url}/api/v1/campaigns/finnes-ikke`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json');
    assert.equal(((await missing.json()) as { type: string }).type, 'not-found');
    const list = await fetch(`${s.url}/api/v1/campaigns/finnes-ikke/pledges`);
    assert.equal(list.status, 404);
  } finally {
    await s.close();
  }
});

test('CORS is granted to the campaign’s own kommune’s origins only', async () => {
  const s = await pledgeServer();
  try {
    const own = await fetch(`${s.url}/api/v1/campaigns/valg-2027/pledges`, { headers: { Origin: ORIGIN } });
    assert.equal(own.headers.get('access-control-allow-origin'), ORIGIN);
    const other = await fetch(`${s.url}/api/v1/campaigns/valg-2027/pledges`, { headers: { Origin: HALDEN } });
    assert.equal(other.headers.get('access-control-allow-origin'), null, 'Halden’s page may not read Rakkestad’s campaign');
    const preflight = (origin: string) =>
      fetch(`${s.url}/api/v1/campaigns/valg-2027/pledges`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      });
    const allowed = await preflight(ORIGIN);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    assert.equal((await preflight(HALDEN)).headers.get('access-control-allow-origin'), null);
    const posted = await s.sign('valg-2027', validPledge(), { Origin: HALDEN });
    assert.equal(posted.status, 403);
    assert.equal(((await posted.json()) as { type: string }).type, 'origin-not-allowed');
  } finally {
    await s.close();
  }
});

test('a signature with an e-mail address waits for its confirmation link; without one, for a moderator', async () => {
  const s = await pledgeServer();
  try {
    const withEmail = await s.sign('valg-2027', validPledge());
    assert.equal(withEmail.status, 201);
    assert.equal(withEmail.headers.get('cache-control'), 'no-store');
    const answer = (await withEmail.json()) as { id: string; state: string };
    assert.equal(answer.state, 'pending-confirmation');
    assert.match(answer.id, /^[A-Za-z0-9_-]{12}$/);
    const { mail, confirm, withdraw } = await s.mailLinks();
    assert.equal(mail.recipient, 'kari@example.no');
    assert.equal(mail.state, 'outbox', 'without SMTP the mail waits in the outbox');
    assert.ok(confirm.startsWith('https://valg.rakkestad.kommune.no/api/v1/pledges/confirm?token='), 'links on the public address');
    assert.ok(withdraw.startsWith('https://valg.rakkestad.kommune.no/api/v1/pledges/withdraw?token='));
    assert.match(mail.bodyText, /Kari Nordmann/);

    const without = await s.signed('valg-2027', { name: 'Per Hansen', email: undefined });
    assert.equal(without.state, 'pending-moderation');
    assert.equal((await s.storage.listMail('3120')).length, 1, 'no mail without an address');

    const moderated = await s.signed('valg-moderert');
    assert.equal(moderated.state, 'pending-moderation', 'with moderation every signature waits for a moderator');
    assert.equal((await s.storage.listMail('3120')).length, 2, 'and still gets its links');
  } finally {
    await s.close();
  }
});

test('the public list shows published signatures only, newest first, in pages', async () => {
  const s = await pledgeServer();
  try {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      s.clock.now += 60_000;
      ids.push((await s.signed('valg-2027', { name: `Kandidat ${i}`, email: undefined })).id);
    }
    await s.signed('valg-2027', { name: 'Venter Fortsatt', email: undefined });
    for (const id of ids) await approve(s, 'valg-2027', id);

    const page = async (query: string) => {
      const response = await fetch(`${s.url}/api/v1/campaigns/valg-2027/pledges${query}`);
      assert.equal(response.status, 200);
      return (await response.json()) as { pledges: Array<Record<string, unknown>>; total: number; nextOffset: number | null };
    };
    const all = await page('');
    assert.equal(all.total, 5);
    assert.deepEqual(
      all.pledges.map((p) => p.name),
      ['Kandidat 4', 'Kandidat 3', 'Kandidat 2', 'Kandidat 1', 'Kandidat 0'],
    );
    assert.deepEqual(Object.keys(all.pledges[0]!).sort(), ['id', 'list', 'name', 'role', 'signedAt']);
    assert.equal(all.nextOffset, null);
    const first = await page('?limit=2');
    assert.deepEqual([first.pledges.length, first.nextOffset], [2, 2]);
    const last = await page('?limit=2&offset=4');
    assert.deepEqual([last.pledges.map((p) => p.name), last.nextOffset], [['Kandidat 0'], null]);
    for (const bad of ['?limit=201', '?limit=0', '?offset=-1', '?limit=abc']) {
      const response = await fetch(`${s.url}/api/v1/campaigns/valg-2027/pledges${bad}`);
      assert.equal(response.status, 400, bad);
      assert.equal(((await response.json()) as { type: string }).type, 'validation');
    }
    const campaign = (await (await fetch(`${s.url}/api/v1/campaigns/valg-2027`)).json()) as { count: number };
    assert.equal(campaign.count, 5);
  } finally {
    await s.close();
  }
});

test('the list carries an ETag: unchanged it answers 304, and the ETag changes when a signature is published or hidden', async () => {
  const s = await pledgeServer();
  try {
    const first = await s.signed('valg-2027', { email: undefined });
    await approve(s, 'valg-2027', first.id);
    const url = `${s.url}/api/v1/campaigns/valg-2027/pledges`;
    const response = await fetch(url);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=30, stale-while-revalidate=300');
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', 'the security headers, as on every answer');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(response.headers.get('vary'), 'Origin');
    const etag = response.headers.get('etag')!;
    assert.match(etag, /^"[A-Za-z0-9_-]+"$/);
    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(await again.text(), '');
    assert.equal((await fetch(url, { headers: { 'If-None-Match': `W/${etag}` } })).status, 304, 'a weak form matches too');

    await s.signed('valg-2027', { name: 'Ny Kandidat', email: undefined });
    assert.equal((await fetch(url, { headers: { 'If-None-Match': etag } })).status, 304, 'a signature waiting is not on the list');

    const second = await s.signed('valg-2027', { name: 'Andre Kandidat', email: undefined });
    await approve(s, 'valg-2027', second.id);
    const changed = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    const newEtag = changed.headers.get('etag')!;
    assert.notEqual(newEtag, etag);
    assert.equal(((await changed.json()) as { total: number }).total, 2);

    await s.storage.pledges.moderate('3120', 'valg-2027', second.id, 'hide', 1, s.clock.now, {
      at: new Date(s.clock.now).toISOString(),
      kommune: '3120',
      userId: 1,
      action: 'pledge-hidden',
      target: second.id,
    });
    s.clock.now += 1001;
    const hidden = await fetch(url, { headers: { 'If-None-Match': newEtag } });
    assert.equal(hidden.status, 200);
    assert.equal(hidden.headers.get('etag'), etag, 'the same list has the same ETag');
  } finally {
    await s.close();
  }
});

test('the same name on the same list is refused with 409 duplicate-pledge, whatever its case and spaces', async () => {
  const s = await pledgeServer();
  try {
    await s.signed('valg-2027', { name: 'Kari Nordmann' });
    for (const name of ['kari nordmann', '  KARI   NORDMANN ', 'KariNordmann', 'Kari\u00a0Nordmann']) {
      const response = await s.sign('valg-2027', validPledge('valg-2027', { name }));
      assert.equal(response.status, 409, name);
      assert.equal(((await response.json()) as { type: string }).type, 'duplicate-pledge');
    }
    await s.signed('valg-2027', { name: 'Kari Nordmann', list: 'h' }); // another list
    await s.signed('valg-moderert', { name: 'Kari Nordmann' }); // another campaign
    await s.signed('valg-2027', { name: 'Kari Nordmann', list: 'annen', otherList: 'Rakkestadlista' });
    const other = await s.sign(
      'valg-2027',
      validPledge('valg-2027', { name: 'kari nordmann', list: 'annen', otherList: 'rakkestad lista' }),
    );
    assert.equal(other.status, 409, 'the same other list, written differently');
    await s.signed('valg-2027', { name: 'Kari Nordmann', list: 'annen', otherList: 'Bygdelista' });

    const waiting = await s.signed('valg-2027', { name: 'Ola Avvist', email: undefined });
    await s.storage.pledges.moderate('3120', 'valg-2027', waiting.id, 'reject', 1, s.clock.now, {
      at: new Date(s.clock.now).toISOString(),
      kommune: '3120',
      userId: 1,
      action: 'pledge-rejected',
      target: waiting.id,
    });
    await s.signed('valg-2027', { name: 'Ola Avvist' }); // a rejected signature does not block a new one
    assert.equal((await s.rows()).filter((r) => r['name_key'] === 'karinordmann').length, 5, 'nothing refused was stored');
  } finally {
    await s.close();
  }
});

test('outside the campaign period a signature is refused with 403 campaign-closed', async () => {
  const s = await pledgeServer();
  try {
    for (const id of ['valg-lukket', 'valg-kommende']) {
      const response = await s.sign(id, validPledge(id));
      assert.equal(response.status, 403, id);
      assert.equal(((await response.json()) as { type: string }).type, 'campaign-closed');
    }
    s.clock.now = Date.parse('2027-09-13T21:59:00Z'); // the last minute of election day, Oslo time
    assert.equal(
      (await s.sign('valg-2027', validPledge('valg-2027', { startedAt: new Date(s.clock.now - 60_000).toISOString() }))).status,
      201,
    );
    s.clock.now = Date.parse('2027-09-13T22:00:00Z');
    const late = await s.sign(
      'valg-2027',
      validPledge('valg-2027', { name: 'For Sent', startedAt: new Date(s.clock.now - 60_000).toISOString() }),
    );
    assert.equal(late.status, 403);
    assert.equal((await s.rows()).length, 1);
  } finally {
    await s.close();
  }
});

test('a signature is validated as the form validates it: 400 validation with every issue; the spam trap waits for a moderator', async () => {
  const s = await pledgeServer();
  try {
    const issues = async (body: unknown) => {
      const response = await s.sign('valg-2027', body);
      assert.equal(response.status, 400);
      const problem = (await response.json()) as { type: string; issues: Array<{ path: string; code: string }> };
      assert.equal(problem.type, 'validation');
      return problem.issues.map((i) => i.path);
    };
    assert.deepEqual(await issues(validPledge('valg-2027', { consent: false })), ['consent']);
    assert.deepEqual(await issues(validPledge('valg-2027', { name: '' })), ['name']);
    assert.deepEqual(await issues(validPledge('valg-2027', { name: 'x'.repeat(121) })), ['name']);
    assert.deepEqual(await issues(validPledge('valg-2027', { list: 'frp' })), ['list'], 'a list the campaign does not have');
    assert.deepEqual(await issues(validPledge('valg-2027', { list: 'annen' })), ['otherList']);
    assert.deepEqual(await issues(validPledge('valg-2027', { role: 'ordfører' })), ['role']);
    assert.deepEqual(await issues(validPledge('valg-2027', { email: 'ikke-en-adresse' })), ['email']);
    assert.deepEqual(await issues(validPledge('valg-moderert')), ['campaign'], 'the body names another campaign than the address');
    assert.deepEqual(await issues('{"campaign": '), ['']);
    assert.equal((await s.rows()).length, 0);
    // The spam trap is not refused (that would tell a robot it is a trap): the signature waits for a moderator.
    const trapped = await s.sign('valg-2027', validPledge('valg-2027', { website: 'http://spam.example', email: 'kari@example.no' }));
    assert.equal(trapped.status, 201);
    assert.equal(((await trapped.json()) as { state: string }).state, 'pending-moderation');
  } finally {
    await s.close();
  }
});

test('a signature must be JSON, small, with an Idempotency-Key, for a campaign that exists', async () => {
  const s = await pledgeServer();
  try {
    const type = async (response: Response) => [response.status, ((await response.json()) as { type: string }).type];
    assert.deepEqual(await type(await s.sign('valg-2027', validPledge(), { 'Content-Type': 'text/plain' })), [415, 'unsupported-type']);
    assert.deepEqual(await type(await s.sign('valg-2027', { ...validPledge(), name: 'x'.repeat(70_000) })), [413, 'too-large']);
    assert.deepEqual(await type(await s.sign('valg-2027', validPledge(), { 'Idempotency-Key': '' })), [400, 'validation']);
    assert.deepEqual(await type(await s.sign('finnes-ikke', validPledge('finnes-ikke'))), [404, 'not-found']);
    assert.deepEqual(await type(await s.sign('valg-2027', validPledge(), { Origin: FOREIGN })), [403, 'origin-not-allowed']);
    const noOrigin = await s.sign('valg-2027', validPledge(), { Origin: '' });
    assert.equal(noOrigin.status, 201, 'a request without Origin (not from a browser) is taken');
  } finally {
    await s.close();
  }
});

test('a retried signature answers the first result and is stored once; the key with another body answers 422', async () => {
  const s = await pledgeServer();
  try {
    const key = newKey();
    const body = validPledge();
    const first = await s.sign('valg-2027', body, { 'Idempotency-Key': key });
    const again = await s.sign('valg-2027', body, { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201, 'not 409 duplicate: the retry replays the first answer');
    assert.deepEqual(await again.json(), await first.json());
    const other = await s.sign('valg-2027', validPledge('valg-2027', { name: 'Noen Andre' }), { 'Idempotency-Key': key });
    assert.equal(other.status, 422);
    assert.equal(((await other.json()) as { type: string }).type, 'idempotency-mismatch');
    assert.equal((await s.rows()).length, 1);
    assert.equal((await s.storage.listMail('3120')).length, 1, 'one mail');
  } finally {
    await s.close();
  }
});

test('signatures are rate-limited per address and per campaign with 429 and Retry-After', async () => {
  const perIp = await pledgeServer({
    config: pledgeConfig({ rateLimits: { pledgesPerIp: { max: 2, windowSeconds: 600 } } }),
  });
  try {
    await perIp.signed('valg-2027', { name: 'En' });
    await perIp.signed('valg-moderert', { name: 'To' });
    const third = await perIp.sign('valg-2027', validPledge('valg-2027', { name: 'Tre' }));
    assert.equal(third.status, 429);
    assert.equal(((await third.json()) as { type: string }).type, 'rate-limited');
    assert.equal(third.headers.get('retry-after'), '600');
    perIp.clock.now += 601_000;
    assert.equal((await perIp.sign('valg-2027', validPledge('valg-2027', { name: 'Tre' }))).status, 201, 'a new window');
  } finally {
    await perIp.close();
  }
  const perCampaign = await pledgeServer({
    config: pledgeConfig({ rateLimits: { pledgesPerCampaign: { max: 1, windowSeconds: 3600 } } }),
  });
  try {
    await perCampaign.signed('valg-2027', { name: 'En' });
    assert.equal((await perCampaign.sign('valg-2027', validPledge('valg-2027', { name: 'To' }))).status, 429);
    assert.equal((await perCampaign.sign('valg-moderert', validPledge('valg-moderert', { name: 'To' }))).status, 201, 'another campaign');
  } finally {
    await perCampaign.close();
  }
});

test('with KW_REPORT_KEY a signatory’s e-mail address is stored sealed, and the moderator still reads it', async () => {
  const s = await pledgeServer({ reportKey: randomBytes(32) });
  try {
    const { id } = await s.signed('valg-2027', { email: 'hemmelig@example.no' });
    const [row] = await s.rows();
    assert.match(String(row!['email']), /^sealed:/);
    const pledgeBytes = (await sql(s.db, 'SELECT email FROM pledges')).map((r) => r['email']).join('');
    assert.ok(!pledgeBytes.includes('hemmelig@example.no'));
    assert.equal((await s.storage.pledges.get('valg-2027', id))?.email, 'hemmelig@example.no');
  } finally {
    await s.close();
  }
});

test('without a configured publicUrl the mail’s links use the server’s own address', async () => {
  const server = await start({ config: pledgeConfig() });
  try {
    const response = await fetch(`${server.url}/api/v1/campaigns/valg-2027/pledges`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'Idempotency-Key': newKey() },
      body: JSON.stringify(validPledge('valg-2027', { startedAt: new Date(Date.now() - 60_000).toISOString() })),
    });
    assert.equal(response.status, 201);
    const [mail] = await server.storage.listMail('3120');
    assert.match(mail!.bodyText, new RegExp(`http://localhost:${server.port}/api/v1/pledges/confirm\\?token=`));
  } finally {
    await server.close();
  }
});

test('the configuration validates campaigns: ids unique across kommuner, lists unique, «annen» reserved, closing after opening', () => {
  const config = pledgeConfig();
  assert.doesNotThrow(() => parseConfig(JSON.parse(JSON.stringify(config))));
  const broken = (change: (c: any) => void, pattern: RegExp) => {
    const copy = JSON.parse(JSON.stringify(config));
    change(copy);
    assert.throws(
      () => parseConfig(copy),
      (error: unknown) => error instanceof ConfigError && pattern.test(error.message),
    );
  };
  broken((c) => (c.kommuner[1].campaigns[0].id = 'valg-2027'), /kommuner\[1\]\.campaigns\[0\]\.id/);
  broken((c) => c.kommuner[0].campaigns[0].lists.push({ id: 'ap', name: 'Igjen' }), /campaigns\[0\]\.lists\[3\]\.id/);
  broken((c) => c.kommuner[0].campaigns[0].lists.push({ id: 'annen', name: 'Annen' }), /campaigns\[0\]\.lists\[3\]\.id/);
  broken((c) => (c.kommuner[0].campaigns[0].closes = '2026-10-01'), /campaigns\[0\]\.closes/);
  broken((c) => (c.kommuner[0].campaigns[0].lists[0].color = 'red'), /lists\[0\]\.color/);
  broken((c) => (c.kommuner[0].campaigns[0].emailRetentionDays = -1), /emailRetentionDays/);
});

test('the demo has the campaign valgloftet-2027 of Eksempel kommune: eight lists with colours, no moderation, built-in text', () => {
  const demo = withDemo({ kommuner: testConfig().kommuner }, 8080);
  assert.doesNotThrow(() => parseConfig(JSON.parse(JSON.stringify(demo))));
  const eksempel = demo.kommuner.find((k) => k.nummer === '9999')!;
  const campaign = eksempel.campaigns?.[0];
  assert.deepEqual(campaign, demoCampaign());
  assert.equal(campaign!.id, 'valgloftet-2027');
  assert.equal(campaign!.text, null);
  assert.equal(campaign!.moderation, false);
  assert.equal(campaign!.lists.length, 8);
  assert.ok(campaign!.lists.every((l) => /^#[0-9a-f]{6}$/.test(l.color ?? '')));
  assert.ok(Date.parse('2026-12-02') > Date.parse(campaign!.opens) && campaign!.closes === '2027-09-13', 'open now, until election day');
});

test('a campaign’s period holds in Oslo time: a bare closing date includes the whole day, summer time and all', async () => {
  const s = await pledgeServer();
  try {
    const body = (await (await fetch(`${s.url}/api/v1/campaigns/valg-kommende`)).json()) as { opens: string; closes: string };
    assert.equal(body.opens, '2027-01-01T11:00:00.000Z', 'noon in Oslo in winter');
    assert.equal(body.closes, '2027-09-13T21:59:59.999Z', 'midnight in Oslo in summer');
    s.clock.now = Date.parse('2027-01-01T11:00:00Z') + DAY;
    const open = (await (await fetch(`${s.url}/api/v1/campaigns/valg-kommende`)).json()) as { state: string };
    assert.equal(open.state, 'open');
  } finally {
    await s.close();
  }
});

test('the server answers the public list from its cache itself: 200 with ETag, CORS and the security headers, 304 on If-None-Match, and one summed log line a second', async () => {
  const lines: Record<string, unknown>[] = [];
  const server = await startServer({
    config: pledgeConfig({ publicUrl: 'https://valg.rakkestad.kommune.no' }),
    storage: openTestStorage(await newDatabase('list')),
    port: 0,
    hostname: '127.0.0.1',
    log: (record) => lines.push(record),
    retentionIntervalMs: 0,
  });
  try {
    const list = `${server.url}/api/v1/campaigns/valg-2027/pledges`;
    const first = await fetch(list, { headers: { Origin: ORIGIN } });
    assert.equal(first.status, 200);
    assert.deepEqual(await first.json(), { pledges: [], total: 0, nextOffset: null });
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.equal(first.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(first.headers.get('access-control-expose-headers') ?? '', /ETag/);
    assert.equal(first.headers.get('x-content-type-options'), 'nosniff');
    assert.match(first.headers.get('cache-control') ?? '', /max-age=30/);
    // The second read is answered from memory without waiting (the page and its version are current): the same answer.
    const headersOf = (response: Response) => [...response.headers].filter(([name]) => name !== 'date' && name !== 'keep-alive');
    const second = await fetch(list, { headers: { Origin: ORIGIN } });
    assert.deepEqual(headersOf(second), headersOf(first));
    assert.deepEqual(await second.json(), { pledges: [], total: 0, nextOffset: null });
    const foreign = await fetch(list, { headers: { Origin: FOREIGN } });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null, 'no CORS for another origin, after one that has it');
    assert.equal(foreign.headers.get('etag'), etag);
    await foreign.arrayBuffer();
    const again = await fetch(list, { headers: { Origin: ORIGIN, 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('content-type'), null, 'a 304 has no body and no type');
    assert.equal(again.headers.get('access-control-allow-origin'), ORIGIN);
    const page = await fetch(`${list}?limit=5&offset=0`);
    assert.equal(page.status, 200);
    assert.deepEqual(await page.json(), { pledges: [], total: 0, nextOffset: null });
    // A bad limit is not the cache's: the route answers it.
    assert.equal((await fetch(`${list}?limit=0`)).status, 400);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const summed = lines.filter((l) => l['route'] === '/api/v1/campaigns/:id/pledges' && 'count' in l);
    assert.deepEqual(summed.map((l) => [l['status'], l['count']]).sort(), [
      [200, 4],
      [304, 1],
    ]);
  } finally {
    await server.close();
  }
});

test('the cache hands out a page without waiting only while its version is current: after a change here, or a second later, it reads again', async () => {
  const storage = openTestStorage(await newDatabase('cache'));
  await storage.migrate();
  const clock = { now: Date.parse('2026-12-02T10:00:00Z') };
  const cache = new PublishedCache(storage, () => clock.now);
  try {
    assert.equal(cache.peek('valg-2027', 100, 0), undefined, 'nothing read yet');
    const page = await cache.page('valg-2027', 100, 0);
    assert.equal(cache.peek('valg-2027', 100, 0), page, 'the page read, without waiting');
    assert.equal(cache.peek('valg-2027', 50, 0), undefined, 'another page size is another page');
    cache.invalidate('valg-2027');
    assert.equal(cache.peek('valg-2027', 100, 0), undefined, 'a change here: read the version again');
    assert.equal(await cache.page('valg-2027', 100, 0), page, 'the same version keeps its page');
    clock.now += RECHECK_MS;
    assert.equal(cache.peek('valg-2027', 100, 0), undefined, 'another process may have changed it: read the version again');
  } finally {
    await storage.close();
  }
});
