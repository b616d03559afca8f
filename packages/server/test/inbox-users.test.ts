import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { URI, type TOTP } from 'otpauth';
import { addUser, createApp, type AuditEntry } from '../src/index.js';
import { testConfig } from './helpers.js';
import { newDatabase, openTestStorage } from './backend.js';

const PASSWORD = 'correct horse battery staple';
const USERS = {
  admin: { kommune: '3120', email: 'admin@rakkestad.kommune.no', name: 'Per Admin', role: 'admin' as const },
  contact: { kommune: '3120', email: 'kontakt@rakkestad.kommune.no', name: 'Ola Nordmann', role: 'contact' as const },
  moderator: { kommune: '3120', email: 'moderator@rakkestad.kommune.no', name: 'Mona Moderator', role: 'moderator' as const },
  halden: { kommune: '3101', email: 'kontakt@halden.kommune.no', name: 'Kari Nordmann', role: 'contact' as const },
  haldenAdmin: { kommune: '3101', email: 'admin@halden.kommune.no', name: 'Hilde Admin', role: 'admin' as const },
};

type Session = { cookie: string; csrf: string };
type UserView = {
  id: number;
  email: string;
  name: string;
  role: string;
  createdAt: string;
  disabled: boolean;
  secondFactor: boolean;
  self: boolean;
};

const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0] ?? '';

/**
 * A server outside `--demo` (a second factor is required) on a real database, with a clock the test moves: the users
 * above, each signing in (and enrolling the second factor at the first sign-in) through the API.
 */
async function inbox() {
  const db = await newDatabase('inbox_users');
  const clock = { now: Date.parse('2026-12-02T10:00:00Z') };
  const now = () => clock.now;
  const storage = openTestStorage(db, { now, reportKey: randomBytes(32) });
  await storage.migrate();
  const ids: Record<string, number> = {};
  for (const [key, user] of Object.entries(USERS)) ids[key] = (await addUser(storage, user, PASSWORD, clock.now)).id;
  const app = createApp({ config: testConfig(), storage, now, demo: false, log: () => {} });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** A request from the inbox page (same origin) with the session's cookie and CSRF token, unless told otherwise. */
  const call = (
    path: string,
    init: { method?: string; body?: unknown; session?: Session; csrf?: string | null; origin?: string | null; type?: string } = {},
  ) => {
    const headers: Record<string, string> = {};
    if (init.origin !== null) headers['Origin'] = init.origin ?? url;
    if (init.body !== undefined) headers['Content-Type'] = init.type ?? 'application/json';
    if (init.session) headers['Cookie'] = init.session.cookie;
    const csrf = init.csrf === undefined ? init.session?.csrf : init.csrf;
    if (csrf !== null && csrf !== undefined) headers['X-CSRF-Token'] = csrf;
    const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
    return fetch(`${url}/admin/api${path}`, {
      method,
      headers,
      ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
    });
  };

  /** Each user's authenticator, once enrolled. */
  const totps = new Map<string, TOTP>();
  /** The first answer to signing in as `email` with `password` (a code added once a factor is enrolled). */
  const trySignIn = (email: string, password: string) => {
    // A new 30-second step, so every code is new (each step is accepted once).
    clock.now += 30_000;
    const totp = totps.get(email);
    return call('/sign-in', { body: { email, password, ...(totp ? { code: totp.generate({ timestamp: clock.now }) } : {}) } });
  };
  /**
   * Sign in as `email`, choosing `newPassword` when the password is temporary and enrolling the second factor when the
   * server asks for it; fails the test on anything else.
   */
  const signIn = async (email: string, password = PASSWORD, newPassword?: string): Promise<Session & { enrolled: boolean }> => {
    let first = await trySignIn(email, password);
    assert.equal(first.status, 200, `${email} signs in`);
    let answer = await first.json();
    if (answer.passwordChange) {
      assert.ok(newPassword, `${email} must choose a new password`);
      first = await call('/password', {
        body: { current: password, next: newPassword },
        session: { cookie: cookieOf(first), csrf: answer.csrfToken },
      });
      assert.equal(first.status, 200, `${email} chooses a new password`);
      answer = await first.json();
    }
    if (!answer.enrolment) return { cookie: cookieOf(first), csrf: answer.csrfToken, enrolled: false };
    const totp = URI.parse(answer.enrolment.otpauthUri) as TOTP;
    const confirmed = await call('/2fa/confirm', {
      body: { code: totp.generate({ timestamp: clock.now }) },
      session: { cookie: cookieOf(first), csrf: answer.csrfToken },
    });
    assert.equal(confirmed.status, 200, `${email} confirms the second factor`);
    totps.set(email, totp);
    return { cookie: cookieOf(confirmed), csrf: (await confirmed.json()).csrfToken, enrolled: true };
  };
  /** Forget a user's authenticator (after its second factor was reset). */
  const forgetFactor = (email: string) => totps.delete(email);

  const list = async (session: Session): Promise<UserView[]> => {
    const response = await call('/users', { session });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    return (await response.json()).users;
  };
  const audit = (): Promise<AuditEntry[]> => storage.auth.listAudit();
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await storage.close();
  };
  return { url, clock, storage, ids, call, trySignIn, signIn, forgetFactor, list, audit, close };
}

