import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { addUser, createApp } from '../src/index.js';
import { runRetention } from '../src/retention.js';
import { testConfig, validReport } from './helpers.js';
import { newDatabase, openTestStorage, sql, storedBytes } from './backend.js';

const PASSWORD = 'correct horse battery staple';
const USERS = {
  a: { kommune: '3120', email: 'kontakt@rakkestad.kommune.no', name: 'Ola Nordmann', role: 'contact' as const },
  b: { kommune: '3101', email: 'kontakt@halden.kommune.no', name: 'Kari Nordmann', role: 'contact' as const },
  admin: { kommune: '3120', email: 'admin@rakkestad.kommune.no', name: 'Per Admin', role: 'admin' as const },
};
const SECRET_DESCRIPTION = 'Hemmelig beskrivelse som aldri skal i loggen.';
const SECRET_NOTE = 'Notat som aldri skal i loggen.';

/** A server (`--demo`, no second factor) on a real SQLite file, with two kommuner, a contact user each and an admin. */
async function inbox() {
  const db = await newDatabase('inbox');
  const clock = { now: Date.parse('2026-12-02T10:00:00Z') };
  const now = () => clock.now;
  const storage = openTestStorage(db, { now, reportKey: randomBytes(32) });
  await storage.migrate();
  for (const user of Object.values(USERS)) await addUser(storage, user, PASSWORD, clock.now);
  const app = createApp({ config: testConfig(), storage, now, demo: true, log: () => {} });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = (
    path: string,
    init: { method?: string; body?: unknown; session?: { cookie: string; csrf: string }; csrf?: boolean } = {},
  ) => {
    const headers: Record<string, string> = { Origin: url };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.session) {
      headers['Cookie'] = init.session.cookie;
      if (init.csrf !== false) headers['X-CSRF-Token'] = init.session.csrf;
    }
    return fetch(`${url}/admin/api${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  };
  const signIn = async (who: keyof typeof USERS) => {
    const response = await call('/sign-in', { body: { email: USERS[who].email, password: PASSWORD } });
    assert.equal(response.status, 200);
    return { cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '', csrf: (await response.json()).csrfToken as string };
  };
  let keys = 0;
  /** Store a report of `kommune` received at the clock's time (minutes later each), optionally with one attachment. */
  const report = async (
    kommune: string,
    overrides: Record<string, unknown> = {},
    options: { spam?: boolean; attachment?: boolean } = {},
  ) => {
    clock.now += 60_000;
    const attachments: string[] = [];
    if (options.attachment) {
      const id = `att-${++keys}-${randomBytes(6).toString('hex')}`;
      await storage.saveAttachment(kommune, { id, type: 'image/png', bytes: new Uint8Array([1, 2, 3, 4]) });
      attachments.push(id);
    }
    const result = await storage.submitReport({
      kommune,
      limits: [],
      idempotency: { key: `k-${++keys}`, fingerprint: 'f' },
      report: {
        body: validReport({ kommune, description: SECRET_DESCRIPTION, ...overrides }),
        possibleSpam: options.spam ?? false,
        attachments,
      },
      respond: () => ({ status: 201, body: '{}' }),
    });
    assert.equal(result.outcome, 'created');
    return { receipt: result.outcome === 'created' ? result.saved.receipt : '', attachment: attachments[0] ?? '' };
  };
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await storage.close();
  };
  return { db, storage, clock, call, signIn, report, close };
}

test('the list shows only the own kommune, most urgent first, without description or contact, with the count of new ones', async () => {
  const s = await inbox();
  try {
    const plain = await s.report('3120', { kinds: ['hets'] });
    const threat = await s.report('3120', { kinds: ['trussel'] });
    const danger = await s.report('3120', { kinds: ['hets'], triage: { danger: true } }, { attachment: true });
    const newest = await s.report('3120', { kinds: ['hets'] });
    const spam = await s.report('3120', {}, { spam: true });
    const other = await s.report('3101');
    const a = await s.signIn('a');
    const response = await s.call('/reports', { session: a });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const list = await response.json();
    assert.deepEqual(
      list.reports.map((r: { receipt: string }) => r.receipt),
      [danger.receipt, threat.receipt, newest.receipt, plain.receipt],
    );
    assert.equal(list.counts.ny, 4);
    assert.equal(list.counts.possibleSpam, 1);
    assert.equal(list.reports[0].attachmentCount, 1);
    assert.equal(list.reports[0].danger, true);
    assert.equal(list.reports[0].status, 'ny');
    const text = JSON.stringify(list);
    assert.ok(!text.includes(SECRET_DESCRIPTION) && !text.includes('per@example.no') && !text.includes(other.receipt));

    const spamOnly = await (await s.call('/reports?spam=true', { session: a })).json();
    assert.deepEqual(
      spamOnly.reports.map((r: { receipt: string }) => r.receipt),
      [spam.receipt],
    );
    const threats = await (await s.call('/reports?kind=trussel', { session: a })).json();
    assert.deepEqual(
      threats.reports.map((r: { receipt: string }) => r.receipt),
      [threat.receipt],
    );
    const paged = await (await s.call('/reports?limit=2&offset=2', { session: a })).json();
    assert.equal(paged.reports.length, 2);
    assert.equal(paged.nextOffset, null);
    const byRole = await (await s.call('/reports?role=ansatt', { session: a })).json();
    assert.equal(byRole.reports.length, 0);
    const found = await (await s.call(`/reports?receipt=${spam.receipt.toLowerCase()}`, { session: a })).json();
    assert.deepEqual(
      found.reports.map((r: { receipt: string }) => r.receipt),
      [spam.receipt],
    );
    const foreign = await (await s.call(`/reports?receipt=${other.receipt}`, { session: a })).json();
    assert.equal(foreign.reports.length, 0);
    assert.equal((await s.call('/reports?limit=101', { session: a })).status, 400);
  } finally {
    await s.close();
  }
});

test('a status filter and a date range narrow the list; a status change shows in the list and the history', async () => {
  const s = await inbox();
  try {
    const first = await s.report('3120');
    const second = await s.report('3120');
    const a = await s.signIn('a');
    const changed = await s.call(`/reports/${first.receipt}/status`, { session: a, body: { status: 'under-behandling' } });
    assert.equal(changed.status, 200);
    assert.equal((await s.call(`/reports/${first.receipt}/status`, { session: a, body: { status: 'lukket' } })).status, 400);
    const open = await (await s.call('/reports?status=under-behandling', { session: a })).json();
    assert.deepEqual(
      open.reports.map((r: { receipt: string }) => r.receipt),
      [first.receipt],
    );
    assert.equal(open.counts.ny, 1);
    assert.equal((await (await s.call('/reports?from=2026-12-03', { session: a })).json()).reports.length, 0);
    assert.equal((await (await s.call('/reports?from=2026-12-02&to=2026-12-02', { session: a })).json()).reports.length, 2);
    const detail = await (await s.call(`/reports/${first.receipt}`, { session: a })).json();
    assert.deepEqual(
      detail.statusChanges.map((c: { from: string; to: string }) => [c.from, c.to]),
      [['ny', 'under-behandling']],
    );
    assert.equal(detail.status, 'under-behandling');
    assert.ok(second.receipt);
  } finally {
    await s.close();
  }
});

test('the detail holds everything the person sent, notes are kept, and each action is audited without content', async () => {
  const s = await inbox();
  try {
    const { receipt, attachment } = await s.report('3120', {}, { attachment: true });
    const a = await s.signIn('a');
    const note = await s.call(`/reports/${receipt}/notes`, { session: a, body: { text: SECRET_NOTE } });
    assert.equal(note.status, 201);
    assert.equal((await s.call(`/reports/${receipt}/notes`, { session: a, body: { text: 'x'.repeat(5001) } })).status, 400);
    const detail = await s.call(`/reports/${receipt}`, { session: a });
    assert.equal(detail.status, 200);
    assert.equal(detail.headers.get('cache-control'), 'no-store');
    const body = await detail.json();
    assert.equal(body.report.description, SECRET_DESCRIPTION);
    assert.equal(body.report.contact.email, 'per@example.no');
    assert.deepEqual(
      body.notes.map((n: { text: string }) => n.text),
      [SECRET_NOTE],
    );
    // Stored sealed with KW_REPORT_KEY, like the report: the database file holds neither text.
    const stored = await storedBytes(s.db);
    for (const secret of [SECRET_NOTE, SECRET_DESCRIPTION])
      assert.equal(stored.includes(Buffer.from(secret)), false, `${secret} is not in the file`);
    assert.equal(body.attachments[0].id, attachment);

    const file = await s.call(`/reports/${receipt}/attachments/${attachment}`, { session: a });
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'image/png');
    assert.match(file.headers.get('content-disposition') ?? '', /^attachment; filename="[^"]+\.png"$/);
    assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(file.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.equal(file.headers.get('cache-control'), 'no-store');
    assert.deepEqual([...new Uint8Array(await file.arrayBuffer())], [1, 2, 3, 4]);

    assert.equal((await s.call(`/reports/${receipt}`, { session: a, method: 'DELETE', body: { confirm: 'HT-2026-XXXXXX' } })).status, 400);
    assert.equal((await s.call(`/reports/${receipt}`, { session: a, method: 'DELETE' })).status, 400);
    assert.equal((await s.call(`/reports/${receipt}`, { session: a })).status, 200);
    const deleted = await s.call(`/reports/${receipt}`, { session: a, method: 'DELETE', body: { confirm: receipt } });
    assert.equal(deleted.status, 204);
    assert.equal((await s.call(`/reports/${receipt}`, { session: a })).status, 404);
    assert.equal((await s.call(`/reports/${receipt}/attachments/${attachment}`, { session: a })).status, 404);
    assert.equal(await s.storage.getAttachment('3120', attachment), undefined);

    const entries = await s.storage.auth.listAudit('3120');
    const actions = entries.map((e) => e.action);
    for (const action of ['report-note-added', 'report-read', 'attachment-read', 'report-deleted'])
      assert.ok(actions.includes(action), `${action} audited`);
    const reportEntries = entries.filter((e) => e.action.startsWith('report-') || e.action === 'attachment-read');
    assert.ok(reportEntries.every((e) => e.userId === 1 && e.target === receipt && e.at === '2026-12-02T10:01:00.000Z'));
    const logged = JSON.stringify(entries);
    assert.ok(!logged.includes(SECRET_DESCRIPTION) && !logged.includes(SECRET_NOTE) && !logged.includes('per@example.no'));
  } finally {
    await s.close();
  }
});

test("another kommune's receipts and attachment ids answer 404 on every route and change nothing", async () => {
  const s = await inbox();
  try {
    const { receipt, attachment } = await s.report('3101', {}, { attachment: true });
    const a = await s.signIn('a');
    const tries: Array<[string, { method?: string; body?: unknown }]> = [
      [`/reports/${receipt}`, {}],
      [`/reports/${receipt}/status`, { body: { status: 'avsluttet' } }],
      [`/reports/${receipt}/notes`, { body: { text: 'hei' } }],
      [`/reports/${receipt}`, { method: 'DELETE', body: { confirm: receipt } }],
      [`/reports/${receipt}/attachments/${attachment}`, {}],
      [`/reports/${receipt}/export`, {}],
      [`/reports/${receipt}/hold`, { body: { reason: 'Politisak 123' } }],
      [`/reports/${receipt}/hold`, { method: 'DELETE' }],
      ['/reports/HT-2026-ZZZZZZ', {}],
    ];
    for (const [path, init] of tries) {
      const response = await s.call(path, { ...init, session: a });
      assert.equal(response.status, 404, `${init.method ?? 'GET'} ${path}`);
      assert.equal((await response.json()).type, 'not-found');
    }
    const kept = await s.storage.getReport('3101', receipt);
    assert.equal(kept?.status, 'ny');
    assert.equal(kept?.hold, null);
    const actions = (await s.storage.auth.listAudit()).map((e) => e.action);
    assert.ok(!actions.some((a) => ['report-exported', 'report-hold-set', 'report-hold-lifted'].includes(a)), 'nothing audited as done');
    assert.deepEqual(await s.storage.inbox.history('3101', receipt), { notes: [], statusChanges: [] });
    assert.ok(await s.storage.getAttachment('3101', attachment));
  } finally {
    await s.close();
  }
});

test('an admin gets 403 on every report route, no session 401, and a change without the CSRF token 403', async () => {
  const s = await inbox();
  try {
    const { receipt, attachment } = await s.report('3120', {}, { attachment: true });
    const admin = await s.signIn('admin');
    const a = await s.signIn('a');
    const routes: Array<[string, { method?: string; body?: unknown }]> = [
      ['/reports', {}],
      [`/reports/${receipt}`, {}],
      [`/reports/${receipt}/status`, { body: { status: 'avsluttet' } }],
      [`/reports/${receipt}/notes`, { body: { text: 'hei' } }],
      [`/reports/${receipt}`, { method: 'DELETE', body: { confirm: receipt } }],
      [`/reports/${receipt}/attachments/${attachment}`, {}],
      [`/reports/${receipt}/export`, {}],
      [`/reports/${receipt}/hold`, { body: { reason: 'Politisak 123' } }],
      [`/reports/${receipt}/hold`, { method: 'DELETE', body: {} }],
    ];
    for (const [path, init] of routes) {
      const label = `${init.method ?? (init.body ? 'POST' : 'GET')} ${path}`;
      const asAdmin = await s.call(path, { ...init, session: admin });
      assert.equal(asAdmin.status, 403, label);
      assert.equal((await asAdmin.json()).type, 'forbidden');
      assert.equal((await s.call(path, init)).status, 401, label);
      if (init.body !== undefined) {
        const noCsrf = await s.call(path, { ...init, session: a, csrf: false });
        assert.equal(noCsrf.status, 403, label);
        assert.equal((await noCsrf.json()).type, 'csrf');
      }
    }
    const kept = await s.storage.getReport('3120', receipt);
    assert.equal(kept?.status, 'ny');
    assert.deepEqual(await s.storage.inbox.history('3120', receipt), { notes: [], statusChanges: [] });
  } finally {
    await s.close();
  }
});

const DAY = 24 * 60 * 60 * 1000;
const receiptsOf = (list: { reports: Array<{ receipt: string }> }) => list.reports.map((r) => r.receipt);

test('the list is served from clear columns: a report whose sealed body no longer opens still lists, filtered and counted', async () => {
  const s = await inbox();
  try {
    const broken = await s.report('3120', { kinds: ['trussel', 'hets'], role: 'ansatt', triage: { danger: true } });
    const plain = await s.report('3120', { kinds: ['hets'] });
    await sql(s.db, `UPDATE reports SET body = '{"sealed":"AAAA"}' WHERE receipt = ?`, [broken.receipt]);
    const a = await s.signIn('a');
    const list = await (await s.call('/reports', { session: a })).json();
    assert.deepEqual(list.reports[0], {
      receipt: broken.receipt,
      receivedAt: '2026-12-02T10:01:00.000Z',
      status: 'ny',
      danger: true,
      kinds: ['trussel', 'hets'],
      role: 'ansatt',
      possibleSpam: false,
      attachmentCount: 0,
      hold: false,
      closedAt: null,
    });
    assert.deepEqual(receiptsOf(list), [broken.receipt, plain.receipt]);
    assert.deepEqual(list.counts, { ny: 2, possibleSpam: 0 });
    assert.equal(list.total, 2);
    assert.deepEqual(receiptsOf(await (await s.call('/reports?role=ansatt&kind=trussel', { session: a })).json()), [broken.receipt]);
    assert.deepEqual(receiptsOf(await (await s.call('/reports?kind=truss', { session: a })).json()), [], 'a kind matches whole');
    const page = await (await s.call('/reports?limit=1', { session: a })).json();
    assert.equal(page.total, 2);
    assert.equal(page.nextOffset, 1);
  } finally {
    await s.close();
  }
});

test('closing records closedAt and the day retention deletes it; reopening clears both; the list shows them', async () => {
  const s = await inbox();
  try {
    const { receipt } = await s.report('3120');
    const a = await s.signIn('a');
    assert.equal((await s.call(`/reports/${receipt}/status`, { session: a, body: { status: 'avsluttet' } })).status, 200);
    const closed = await (await s.call(`/reports/${receipt}`, { session: a })).json();
    assert.equal(closed.closedAt, '2026-12-02T10:01:00.000Z');
    assert.equal(closed.hold, null);
    assert.equal(closed.deleteAfter, '2027-05-31', '180 days, the kommune’s retention');
    const listed = await (await s.call('/reports?status=avsluttet', { session: a })).json();
    assert.equal(listed.reports[0].closedAt, '2026-12-02T10:01:00.000Z');
    assert.equal((await s.call(`/reports/${receipt}/status`, { session: a, body: { status: 'under-behandling' } })).status, 200);
    const reopened = await (await s.call(`/reports/${receipt}`, { session: a })).json();
    assert.equal(reopened.closedAt, null);
    assert.equal(reopened.deleteAfter, null);
    assert.equal((await (await s.call('/reports', { session: a })).json()).reports[0].closedAt, null);
  } finally {
    await s.close();
  }
});

test('a hold with a reason keeps a closed report; it shows in the detail and list, and is audited without the reason', async () => {
  const s = await inbox();
  try {
    const { receipt } = await s.report('3120');
    const a = await s.signIn('a');
    await s.call(`/reports/${receipt}/status`, { session: a, body: { status: 'avsluttet' } });
    for (const reason of ['', '   ', 'x'.repeat(501), 42])
      assert.equal((await s.call(`/reports/${receipt}/hold`, { session: a, body: { reason } })).status, 400);
    const set = await s.call(`/reports/${receipt}/hold`, { session: a, body: { reason: SECRET_NOTE } });
    assert.equal(set.status, 200);
    const hold = { reason: SECRET_NOTE, at: '2026-12-02T10:01:00.000Z', by: USERS.a.email };
    assert.deepEqual(await set.json(), { receipt, hold, deleteAfter: null });
    const detail = await (await s.call(`/reports/${receipt}`, { session: a })).json();
    assert.deepEqual(detail.hold, hold);
    assert.equal(detail.deleteAfter, null);
    assert.equal((await (await s.call('/reports?status=avsluttet', { session: a })).json()).reports[0].hold, true);
    // Sealed at rest like a note.
    assert.equal((await storedBytes(s.db)).includes(Buffer.from(SECRET_NOTE)), false);

    const lifted = await s.call(`/reports/${receipt}/hold`, { session: a, method: 'DELETE' });
    assert.equal(lifted.status, 200);
    assert.deepEqual(await lifted.json(), { receipt, hold: null, deleteAfter: '2027-05-31' });
    assert.equal((await (await s.call(`/reports/${receipt}`, { session: a })).json()).hold, null);

    const entries = (await s.storage.auth.listAudit('3120')).filter((e) => e.action.startsWith('report-hold'));
    assert.deepEqual(
      entries.map((e) => [e.action, e.target, e.userId]),
      [
        ['report-hold-set', receipt, 1],
        ['report-hold-lifted', receipt, 1],
      ],
    );
    assert.ok(!JSON.stringify(entries).includes(SECRET_NOTE));
  } finally {
    await s.close();
  }
});

test('retention deletes a closed report past its days with its attachments, audited; open, held and recent ones stay', async () => {
  const s = await inbox();
  try {
    const old = await s.report('3120', {}, { attachment: true });
    const held = await s.report('3120');
    const open = await s.report('3120');
    const other = await s.report('3101');
    const a = await s.signIn('a');
    const b = await s.signIn('b');
    for (const receipt of [old.receipt, held.receipt])
      await s.call(`/reports/${receipt}/status`, { session: a, body: { status: 'avsluttet' } });
    await s.call(`/reports/${other.receipt}/status`, { session: b, body: { status: 'avsluttet' } });
    await s.call(`/reports/${held.receipt}/hold`, { session: a, body: { reason: 'Politisak' } });
    s.clock.now += 100 * DAY;
    const recent = await s.report('3120');
    await s.call(`/reports/${recent.receipt}/status`, { session: await s.signIn('a'), body: { status: 'avsluttet' } });

    s.clock.now += 80 * DAY + 60_000; // 180 days and a minute after the first were closed
    const result = await runRetention(s.storage, testConfig(), s.clock.now);
    assert.deepEqual(result.reports, { '3120': [old.receipt], '3101': [other.receipt] }, 'Halden keeps 90 days');
    assert.ok(result.sessions >= 2, 'idle sessions are forgotten');
    assert.equal(await s.storage.getReport('3120', old.receipt), undefined);
    assert.equal(await s.storage.getAttachment('3120', old.attachment), undefined);
    assert.equal((await sql(s.db, 'SELECT count(*) AS n FROM attachments'))[0]!['n'], 0);
    for (const kept of [held, open, recent]) assert.ok(await s.storage.getReport('3120', kept.receipt), 'kept');

    const entry = (await s.storage.auth.listAudit('3120')).find((e) => e.action === 'report-retention-deleted');
    assert.deepEqual(
      { userId: entry?.userId, target: entry?.target, at: entry?.at },
      { userId: null, target: old.receipt, at: new Date(s.clock.now).toISOString() },
    );
    const again = await runRetention(s.storage, testConfig(), s.clock.now);
    assert.deepEqual(again.reports, {}, 'a second run finds nothing');
  } finally {
    await s.close();
  }
});

test('the export is the detail as JSON for the printable page, audited as an export', async () => {
  const s = await inbox();
  try {
    const { receipt } = await s.report('3120', {}, { attachment: true });
    const a = await s.signIn('a');
    const exported = await s.call(`/reports/${receipt}/export`, { session: a });
    assert.equal(exported.status, 200);
    assert.equal(exported.headers.get('cache-control'), 'no-store');
    const body = await exported.json();
    assert.deepEqual(body, await (await s.call(`/reports/${receipt}`, { session: a })).json());
    assert.equal(body.report.description, SECRET_DESCRIPTION);
    const entries = await s.storage.auth.listAudit('3120');
    assert.deepEqual(
      entries.filter((e) => e.action === 'report-exported').map((e) => [e.target, e.userId]),
      [[receipt, 1]],
    );
    assert.ok(!JSON.stringify(entries).includes(SECRET_DESCRIPTION));
  } finally {
    await s.close();
  }
});

test('the audit log pages newest first by id, of one kommune', async () => {
  const s = await inbox();
  try {
    const { receipt } = await s.report('3120');
    const a = await s.signIn('a');
    for (let i = 0; i < 3; i++) await s.call(`/reports/${receipt}`, { session: a });
    const all = await s.storage.auth.listAudit('3120');
    assert.ok(
      all.every((e, i) => i === 0 || e.id > all[i - 1]!.id),
      'oldest first without a page',
    );
    const first = await s.storage.auth.listAudit('3120', { limit: 2 });
    assert.deepEqual(
      first.map((e) => e.id),
      all
        .slice(-2)
        .map((e) => e.id)
        .reverse(),
    );
    const second = await s.storage.auth.listAudit('3120', { limit: 100, beforeId: first.at(-1)!.id });
    assert.deepEqual(
      second.map((e) => e.id),
      all
        .slice(0, -2)
        .map((e) => e.id)
        .reverse(),
    );
    assert.ok((await s.storage.auth.listAudit('3101', { limit: 10 })).every((e) => e.kommune === '3101'));
  } finally {
    await s.close();
  }
});
