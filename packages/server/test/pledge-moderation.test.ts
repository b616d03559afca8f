import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { MIGRATIONS, addUser, openSqliteStorage, runRetention } from '../src/index.js';
import { PASSWORD, USERS, pledgeServer } from './pledge-helpers.js';
import { sqliteOnly } from './backend.js';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';

test('only a moderator reaches moderation: a contact person and an admin get 403, no session 401', async () => {
  const s = await pledgeServer();
  try {
    assert.equal((await s.call('/campaigns')).status, 401);
    for (const who of ['contact', 'admin'] as const) {
      const session = await s.signIn(who);
      for (const path of ['/campaigns', '/campaigns/valg-2027/pledges', '/campaigns/valg-2027/pledges.csv']) {
        const response = await s.call(path, { session });
        assert.equal(response.status, 403, `${who} ${path}`);
        assert.equal(((await response.json()) as { type: string }).type, 'forbidden');
      }
    }
    const moderator = await s.signIn('moderator');
    assert.equal((await s.call('/campaigns', { session: moderator })).status, 200);
    assert.equal((await s.call('/reports', { session: moderator })).status, 403, 'a moderator does not read reports');
  } finally {
    await s.close();
  }
});

test('a moderator sees the kommune’s campaigns with the count of signatures in each state', async () => {
  const s = await pledgeServer();
  try {
    await s.signed('valg-2027');
    await s.signed('valg-2027', { name: 'Uten Epost', email: undefined });
    await s.signed('valg-moderert');
    const response = await s.call('/campaigns', { session: await s.signIn('moderator') });
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const { campaigns } = (await response.json()) as { campaigns: Array<Record<string, any>> };
    assert.deepEqual(
      campaigns.map((c) => [c.id, c.state]),
      [
        ['valg-2027', 'open'],
        ['valg-moderert', 'open'],
        ['valg-lukket', 'closed'],
        ['valg-kommende', 'upcoming'],
      ],
      'Rakkestad’s campaigns only, not Halden’s',
    );
    assert.deepEqual(campaigns[0]!.counts, {
      'pending-confirmation': 1,
      'pending-moderation': 1,
      published: 0,
      rejected: 0,
      hidden: 0,
      withdrawn: 0,
    });
    assert.deepEqual(Object.keys(campaigns[0]!).sort(), ['closes', 'counts', 'id', 'moderation', 'opens', 'state', 'title']);
    assert.equal(campaigns[1]!.moderation, true);
  } finally {
    await s.close();
  }
});