/** The problem `type` of an answer, with its status. */
const problem = async (response: Response) => `${response.status} ${(await response.json()).type}`;

/** No password, hash or secret anywhere in `value`. */
function assertNoSecrets(value: unknown, passwords: readonly string[], what: string): void {
  const text = JSON.stringify(value);
  for (const password of [PASSWORD, ...passwords]) assert.ok(!text.includes(password), `${what} holds no password`);
  assert.doesNotMatch(text, /scrypt\$|passwordHash|password_hash|totpSecret|totp_secret|recovery/i, `${what} holds no hash or secret`);
}

test('an admin lists the users of the own kommune only, with role, state and second factor, never a hash or secret', async () => {
  const s = await inbox();
  try {
    const admin = await s.signIn(USERS.admin.email);
    assert.ok(admin.enrolled, 'the admin enrolled a second factor at the first sign-in');
    const users = await s.list(admin);
    assert.deepEqual(
      users.map((u) => [u.email, u.role, u.disabled, u.secondFactor, u.self]),
      [
        [USERS.admin.email, 'admin', false, true, true],
        [USERS.contact.email, 'contact', false, false, false],
        [USERS.moderator.email, 'moderator', false, false, false],
      ],
    );
    assert.deepEqual(Object.keys(users[0]!).sort(), ['createdAt', 'disabled', 'email', 'id', 'name', 'role', 'secondFactor', 'self']);
    assert.equal(users[1]?.id, s.ids['contact']);
    assert.equal(users[1]?.name, USERS.contact.name);
    assert.match(users[1]?.createdAt ?? '', /^2026-12-02T10:00:00/);
    assertNoSecrets(users, [], 'the list');
  } finally {
    await s.close();
  }
});

