import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { addUser, createApp } from '../src/index.js';
import { postReport, testConfig, validReport } from './helpers.js';
import { newDatabase, openTestStorage } from './backend.js';

const PASSWORD = 'correct horse battery staple';
const FORMULA_NAME = '=HYPERLINK("https://evil.example";"klikk")';
const USERS = {
  a: { kommune: '3120', email: 'kontakt@rakkestad.kommune.no', name: 'Ola Nordmann', role: 'contact' as const },
  admin: { kommune: '3120', email: 'admin@rakkestad.kommune.no', name: 'Per Admin', role: 'admin' as const },
  formula: { kommune: '3120', email: 'formel@rakkestad.kommune.no', name: FORMULA_NAME, role: 'contact' as const },
  b: { kommune: '3101', email: 'kontakt@halden.kommune.no', name: 'Kari Nordmann', role: 'contact' as const },
};
const START = Date.parse('2026-12-02T10:00:00Z');

type Session = { cookie: string; csrf: string };
type Entry = {
  id: number;
  at: string;
  user: { email: string; name: string } | null;
  action: string;
  target: string | null;
  detail: object;
};

/** A server (`--demo`: no second factor) on a real SQLite file with two kommuner, their users, and a clock the test moves. */
async function inbox() {
  const db = await newDatabase('inbox_log');
  const clock = { now: START };
  const now = () => clock.now;
  const storage = openTestStorage(db, { now, reportKey: randomBytes(32) });
  await storage.migrate();
  const ids: Record<string, number> = {};
  for (const [key, user] of Object.entries(USERS)) ids[key] = (await addUser(storage, user, PASSWORD, clock.now)).id;
  const app = createApp({ config: testConfig(), storage, now, demo: true, log: () => {} });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = (path: string, session?: Session) =>
    fetch(`${url}/admin/api${path}`, { headers: session ? { Origin: url, Cookie: session.cookie } : { Origin: url } });
  const json = async (path: string, session: Session) => {
    const response = await call(path, session);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    return response.json();
  };
  const signIn = async (who: keyof typeof USERS): Promise<Session> => {
    const response = await fetch(`${url}/admin/api/sign-in`, {
      method: 'POST',
      headers: { Origin: url, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: USERS[who].email, password: PASSWORD }),
    });
    assert.equal(response.status, 200);
    return { cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '', csrf: (await response.json()).csrfToken as string };
  };
  let keys = 0;
  /** Store a report of `kommune` a minute later, with `notify` enqueued beside it. */
  const report = async (kommune: string, notify: 'queued' | 'none' = 'none') => {
    clock.now += 60_000;
    const result = await storage.submitReport({
      kommune,
      limits: [],
      idempotency: { key: `k-${++keys}`, fingerprint: 'f' },
      report: { body: validReport({ kommune }), possibleSpam: false },
      respond: () => ({ status: 201, body: '{}' }),
      notify:
        notify === 'queued'
          ? [
              {
                kommune,
                recipient: 'varsel@example.no',
                subject: 'Ny melding',
                bodyText: 'En melding venter.',
                kind: 'new-report',
                state: 'queued',
              },
            ]
          : [],
    });
    assert.equal(result.outcome, 'created');
    return result.outcome === 'created' ? result.saved.receipt : '';
  };
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await storage.close();
  };
  return { url, storage, clock, ids, call, json, signIn, report, close };
}

test('a contact person sees who read a report in the audit log, newest first, and viewing the log adds nothing', async () => {
  const s = await inbox();
  try {
    const receipt = await s.report('3120');
    const a = await s.signIn('a');
    assert.equal((await s.call(`/reports/${receipt}`, a)).status, 200);
    const first = (await s.json('/audit', a)) as { entries: Entry[]; nextBefore: number | null };
    assert.equal(first.nextBefore, null);
    const [read, signIn] = first.entries;
    assert.deepEqual(
      { action: read?.action, target: read?.target, user: read?.user, at: read?.at },
      { action: 'report-read', target: receipt, user: { email: USERS.a.email, name: USERS.a.name }, at: '2026-12-02T10:01:00.000Z' },
    );
    assert.equal(signIn?.action, 'sign-in');
    assert.deepEqual(signIn?.detail, { secondFactor: false });
    const added = first.entries.filter((e) => e.action === 'user-added');
    assert.equal(added.length, 3, 'the three users of 3120 were added');
    assert.ok(added.every((e) => e.user === null));
    const ids = first.entries.map((e) => e.id);
    assert.deepEqual(
      ids,
      [...ids].sort((x, y) => y - x),
      'newest first',
    );
    const again = (await s.json('/audit', a)) as { entries: Entry[] };
    assert.deepEqual(again.entries, first.entries, 'reading the log is not itself logged');

    const admin = await s.signIn('admin');
    const asAdmin = (await s.json('/audit', admin)) as { entries: Entry[] };
    assert.equal(asAdmin.entries[0]?.action, 'sign-in');
    assert.equal(asAdmin.entries[0]?.user?.email, USERS.admin.email, 'an admin reads the log too');
  } finally {
    await s.close();
  }
});

