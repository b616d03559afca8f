import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createApp, silentLogger, verifyPassword } from '../src/index.js';
import { BIN, cliEnv, freePort, runCli, startCli } from './cli-process.js';
import { testConfig } from './helpers.js';
import { newDatabase, onPostgres, openTestStorage, sql } from './backend.js';

/** Run the CLI with `stdin` piped in. */
const run = (args: string[], stdin = '') => runCli(args, { input: stdin });

const user = async (db: string, email: string) =>
  (await sql(db, 'SELECT * FROM users WHERE email = ?', [email]))[0] as Record<string, string | null> | undefined;

/** The audit log's actions, oldest first. */
const actionsOf = async (db: string) => (await sql(db, 'SELECT action FROM audit_log ORDER BY id')).map((a) => a['action']);

const ADD = ['user', 'add', '--kommune', '3120', '--email', 'Kari@Rakkestad.kommune.no', '--name', 'Kari Nordmann', '--role', 'contact'];
const SECRET = 'et langt og hemmelig passord';

test('user add reads the password from stdin, never echoes it, and stores an scrypt hash', async () => {
  const db = await newDatabase('users');
  const r = run([...ADD, '--db', db], `${SECRET}\n`);
  assert.equal(r.code, 0, r.out + r.err);
  assert.ok(!(r.out + r.err).includes(SECRET), 'the password is not echoed');
  assert.match(r.out, /Added kari@rakkestad\.kommune\.no \(contact, kommune 3120\)/);
  const row = (await user(db, 'kari@rakkestad.kommune.no'))!;
  assert.match(row['password_hash']!, /^scrypt\$/);
  assert.ok(await verifyPassword(SECRET, row['password_hash']!));
  assert.equal(Number(row['must_change_password']), 0, "a password IT typed is the user's own, not temporary");
  const again = run([...ADD, '--db', db], `${SECRET}\n`);
  assert.equal(again.code, 2);
  assert.match(again.err, /exists already/);
});

test('user add refuses a password under 12 characters (exit 2) and stores nothing', async () => {
  const db = await newDatabase('users');
  const r = run([...ADD, '--db', db], 'kort123456\n');
  assert.equal(r.code, 2);
  assert.match(r.err, /at least 12 characters/);
  assert.ok(!(r.out + r.err).includes('kort123456'));
  assert.equal(await user(db, 'kari@rakkestad.kommune.no'), undefined);
});

test('user add --generate-password prints a generated temporary password once, which signs in', async () => {
  const db = await newDatabase('users');
  const r = run([...ADD, '--generate-password', '--db', db]);
  assert.equal(r.code, 0, r.err);
  const shown = /Password \(shown once\): (\S+)/.exec(r.out)?.[1];
  assert.ok(shown && shown.length >= 12, r.out);
  assert.equal(r.out.split(shown).length, 2, 'printed once');
  const row = (await user(db, 'kari@rakkestad.kommune.no'))!;
  assert.ok(await verifyPassword(shown, row['password_hash']!));
  assert.equal(Number(row['must_change_password']), 1, 'the user must choose their own at the first sign-in');
  assert.match(r.out, /temporary: the user chooses their own at the first sign-in/);
});

test('user password sets a new password and user reset-2fa removes the second factor; both are audited', async () => {
  const db = await newDatabase('users');
  assert.equal(run([...ADD, '--db', db], `${SECRET}\n`).code, 0);
  await sql(db, onPostgres ? 'UPDATE users SET must_change_password = true' : 'UPDATE users SET must_change_password = 1');
  const changed = run(['user', 'password', '--email', 'kari@rakkestad.kommune.no', '--db', db], 'et annet langt passord\n');
  assert.equal(changed.code, 0, changed.err);
  assert.ok(!(changed.out + changed.err).includes('et annet langt passord'));
  assert.ok(await verifyPassword('et annet langt passord', (await user(db, 'kari@rakkestad.kommune.no'))!['password_hash']!));
  assert.equal(Number((await user(db, 'kari@rakkestad.kommune.no'))!['must_change_password']), 0, 'typed by IT: not temporary');
  await sql(db, "UPDATE users SET totp_secret = 'plain:JBSWY3DPEHPK3PXP', totp_enrolled_at = '2026-12-01T00:00:00Z'");
  const reset = run(['user', 'reset-2fa', '--email', 'kari@rakkestad.kommune.no', '--db', db]);
  assert.equal(reset.code, 0, reset.err);
  const row = (await user(db, 'kari@rakkestad.kommune.no'))!;
  assert.equal(row['totp_secret'], null);
  assert.equal(row['totp_enrolled_at'], null);
  const actions = await actionsOf(db);
  assert.deepEqual(actions, ['user-added', 'password-set', 'second-factor-reset']);
  const unknown = run(['user', 'reset-2fa', '--email', 'ingen@rakkestad.kommune.no', '--db', db]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /No user/);
});