test('an admin adds a user with a temporary password shown once; the new user signs in with it, must choose a new password, then enrol a second factor', async () => {
  const s = await inbox();
  try {
    const admin = await s.signIn(USERS.admin.email);
    const added = await s.call('/users', {
      session: admin,
      body: { email: '  Siri.Stedfortreder@Rakkestad.kommune.no ', name: ' Siri Stedfortreder ', role: 'contact' },
    });
    assert.equal(added.status, 201);
    assert.equal(added.headers.get('cache-control'), 'no-store');
    const { user, password } = (await added.json()) as { user: UserView; password: string };
    assert.equal(user.email, 'siri.stedfortreder@rakkestad.kommune.no');
    assert.equal(user.name, 'Siri Stedfortreder');
    assert.deepEqual([user.role, user.disabled, user.secondFactor, user.self], ['contact', false, false, false]);
    assert.match(password, /^[a-km-zA-HJ-NP-Z2-9]{20}$/, 'a strong generated password without look-alike characters');
    assert.ok(
      (await s.list(admin)).some((u) => u.id === user.id),
      'the new user is listed',
    );
    assert.ok(!JSON.stringify(await s.list(admin)).includes(password), 'the password is not shown again');

    // The first sign-in with the temporary password asks for a new password before anything else, even the second factor.
    const first = await s.trySignIn(user.email, password);
    assert.equal(first.status, 200);
    const answer = await first.json();
    assert.equal(answer.passwordChange, true, 'the first sign-in says a new password must be chosen');
    assert.equal(answer.enrolment, undefined, 'no second factor is enrolled with the temporary password alone');
    assert.equal(answer.user, undefined, 'and no user until the password is chosen');
    const limited = { cookie: cookieOf(first), csrf: answer.csrfToken };
    for (const path of ['/reports', '/session', '/audit', '/users', '/mail'])
      assert.equal(await problem(await s.call(path, { session: limited })), '403 forbidden', `the limited session reads nothing: ${path}`);
    assert.equal(await problem(await s.call('/2fa/confirm', { session: limited, body: { code: '123456' } })), '403 forbidden');
    assert.equal((await s.storage.auth.getUser(user.id))?.totpSecret, undefined, 'no second factor was started');

    const NEW = 'mitt eget lange passord';
    const change = (body: unknown) => s.call('/password', { session: limited, body });
    const issues = async (response: Response) => {
      assert.equal(response.status, 400);
      return ((await response.json()).issues as { path: string; code: string }[]).map((i) => `${i.path} ${i.code}`);
    };
    assert.deepEqual(await issues(await change({ current: 'feil passord her', next: NEW })), ['current wrong-password']);
    assert.deepEqual(await issues(await change({ current: password, next: password })), ['next same-password']);
    assert.deepEqual(await issues(await change({ current: password, next: 'for kort' })), ['next too-short']);
    assert.equal(await problem(await change({ current: password })), '400 validation');
    assert.equal(
      await problem(await s.call('/password', { session: limited, body: { current: password, next: NEW }, csrf: null })),
      '403 csrf',
    );
    assert.equal((await s.storage.auth.getUser(user.id))?.mustChangePassword, true, 'nothing changed yet');

    // The new password moves on to enrolling the second factor, in a new limited session.
    const changed = await change({ current: password, next: NEW });
    assert.equal(changed.status, 200);
    const enrolling = await changed.json();
    assert.ok(enrolling.enrolment?.otpauthUri, 'then the second factor is enrolled');
    assert.equal(enrolling.user, undefined);
    assert.equal((await s.call('/session', { session: limited })).status, 401, 'the password-change session is over');
    assert.equal(
      await problem(await s.call('/reports', { session: { cookie: cookieOf(changed), csrf: enrolling.csrfToken } })),
      '403 forbidden',
      'the enrolment session reads nothing either',
    );
    assert.equal(await problem(await s.trySignIn(user.email, password)), '401 unauthorized', 'the temporary password is gone');
    const session = await s.signIn(user.email, NEW);
    assert.ok(session.enrolled);
    assert.equal((await s.storage.auth.getUser(user.id))?.mustChangePassword, false);
    const me = await (await s.call('/session', { session })).json();
    assert.deepEqual(me.user, { email: user.email, name: user.name, role: 'contact', kommune: '3120' });
    assert.equal((await s.list(admin)).find((u) => u.id === user.id)?.secondFactor, true);

    // An admin and a moderator can be added too.
    const added2: number[] = [];
    for (const role of ['admin', 'moderator']) {
      const response = await s.call('/users', { session: admin, body: { email: `${role}2@rakkestad.kommune.no`, name: role, role } });
      assert.equal(response.status, 201, role);
      added2.push((await response.json()).user.id);
    }

    const entries = (await s.audit()).filter((e) => e.action === 'admin-user-added');
    assert.deepEqual(
      entries.map((e) => [e.kommune, e.userId, e.target, e.detail]),
      [
        ['3120', s.ids['admin'], `user:${user.id}`, { role: 'contact' }],
        ['3120', s.ids['admin'], `user:${added2[0]}`, { role: 'admin' }],
        ['3120', s.ids['admin'], `user:${added2[1]}`, { role: 'moderator' }],
      ],
    );
    const own = (await s.audit()).filter((e) => e.userId === user.id).map((e) => e.action);
    assert.deepEqual(own.slice(0, 6), [
      'password-change-required',
      'password-change-failed',
      'password-changed',
      'enrolment-started',
      'sign-in-failed',
      'enrolment-started',
    ]);
    assertNoSecrets(await s.audit(), [password, NEW], 'the audit log');
  } finally {
    await s.close();
  }
});

