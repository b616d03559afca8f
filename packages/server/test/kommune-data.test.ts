import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KommuneDataError, exportKommune, purgeKommune } from '../src/kommune-data.js';
import { runCli } from './cli-process.js';
import { postAttachment, postReport, pngWith, tempDir, validReport } from './helpers.js';
import { HALDEN, pledgeServer, validPledge } from './pledge-helpers.js';

/** Rakkestad (3120) and Halden (3101), each with a report, Rakkestad's with an attachment, a note and a signature. */
async function twoKommuner() {
  const s = await pledgeServer({ reportKey: randomBytes(32) });
  const png = (await (await postAttachment(s, pngWith(), { type: 'image/png', kommune: '3120' })).json()).id as string;
  const rakkestad = await postReport(s, validReport({ attachments: [png], description: 'Truende melding til Ola.' }));
  assert.equal(rakkestad.status, 201);
  const { receipt } = (await rakkestad.json()) as { receipt: string };
  await s.storage.inbox.addNote('3120', receipt, 'Ringte politiet.', 1, s.clock.now);
  const halden = await postReport(s, validReport({ kommune: '3101', description: 'Haldens melding.' }), { Origin: HALDEN });
  assert.equal(halden.status, 201);
  await s.signed('valg-2027', { name: 'Kari Rakkestad', email: 'kari@rakkestad.example' });
  const hans = await s.sign('halden-2027', validPledge('halden-2027', { name: 'Hans Halden', email: 'hans@halden.example' }), {
    Origin: HALDEN,
  });
  assert.equal(hans.status, 201);
  return { s, receipt, png };
}

test('kommune export writes all of one kommune, decrypted, and nothing of another; audited before a file is written', async () => {
  const { s, receipt, png } = await twoKommuner();
  try {
    const out = join(tempDir(), 'eksport');
    const manifest = await exportKommune(s.storage, '3120', out, s.clock.now);
    assert.deepEqual(manifest.counts, { reports: 1, attachments: 1, users: 3, auditEntries: 3, mail: 2, pledges: 1 });
    const read = (name: string) => readFileSync(join(out, name), 'utf8');
    const reports = JSON.parse(read('reports.json'));
    assert.equal(reports[0].receipt, receipt);
    assert.equal(reports[0].body.description, 'Truende melding til Ola.', 'the report decrypted');
    assert.deepEqual(
      reports[0].notes.map((n: { text: string }) => n.text),
      ['Ringte politiet.'],
    );
    assert.deepEqual(readdirSync(join(out, 'attachments')), [`${png}.png`]);
    const users = JSON.parse(read('users.json'));
    assert.deepEqual(users.map((u: { email: string }) => u.email).sort(), [
      'admin@rakkestad.kommune.no',
      'kontakt@rakkestad.kommune.no',
      'moderator@rakkestad.kommune.no',
    ]);
    assert.ok(!/password|totp|recovery/i.test(read('users.json')), 'no secrets');
    assert.deepEqual(Object.keys(JSON.parse(read('pledges.json'))), ['valg-2027']);
    assert.equal(JSON.parse(read('pledges.json'))['valg-2027'][0].email, 'kari@rakkestad.example', 'the address decrypted');
    // Nothing of Halden in any file.
    for (const name of ['reports.json', 'users.json', 'audit-log.json', 'mail.json', 'pledges.json'])
      assert.ok(!/Halden|halden|3101/.test(read(name)), `${name} holds nothing of Halden`);
    // The manifest's hashes are the files', and only the owner may read them.
    for (const [name, hash] of Object.entries(manifest.files)) {
      assert.equal(
        createHash('sha256')
          .update(readFileSync(join(out, name)))
          .digest('hex'),
        hash,
        name,
      );
      assert.equal(statSync(join(out, name)).mode & 0o077, 0, `${name} is the owner's only`);
    }
    const audit = await s.storage.auth.listAudit('3120');
    assert.deepEqual(
      audit.filter((e) => e.action === 'kommune-exported').map((e) => e.detail),
      [{ ...manifest.counts }],
    );
    await assert.rejects(exportKommune(s.storage, '3120', out), KommuneDataError, 'never into a folder that holds files');
  } finally {
    await s.close();
  }
});

test('kommune purge deletes all of one kommune and leaves the other as it was; the audit log keeps one row that says so', async () => {
  const { s } = await twoKommuner();
  try {
    await assert.rejects(purgeKommune(s.storage, '3120', true), /still in the configuration/);
    const haldenBefore = { reports: await s.storage.kommuner.receipts('3101'), users: await s.storage.kommuner.users('3101') };
    const counts = await purgeKommune(s.storage, '3120', false, s.clock.now);
    assert.deepEqual(counts, { reports: 1, attachments: 1, users: 3, auditEntries: 3, mail: 2, pledges: 1 });
    assert.deepEqual(await s.storage.kommuner.receipts('3120'), []);
    assert.deepEqual(await s.storage.kommuner.users('3120'), []);
    assert.deepEqual(await s.storage.kommuner.campaigns('3120'), []);
    assert.deepEqual(await s.storage.listMail('3120'), []);
    assert.equal(await s.storage.auth.findUserByEmail('kontakt@rakkestad.kommune.no'), undefined);
    const audit = await s.storage.auth.listAudit('3120');
    assert.deepEqual(
      audit.map((e) => [e.action, e.detail]),
      [['kommune-purged', { ...counts }]],
    );
    assert.deepEqual({ reports: await s.storage.kommuner.receipts('3101'), users: await s.storage.kommuner.users('3101') }, haldenBefore);
    assert.equal((await s.storage.kommuner.receipts('3101')).length, 1);
    assert.deepEqual(await s.storage.kommuner.campaigns('3101'), ['halden-2027'], 'Halden’s signatures stay');
    assert.equal((await s.storage.listMail('3101')).length > 0, true, 'and its mail');
  } finally {
    await s.close();
  }
});

test('the CLI exports to a folder and purges only with --yes and once the kommune is out of the configuration', async () => {
  const db = join(tempDir(), 'data', 'cli.sqlite');
  const { s } = await (async () => {
    const made = await pledgeServer({ db });
    await made.signed('valg-2027', { name: 'Per CLI', email: 'per@example.no' });
    return { s: made };
  })();
  await s.close();
  const out = join(tempDir(), 'ut');
  const exported = runCli(['kommune', 'export', '3120', '--out', out, '--db', db]);
  assert.equal(exported.code, 0, exported.out);
  assert.match(exported.out, /Exported kommune 3120 to .*: 0 reports, 0 attachments, 3 users, 3 audit entries, 1 e-mails, 1 signatures\./);
  assert.ok(readdirSync(out).includes('manifest.json'));
  const unsure = runCli(['kommune', 'purge', '3120', '--db', db]);
  assert.equal(unsure.code, 2);
  assert.match(unsure.err, /add --yes/);
  assert.equal(runCli(['kommune', 'export', '31200', '--out', out, '--db', db]).code, 2, 'not a kommunenummer');
  const purged = runCli(['kommune', 'purge', '3120', '--yes', '--db', db]);
  assert.equal(purged.code, 0, purged.out);
  assert.match(purged.out, /Purged kommune 3120: 0 reports, 0 attachments, 3 users, 4 audit entries, 1 e-mails, 1 signatures deleted\./);
});
