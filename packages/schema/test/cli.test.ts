import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_PATH, example, minimal, placeOf } from './helpers.js';

/** The command as npm links it: the committed bin file, which runs the built CLI (`npm test` builds first). */
const BIN = fileURLToPath(new URL('../bin/kommune-widgets.js', import.meta.url));
const KOSTRA_FIXTURE = fileURLToPath(new URL('./fixtures/ssb-kostra-12362.json', import.meta.url));
const EXAMPLE_2018_PATH = fileURLToPath(new URL('../../../docs/examples/kommunesektoren-2018.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kw-cli-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/** `FILE:LINE:COLUMN` of the field written on the first line of `file` that holds `needle`. */
const at = (file: string, needle: string) => `${file}:${placeOf(file, needle)}`;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
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

test('exit 1 and one "FILE:LINE:COLUMN: path: message" line per issue, at the line where the field is written', () => {
  const r = run('validate', validFile, badFile);
  assert.equal(r.code, 1);
  const lines = r.out
    .trim()
    .split('\n')
    .filter((l) => l.startsWith(badFile));
  assert.deepEqual(lines, [
    `${at(badFile, '"javascript:alert(1)"')}: participation.activities[1].url: «javascript:alert(1)» er ikke en tillatt adresse. Bruk en https-adresse (https://…) eller en relativ adresse (/side). http:, javascript:, data: og andre adressetyper er ikke tillatt.`,
    `${at(badFile, '"ks2"')}: meetings.meetings[0].organization: Fant ingen oppføring med id «ks2» i «organizations».`,
  ]);
});

test('the root path is printed as (rot), or (root) in English', () => {
  const f = file('liste.json', '[]');
  assert.match(run('validate', f).out, /liste\.json:1:1: \(rot\): Må være et objekt/);
  assert.match(run('validate', '--lang', 'en', f).out, /liste\.json:1:1: \(root\): Must be an object/);
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
  assert.deepEqual(reports[0], { file: validFile, valid: true, issues: [], warnings: [] });
  assert.equal(reports[1].valid, false);
  assert.deepEqual(reports[1].issues[1], {
    path: 'meetings.meetings[0].organization',
    code: 'unknown_reference',
    params: { id: 'ks2', list: 'organizations' },
    line: Number(at(badFile, '"ks2"').split(':').at(-2)),
    column: Number(at(badFile, '"ks2"').split(':').at(-1)),
    message: 'No entry with the id “ks2” was found in “organizations”.',
  });
});

test('the old organ kind «råd» is still valid, with a warning that names the kinds to use instead', () => {
  const old = example();
  old['meetings'].organizations[2].kind = 'råd';
  const oldFile = file('gammel-rad.json', old);
  const r = run('validate', oldFile);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(
    r.out,
    /meetings\.organizations\[2\]\.kind: advarsel: «råd» er utgått, men leses fortsatt\. Bruk heller en av disse: eldreråd, /,
  );
  const json = JSON.parse(run('validate', '--json', oldFile).out);
  assert.equal(json[0].valid, true);
  assert.deepEqual(
    json[0].warnings.map((w: { path: string; code: string }) => [w.path, w.code]),
    [['meetings.organizations[2].kind', 'deprecated_value']],
  );
  const withoutOld = run('validate', EXAMPLE_PATH);
  assert.doesNotMatch(withoutOld.out, /advarsel/);
});

test('report.retentionDays is still valid, with a warning that the server decides how long reports are kept', () => {
  const old = example();
  old['report'].retentionDays = 365;
  const oldFile = file('gammel-lagringstid.json', old);
  const r = run('validate', oldFile);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /report\.retentionDays: advarsel: «retentionDays» har ingen virkning lenger: serveren bestemmer/);
  const json = JSON.parse(run('validate', '--json', oldFile).out);
  assert.deepEqual(
    json[0].warnings.map((w: { path: string; code: string }) => [w.path, w.code]),
    [['report.retentionDays', 'ignored_retention']],
  );
  const section = file('rapport-seksjon.json', old['report']);
  const alone = JSON.parse(run('validate', '--json', section).out);
  assert.deepEqual(
    alone[0].warnings.map((w: { path: string; code: string }) => [w.path, w.code]),
    [['retentionDays', 'ignored_retention']],
  );
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
  assert.match(r.out, /ugyldig\.json:\d+:\d+: participation/);
});

test('usage errors exit 2; --help exits 0, in the language of --lang', () => {
  const unknown = run('frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /Ukjent kommando «frobnicate»/);
  assert.match(unknown.err, /kommune-widgets validate FILE/);
  assert.equal(run().code, 2);
  assert.equal(run('validate').code, 2);
  assert.equal(run('validate', '--nope', validFile).code, 2);
  const help = run('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /Bruk: kommune-widgets <command>/);
  assert.match(run('--help', '--lang', 'en').out, /Usage: kommune-widgets <command>/);
  assert.match(run('--lang=se', '--help').out, /Geavaheapmi: kommune-widgets <command>/);
  assert.equal(run('validate', '--help').code, 0);
});

test('a section alone is valid as the widgets accept it, and says which section it was read as', () => {
  const section = file('budsjett.json', example()['budget']);
  const r = run('validate', section, EXAMPLE_2018_PATH);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /budsjett\.json: gyldig \(budget-seksjonen alene\)/);
  assert.match(run('validate', '--lang', 'en', section).out, /budsjett\.json: valid \(the budget section alone\)/);
  const [report] = JSON.parse(run('validate', '--json', section).out);
  assert.deepEqual(report, { file: section, valid: true, section: 'budget', issues: [], warnings: [] });
});

test('an invalid section is reported with paths inside the section', () => {
  const meetings = example()['meetings'];
  meetings.meetings[0].organization = 'ks2';
  const f = file('moter.json', meetings);
  const r = run('validate', '--lang', 'se', f);
  assert.equal(r.code, 1);
  assert.ok(r.out.includes(`${at(f, '"ks2"')}: meetings[0].organization: Ii gávdnon mihkkege mas lea id «ks2»`), r.out);
  assert.equal(JSON.parse(run('validate', '--json', f).out)[0].section, 'meetings');
});

test('a file that looks like no section is checked as a whole document', () => {
  const r = run('validate', file('tom.json', {}));
  assert.equal(r.code, 1);
  // A missing field is placed where it belongs: the object it is missing from.
  assert.match(r.out, /tom\.json:1:1: schemaVersion: Mangler påkrevd felt «schemaVersion»/);
});

test('what `kostra` writes passes `validate` as it is', () => {
  const section = join(dir, 'kostra-budget.json');
  const kostra = run('kostra', KOSTRA_FIXTURE, '--kommune', '3120');
  assert.equal(kostra.code, 0, kostra.err);
  writeFileSync(section, kostra.out);
  const r = run('validate', section);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /gyldig \(budget-seksjonen alene\)/);
});

test('kostra --into writes the dataset into the document, and a second run replaces it', () => {
  const into = file('kommune-into.json', example());
  const first = run('kostra', KOSTRA_FIXTURE, '--kommune', '3120', '--into', into);
  assert.equal(first.code, 0, first.err);
  assert.equal(first.out.trim(), `${into}: datasettet «kostra-3120-2025» er skrevet inn i «budget».`);
  const written = JSON.parse(readFileSync(into, 'utf8'));
  assert.deepEqual(Object.keys(written), Object.keys(example()), 'the other sections stay, in their order');
  const ids = () => JSON.parse(readFileSync(into, 'utf8')).budget.datasets.map((d: { id: string }) => d.id);
  assert.deepEqual(ids(), [...example()['budget'].datasets.map((d: { id: string }) => d.id), 'kostra-3120-2025']);
  assert.equal(run('validate', into).code, 0);

  const again = run('kostra', KOSTRA_FIXTURE, '--kommune=3120', '--into', into, '--lang', 'en');
  assert.equal(again.code, 0, again.err);
  assert.match(again.out, /the dataset “kostra-3120-2025” is written into “budget”/);
  assert.equal(ids().filter((id: string) => id === 'kostra-3120-2025').length, 1, 'replaced, not added twice');
});

test('kostra --into adds a budget section to a document without one, where the schema puts it', () => {
  const into = file('uten-budsjett.json', { ...minimal(), meetings: example()['meetings'] });
  assert.equal(run('kostra', KOSTRA_FIXTURE, '--kommune', '3120', '--into', into).code, 0);
  const written = JSON.parse(readFileSync(into, 'utf8'));
  assert.deepEqual(Object.keys(written), ['schemaVersion', 'kommune', 'budget', 'meetings']);
  assert.equal(run('validate', into).code, 0);
});

test('kostra --into leaves the file alone when the result would be invalid, and says why', () => {
  const doc = example();
  doc['meetings'].meetings[0].organization = 'ks2';
  const into = file('ugyldig-into.json', doc);
  const before = readFileSync(into, 'utf8');
  const r = run('kostra', KOSTRA_FIXTURE, '--kommune', '3120', '--into', into, '--lang', 'nn');
  assert.equal(r.code, 1);
  assert.match(r.err, /ugyldig-into\.json: ikkje endra, for med dei nye tala ville dokumentet vore ugyldig:/);
  assert.match(r.err, /ugyldig-into\.json: meetings\.meetings\[0\]\.organization: Fann inga oppføring med id «ks2»/);
  assert.equal(readFileSync(into, 'utf8'), before);
});

test('kostra --into refuses a file that is not a whole document', () => {
  const r = run('kostra', KOSTRA_FIXTURE, '--kommune', '3120', '--into', EXAMPLE_2018_PATH, '--lang', 'en');
  assert.equal(r.code, 1);
  assert.match(r.err, /is not a whole kommune document/);
});

test('kostra speaks the language of --lang, like validate', () => {
  const cases = [
    ['nb', /--kommune må være et firesifret kommunenummer, ikke «Rakkestad»\.\n\nBruk: kommune-widgets kostra/],
    ['nn', /--kommune må vere eit firesifra kommunenummer, ikkje «Rakkestad»\.\n\nBruk: kommune-widgets kostra/],
    ['en', /--kommune must be a four-digit municipality number, not “Rakkestad”\.\n\nUsage: kommune-widgets kostra/],
    ['se', /--kommune ferte leat njealjelogat gielddanummar, ii «Rakkestad»\.\n\nGeavaheapmi: kommune-widgets kostra/],
  ] as const;
  for (const [lang, pattern] of cases) {
    const r = run('kostra', KOSTRA_FIXTURE, '--kommune', 'Rakkestad', '--lang', lang);
    assert.equal(r.code, 2, lang);
    assert.match(r.err, pattern, lang);
  }
  assert.match(run('kostra', join(dir, 'finnes-ikke.json'), '--kommune', '3120', '--lang', 'se').err, /ii sáhte lohkat fiilla \(ENOENT\)/);
  assert.match(run('kostra', KOSTRA_FIXTURE, '--kommune', '0301', '--lang', 'nn').err, /kan ikkje bruke svaret frå SSB: kommune 0301/);
  assert.match(run('kostra', '--lang', 'en', '--help').out, /Turn a KOSTRA answer from SSB/);
});

test('both packages link the same committed bin file, not a file the build writes later', () => {
  for (const dir of ['../', '../../kommune-widgets/']) {
    const manifest = JSON.parse(readFileSync(new URL(`${dir}package.json`, import.meta.url), 'utf8'));
    const target = manifest.bin['kommune-widgets'] as string;
    assert.doesNotMatch(target, /dist\//, `${manifest.name}: bin ${target}`);
    assert.ok(existsSync(new URL(dir + target, import.meta.url)), `${manifest.name}: ${target} exists`);
    assert.ok(manifest.files.includes(target.replace(/^\.\//, '').split('/')[0]), `${manifest.name} publishes ${target}`);
  }
  const allInOne = fileURLToPath(new URL('../../kommune-widgets/bin/kommune-widgets.js', import.meta.url));
  const r = spawnSync(process.execPath, [allInOne, 'validate', EXAMPLE_PATH], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /eksempel-kommune\.json: gyldig/);
});