test('adding a user checks the fields and refuses an e-mail address that is taken, in this kommune or another', async () => {
  const s = await inbox();
  try {
    const admin = await s.signIn(USERS.admin.email);
    const bad = await s.call('/users', { session: admin, body: { email: 'ikke-en-adresse', name: '  ', role: 'root' } });
    assert.equal(bad.status, 400);
    const body = await bad.json();
    assert.equal(body.type, 'validation');
    assert.deepEqual(
      body.issues.map((i: { path: string }) => i.path),
      ['email', 'name', 'role'],
    );
    assert.equal(
      (await s.call('/users', { session: admin, body: { email: 'a@b.no', name: 'x'.repeat(201), role: 'contact' } })).status,
      400,
    );
    assert.equal(await problem(await s.call('/users', { session: admin, body: '[1]' })), '400 validation');
    assert.equal(
      await problem(
        await s.call('/users', {
          session: admin,
          body: { email: 'ny@rakkestad.kommune.no', name: 'Ny', role: 'contact' },
          type: 'text/plain',
        }),
      ),
      '400 validation',
    );
    for (const email of [USERS.contact.email, USERS.halden.email.toUpperCase()]) {
      const taken = await s.call('/users', { session: admin, body: { email, name: 'Noen', role: 'contact' } });
      assert.equal(await problem(taken), '409 email-taken', email);
    }
    assert.equal((await s.list(admin)).length, 3, 'nobody was added');
    assert.ok(!(await s.audit()).some((e) => e.action === 'admin-user-added'));
  } finally {
    await s.close();
  }
});

test('an admin disables a user (ending the sessions; sign-in refused) and enables the user again', async () => {
  const s = await inbox();
  try {
    const admin = await s.signIn(USERS.admin.email);
    const contact = await s.signIn(USERS.contact.email);
    assert.equal((await s.call('/session', { session: contact })).status, 200);

    const disabled = await s.call(`/users/${s.ids['contact']}/disable`, { session: admin, body: {} });
    assert.equal(disabled.status, 200);
    assert.deepEqual(((await disabled.json()).user as UserView).disabled, true);
    assert.equal((await s.call('/session', { session: contact })).status, 401, 'the session ended at once');
    assert.equal(await problem(await s.trySignIn(USERS.contact.email, PASSWORD)), '401 unauthorized', 'and it cannot sign in');
    assert.equal((await s.list(admin)).find((u) => u.id === s.ids['contact'])?.disabled, true);

    const enabled = await s.call(`/users/${s.ids['contact']}/enable`, { session: admin, body: {} });
    assert.equal(enabled.status, 200);
    assert.equal(((await enabled.json()).user as UserView).disabled, false);
    await s.signIn(USERS.contact.email);

    const actions = (await s.audit()).filter((e) => e.action.startsWith('admin-user-'));
    assert.deepEqual(
      actions.map((e) => [e.action, e.kommune, e.userId, e.target]),
      [
        ['admin-user-disabled', '3120', s.ids['admin'], `user:${s.ids['contact']}`],
        ['admin-user-enabled', '3120', s.ids['admin'], `user:${s.ids['contact']}`],
      ],
    );
  } finally {
    await s.close();
  }
});

test('an admin resets a user’s second factor: the sessions end and the next sign-in enrols a new one', async () => {
  const s = await inbox();
  try {
    const admin = await s.signIn(USERS.admin.email);
    const contact = await s.signIn(USERS.contact.email);
    const reset = await s.call(`/users/${s.ids['contact']}/reset-2fa`, { session: admin, body: {} });
    assert.equal(reset.status, 200);
    assert.equal(((await reset.json()).user as UserView).secondFactor, false);
    assert.equal((await s.call('/session', { session: contact })).status, 401, 'the session ended');

    s.forgetFactor(USERS.contact.email);
    const again = await s.signIn(USERS.contact.email);
    assert.ok(again.enrolled, 'the password alone leads to a new enrolment');

    const entry = (await s.audit()).find((e) => e.action === 'admin-second-factor-reset');
    assert.deepEqual([entry?.kommune, entry?.userId, entry?.target], ['3120', s.ids['admin'], `user:${s.ids['contact']}`]);
  } finally {
    await s.close();
  }
});

