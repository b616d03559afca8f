import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { URI, type TOTP } from 'otpauth';
import { addUser, createApp, verifyPassword, type AuditEntry } from '../src/index.js';
import { testConfig } from './helpers.js';
import { newDatabase, openTestStorage, sql } from './backend.js';

const PASSWORD = 'correct horse battery staple';
const EMAIL = 'kontakt@rakkestad.kommune.no';

/** A server with a real SQLite file, a clock the test moves, one user of kommune 3120, and every log record kept. */
async function inbox(options: { demo?: boolean; reportKey?: Uint8Array } = {}) {
  const db = await newDatabase('inbox');
  const clock = { now: Date.parse('2026-12-02T10:00:00Z') };
  const now = () => clock.now;
  const storage = openTestStorage(db, { now, ...(options.reportKey ? { reportKey: options.reportKey } : {}) });
  await storage.migrate();
  await addUser(storage, { kommune: '3120', email: EMAIL, name: 'Ola Nordmann', role: 'contact' }, PASSWORD, clock.now);
  const logs: string[] = [];
  const app = createApp({ config: testConfig(), storage, now, demo: options.demo ?? false, log: (r) => logs.push(JSON.stringify(r)) });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** A request from the inbox page itself (same origin), with the session cookie when given. */
  const call = (path: string, init: { method?: string; body?: unknown; cookie?: string; csrf?: string; origin?: string | null } = {}) => {
    const headers: Record<string, string> = {};
    if (init.origin !== null) headers['Origin'] = init.origin ?? url;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.cookie !== undefined) headers['Cookie'] = init.cookie;
    if (init.csrf !== undefined) headers['X-CSRF-Token'] = init.csrf;
    return fetch(`${url}/admin/api${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  };
  const signIn = (body: Record<string, unknown>) => call('/sign-in', { body });
  const audit = (): Promise<AuditEntry[]> => storage.auth.listAudit();
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await storage.close();
  };
  return { db, clock, storage, call, signIn, audit, logs, close };
}

/** The `name=value` part of the session cookie an answer sets. */
const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0] ?? '';

/** Enrol the test user's second factor; returns its TOTP, its recovery codes and the full session. */
async function enrol(server: Awaited<ReturnType<typeof inbox>>) {
  const first = await server.signIn({ email: EMAIL, password: PASSWORD });
  assert.equal(first.status, 200);
  const { enrolment, csrfToken } = await first.json();
  const totp = URI.parse(enrolment.otpauthUri) as TOTP;
  const confirmed = await server.call('/2fa/confirm', {
    body: { code: totp.generate({ timestamp: server.clock.now }) },
    cookie: cookieOf(first),
    csrf: csrfToken,
  });
  assert.equal(confirmed.status, 200);
  return {
    totp,
    recoveryCodes: enrolment.recoveryCodes as string[],
    cookie: cookieOf(confirmed),
    csrf: (await confirmed.json()).csrfToken,
  };
}

test('in --demo a right password signs in with a Secure, HttpOnly, SameSite=Strict __Host- cookie; the session names the user', async () => {
  const server = await inbox({ demo: true });
  try {
    const response = await server.signIn({ email: 'Kontakt@Rakkestad.kommune.no', password: PASSWORD });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^__Host-kw-session=[A-Za-z0-9_-]{43};/);
    for (const attribute of ['Path=/', 'Secure', 'HttpOnly', 'SameSite=Strict'])
      assert.ok(cookie.split('; ').includes(attribute), attribute);
    assert.doesNotMatch(cookie, /Domain=/i);
    const body = await response.json();
    assert.deepEqual(body.user, { email: EMAIL, name: 'Ola Nordmann', role: 'contact', kommune: '3120' });
    const session = await server.call('/session', { cookie: cookieOf(response) });
    assert.equal(session.status, 200);
    assert.equal(session.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await session.json(), body);
    assert.deepEqual(
      (await server.audit()).map((e) => [e.action, e.kommune]),
      [
        ['user-added', '3120'],
        ['sign-in', '3120'],
      ],
    );
    const rows = (await sql(server.db, 'SELECT id FROM sessions')) as { id: string }[];
    const token = cookieOf(response).split('=')[1]!;
    assert.ok(rows.length === 1 && rows[0]!.id !== token && /^[0-9a-f]{64}$/.test(rows[0]!.id), 'only a hash of the token is stored');
  } finally {
    await server.close();
  }
});

test('a wrong password and an unknown e-mail get the same answer, and both are audited as failures', async () => {
  const server = await inbox({ demo: true });
  try {
    const wrong = await server.signIn({ email: EMAIL, password: 'not the password' });
    const unknown = await server.signIn({ email: 'nobody@rakkestad.kommune.no', password: 'not the password' });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.equal(wrong.headers.get('set-cookie'), null);
    assert.deepEqual(await wrong.json(), await unknown.json());
    assert.equal((await server.call('/session')).status, 401);
    const failures = (await server.audit()).filter((e) => e.action === 'sign-in-failed');
    assert.deepEqual(
      failures.map((e) => e.detail?.['reason']),
      ['password', 'unknown-user'],
    );
  } finally {
    await server.close();
  }
});

test('outside --demo the first sign-in enrols a second factor once (QR code and 10 recovery codes), which must be confirmed', async () => {
  const server = await inbox();
  try {
    const first = await server.signIn({ email: EMAIL, password: PASSWORD });
    assert.equal(first.status, 200);
    const { enrolment, csrfToken, user } = await first.json();
    assert.equal(user, undefined, 'no user session yet');
    assert.match(enrolment.otpauthUri, /^otpauth:\/\/totp\/.+\?.*secret=[A-Z2-7]+/);
    assert.match(enrolment.otpauthUri, /period=30/);
    assert.match(enrolment.qrSvg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.equal(enrolment.recoveryCodes.length, 10);
    assert.equal(new Set(enrolment.recoveryCodes).size, 10);
    const limited = cookieOf(first);
    assert.equal((await server.call('/session', { cookie: limited })).status, 403, 'the limited session reads nothing');
    const totp = URI.parse(enrolment.otpauthUri) as TOTP;
    const wrong = await server.call('/2fa/confirm', { body: { code: '000000' }, cookie: limited, csrf: csrfToken });
    assert.equal(wrong.status, 401);
    const right = await server.call('/2fa/confirm', {
      body: { code: totp.generate({ timestamp: server.clock.now }) },
      cookie: limited,
      csrf: csrfToken,
    });
    assert.equal(right.status, 200);
    assert.equal((await right.json()).user.email, EMAIL);
    assert.equal((await server.call('/session', { cookie: limited })).status, 401, 'the limited session is gone');
    assert.equal((await server.call('/session', { cookie: cookieOf(right) })).status, 200);

    const again = await server.signIn({ email: EMAIL, password: PASSWORD });
    assert.equal(again.status, 401);
    assert.equal((await again.json()).type, 'second-factor-required', 'the enrolment is not shown again');
    const actions = (await server.audit()).map((e) => e.action);
    assert.deepEqual(actions.slice(1), ['enrolment-started', 'enrolment-failed', 'enrolment-confirmed', 'sign-in']);
  } finally {
    await server.close();
  }
});

test('with a second factor, the TOTP code is checked (one step of drift allowed) and a recovery code works once', async () => {
  const server = await inbox();
  try {
    const { totp, recoveryCodes } = await enrol(server);
    server.clock.now += 10 * 60_000;
    const wrong = await server.signIn({ email: EMAIL, password: PASSWORD, code: '123456' });
    assert.equal(wrong.status, 401);
    const stale = totp.generate({ timestamp: server.clock.now - 90_000 });
    assert.equal((await server.signIn({ email: EMAIL, password: PASSWORD, code: stale })).status, 401, 'a code three steps old');
    const drift = totp.generate({ timestamp: server.clock.now - 30_000 });
    assert.equal((await server.signIn({ email: EMAIL, password: PASSWORD, code: drift })).status, 200);
    assert.equal((await server.signIn({ email: EMAIL, password: PASSWORD, code: drift })).status, 401, 'a code is accepted once');
    const code = totp.generate({ timestamp: server.clock.now });
    assert.equal((await server.signIn({ email: EMAIL, password: 'wrong password!', code })).status, 401, 'the code alone is not enough');

    const recovery = recoveryCodes[3]!.toUpperCase();
    assert.equal((await server.signIn({ email: EMAIL, password: PASSWORD, code: recovery })).status, 200);
    assert.equal((await server.signIn({ email: EMAIL, password: PASSWORD, code: recovery })).status, 401, 'used once only');
    const used = (await server.audit()).filter((e) => e.action === 'recovery-code-used');
    assert.equal(used.length, 1);
    assert.equal(used[0]!.detail?.['left'], 9);
  } finally {
    await server.close();
  }
});

test('the TOTP secret is stored encrypted with KW_REPORT_KEY, and the password as an scrypt hash', async () => {
  const server = await inbox({ reportKey: randomBytes(32) });
  try {
    const { totp } = await enrol(server);
    const [row] = (await sql(server.db, 'SELECT * FROM users')) as Record<string, string>[];
    assert.match(row['totp_secret']!, /^sealed:/);
    assert.ok(!row['totp_secret']!.includes(totp.secret.base32));
    assert.match(row['password_hash']!, /^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    assert.ok(await verifyPassword(PASSWORD, row['password_hash']!));
    assert.ok(!(await verifyPassword('correct horse battery stapl', row['password_hash']!)));
    const code = totp.generate({ timestamp: server.clock.now + 30_000 });
    assert.equal((await server.signIn({ email: EMAIL, password: PASSWORD, code })).status, 200, 'the sealed secret opens');
  } finally {
    await server.close();
  }
});

test('signing out ends the session and clears the cookie', async () => {
  const server = await inbox({ demo: true });
  try {
    const signedIn = await server.signIn({ email: EMAIL, password: PASSWORD });
    const { csrfToken } = await signedIn.json();
    const out = await server.call('/sign-out', { method: 'POST', cookie: cookieOf(signedIn), csrf: csrfToken });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /^__Host-kw-session=; .*Max-Age=0/);
    assert.equal((await server.call('/session', { cookie: cookieOf(signedIn) })).status, 401);
    assert.equal((await server.audit()).at(-1)!.action, 'sign-out');
  } finally {
    await server.close();
  }
});

test('a session ends after 30 minutes without a request, and 21 hours after sign-in however active', async () => {
  const server = await inbox({ demo: true });
  try {
    const signedIn = await server.signIn({ email: EMAIL, password: PASSWORD });
    const cookie = cookieOf(signedIn);
    // The inbox is told the limits, to warn before the session ends (WCAG 2.2.1).
    const limits = { idleMs: 30 * 60_000, maxMs: 21 * 60 * 60_000 };
    assert.deepEqual((await signedIn.json()).timeout, { ...limits, expiresInMs: 21 * 60 * 60_000 });
    server.clock.now += 29 * 60_000;
    const active = await server.call('/session', { cookie });
    assert.equal(active.status, 200, 'active within 30 minutes');
    assert.deepEqual((await active.json()).timeout, { ...limits, expiresInMs: 21 * 60 * 60_000 - 29 * 60_000 });
    server.clock.now += 29 * 60_000;
    assert.equal((await server.call('/session', { cookie })).status, 200, 'each request keeps it alive');
    server.clock.now += 30 * 60_000;
    assert.equal((await server.call('/session', { cookie })).status, 401, 'idle 30 minutes');

    const busy = cookieOf(await server.signIn({ email: EMAIL, password: PASSWORD }));
    const started = server.clock.now;
    while (server.clock.now - started < 21 * 60 * 60_000 - 20 * 60_000) {
      server.clock.now += 20 * 60_000;
      assert.equal((await server.call('/session', { cookie: busy })).status, 200);
    }
    server.clock.now = started + 21 * 60 * 60_000;
    assert.equal((await server.call('/session', { cookie: busy })).status, 401, 'absolute limit of 21 hours');
  } finally {
    await server.close();
  }
});

test('a POST needs the session’s X-CSRF-Token and the server’s own Origin', async () => {
  const server = await inbox({ demo: true });
  try {
    assert.equal(
      (await server.call('/sign-in', { body: { email: EMAIL, password: PASSWORD }, origin: 'https://evil.example' })).status,
      403,
    );
    const noOrigin = await server.call('/sign-in', { body: { email: EMAIL, password: PASSWORD }, origin: null });
    assert.equal(noOrigin.status, 403);
    assert.equal((await noOrigin.json()).type, 'csrf');
    const signedIn = await server.signIn({ email: EMAIL, password: PASSWORD });
    const cookie = cookieOf(signedIn);
    const { csrfToken } = await signedIn.json();
    const without = await server.call('/sign-out', { method: 'POST', cookie });
    assert.equal(without.status, 403);
    assert.equal((await without.json()).type, 'csrf');
    assert.equal((await server.call('/sign-out', { method: 'POST', cookie, csrf: 'x'.repeat(csrfToken.length) })).status, 403);
    assert.equal((await server.call('/sign-out', { method: 'POST', cookie, csrf: csrfToken, origin: 'https://evil.example' })).status, 403);
    assert.equal((await server.call('/session', { cookie })).status, 200, 'still signed in after the refused posts');
    assert.equal((await server.call('/sign-out', { method: 'POST', cookie, csrf: csrfToken })).status, 204);
  } finally {
    await server.close();
  }
});

test('after 5 failures an account is locked 1 minute, then 2: 429 rate-limited with Retry-After, the same for an unknown e-mail', async () => {
  const server = await inbox({ demo: true });
  try {
    for (const email of [EMAIL, 'nobody@rakkestad.kommune.no']) {
      for (let i = 0; i < 5; i++) assert.equal((await server.signIn({ email, password: 'wrong password' })).status, 401);
      const locked = await server.signIn({ email, password: email === EMAIL ? PASSWORD : 'wrong password' });
      assert.equal(locked.status, 429, 'locked even with the right password');
      assert.equal((await locked.json()).type, 'rate-limited');
      assert.equal(locked.headers.get('retry-after'), '60');
      server.clock.now += 61_000;
      assert.equal((await server.signIn({ email, password: 'wrong password' })).status, 401);
      const longer = await server.signIn({ email, password: 'wrong password' });
      assert.equal(longer.status, 429);
      assert.equal(longer.headers.get('retry-after'), '120', 'the delay doubles');
      server.clock.now += 121_000;
    }
    assert.equal((await server.signIn({ email: EMAIL, password: PASSWORD })).status, 200, 'signs in once the lock is over');
    const actions = (await server.audit()).map((e) => e.action);
    assert.equal(actions.filter((a) => a === 'locked-out').length, 4);
    assert.equal(actions.filter((a) => a === 'sign-in-refused-locked').length, 4);
  } finally {
    await server.close();
  }
});

test('after 20 failures from one address, every account is locked for that address', async () => {
  const server = await inbox({ demo: true });
  try {
    for (let i = 0; i < 20; i++)
      assert.equal((await server.signIn({ email: `guess${i}@rakkestad.kommune.no`, password: 'wrong password' })).status, 401);
    const locked = await server.signIn({ email: EMAIL, password: PASSWORD });
    assert.equal(locked.status, 429);
    assert.equal(locked.headers.get('retry-after'), '60');
  } finally {
    await server.close();
  }
});

test('no password, code, token or TOTP secret appears in the logs or the audit log', async () => {
  const server = await inbox();
  try {
    const { totp, recoveryCodes, cookie, csrf } = await enrol(server);
    await server.signIn({ email: EMAIL, password: 'a wrong password' });
    server.clock.now += 30_000;
    const code = totp.generate({ timestamp: server.clock.now });
    const signedIn = await server.signIn({ email: EMAIL, password: PASSWORD, code });
    assert.equal(signedIn.status, 200);
    await server.signIn({ email: EMAIL, password: PASSWORD, code: recoveryCodes[0] });
    await server.call('/sign-out', { method: 'POST', cookie, csrf });
    const written = server.logs.join('\n') + JSON.stringify(await server.audit());
    assert.ok(server.logs.length > 5);
    for (const secret of [
      PASSWORD,
      'a wrong password',
      code,
      recoveryCodes[0]!,
      totp.secret.base32,
      cookie.split('=')[1]!,
      csrf,
      cookieOf(signedIn).split('=')[1]!,
    ])
      assert.ok(!written.includes(secret), `leaked: ${secret.slice(0, 4)}…`);
    assert.ok(!written.includes(EMAIL), 'not even the e-mail');
  } finally {
    await server.close();
  }
});