test('paging with limit and before walks the whole log once, and a bad limit or before answers 400', async () => {
  const s = await inbox();
  try {
    const a = await s.signIn('a');
    for (let i = 0; i < 4; i++) assert.equal((await s.call(`/reports/${await s.report('3120')}`, a)).status, 200);
    const whole = ((await s.json('/audit?limit=200', a)) as { entries: Entry[] }).entries;
    assert.equal(whole.length, 3 + 1 + 4, 'users added, a sign-in and four reads');
    const walked: Entry[] = [];
    let path = '/audit?limit=3';
    for (let pages = 1; ; pages++) {
      const page = (await s.json(path, a)) as { entries: Entry[]; nextBefore: number | null };
      assert.ok(page.entries.length <= 3);
      walked.push(...page.entries);
      if (page.nextBefore === null) {
        assert.equal(pages, 3);
        break;
      }
      assert.equal(page.nextBefore, page.entries.at(-1)?.id);
      path = `/audit?limit=3&before=${page.nextBefore}`;
    }
    assert.deepEqual(walked, whole);
    const exact = (await s.json('/audit?limit=8', a)) as { entries: Entry[]; nextBefore: number | null };
    assert.equal(exact.entries.length, 8);
    assert.equal(exact.nextBefore, null, 'no next page when the log ends exactly at the limit');
    for (const bad of ['limit=0', 'limit=201', 'limit=x', 'before=0', 'before=-1', 'before=1.5']) {
      const response = await s.call(`/audit?${bad}`, a);
      assert.equal(response.status, 400, bad);
      assert.equal((await response.json()).type, 'validation');
    }
  } finally {
    await s.close();
  }
});

test('the CSV export holds the whole log for Excel, escaped, with formula cells defused, and is itself audited', async () => {
  const s = await inbox();
  try {
    const formula = await s.signIn('formula');
    s.clock.now = Date.parse('2026-12-02T10:05:00Z');
    for (const [target, detail] of [
      ['=1+1', { note: 'a;b "c"', n: 3 }],
      ['+47 123', {}],
      ['-2', {}],
      ['@SUM(A1)', {}],
      ['linje\nskift', {}],
    ] as const)
      await s.storage.auth.audit({
        at: new Date(s.clock.now).toISOString(),
        kommune: '3120',
        userId: s.ids['formula']!,
        action: 'test',
        target,
        detail,
      });
    const response = await s.call('/audit.csv', formula);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="revisjonslogg-3120-2026-12-02.csv"');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    assert.ok(text.endsWith('\r\n'));
    const lines = text.split('\r\n');
    assert.equal(lines[0], 'tidspunkt;bruker;handling;mål;detaljer');
    assert.equal(lines[1], '2026-12-02T10:00:00.000Z;;user-added;user:1;role=contact', 'oldest first; the command line has no user');
    const who = `"'=HYPERLINK(""https://evil.example"";""klikk"") <formel@rakkestad.kommune.no>"`;
    const at = '2026-12-02T10:05:00.000Z';
    assert.ok(lines.includes(`2026-12-02T10:00:00.000Z;${who};sign-in;;secondFactor=false`), 'the user cell is defused and quoted');
    for (const line of [
      `${at};${who};test;'=1+1;"note=a;b ""c"", n=3"`,
      `${at};${who};test;'+47 123;`,
      `${at};${who};test;'-2;`,
      `${at};${who};test;'@SUM(A1);`,
      `${at};${who};test;"linje\nskift";`,
    ])
      assert.ok(text.includes(`\r\n${line}\r\n`), line);
    assert.equal(lines.filter((l) => l.startsWith('2026-')).length, 9, 'three users added, a sign-in and five entries');

    const log = (await s.json('/audit', formula)) as { entries: Entry[] };
    assert.deepEqual(
      { action: log.entries[0]?.action, target: log.entries[0]?.target, detail: log.entries[0]?.detail, user: log.entries[0]?.user?.email },
      { action: 'audit-exported', target: '3120', detail: { count: 9 }, user: USERS.formula.email },
    );
  } finally {
    await s.close();
  }
});

