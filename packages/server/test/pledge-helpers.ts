import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { addUser, createApp, openSqliteStorage, type ServerConfig } from '../src/index.js';
import { ORIGIN, tempDir, testConfig } from './helpers.js';
import { sql } from './backend.js';

/** The test clock's start: 2 December 2026, 10:00 UTC. */
export const T0 = Date.parse('2026-12-02T10:00:00Z');
export const DAY = 24 * 60 * 60 * 1000;
export const PASSWORD = 'correct horse battery staple';
/** Halden's origin: another kommune's page. */
export const HALDEN = 'https://www.halden.kommune.no';

/** Inbox users: a moderator of each kommune, and Rakkestad's contact person and admin. */
export const USERS = {
  moderator: { kommune: '3120', email: 'moderator@rakkestad.kommune.no', name: 'Mona Moderator', role: 'moderator' as const },
  haldenModerator: { kommune: '3101', email: 'moderator@halden.kommune.no', name: 'Hans Moderator', role: 'moderator' as const },
  contact: { kommune: '3120', email: 'kontakt@rakkestad.kommune.no', name: 'Ola Nordmann', role: 'contact' as const },
  admin: { kommune: '3120', email: 'admin@rakkestad.kommune.no', name: 'Per Admin', role: 'admin' as const },
};

const LISTS = [
  { id: 'ap', name: { nb: 'Arbeiderpartiet', nn: 'Arbeidarpartiet' }, color: '#E4202C' },
  { id: 'h', name: 'Høyre', color: '#0065f1' },
  { id: 'sp', name: 'Senterpartiet' },
];

/**
 * Rakkestad (3120) with four campaigns, open (no moderation), moderated, closed and upcoming at {@link T0}, and Halden
 * (3101) with one of its own.
 */
export function pledgeConfig(extra: Partial<ServerConfig> = {}): ServerConfig {
  const base = testConfig(extra);
  const campaign = (id: string, fields: Record<string, unknown> = {}) => ({
    id,
    title: { nb: `Valgløftet ${id}`, nn: `Valløftet ${id}` },
    lists: LISTS,
    opens: '2026-11-01',
    closes: '2027-09-13',
    moderation: false,
    ...fields,
  });
  base.kommuner[0]!.campaigns = [
    campaign('valg-2027'),
    campaign('valg-moderert', { moderation: true }),
    campaign('valg-lukket', { opens: '2026-01-01', closes: '2026-06-30', emailRetentionDays: 10 }),
    campaign('valg-kommende', { opens: '2027-01-01T12:00', closes: '2027-09-13' }),
  ] as never;
  base.kommuner[1]!.campaigns = [campaign('halden-2027')] as never;
  return base;
}

/** A valid signature for `campaign`, its form opened ten minutes before {@link T0}. */
export function validPledge(campaign = 'valg-2027', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    campaign,
    name: 'Kari Nordmann',
    list: 'ap',
    role: 'kandidat',
    email: 'kari@example.no',
    consent: true,
    website: '',
    startedAt: new Date(T0 - 10 * 60_000).toISOString(),
    ...overrides,
  };
}

let keys = 0;
/** A new Idempotency-Key. */
export const newKey = () => `pledge-${process.pid}-${++keys}-${Math.random().toString(36).slice(2)}`;

/** An app on a real SQLite file with a clock the test moves, the users above, and helpers to call it. */
export async function pledgeServer(options: { config?: ServerConfig; reportKey?: Uint8Array; db?: string } = {}) {
  const db = options.db ?? join(tempDir(), 'data', 'pledges.sqlite');
  const clock = { now: T0 };
  const now = () => clock.now;
  const storage = openSqliteStorage(db, { now, ...(options.reportKey ? { reportKey: options.reportKey } : {}) });
  await storage.migrate();
  for (const user of Object.values(USERS))
    if (!(await storage.auth.findUserByEmail(user.email))) await addUser(storage, user, PASSWORD, clock.now);
  const config = options.config ?? pledgeConfig({ publicUrl: 'https://valg.rakkestad.kommune.no' });
  const app = createApp({ config, storage, now, demo: true, log: () => {} });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** POST a signature (JSON) with a new key and Rakkestad's origin unless overridden (`''` leaves a header out). */
  const sign = (campaign: string, body: unknown, headers: Record<string, string> = {}) => {
    const all = { 'Content-Type': 'application/json', Origin: ORIGIN, 'Idempotency-Key': newKey(), ...headers };
    return fetch(`${url}/api/v1/campaigns/${campaign}/pledges`, {
      method: 'POST',
      headers: Object.fromEntries(Object.entries(all).filter(([, value]) => value !== '')),
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  };
  /** Sign and expect `201`; returns the answer. */
  const signed = async (campaign: string, overrides: Record<string, unknown> = {}) => {
    const response = await sign(campaign, validPledge(campaign, overrides));
    const body = (await response.json()) as { id: string; state: string; type?: string };
    assert.equal(response.status, 201, `signing: ${response.status} ${body.type}`);
    return body;
  };
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
    return {
      cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '',
      csrf: ((await response.json()) as { csrfToken: string }).csrfToken,
    };
  };
  /** The links in the newest confirmation mail. */
  const mailLinks = async (kommune = '3120') => {
    const mail = (await storage.listMail(kommune)).find((m) => m.kind === 'pledge-confirmation');
    assert.ok(mail, 'a confirmation mail was queued');
    const links = mail.bodyText.match(/https?:\/\/\S+/g) ?? [];
    const confirm = links.find((l) => l.includes('/pledges/confirm?token='));
    const withdraw = links.find((l) => l.includes('/pledges/withdraw?token='));
    assert.ok(confirm && withdraw, 'the mail has both links');
    return { mail, confirm, withdraw };
  };
  /** The same link on this test server (the mail's links use the configured public address). */
  const local = (link: string) => `${url}${new URL(link).pathname}${new URL(link).search}`;
  /** Rows of the pledges table, read as an operator would. */
  const rows = (): Promise<Array<Record<string, unknown>>> => sql(db, 'SELECT * FROM pledges ORDER BY seq');
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await storage.close();
  };
  return { url, db, clock, storage, config, sign, signed, call, signIn, mailLinks, local, rows, close };
}

/**
 * Publish a pledge through the storage, as another server process sharing the database would; the clock then moves
 * past the cache's recheck, as real time would.
 */
export async function approve(s: Awaited<ReturnType<typeof pledgeServer>>, campaign: string, id: string) {
  const change = await s.storage.pledges.moderate('3120', campaign, id, 'approve', 1, s.clock.now, {
    at: new Date(s.clock.now).toISOString(),
    kommune: '3120',
    userId: 1,
    action: 'pledge-approved',
    target: id,
  });
  assert.equal(change.outcome, 'done');
  s.clock.now += 1001;
}
