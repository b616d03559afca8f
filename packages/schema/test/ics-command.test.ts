import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIcalendar } from '../src/icalendar/index.js';
import { meetingsInput } from '../src/meetings.js';
import { example, minimal, placeOf } from './helpers.js';

/** The command as npm links it: the committed bin file, which runs the built CLI (build with `tsc -b` first). */
const BIN = fileURLToPath(new URL('../bin/kommune-widgets.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kw-ics-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
}

function run(args: string[], env: Record<string, string> = {}) {
  const { SOURCE_DATE_EPOCH: _, ...rest } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...rest, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const documentFile = file('kommune.json', example());
// A fixed modification time, so DTSTAMP is known: 2026-11-25T08:15:00.700Z, rounded down to the second.
utimesSync(documentFile, new Date('2026-11-25T08:15:00.700Z'), new Date('2026-11-25T08:15:00.700Z'));

test('ics writes one feed per organ and alle.ics, and prints one line per file', () => {
  const out = join(dir, 'feeds');
  const r = run(['ics', documentFile, '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(readdirSync(out).sort(), ['alle.ics', 'eldreradet.ics', 'fsk.ics', 'ks.ics']);
  assert.deepEqual(r.out.trim().split('\n'), [
    `${join(out, 'ks.ics')}: Kommunestyret`,
    `${join(out, 'fsk.ics')}: Formannskapet`,
    `${join(out, 'eldreradet.ics')}: Eldrerådet`,
    `${join(out, 'alle.ics')}: alle organene`,
  ]);
  const ks = readFileSync(join(out, 'ks.ics'), 'utf8');
  assert.match(ks, /^UID:ks-2026-12-10@9999\r$/m);
  assert.match(ks, /^BEGIN:VTIMEZONE\r\nTZID:Europe\/Oslo\r$/m);
  assert.match(ks, /^DTSTAMP:20261125T081500Z\r$/m, 'DTSTAMP is the file’s modification time, to the second');
  assert.match(ks, /^X-WR-CALNAME:Kommunestyret – Eksempel kommune\r$/m);
  const section = readIcalendar(readFileSync(join(out, 'alle.ics')), { now: new Date('2026-11-25T00:00:00Z') });
  assert.ok(meetingsInput.parse(section).ok, 'alle.ics reads back into a valid section');
});

test('running ics twice on the same document writes the same bytes', () => {
  const [first, second] = ['en', 'to'].map((name) => join(dir, `twice-${name}`));
  assert.equal(run(['ics', documentFile, '--out', first!]).code, 0);
  assert.equal(run(['ics', documentFile, '--out', second!]).code, 0);
  for (const name of readdirSync(first!)) assert.ok(readFileSync(join(first!, name)).equals(readFileSync(join(second!, name))), name);
});

test('SOURCE_DATE_EPOCH sets DTSTAMP; --base-url gives each feed its SOURCE; --lang the feeds’ language', () => {
  const out = join(dir, 'epoch');
  const r = run(['ics', documentFile, '--out', out, '--base-url', 'https://www.eksempel.kommune.no/moter/', '--lang', 'en'], {
    SOURCE_DATE_EPOCH: '1796000000',
  });
  assert.equal(r.code, 0, r.err);
  const alle = readFileSync(join(out, 'alle.ics'), 'utf8');
  assert.match(alle, /^DTSTAMP:20261130T005320Z\r$/m);
  assert.match(alle, /^SOURCE;VALUE=URI:https:\/\/www\.eksempel\.kommune\.no\/moter\/alle\.ics\r$/m);
  assert.match(alle, /^SUMMARY:Municipal council\r$/m);
  assert.equal(run(['ics', documentFile, '--out', out], { SOURCE_DATE_EPOCH: 'i går' }).code, 2);
});

test('an invalid document exits 1 with one line per issue, and writes nothing', () => {
  const bad = example();
  bad['meetings'].meetings[0].organization = 'ks2';
  const badFile = file('ugyldig.json', bad);
  const out = join(dir, 'ugyldig');
  const r = run(['ics', badFile, '--out', out]);
  assert.equal(r.code, 1);
  assert.deepEqual(r.err.trim().split('\n'), [
    `${badFile}:${placeOf(badFile, '"ks2"')}: meetings.meetings[0].organization: Fant ingen oppføring med id «ks2» i «organizations».`,
  ]);
  assert.ok(!existsSync(out));
});

test('ics needs a whole document with meetings, and an organ may not be called «alle»', () => {
  const section = run(['ics', file('moter.json', example()['meetings']), '--out', join(dir, 'x')]);
  assert.equal(section.code, 1);
  assert.match(section.err, /er ikke et helt kommunedokument/);
  const empty = run(['ics', file('uten-moter.json', minimal()), '--out', join(dir, 'x')]);
  assert.equal(empty.code, 1);
  assert.match(empty.err, /har ingen «meetings»-seksjon/);
  const reserved = example();
  reserved['meetings'].organizations[1].id = 'alle';
  reserved['meetings'].meetings[1].organization = 'alle';
  const r = run(['ics', file('alle.json', reserved), '--out', join(dir, 'x')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /et organ kan ikke ha id-en «alle», for alle\.ics er strømmen med alle organene/);
  assert.ok(!existsSync(join(dir, 'x')));
});

test('ics usage errors exit 2', () => {
  assert.equal(run(['ics', documentFile]).code, 2, '--out is required');
  assert.equal(run(['ics', '--out', dir]).code, 2, 'the document is required');
  assert.equal(run(['ics', documentFile, '--out', dir, '--base-url', 'http://x.no/']).code, 2, 'only https');
  assert.equal(run(['ics', documentFile, '--out', dir, '--nope']).code, 2);
  assert.match(run(['--help']).out, /kommune-widgets ics kommune\.json --out DIR/);
});