test('a moderator lists every signature with its e-mail address, newest first, filtered by state; each read audited', async () => {
  const s = await pledgeServer();
  try {
    const first = await s.signed('valg-2027', { email: 'en@example.no', name: 'Første' });
    s.clock.now += 60_000;
    const second = await s.signed('valg-2027', { email: undefined, name: 'Andre', list: 'annen', otherList: 'Lokallista' });
    const session = await s.signIn('moderator');
    const all = (await (await s.call('/campaigns/valg-2027/pledges', { session })).json()) as { pledges: Array<Record<string, unknown>> };
    assert.deepEqual(
      all.pledges.map((p) => [p.id, p.name, p.email, p.list, p.otherList, p.state]),
      [
        [second.id, 'Andre', null, 'annen', 'Lokallista', 'pending-moderation'],
        [first.id, 'Første', 'en@example.no', 'ap', null, 'pending-confirmation'],
      ],
    );
    assert.deepEqual(Object.keys(all.pledges[0]!).sort(), [
      'confirmedAt',
      'email',
      'id',
      'list',
      'moderatedAt',
      'name',
      'otherList',
      'role',
      'signedAt',
      'state',
    ]);
    const waiting = (await (await s.call('/campaigns/valg-2027/pledges?state=pending-moderation', { session })).json()) as {
      pledges: Array<{ id: string }>;
    };
    assert.deepEqual(
      waiting.pledges.map((p) => p.id),
      [second.id],
    );
    const bad = await s.call('/campaigns/valg-2027/pledges?state=ukjent', { session });
    assert.equal(bad.status, 400);
    const reads = (await s.storage.auth.listAudit('3120')).filter((e) => e.action === 'pledges-listed');
    assert.deepEqual(
      reads.map((e) => [e.target, e.detail]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      [
        ['valg-2027', { state: 'all', count: 2 }],
        ['valg-2027', { state: 'pending-moderation', count: 1 }],
      ],
      'each read of the list audited by campaign, state and count, never a name; a refused read is not',
    );
    assert.ok(!JSON.stringify(reads).includes('Andre'));
  } finally {
    await s.close();
  }
});

test('approve publishes, hide takes off the list, reject refuses, withdraw withdraws: each audited by pledge id, never by name', async () => {
  const s = await pledgeServer();
  try {
    const session = await s.signIn('moderator');
    const { id } = await s.signed('valg-2027', { email: undefined, name: 'Hemmelig Navnesen' });
    const act = async (action: string, pledgeId = id) => {
      const response = await s.call(`/campaigns/valg-2027/pledges/${pledgeId}/${action}`, { session, body: {} });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    };
    const publicTotal = async () =>
      ((await (await fetch(`${s.url}/api/v1/campaigns/valg-2027/pledges`)).json()) as { total: number }).total;

    const approved = await act('approve');
    assert.equal(approved.status, 200);
    assert.equal(approved.body.state, 'published');
    assert.equal(approved.body.moderatedAt, new Date(s.clock.now).toISOString());
    assert.equal(await publicTotal(), 1, 'on the public list at once');
    assert.equal((await act('hide')).body.state, 'hidden');
    assert.equal(await publicTotal(), 0);
    assert.equal((await act('approve')).body.state, 'published');
    assert.equal((await act('reject')).body.state, 'rejected');
    assert.equal(await publicTotal(), 0);
    assert.equal((await act('withdraw')).body.state, 'withdrawn');
    const refused = await act('approve');
    assert.equal(refused.status, 400, 'a withdrawn signature stays withdrawn');

    const audit = (await s.storage.auth.listAudit('3120')).filter((e) => e.action.startsWith('pledge-'));
    assert.deepEqual(
      audit.map((e) => [e.action, e.target, e.userId]),
      [
        ['pledge-approved', id, 1],
        ['pledge-hidden', id, 1],
        ['pledge-approved', id, 1],
        ['pledge-rejected', id, 1],
        ['pledge-withdrawn', id, 1],
      ],
    );
    assert.ok(!JSON.stringify(audit).includes('Hemmelig'), 'no name in the audit log');
    const again = await act('withdraw');
    assert.equal(again.status, 200);
    assert.equal((await s.storage.auth.listAudit('3120')).filter((e) => e.action === 'pledge-withdrawn').length, 1, 'no change, no entry');
  } finally {
    await s.close();
  }
});

test('approving a rejected signature when the same name has signed the list since answers 409 duplicate-pledge', async () => {
  const s = await pledgeServer();
  try {
    const session = await s.signIn('moderator');
    const first = await s.signed('valg-2027', { email: undefined });
    await s.call(`/campaigns/valg-2027/pledges/${first.id}/reject`, { session, body: {} });
    await s.signed('valg-2027', { email: undefined, name: 'kari  nordmann' });
    const response = await s.call(`/campaigns/valg-2027/pledges/${first.id}/approve`, { session, body: {} });
    assert.equal(response.status, 409);
    assert.equal(((await response.json()) as { type: string }).type, 'duplicate-pledge');
  } finally {
    await s.close();
  }
});

test('another kommune’s campaign or pledge answers 404, like one that does not exist; so does an unknown action', async () => {
  const s = await pledgeServer();
  try {
    const halden = await s.sign(
      'halden-2027',
      {
        campaign: 'halden-2027',
        name: 'Hal Den',
        list: 'ap',
        role: 'kandidat',
        consent: true,
        website: '',
        startedAt: new Date(s.clock.now - 600_000).toISOString(),
      },
      { Origin: 'https://www.halden.kommune.no' },
    );
    assert.equal(halden.status, 201);
    const haldenId = ((await halden.json()) as { id: string }).id;
    const own = await s.signed('valg-2027', { email: undefined });
    const session = await s.signIn('moderator');
    const status = async (path: string, body?: unknown) => (await s.call(path, { session, ...(body ? { body } : {}) })).status;
    assert.equal(await status('/campaigns/halden-2027/pledges'), 404);
    assert.equal(await status('/campaigns/halden-2027/pledges.csv'), 404);
    assert.equal(await status(`/campaigns/halden-2027/pledges/${haldenId}/approve`, {}), 404);
    assert.equal(await status(`/campaigns/valg-2027/pledges/${haldenId}/approve`, {}), 404, 'Halden’s pledge under our campaign');
    assert.equal(await status(`/campaigns/valg-moderert/pledges/${own.id}/approve`, {}), 404, 'our pledge under another campaign');
    assert.equal(await status('/campaigns/finnes-ikke/pledges'), 404);
    assert.equal(await status(`/campaigns/valg-2027/pledges/${own.id}/publish`, {}), 404);
    assert.equal((await s.storage.pledges.get('halden-2027', haldenId))?.state, 'pending-moderation');
    const halSession = await s.signIn('haldenModerator');
    const halCampaigns = (await (await s.call('/campaigns', { session: halSession })).json()) as { campaigns: Array<{ id: string }> };
    assert.deepEqual(
      halCampaigns.campaigns.map((c) => c.id),
      ['halden-2027'],
    );
  } finally {
    await s.close();
  }
});

test('a moderation action needs the CSRF token', async () => {
  const s = await pledgeServer();
  try {
    const { id } = await s.signed('valg-2027', { email: undefined });
    const session = await s.signIn('moderator');
    const response = await s.call(`/campaigns/valg-2027/pledges/${id}/approve`, { session, body: {}, csrf: false });
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { type: string }).type, 'csrf');
    assert.equal((await s.storage.pledges.get('valg-2027', id))?.state, 'pending-moderation');
  } finally {
    await s.close();
  }
});