test('an admin sets a new temporary password: the old one stops working, the sessions end, a lockout is lifted, and the user chooses their own', async () => {
  const s = await inbox();
  try {
    const admin = await s.signIn(USERS.admin.email);
    const contact = await s.signIn(USERS.contact.email);
    // The contact person forgot the password and locked the account for 4 minutes (the third lock in a row).
    for (let i = 0; i < 7; i++) await s.trySignIn(USERS.contact.email, 'feil passord her');
    assert.equal(await problem(await s.trySignIn(USERS.contact.email, PASSWORD)), '429 rate-limited');

    const answer = await s.call(`/users/${s.ids['contact']}/password`, { session: admin, body: {} });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    const { user, password } = (await answer.json()) as { user: UserView; password: string };
    assert.equal(user.id, s.ids['contact']);
    assert.match(password, /^[a-km-zA-HJ-NP-Z2-9]{20}$/);
    assert.equal((await s.call('/session', { session: contact })).status, 401, 'the session ended');
    assert.equal(await problem(await s.trySignIn(USERS.contact.email, PASSWORD)), '401 unauthorized', 'the old password is gone');
    const first = await s.trySignIn(USERS.contact.email, password);
    assert.equal((await first.json()).passwordChange, true, 'the temporary password asks for a new one, after the second factor');
    const session = await s.signIn(USERS.contact.email, password, 'kontaktens nye passord');
    assert.equal(session.enrolled, false, 'the second factor enrolled before stays');
    assert.equal((await s.call('/reports', { session })).status, 200, 'and the inbox opens');

    const entry = (await s.audit()).find((e) => e.action === 'admin-password-reset');
    assert.deepEqual([entry?.kommune, entry?.userId, entry?.target], ['3120', s.ids['admin'], `user:${s.ids['contact']}`]);
    assertNoSecrets(await s.audit(), [password], 'the audit log');
  } finally {
    await s.close();
  }
});

test('a user changes their own password: the current session continues, the others end, the old password fails', async () => {
  const s = await inbox();
  try {
    const here = await s.signIn(USERS.contact.email);
    const elsewhere = await s.signIn(USERS.contact.email);
    const admin = await s.signIn(USERS.admin.email);
    const NEW = 'et helt nytt passord for Ola';
    const change = (body: unknown) => s.call('/password', { session: here, body });

    assert.equal(await problem(await s.call('/password', { body: { current: PASSWORD, next: NEW } })), '401 unauthorized');
    assert.equal(
      await problem(await s.call('/password', { session: here, body: { current: PASSWORD, next: NEW }, csrf: null })),
      '403 csrf',
    );
    const wrong = await change({ current: 'ikke mitt passord', next: NEW });
    assert.equal(wrong.status, 400);
    assert.deepEqual(
      (await wrong.json()).issues.map((i: { path: string }) => i.path),
      ['current'],
      'a wrong current password is refused',
    );
    const same = await change({ current: PASSWORD, next: PASSWORD });
    assert.deepEqual(
      (await same.json()).issues.map((i: { code: string }) => i.code),
      ['same-password'],
      'the same password is refused',
    );
    assert.equal((await s.call('/session', { session: elsewhere })).status, 200, 'refusals end no session');

    const changed = await change({ current: PASSWORD, next: NEW });
    assert.equal(changed.status, 200);
    assert.equal(changed.headers.get('cache-control'), 'no-store');
    const answer = await changed.json();
    assert.equal(answer.user.email, USERS.contact.email);
    assert.equal(answer.csrfToken, here.csrf, 'the same session goes on');
    assert.equal((await s.call('/reports', { session: here })).status, 200, 'the current session continues');
    assert.equal((await s.call('/session', { session: elsewhere })).status, 401, 'the other session of the user ended');
    assert.equal((await s.call('/session', { session: admin })).status, 200, 'another user’s session is untouched');
    assert.equal(await problem(await s.trySignIn(USERS.contact.email, PASSWORD)), '401 unauthorized', 'the old password fails');
    await s.signIn(USERS.contact.email, NEW);

    const entries = (await s.audit()).filter((e) => e.action.startsWith('password-change'));
    assert.deepEqual(
      entries.map((e) => [e.action, e.kommune, e.userId, e.detail]),
      [
        ['password-change-failed', '3120', s.ids['contact'], { reason: 'current' }],
        ['password-changed', '3120', s.ids['contact'], {}],
      ],
    );
    assertNoSecrets(await s.audit(), [NEW, 'ikke mitt passord'], 'the audit log');
  } finally {
    await s.close();
  }
});

