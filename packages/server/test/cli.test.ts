import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, runCli, startCli } from './cli-process.js';
import { tempDir, testConfig } from './helpers.js';

const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { env });

test('without a configuration and without --demo the server refuses to start and says why (exit 2)', () => {
  const r = run(['--db', join(tempDir(), 'x.sqlite')]);
  assert.equal(r.code, 2, r.out + r.err);
  assert.match(r.err, /no configuration/);
  assert.match(r.err, /--config/);
  assert.match(r.err, /--demo/);
});

test('an invalid configuration is refused with every problem and its path (exit 2)', () => {
  const dir = tempDir();
  const config = join(dir, 'config.json');
  writeFileSync(
    config,
    JSON.stringify({ kommuner: [{ nummer: '31', navn: 'X', origins: ['http://evil.example'], retentionDays: 0, contact: {} }] }),
  );
  const r = run(['--db', join(dir, 'x.sqlite')], { KW_CONFIG: config });
  assert.equal(r.code, 2, r.out + r.err);
  assert.match(r.err, /kommuner\[0\]\.nummer/);
  assert.match(r.err, /kommuner\[0\]\.origins\[0\]/);
  assert.match(r.err, /kommuner\[0\]\.retentionDays/);
  assert.match(r.err, /kommuner\[0\]\.contact\.name/);
  assert.equal(existsSync(join(dir, 'x.sqlite')), false, 'no database is created');
});

test('--help describes the options and environment variables', () => {
  const r = run(['--help']);
  assert.equal(r.code, 0);
  for (const word of ['--port', '--db', '--config', '--demo', 'PORT', 'KW_DB', 'KW_CONFIG']) assert.ok(r.out.includes(word), word);
});

test('--demo starts the server with Eksempel kommune (9999) for the demo page’s origin', async () => {
  const port = await freePort();
  const db = join(tempDir(), 'data', 'demo.sqlite');
  const { child, output, exited } = startCli(['--demo', '--db', db], { PORT: String(port) });
  try {
    let health: Response | undefined;
    for (let i = 0; i < 100 && !health; i++) {
      health = await fetch(`http://127.0.0.1:${port}/api/v1/health`).catch(() => undefined);
      if (!health) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(health, `the server answers: ${output()}`);
    assert.equal(health.status, 200);
    const kommune = await fetch(`http://127.0.0.1:${port}/api/v1/kommuner/9999`, { headers: { Origin: `http://localhost:${port}` } });
    assert.equal(kommune.status, 200);
    assert.equal((await kommune.json()).navn, 'Eksempel kommune');
    assert.ok(existsSync(db), 'the database and its folder are created');
    // The log line is written before the answer, but the pipe may deliver it a moment after.
    for (let i = 0; i < 50 && !(output().includes('/api/v1/kommuner/:nummer') && output().endsWith('\n')); i++)
      await new Promise((r) => setTimeout(r, 50));
    const lines = output().trim().split('\n');
    for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), `a JSON log line: ${line}`);
    assert.ok(
      lines.some((l) => JSON.parse(l).route === '/api/v1/kommuner/:nummer'),
      'requests are logged by route pattern',
    );
  } finally {
    child.kill('SIGTERM');
    assert.equal(await exited, 0, 'stops cleanly on SIGTERM');
  }
});

test('SIGHUP serves a changed configuration file without a restart; a file with errors is logged and the running one kept', async () => {
  const port = await freePort();
  const dir = tempDir();
  const config = join(dir, 'config.json');
  const rakkestad = testConfig().kommuner[0]!;
  const halden = testConfig().kommuner[1]!;
  writeFileSync(config, JSON.stringify({ kommuner: [rakkestad] }));
  const { child, output, exited } = startCli(['--config', config, '--db', join(dir, 'kw.sqlite')], { PORT: String(port) });
  const kommune = (nummer: string) => fetch(`http://127.0.0.1:${port}/api/v1/kommuner/${nummer}`).then((r) => r.status);
  /** Waits until `check` holds (the signal is handled a moment after it is sent). */
  const eventually = async (check: () => Promise<boolean> | boolean, what: string) => {
    for (let i = 0; i < 100; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.fail(`${what}: ${output()}`);
  };
  try {
    await eventually(
      () =>
        kommune('3120').then(
          (s) => s === 200,
          () => false,
        ),
      'the server answers',
    );
    assert.equal(await kommune('3101'), 404);
    // Halden joins the service: the file is changed and the server told.
    writeFileSync(config, JSON.stringify({ kommuner: [rakkestad, halden] }));
    child.kill('SIGHUP');
    await eventually(async () => (await kommune('3101')) === 200, 'Halden is served after SIGHUP');
    assert.equal(await kommune('3120'), 200);
    assert.ok(output().includes('"msg":"config reloaded","kommuner":2'), output());
    // A broken file is refused whole: every problem logged with its path, and both kommuner still served.
    writeFileSync(config, JSON.stringify({ kommuner: [rakkestad, { ...halden, origins: ['http://halden.example'] }] }));
    child.kill('SIGHUP');
    await eventually(() => output().includes('"msg":"config not reloaded"'), 'the refusal is logged');
    assert.match(output(), /kommuner\[1\]\.origins\[0\]/);
    assert.equal(await kommune('3101'), 200);
    assert.equal(child.exitCode, null, 'still running');
  } finally {
    child.kill('SIGTERM');
    assert.equal(await exited, 0, 'stops cleanly on SIGTERM');
  }
});