test('the published list exports as CSV for a spreadsheet (navn;liste;rolle;signert), formulas defused, audited', async () => {
  const s = await pledgeServer();
  try {
    const session = await s.signIn('moderator');
    const a = await s.signed('valg-2027', { email: undefined, name: '=HYPERLINK("x")', list: 'h', role: 'listetopp' });
    s.clock.now += 60_000;
    const b = await s.signed('valg-2027', { email: undefined, name: 'Per; Hansen', list: 'annen', otherList: 'Lokallista' });
    await s.signed('valg-2027', { email: undefined, name: 'Ikke Godkjent' });
    for (const { id } of [a, b]) await s.call(`/campaigns/valg-2027/pledges/${id}/approve`, { session, body: {} });
    const response = await s.call('/campaigns/valg-2027/pledges.csv', { session });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(response.headers.get('content-disposition') ?? '', /^attachment; filename="signaturer-valg-2027-2026-12-02\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte order mark');
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    assert.equal(lines[0], 'navn;liste;rolle;signert');
    assert.equal(lines[1], `"Per; Hansen";Lokallista;kandidat;2026-12-02T10:01:00.000Z`);
    assert.equal(lines[2], `"'=HYPERLINK(""x"")";Høyre;listetopp;2026-12-02T10:00:00.000Z`);
    assert.equal(lines.length, 4, 'published only, and a final line end');
    const entry = (await s.storage.auth.listAudit('3120')).find((e) => e.action === 'pledges-exported');
    assert.deepEqual([entry?.target, entry?.detail], ['valg-2027', { count: 2 }]);
  } finally {
    await s.close();
  }
});

test('retention forgets a campaign’s e-mail addresses and its mail after emailRetentionDays; the published names stay', async () => {
  const s = await pledgeServer();
  try {
    s.clock.now = Date.parse('2026-03-01T10:00:00Z'); // while valg-lukket was open
    const { id } = await s.signed('valg-lukket', { startedAt: new Date(s.clock.now - 600_000).toISOString() });
    const { confirm } = await s.mailLinks();
    await fetch(s.local(confirm), { method: 'POST' });

    s.clock.now = Date.parse('2026-07-10T10:00:00Z'); // closed 30 June, 10 days kept: not yet
    let result = await runRetention(s.storage, s.config, s.clock.now);
    assert.deepEqual(result.pledgeEmails, {});
    assert.equal((await s.storage.pledges.get('valg-lukket', id))?.email, 'kari@example.no');

    s.clock.now = Date.parse('2026-07-11T10:00:00Z');
    result = await runRetention(s.storage, s.config, s.clock.now);
    assert.deepEqual(result.pledgeEmails, { 'valg-lukket': 1 });
    const pledge = await s.storage.pledges.get('valg-lukket', id);
    assert.equal(pledge?.email, null);
    assert.equal(pledge?.state, 'published');
    const list = (await (await fetch(`${s.url}/api/v1/campaigns/valg-lukket/pledges`)).json()) as { pledges: Array<{ name: string }> };
    assert.deepEqual(
      list.pledges.map((p) => p.name),
      ['Kari Nordmann'],
      'the public record stays',
    );
    assert.equal((await s.storage.listMail('3120')).filter((m) => m.bodyText.includes('valg-lukket')).length, 0, 'its mail is gone');
    const entry = (await s.storage.auth.listAudit('3120')).find((e) => e.action === 'pledge-emails-retention-deleted');
    assert.deepEqual([entry?.userId, entry?.target, entry?.detail], [null, 'valg-lukket', { count: 1 }]);
    assert.deepEqual((await runRetention(s.storage, s.config, s.clock.now)).pledgeEmails, {}, 'a second run finds nothing');
  } finally {
    await s.close();
  }
});

test(
  'a database of schema version 6 gains the moderator role and pledges, keeping its users and their sessions',
  sqliteOnly('a SQLite file of version 6, rebuilt'),
  async () => {
    const db = join(tempDir(), 'old.sqlite');
    const old = new Database(db);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
    for (const migration of MIGRATIONS.filter((m) => m.version <= 6)) {
      old.exec(migration.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, '2026-11-01T00:00:00.000Z');
    }
    old
      .prepare(
        "INSERT INTO users (kommune, email, name, role, password_hash, created_at) VALUES ('3120', 'a@b.no', 'A', 'contact', 'x', 'now')",
      )
      .run();
    old
      .prepare("INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ('s', 1, 'c', 1, 1, 9e12)")
      .run();
    old.close();

    const storage = openSqliteStorage(db);
    try {
      assert.equal(await storage.migrate(), MIGRATIONS.at(-1)!.version);
      assert.equal((await storage.auth.findUserByEmail('a@b.no'))?.role, 'contact');
      assert.ok(await storage.auth.getSession('s'), 'the session survived the rebuilt users table');
      const moderator = await addUser(storage, { ...USERS.moderator }, PASSWORD);
      assert.equal(moderator.role, 'moderator');
      assert.equal(storage.pragmas().foreign_keys, 1, 'foreign keys are on again');
    } finally {
      await storage.close();
    }
    const reader = new Database(db, { readonly: true });
    assert.equal((reader.pragma('foreign_key_check') as unknown[]).length, 0);
    assert.equal(reader.pragma('integrity_check', { simple: true }), 'ok');
    reader.close();
  },
);