test('a temporary password cannot confirm a second factor whose enrolment was started before: the password comes first', async () => {
  const s = await inbox();
  try {
    const admin = await s.signIn(USERS.admin.email);
    // The contact person starts enrolling, but does not finish; then the admin hands over a temporary password.
    const started = await (await s.trySignIn(USERS.contact.email, PASSWORD)).json();
    const totp = URI.parse(started.enrolment.otpauthUri) as TOTP;
    const { password } = await (await s.call(`/users/${s.ids['contact']}/password`, { session: admin, body: {} })).json();
    const first = await s.trySignIn(USERS.contact.email, password);
    const answer = await first.json();
    assert.equal(answer.passwordChange, true);
    const limited = { cookie: cookieOf(first), csrf: answer.csrfToken };
    const confirm = await s.call('/2fa/confirm', { session: limited, body: { code: totp.generate({ timestamp: s.clock.now }) } });
    assert.equal(await problem(confirm), '403 forbidden', 'whoever holds the temporary password cannot enrol');
    assert.equal((await s.storage.auth.getUser(s.ids['contact']!))?.totpEnrolledAt, undefined);
  } finally {
    await s.close();
  }
});

test('a contact person and a moderator get 403, no session 401, and a change without the CSRF token or from another origin 403', async () => {
  const s = await inbox();
  try {
    const target = s.ids['contact'];
    for (const who of [USERS.contact, USERS.moderator]) {
      const session = await s.signIn(who.email);
      assert.equal(await problem(await s.call('/users', { session })), '403 forbidden', `${who.role} lists`);
      assert.equal(
        await problem(await s.call('/users', { session, body: { email: 'x@rakkestad.kommune.no', name: 'X', role: 'admin' } })),
        '403 forbidden',
        `${who.role} adds`,
      );
      for (const action of ['disable', 'enable', 'reset-2fa', 'password'])
        assert.equal(
          await problem(await s.call(`/users/${target}/${action}`, { session, body: {} })),
          '403 forbidden',
          `${who.role} ${action}`,
        );
    }
    assert.equal(await problem(await s.call('/users')), '401 unauthorized');
    assert.equal(await problem(await s.call(`/users/${target}/disable`, { body: {} })), '401 unauthorized');

    const admin = await s.signIn(USERS.admin.email);
    assert.equal(await problem(await s.call(`/users/${target}/disable`, { session: admin, body: {}, csrf: null })), '403 csrf');
    assert.equal(await problem(await s.call(`/users/${target}/disable`, { session: admin, body: {}, csrf: 'x'.repeat(43) })), '403 csrf');
    assert.equal(
      await problem(await s.call(`/users/${target}/disable`, { session: admin, body: {}, origin: 'https://evil.example' })),
      '403 csrf',
    );
    assert.equal(await problem(await s.call(`/users/${target}/disable`, { session: admin, body: {}, origin: null })), '403 csrf');
    assert.equal((await s.list(admin)).find((u) => u.id === target)?.disabled, false, 'nothing changed');
    assert.ok(!(await s.audit()).some((e) => e.action.startsWith('admin-')), 'nothing audited as done');
  } finally {
    await s.close();
  }
});

