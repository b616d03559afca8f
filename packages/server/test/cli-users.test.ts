import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createApp, openSqliteStorage, silentLogger, verifyPassword } from '../src/index.js';
import { BIN, cliEnv, freePort, runCli, startCli } from './cli-process.js';
import { tempDir, testConfig } from './helpers.js';

/** Run the CLI with `stdin` piped in. */
const run = (args: string[], stdin = '') => runCli(args, { input: stdin });

const user = (db: string, email: string) =>
  new Database(db, { readonly: true }).prepare('SELECT * FROM users WHERE email = ?').get(email) as
    Record<string, string | null> | undefined;

const ADD = ['user', 'add', '--kommune', '3120', '--email', 'Kari@Rakkestad.kommune.no', '--name', 'Kari Nordmann', '--role', 'contact'];
const SECRET = 'et langt og hemmelig passord';

test('user add reads the password from stdin, never echoes it, and stores an scrypt hash', async () => {
  const db = join(tempDir(), 'users.sqlite');
  const r = run([...ADD, '--db', db], `${SECRET}\n`);
  assert.equal(r.code, 0, r.out + r.err);
  assert.ok(!(r.out + r.err).includes(SECRET), 'the password is not echoed');
  assert.match(r.out, /Added kari@rakkestad\.kommune\.no \(contact, kommune 3120\)/);
  const row = user(db, 'kari@rakkestad.kommune.no')!;
  assert.match(row['password_hash']!, /^scrypt\$/);
  assert.ok(await verifyPassword(SECRET, row['password_hash']!));
  const again = run([...ADD, '--db', db], `${SECRET}\n`);
  assert.equal(again.code, 2);
  assert.match(again.err, /exists already/);
});

test('user add refuses a password under 12 characters (exit 2) and stores nothing', () => {
  const db = join(tempDir(), 'users.sqlite');
  const r = run([...ADD, '--db', db], 'kort123456\n');
  assert.equal(r.code, 2);
  assert.match(r.err, /at least 12 characters/);
  assert.ok(!(r.out + r.err).includes('kort123456'));
  assert.equal(user(db, 'kari@rakkestad.kommune.no'), undefined);
});

test('user add --generate-password prints a generated password once, which signs in', async () => {
  const db = join(tempDir(), 'users.sqlite');
  const r = run([...ADD, '--generate-password', '--db', db]);
  assert.equal(r.code, 0, r.err);
  const shown = /Password \(shown once\): (\S+)/.exec(r.out)?.[1];
  assert.ok(shown && shown.length >= 12, r.out);
  assert.equal(r.out.split(shown).length, 2, 'printed once');
  assert.ok(await verifyPassword(shown, user(db, 'kari@rakkestad.kommune.no')!['password_hash']!));
});

test('user password sets a new password and user reset-2fa removes the second factor; both are audited', async () => {
  const db = join(tempDir(), 'users.sqlite');
  assert.equal(run([...ADD, '--db', db], `${SECRET}\n`).code, 0);
  const changed = run(['user', 'password', '--email', 'kari@rakkestad.kommune.no', '--db', db], 'et annet langt passord\n');
  assert.equal(changed.code, 0, changed.err);
  assert.ok(!(changed.out + changed.err).includes('et annet langt passord'));
  assert.ok(await verifyPassword('et annet langt passord', user(db, 'kari@rakkestad.kommune.no')!['password_hash']!));
  const direct = new Database(db);
  direct.prepare("UPDATE users SET totp_secret = 'plain:JBSWY3DPEHPK3PXP', totp_enrolled_at = '2026-12-01T00:00:00Z'").run();
  direct.close();
  const reset = run(['user', 'reset-2fa', '--email', 'kari@rakkestad.kommune.no', '--db', db]);
  assert.equal(reset.code, 0, reset.err);
  const row = user(db, 'kari@rakkestad.kommune.no')!;
  assert.equal(row['totp_secret'], null);
  assert.equal(row['totp_enrolled_at'], null);
  const actions = (
    new Database(db, { readonly: true }).prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]
  ).map((a) => a.action);
  assert.deepEqual(actions, ['user-added', 'password-set', 'second-factor-reset']);
  const unknown = run(['user', 'reset-2fa', '--email', 'ingen@rakkestad.kommune.no', '--db', db]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /No user/);
});

test('user disable ends the sessions of someone who left and keeps them out; user enable lets them in again; both audited', async () => {
  const db = join(tempDir(), 'users.sqlite');
  assert.equal(run([...ADD, '--db', db], `${SECRET}\n`).code, 0);
  const id = user(db, 'kari@rakkestad.kommune.no')!['id'];
  const direct = new Database(db);
  direct
    .prepare('INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run('session-hash', id, 'csrf', Date.now(), Date.now(), Date.now() + 3_600_000);
  direct.close();
  const disabled = run(['user', 'disable', '--email', 'KARI@rakkestad.kommune.no', '--db', db]);
  assert.equal(disabled.code, 0, disabled.err);
  assert.match(disabled.out, /Disabled kari@rakkestad\.kommune\.no/);
  assert.equal(user(db, 'kari@rakkestad.kommune.no')!['disabled'], 1);
  const reader = new Database(db, { readonly: true });
  assert.equal((reader.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n, 0, 'the session is ended');
  reader.close();
  // Signing in with the right password is refused while disabled, and works again once enabled.
  const signIn = async () => {
    const storage = openSqliteStorage(db);
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
  assert.equal(user(db, 'kari@rakkestad.kommune.no')!['disabled'], 0);
  assert.equal(await signIn(), 200);
  const actions = (
    new Database(db, { readonly: true }).prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]
  ).map((a) => a.action);
  assert.deepEqual(actions, ['user-added', 'user-disabled', 'sign-in-failed', 'user-enabled', 'sign-in']);
  assert.equal(run(['user', 'disable', '--email', 'ingen@rakkestad.kommune.no', '--db', db]).code, 2);
});

test('--demo prints the demo inbox user and a password at start, which signs in without a second factor', async () => {
  const port = await freePort();
  const { child, output, exited } = startCli(['--demo', '--port', String(port), '--db', join(tempDir(), 'demo.sqlite')]);
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
  const db = join(tempDir(), 'users.sqlite');
  // `script` runs the command on a pseudo-terminal: what the terminal would show comes back on stdout.
  const command = [process.execPath, BIN, ...ADD.slice(0, -2), '--role', 'admin', '--db', db]
    .join(' ')
    .replace('Kari Nordmann', "'Kari Nordmann'");
  const child = spawn('script', ['-qec', command, '/dev/null'], { env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
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
  assert.ok(await verifyPassword(SECRET, user(db, 'kari@rakkestad.kommune.no')!['password_hash']!));
});
