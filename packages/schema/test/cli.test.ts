import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_PATH, example, minimal } from './helpers.js';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kw-cli-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const bad = example();
bad['participation'].activities[1].url = 'javascript:alert(1)';
bad['meetings'].meetings[0].organization = 'ks2';
const badFile = file('ugyldig.json', bad);
const validFile = file('gyldig.json', minimal());

test('exit 0 when every file is valid', () => {
  const r = run('validate', EXAMPLE_PATH, validFile);
  assert.equal(r.code, 0, r.out + r.err);
});

test('exit 1 and one "FILE: path: message" line per issue', () => {
  const r = run('validate', validFile, badFile);
  assert.equal(r.code, 1);
  const lines = r.out
    .trim()
    .split('\n')
    .filter((l) => l.startsWith(badFile));
  assert.deepEqual(lines, [
    `${badFile}: participation.activities[1].url: «javascript:alert(1)» er ikke en tillatt adresse. Bruk en https-adresse (https://…) eller en relativ adresse (/side). http:, javascript:, data: og andre adressetyper er ikke tillatt.`,
    `${badFile}: meetings.meetings[0].organization: Fant ingen oppføring med id «ks2» i «organizations».`,
  ]);
});

test('the root path is printed as (rot), or (root) in English', () => {
  const f = file('liste.json', '[]');
  assert.match(run('validate', f).out, /liste\.json: \(rot\): Må være et objekt/);
  assert.match(run('validate', '--lang', 'en', f).out, /liste\.json: \(root\): Must be an object/);
});

test('--lang nn, en and se translate the messages', () => {
  assert.match(run('validate', '--lang', 'nn', badFile).out, /organization: Fann inga oppføring med id «ks2»/);
  assert.match(run('validate', '--lang=en', badFile).out, /organization: No entry with the id “ks2” was found/);
  assert.match(run('validate', '--lang', 'se', badFile).out, /organization: Ii gávdnon mihkkege mas lea id «ks2»/);
  const wrong = run('validate', '--lang', 'de', badFile);
  assert.equal(wrong.code, 2);
});

test('--json prints machine-readable reports', () => {
  const r = run('validate', '--json', '--lang', 'en', validFile, badFile);
  assert.equal(r.code, 1);
  const reports = JSON.parse(r.out);
  assert.deepEqual(reports[0], { file: validFile, valid: true, issues: [] });
  assert.equal(reports[1].valid, false);
  assert.deepEqual(reports[1].issues[1], {
    path: 'meetings.meetings[0].organization',
    code: 'unknown_reference',
    params: { id: 'ks2', list: 'organizations' },
    message: 'No entry with the id “ks2” was found in “organizations”.',
  });
});

test('invalid JSON is reported with line and column', () => {
  const f = file('syntaks.json', '{\n  "schemaVersion": 1,\n  "kommune": { "nummer": "9999" }\n  "participation": {}\n}\n');
  const r = run('validate', f);
  assert.equal(r.code, 1);
  assert.match(r.out, /syntaks\.json: ugyldig JSON på linje 4, kolonne 3/);
  const j = JSON.parse(run('validate', '--json', f).out);
  assert.deepEqual([j[0].valid, j[0].error.kind, j[0].error.line, j[0].error.column], [false, 'json', 4, 3]);
});

test('a missing file is reported per file, and the others are still checked', () => {
  const r = run('validate', join(dir, 'finnes-ikke.json'), badFile);
  assert.equal(r.code, 1);
  assert.match(r.out, /finnes-ikke\.json: kan ikke lese filen \(ENOENT\)/);
  assert.match(r.out, /ugyldig\.json: participation/);
});

test('usage errors exit 2; --help exits 0', () => {
  const unknown = run('frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /Unknown command "frobnicate"/);
  assert.match(unknown.err, /kommune-widgets validate FILE/);
  assert.equal(run().code, 2);
  assert.equal(run('validate').code, 2);
  assert.equal(run('validate', '--nope', validFile).code, 2);
  const help = run('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /Usage: kommune-widgets <command>/);
  assert.equal(run('validate', '--help').code, 0);
});