test("a user never sees another kommune's log or mail, and without a session every route answers 401", async () => {
  const s = await inbox();
  try {
    const receipt = await s.report('3120', 'queued');
    await s.report('3101', 'queued');
    const a = await s.signIn('a');
    assert.equal((await s.call(`/reports/${receipt}`, a)).status, 200);
    const b = await s.signIn('b');
    const log = (await s.json('/audit?limit=200', b)) as { entries: Entry[] };
    assert.deepEqual(
      log.entries.map((e) => e.action),
      ['sign-in', 'user-added'],
    );
    assert.ok(log.entries.every((e) => e.user === null || e.user.email === USERS.b.email));
    const csv = await (await s.call('/audit.csv', b)).text();
    for (const foreign of [receipt, USERS.a.email, USERS.admin.email, 'report-read'])
      assert.ok(!csv.includes(foreign) && !JSON.stringify(log).includes(foreign), foreign);
    const mailB = (await s.json('/mail', b)) as { messages: Array<{ id: number }> };
    const mailA = (await s.json('/mail', a)) as { messages: Array<{ id: number }> };
    assert.equal(mailB.messages.length, 1);
    assert.equal(mailA.messages.length, 1);
    assert.notEqual(mailA.messages[0]?.id, mailB.messages[0]?.id);
    const exports = (await s.storage.auth.listAudit('3120')).filter((e) => e.action === 'audit-exported');
    assert.equal(exports.length, 0, "b's export is audited in 3101 only");
    for (const path of ['/audit', '/audit?limit=5', '/audit.csv', '/mail', '/mail?state=failed']) {
      const response = await s.call(path);
      assert.equal(response.status, 401, path);
      assert.equal((await response.json()).type, 'unauthorized');
      assert.equal((await s.call(path, { cookie: 'kw_session=forged', csrf: '' })).status, 401, `${path} with a forged cookie`);
    }
  } finally {
    await s.close();
  }
});

test('the mail view shows the notice of a new report in the outbox, and a failed message with its error', async () => {
  const s = await inbox();
  try {
    const posted = await postReport({ url: s.url }, validReport());
    assert.equal(posted.status, 201);
    await s.report('3120', 'queued');
    const [queued] = await s.storage.claimMail(10, 60_000);
    assert.ok(queued);
    await s.storage.markMailFailed(queued.id, 'EENVELOPE 550');
    await s.report('3120', 'queued');

    const admin = await s.signIn('admin');
    const { messages } = (await s.json('/mail', admin)) as { messages: Array<Record<string, unknown>> };
    assert.deepEqual(
      messages.map((m) => m['state']),
      ['queued', 'failed', 'outbox'],
      'newest first',
    );
    const [waiting, failed, outbox] = messages;
    assert.deepEqual(Object.keys(outbox ?? {}).sort(), [
      'attempts',
      'createdAt',
      'id',
      'lastError',
      'nextAttemptAt',
      'sentAt',
      'state',
      'subject',
      'text',
      'to',
    ]);
    assert.equal(outbox?.['to'], 'kontakt@rakkestad.kommune.no');
    assert.equal(outbox?.['subject'], 'Ny melding om hets eller trusler');
    assert.match(String(outbox?.['text']), /En ny melding om hets eller trusler venter i innboksen\./);
    assert.deepEqual([outbox?.['attempts'], outbox?.['lastError'], outbox?.['sentAt'], outbox?.['nextAttemptAt']], [0, null, null, null]);
    assert.equal(outbox?.['createdAt'], '2026-12-02T10:00:00.000Z');
    assert.deepEqual([failed?.['state'], failed?.['attempts'], failed?.['lastError']], ['failed', 1, 'EENVELOPE 550']);
    assert.equal(waiting?.['nextAttemptAt'], '2026-12-02T10:02:00.000Z');

    const onlyFailed = (await s.json('/mail?state=failed', admin)) as { messages: Array<Record<string, unknown>> };
    assert.deepEqual(
      onlyFailed.messages.map((m) => m['lastError']),
      ['EENVELOPE 550'],
    );
    const a = await s.signIn('a');
    assert.equal(((await s.json('/mail?state=outbox', a)) as { messages: unknown[] }).messages.length, 1);
    const bad = await s.call('/mail?state=deleted', a);
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).type, 'validation');
    assert.ok(!(await s.storage.auth.listAudit('3120')).some((e) => e.action.includes('mail')), 'reading mail is not audited');
  } finally {
    await s.close();
  }
});