test('user disable ends the sessions of someone who left and keeps them out; user enable lets them in again; both audited', async () => {
  const db = await newDatabase('users');
  assert.equal(run([...ADD, '--db', db], `${SECRET}\n`).code, 0);
  const id = (await user(db, 'kari@rakkestad.kommune.no'))!['id'];
  await sql(
    db,
    onPostgres
      ? "INSERT INTO sessions (id, user_id, kommune, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, '3120', ?, ?, ?, ?)"
      : 'INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ['session-hash', id, 'csrf', Date.now(), Date.now(), Date.now() + 3_600_000],
  );
  const disabled = run(['user', 'disable', '--email', 'KARI@rakkestad.kommune.no', '--db', db]);
  assert.equal(disabled.code, 0, disabled.err);
  assert.match(disabled.out, /Disabled kari@rakkestad\.kommune\.no/);
  assert.equal((await user(db, 'kari@rakkestad.kommune.no'))!['disabled'], 1);
  assert.equal((await sql(db, 'SELECT count(*) AS n FROM sessions'))[0]!['n'], 0, 'the session is ended');
  // Signing in with the right password is refused while disabled, and works again once enabled.
  const signIn = async () => {
    const storage = openTestStorage(db);
    try {
      const app = createApp({ config: testConfig(), storage, demo: true, log: silentLogger });
      const response = await app.request('/admin/api/sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'https://inbox.example', Host: 'inbox.example' },
        body: JSON.stringify({ email: 'kari@rakkestad.kommune.no', password: SECRET }),
      });
      return response.status;
    } finally {
      await storage.close();
    }
  };
  assert.equal(await signIn(), 401);
  assert.equal(run(['user', 'enable', '--email', 'kari@rakkestad.kommune.no', '--db', db]).code, 0);
  assert.equal((await user(db, 'kari@rakkestad.kommune.no'))!['disabled'], 0);
  assert.equal(await signIn(), 200);
  const actions = await actionsOf(db);
  assert.deepEqual(actions, ['user-added', 'user-disabled', 'sign-in-failed', 'user-enabled', 'sign-in']);
  assert.equal(run(['user', 'disable', '--email', 'ingen@rakkestad.kommune.no', '--db', db]).code, 2);
});

test('--demo prints the demo inbox user and a password at start, which signs in without a second factor', async () => {
  const port = await freePort();
  const { child, output, exited } = startCli(['--demo', '--port', String(port), '--db', await newDatabase('demo')]);
  try {
    for (let i = 0; i < 100 && !output().includes('demo inbox user'); i++) await new Promise((r) => setTimeout(r, 100));
    const line = output()
      .split('\n')
      .find((l) => l.includes('demo inbox user'));
    assert.ok(line, output());
    const { email, password } = JSON.parse(line) as { email: string; password: string };
    assert.equal(email, 'kontakt@eksempel.kommune.no');
    const origin = `http://127.0.0.1:${port}`;
    const signedIn = await fetch(`${origin}/admin/api/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ email, password }),
    });
    assert.equal(signedIn.status, 200);
    assert.equal((await signedIn.json()).user.kommune, '9999');
  } finally {
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  }
});

test('typed in a terminal, the password is not echoed', { skip: spawnSync('script', ['--version']).status !== 0 }, async () => {
  const db = await newDatabase('users');
  // `script` runs the command on a pseudo-terminal: what the terminal would show comes back on stdout.
  const command = [process.execPath, BIN, ...ADD.slice(0, -2), '--role', 'admin', '--db', db]
    .join(' ')
    .replace('Kari Nordmann', "'Kari Nordmann'");
  const child = spawn('script', ['-qec', command, '/dev/null'], { env: cliEnv({}, [db]), stdio: ['pipe', 'pipe', 'pipe'] });
  let shown = '';
  child.stdout.on('data', (chunk) => (shown += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 100 && !shown.includes('New password (not shown):'); i++) await new Promise((r) => setTimeout(r, 100));
  assert.match(shown, /New password \(not shown\):/);
  child.stdin.write(`${SECRET}\r`);
  assert.equal(await exited, 0, shown);
  child.stdin.end();
  assert.match(shown, /Added kari@rakkestad\.kommune\.no \(admin, kommune 3120\)/);
  assert.ok(!shown.includes(SECRET), 'the terminal showed no password');
  assert.ok(await verifyPassword(SECRET, (await user(db, 'kari@rakkestad.kommune.no'))!['password_hash']!));
});