test('another kommune’s user id answers 404 for every action, like an id that does not exist, and changes nothing', async () => {
  const s = await inbox();
  try {
    const admin = await s.signIn(USERS.admin.email);
    for (const id of [s.ids['halden'], s.ids['haldenAdmin'], 9999, 'abc', '1e3']) {
      for (const action of ['disable', 'enable', 'reset-2fa', 'password']) {
        assert.equal(
          await problem(await s.call(`/users/${id}/${action}`, { session: admin, body: {} })),
          '404 not-found',
          `${id} ${action}`,
        );
      }
    }
    assert.equal(await problem(await s.call(`/users/${s.ids['contact']}/delete`, { session: admin, body: {} })), '404 not-found');
    assert.ok(!(await s.list(admin)).some((u) => u.email.endsWith('halden.kommune.no')), 'Halden’s users are not listed');
    const halden = await s.storage.auth.getUser(s.ids['halden']!);
    assert.equal(halden?.disabled, false);
    assert.ok(await s.signIn(USERS.halden.email), 'Halden’s contact person still signs in with the old password');
    const haldenAdmin = await s.signIn(USERS.haldenAdmin.email);
    assert.deepEqual(
      (await s.list(haldenAdmin)).map((u) => u.email),
      [USERS.halden.email, USERS.haldenAdmin.email],
    );
    assert.ok(!(await s.audit()).some((e) => e.action.startsWith('admin-')));
  } finally {
    await s.close();
  }
});

test('an admin cannot disable or change the own user, nor disable the kommune’s last enabled admin', async () => {
  const s = await inbox();
  try {
    const admin = await s.signIn(USERS.admin.email);
    const self = s.ids['admin'];
    assert.equal(await problem(await s.call(`/users/${self}/disable`, { session: admin, body: {} })), '409 last-admin', 'the only admin');

    const added = await s.call('/users', {
      session: admin,
      body: { email: 'admin2@rakkestad.kommune.no', name: 'Anne Admin', role: 'admin' },
    });
    const second = (await added.json()) as { user: UserView; password: string };
    for (const action of ['disable', 'reset-2fa', 'password'])
      assert.equal(await problem(await s.call(`/users/${self}/${action}`, { session: admin, body: {} })), '409 own-account', action);
    assert.equal((await s.call('/session', { session: admin })).status, 200, 'the admin is still signed in');

    // Another admin may be disabled while one enabled admin is left; then that one is the last.
    assert.equal((await s.call(`/users/${second.user.id}/disable`, { session: admin, body: {} })).status, 200);
    assert.equal(await problem(await s.call(`/users/${self}/disable`, { session: admin, body: {} })), '409 last-admin');
    const users = await s.list(admin);
    assert.deepEqual(
      users.filter((u) => u.role === 'admin').map((u) => [u.email, u.disabled]),
      [
        [USERS.admin.email, false],
        ['admin2@rakkestad.kommune.no', true],
      ],
    );
    assert.deepEqual(
      (await s.audit()).filter((e) => e.action.startsWith('admin-')).map((e) => e.action),
      ['admin-user-added', 'admin-user-disabled'],
      'refusals change nothing and are not audited as done',
    );
  } finally {
    await s.close();
  }
});

test('the audit log names the user an admin’s change concerned', async () => {
  const s = await inbox();
  try {
    const admin = await s.signIn(USERS.admin.email);
    assert.equal((await s.call(`/users/${s.ids['moderator']}/reset-2fa`, { session: admin, body: {} })).status, 200);
    const { entries } = await (await s.call('/audit', { session: admin })).json();
    const [reset] = entries as Array<{ action: string; target: string; user: object; targetUser?: object }>;
    assert.deepEqual(
      { action: reset?.action, target: reset?.target, user: reset?.user, targetUser: reset?.targetUser },
      {
        action: 'admin-second-factor-reset',
        target: `user:${s.ids['moderator']}`,
        user: { email: USERS.admin.email, name: USERS.admin.name },
        targetUser: { email: USERS.moderator.email, name: USERS.moderator.name },
      },
    );
  } finally {
    await s.close();
  }
});
