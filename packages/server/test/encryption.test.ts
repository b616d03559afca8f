import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { StorageError, createReportCipher, parseReportKey, ReportKeyError } from '../src/index.js';
import { indexOfBytes, pngWith, postAttachment, postReport, startStored, validReport } from './helpers.js';
import { newDatabase, openTestStorage, sql, storedBytes } from './backend.js';
import { cliEnv } from './cli-process.js';

/** A description no other bytes in the database contain. */
const SECRET = 'Trusselen kom fra brukeren «hemmelig-7Q3Z» etter møtet';
/** Text inside an uploaded PNG. */
const FILE_SECRET = 'skjermbilde-innhold-X9K2';

/** Store one report with one attachment; returns its receipt and the attachment's id. */
async function storeReport(server: { url: string }): Promise<{ receipt: string; id: string }> {
  const uploaded = await postAttachment(server, pngWith({ text: FILE_SECRET }), { type: 'image/png' });
  assert.equal(uploaded.status, 201);
  const { id } = await uploaded.json();
  const res = await postReport(server, validReport({ description: SECRET, attachments: [id] }));
  assert.equal(res.status, 201);
  return { receipt: (await res.json()).receipt, id };
}

test('KW_REPORT_KEY is read as base64, base64url or hex of 32 bytes; anything else is refused saying why', () => {
  const key = randomBytes(32);
  assert.deepEqual(parseReportKey(key.toString('base64')), Uint8Array.from(key));
  assert.deepEqual(parseReportKey(` ${key.toString('base64url')}\n`), Uint8Array.from(key));
  assert.deepEqual(parseReportKey(key.toString('hex')), Uint8Array.from(key));
  for (const bad of [randomBytes(16).toString('base64'), key.toString('hex').slice(2), 'correct horse battery staple', '']) {
    assert.throws(
      () => parseReportKey(bad),
      (error: unknown) => error instanceof ReportKeyError && /32 random bytes/.test(error.message) && !error.message.includes(bad || '\0'),
    );
  }
});

test('without a key the database file holds the report and the file in plain form (the docs recommend a key)', async () => {
  const server = await startStored();
  try {
    await storeReport(server);
    const bytes = await storedBytes(server.db);
    assert.ok(indexOfBytes(bytes, SECRET) >= 0, 'the description is readable in the file');
    assert.ok(indexOfBytes(bytes, FILE_SECRET) >= 0, 'the attachment is readable in the file');
  } finally {
    await server.close();
  }
});

test('with a key, reports and attachments round-trip and the database file holds no plaintext of either', async () => {
  const reportKey = randomBytes(32);
  const server = await startStored({ reportKey });
  try {
    const { receipt, id } = await storeReport(server);
    const report = await server.storage.getReport('3120', receipt);
    assert.ok(report);
    assert.equal((report.body as { description: string }).description, SECRET);
    assert.equal(report.status, 'ny');
    assert.equal(report.possibleSpam, false);
    assert.deepEqual(
      report.attachments.map((a) => a.id),
      [id],
    );
    const attachment = await server.storage.getAttachment('3120', id);
    assert.ok(attachment && indexOfBytes(attachment.bytes, FILE_SECRET) >= 0, 'the file comes back whole');
    assert.equal(await server.storage.getReport('3101', receipt), undefined, 'another kommune does not see it');

    const bytes = await storedBytes(server.db);
    assert.equal(indexOfBytes(bytes, SECRET), -1, 'no description in the file');
    assert.equal(indexOfBytes(bytes, 'Per Hansen'), -1, 'no contact details in the file');
    assert.equal(indexOfBytes(bytes, FILE_SECRET), -1, 'no attachment content in the file');
  } finally {
    await server.close();
  }
});

test('a sealed body moved to another report’s row does not open: reading it fails as StorageError (503)', async () => {
  const reportKey = randomBytes(32);
  const server = await startStored({ reportKey });
  const first = await storeReport(server);
  const second = await storeReport(server);
  await server.close();
  await sql(server.db, 'UPDATE reports SET body = (SELECT body FROM reports WHERE receipt = ?) WHERE receipt = ?', [
    first.receipt,
    second.receipt,
  ]);
  const reopened = await startStored({ db: server.db, reportKey });
  try {
    assert.ok(await reopened.storage.getReport('3120', first.receipt), 'the untouched row still opens');
    await assert.rejects(reopened.storage.getReport('3120', second.receipt), StorageError);
  } finally {
    await reopened.close();
  }
  const cipher = createReportCipher(reportKey);
  const sealed = cipher.seal(new TextEncoder().encode('x'), 'report\u00003120\u0000HT-2026-AAAAAA');
  assert.throws(() => cipher.open(sealed, 'report\u00003101\u0000HT-2026-AAAAAA'), /does not open/);
});

test('a wrong key, or no key, for an encrypted database is refused at start, saying why', async () => {
  const reportKey = randomBytes(32);
  const server = await startStored({ reportKey });
  await storeReport(server);
  await server.close();

  const wrong = openTestStorage(server.db, { reportKey: randomBytes(32) });
  await assert.rejects(wrong.migrate(), /KW_REPORT_KEY is not the key this database was encrypted with/);
  await wrong.close();
  const none = openTestStorage(server.db);
  await assert.rejects(none.migrate(), /encrypted with KW_REPORT_KEY: start the server with that key/);
  await none.close();
});

test('reports stored before the key was set are encrypted on the first start with it', async () => {
  const plain = await startStored();
  const { receipt } = await storeReport(plain);
  await plain.close();
  assert.ok(indexOfBytes(await storedBytes(plain.db), SECRET) >= 0);

  const reportKey = randomBytes(32);
  const encrypted = await startStored({ db: plain.db, reportKey });
  try {
    const report = await encrypted.storage.getReport('3120', receipt);
    assert.equal((report?.body as { description: string }).description, SECRET);
    assert.equal(indexOfBytes(await storedBytes(plain.db), SECRET), -1, 'no plaintext left in the file');
    assert.equal(indexOfBytes(await storedBytes(plain.db), FILE_SECRET), -1);
  } finally {
    await encrypted.close();
  }
});

const BIN = fileURLToPath(new URL('../bin/kommune-widgets-server.js', import.meta.url));

test('the command refuses a malformed KW_REPORT_KEY (exit 2) and a key that is not the database’s (exit 1)', async () => {
  const db = await newDatabase('cli');
  const run = (key: string) =>
    spawnSync(process.execPath, [BIN, '--demo', '--port', '0', '--db', db], {
      encoding: 'utf8',
      env: cliEnv({ KW_REPORT_KEY: key }, [db]),
      timeout: 10_000,
    });
  const malformed = run('not-a-key');
  assert.equal(malformed.status, 2, malformed.stderr);
  assert.match(malformed.stderr, /KW_REPORT_KEY must be 32 random bytes/);
  assert.match(malformed.stderr, /randomBytes\(32\)/, 'says how to make one');

  const key = randomBytes(32).toString('base64');
  const child = spawn(process.execPath, [BIN, '--demo', '--port', '0', '--db', db], {
    env: cliEnv({ KW_REPORT_KEY: key }, [db]),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('"msg":"encryption at rest","on":true')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  assert.ok(!out.includes(key), 'the key is never logged');
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));

  const other = run(randomBytes(32).toString('hex'));
  assert.equal(other.status, 1, other.stderr);
  assert.match(other.stderr, /not the key this database was encrypted with/);
});
