import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetInput, type BudgetDataset, type BudgetItem } from '../src/index.js';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { cellAt, cellIndex, KostraError, readJsonStat } from '../src/kostra/json-stat.js';
import type { KostraProblem } from '../src/kostra/problem.js';
import { describeKostraProblem } from '../src/kostra/problem-messages.js';
import { templates as cliEn } from '../src/generated/cli-locales/en.js';
import { templates as cliNn } from '../src/generated/cli-locales/nn.js';
import { templates as cliSe } from '../src/generated/cli-locales/se.js';
import { toBudget } from '../src/kostra/to-budget.js';
import { SERVICE_AREAS, serviceAreaOf } from '../src/kostra/service-areas.js';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/ssb-kostra-12362.json', import.meta.url));
const raw = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'kw-kostra-'));

/** Runs the CLI in `lang` (English unless told). */
function runIn(lang: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, '--lang', lang], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const run = (...args: string[]) => runIn('en', ...args);

/** The problem a call throws, as a {@link KostraError} carries it. */
function problemOf(call: () => unknown): KostraProblem {
  try {
    call();
  } catch (error) {
    assert.ok(error instanceof KostraError, String(error));
    return error.problem;
  }
  assert.fail('no KostraError thrown');
}

function dataset(options: { kommune: string; year?: string }, input: unknown = raw()): BudgetDataset {
  return toBudget(readJsonStat(input), options).datasets[0] as BudgetDataset;
}

function item(ds: BudgetDataset, id: string): BudgetItem {
  const walk = (items: BudgetItem[]): BudgetItem | undefined =>
    items.reduce<BudgetItem | undefined>((found, it) => found ?? (it.id === id ? it : walk(it.children ?? [])), undefined);
  const found = walk(ds.items);
  assert.ok(found, `item ${id}`);
  return found;
}

test('cellIndex is row-major: the last dimension varies fastest', () => {
  assert.equal(cellIndex([2, 3, 4], [0, 0, 0]), 0);
  assert.equal(cellIndex([2, 3, 4], [0, 0, 3]), 3);
  assert.equal(cellIndex([2, 3, 4], [0, 1, 0]), 4);
  assert.equal(cellIndex([2, 3, 4], [1, 2, 3]), 23);
  assert.equal(cellIndex([2, 1, 10, 1, 2, 2], [1, 0, 2, 0, 1, 0]), 40 + 8 + 2);
  assert.throws(() => cellIndex([2, 3], [0, 3]), RangeError);
});

test('readJsonStat accepts category.index as an object or an array and reads cells by code', () => {
  const ds = readJsonStat(raw());
  assert.deepEqual(ds.dimensions['Tid']?.codes, ['2024', '2025']);
  assert.equal(ds.dimensions['KOKfunksjon0000']?.codes[2], '202');
  assert.equal(ds.tableId, '12362');
  const at = (region: string, fn: string, content: string, year: string) =>
    cellAt(ds, { KOKkommuneregion0000: region, KOKfunksjon0000: fn, ContentsCode: content, Tid: year });
  assert.deepEqual(at('3120', '202', 'KOSbelop0000', '2025'), { value: 127990 });
  assert.deepEqual(at('3120', '120', 'KOSbelop0000', '2024'), { value: 41200 });
  assert.deepEqual(at('EAK', '201', 'KOSbelopinnbygg0000', '2024'), { value: 10250 });
  assert.deepEqual(at('3120', '213', 'KOSbelop0000', '2025'), { value: null, status: '..' });
  assert.deepEqual(at('3120', '244', 'KOSbelop0000', '2024'), { value: null, status: '.' });
  assert.deepEqual(at('EAK', '254', 'KOSbelopinnbygg0000', '2025'), { value: null, status: ':' });
});

test('readJsonStat also reads a sparse value object', () => {
  const input = raw();
  const values = input['value'] as (number | null)[];
  input['value'] = Object.fromEntries(values.flatMap((v, i) => (v === null ? [] : [[String(i), v]])));
  const ds = readJsonStat(input);
  assert.equal(
    cellAt(ds, { KOKkommuneregion0000: '3120', KOKfunksjon0000: '202', ContentsCode: 'KOSbelop0000', Tid: '2025' }).value,
    127990,
  );
  assert.equal(cellAt(ds, { KOKkommuneregion0000: '3120', KOKfunksjon0000: '213', ContentsCode: 'KOSbelop0000', Tid: '2025' }).value, null);
});

test('readJsonStat refuses what is not JSON-stat', () => {
  assert.throws(() => readJsonStat({ schemaVersion: 1 }), KostraError);
  assert.throws(() => readJsonStat([]), KostraError);
  const input = raw();
  input['size'] = [1, 2, 3];
  assert.throws(() => readJsonStat(input), /size/);
});

test('a KostraError carries its problem as a code and parameters, and says it in English for developers', () => {
  assert.deepEqual(
    problemOf(() => dataset({ kommune: '0301' })),
    { code: 'kommune_not_found', kommune: '0301', regions: ['3120', 'EAK'] },
  );
  assert.deepEqual(
    problemOf(() => dataset({ kommune: '3120', year: '2019' })),
    {
      code: 'year_not_found',
      year: '2019',
      years: ['2024', '2025'],
    },
  );
  assert.deepEqual(
    problemOf(() => readJsonStat({ schemaVersion: 1 })),
    { code: 'not_json_stat' },
  );
  const input = raw();
  input['size'] = [1, 2, 3];
  assert.deepEqual(
    problemOf(() => readJsonStat(input)),
    { code: 'size_mismatch', dimensions: 6 },
  );
  const noTime = raw();
  noTime['id'] = (noTime['id'] as string[]).map((id) => (id === 'Tid' ? 'Aar' : id));
  (noTime['dimension'] as Record<string, unknown>)['Aar'] = (noTime['dimension'] as Record<string, unknown>)['Tid'];
  assert.deepEqual(
    problemOf(() => dataset({ kommune: '3120' }, noTime)),
    {
      code: 'dimension_not_found',
      role: 'time',
      expected: 'Tid',
    },
  );
  const error = new KostraError({ code: 'unknown_unit', content: 'KOSandel', unit: 'prosent' });
  assert.equal(error.name, 'KostraError');
  assert.equal(error.message, 'content KOSandel has an unknown unit "prosent" (expected "1000 kr" or "kr")');
});

test('service areas: one mapping, no function in two areas', () => {
  const seen = new Map<string, string>();
  for (const area of SERVICE_AREAS)
    for (const code of area.functions) {
      assert.match(code, /^\d{3}$/);
      assert.equal(seen.get(code), undefined, `${code} is in ${seen.get(code)} and ${area.id}`);
      seen.set(code, area.id);
    }
  assert.equal(serviceAreaOf('202').id, 'grunnskole');
  assert.equal(serviceAreaOf('254').id, 'helse-omsorg');
  assert.equal(serviceAreaOf('251').id, 'barnevern');
  assert.equal(serviceAreaOf('375').id, 'kultur');
  assert.equal(serviceAreaOf('345').id, 'vann-avlop-renovasjon');
  assert.equal(serviceAreaOf('999').id, 'annet');
});

test('functions are grouped into service areas with kostra codes and children', () => {
  const ds = dataset({ kommune: '3120' });
  assert.deepEqual(
    ds.items.map((i) => i.id),
    ['administrasjon', 'barnehage', 'grunnskole', 'helse-omsorg', 'sosiale-tjenester', 'barnevern', 'vann-avlop-renovasjon'],
  );
  const helse = item(ds, 'helse-omsorg');
  assert.deepEqual(helse.kostra, ['234', '253', '254']);
  assert.deepEqual(
    helse.children?.map((c) => [c.id, c.amount, c.kostra]),
    [
      ['helse-omsorg-234', 16210, ['234']],
      ['helse-omsorg-253', 91730, ['253']],
      ['helse-omsorg-254', 118050, ['254']],
    ],
  );
  assert.equal(helse.amount, 16210 + 91730 + 118050);
  // One function in the data: no children.
  assert.equal(item(ds, 'barnehage').children, undefined);
  assert.equal(item(ds, 'barnehage').amount, 101420);
  // Fee-funded VAR may be negative.
  assert.equal(item(ds, 'vann-avlop-renovasjon').amount, -2350);
  assert.equal(ds.unit, '1000 NOK');
});

test('missing values stay missing, never 0', () => {
  const ds = dataset({ kommune: '3120' });
  assert.equal(item(ds, 'grunnskole-213').amount, null);
  assert.equal(item(ds, 'grunnskole').amount, 127990, 'the sum counts only the known functions');
  assert.equal(item(ds, 'barnevern').amount, null, 'a service area with no known figure is null');
  const landet = ds.comparisons?.find((c) => c.id === 'landet');
  assert.equal(landet?.perInnbygger['helse-omsorg-254'], null);
});

test('newest year by default, --year picks another', () => {
  assert.equal(dataset({ kommune: '3120' }).year, 2025);
  const old = dataset({ kommune: '3120', year: '2024' });
  assert.equal(old.year, 2024);
  assert.equal(old.id, 'kostra-3120-2024');
  assert.equal(item(old, 'grunnskole-213').amount, 2100);
  assert.throws(() => dataset({ kommune: '3120', year: '2019' }), /year 2019 is not in the answer/);
  assert.throws(() => dataset({ kommune: '0301' }), /kommune 0301 is not in the answer/);
});

test('Landet becomes a national comparison per innbygger; source comes from the answer', () => {
  const ds = dataset({ kommune: '3120' });
  assert.equal(ds.comparisons?.length, 1);
  const landet = ds.comparisons?.[0];
  assert.equal(landet?.kind, 'national');
  assert.equal(landet?.perInnbygger['barnehage'], 10690);
  assert.equal(landet?.perInnbygger['helse-omsorg'], 1810 + 9480, 'the unknown 254 is left out of the sum');
  assert.equal(landet?.perInnbygger['vann-avlop-renovasjon'], -240);
  assert.deepEqual(ds.source, {
    name: 'Statistisk sentralbyrå',
    table: '12362',
    url: 'https://www.ssb.no/statbank/table/12362',
    updated: '2026-06-15T06:00:00Z',
  });
});

test('KOSTRA groups become kostra-group comparisons; no per-innbygger content means no comparisons', () => {
  const input = raw();
  const region = (input['dimension'] as Record<string, { category: { index: Record<string, number>; label: Record<string, string> } }>)[
    'KOKkommuneregion0000'
  ];
  assert.ok(region);
  region.category.index = { '3120': 0, EKG07: 1 };
  region.category.label = { '3120': '3120 Rakkestad', EKG07: 'EKG07 Kostragruppe 07' };
  const group = dataset({ kommune: '3120' }, input).comparisons?.[0];
  assert.deepEqual([group?.id, group?.kind, group?.group, group?.label], ['kostra-gruppe-07', 'kostra-group', '7', 'Kostragruppe 07']);

  const single = raw();
  const contents = (single['dimension'] as Record<string, { category: { index: Record<string, number> } }>)['ContentsCode'];
  assert.ok(contents);
  // Keep only the 1000 kr content: every other value (the per-innbygger ones) goes.
  contents.category.index = { KOSbelop0000: 0 };
  const size = single['size'] as number[];
  size[4] = 1;
  single['value'] = (single['value'] as (number | null)[]).filter((_, i) => Math.floor(i / 2) % 2 === 0);
  single['status'] = {};
  const ds = dataset({ kommune: '3120' }, single);
  assert.equal(ds.comparisons, undefined);
  assert.equal(item(ds, 'barnehage').amount, 101420);
});

test('the output validates with budgetInput', () => {
  for (const year of ['2024', '2025']) {
    const result = budgetInput.parse(toBudget(readJsonStat(raw()), { kommune: '3120', year }));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  }
});

test('CLI: prints a valid budget section on stdout', () => {
  const r = run('kostra', FIXTURE, '--kommune', '3120');
  assert.equal(r.code, 0, r.err);
  const budget = JSON.parse(r.out);
  assert.ok(budgetInput.parse(budget).ok);
  assert.equal(budget.datasets[0].year, 2025);
  const old = run('kostra', FIXTURE, '--kommune=3120', '--year', '2024');
  assert.equal(old.code, 0, old.err);
  assert.equal(JSON.parse(old.out).datasets[0].year, 2024);
});

test('CLI: errors exit 1 with a message on stderr, usage errors exit 2', () => {
  const notJsonStat = join(dir, 'dokument.json');
  writeFileSync(notJsonStat, JSON.stringify({ schemaVersion: 1 }));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{');
  for (const [args, pattern] of [
    [[notJsonStat, '--kommune', '3120'], /not a JSON-stat 2\.0 dataset/],
    [[broken, '--kommune', '3120'], /invalid JSON/],
    [[join(dir, 'finnes-ikke.json'), '--kommune', '3120'], /cannot read the file \(ENOENT\)/],
    [[FIXTURE, '--kommune', '0301'], /municipality 0301 is not in the answer \(the answer has 3120 and EAK\)/],
    [[FIXTURE, '--kommune', '3120', '--year', '2019'], /year 2019 is not in the answer/],
  ] as const) {
    const r = run('kostra', ...args);
    assert.equal(r.code, 1, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, pattern);
    assert.equal(r.out, '');
  }
  for (const args of [
    [FIXTURE],
    ['--kommune', '3120'],
    [FIXTURE, '--kommune'],
    [FIXTURE, '--kommune', 'Rakkestad'],
    [FIXTURE, '--kommune', '3120', '--x'],
  ]) {
    const r = run('kostra', ...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /Usage: kommune-widgets kostra/);
  }
  assert.match(run('--help').out, /kostra/);
});

/** Every problem, with parameters that must show in its message. */
const PROBLEMS: KostraProblem[] = [
  { code: 'not_json_stat' },
  { code: 'size_mismatch', dimensions: 6 },
  { code: 'dimension_missing', dimension: 'KOKart0000' },
  { code: 'category_index_missing', dimension: 'Tid' },
  { code: 'category_index_invalid', dimension: 'Tid', category: '2025' },
  { code: 'category_count', dimension: 'Tid', categories: 3, size: 2 },
  { code: 'value_missing' },
  { code: 'category_not_chosen', dimension: 'KOKart0000' },
  { code: 'category_not_found', dimension: 'Tid', category: '2019' },
  { code: 'dimension_not_found', role: 'region', expected: 'KOKkommuneregion0000' },
  { code: 'dimension_not_found', role: 'function', expected: 'KOKfunksjon0000' },
  { code: 'dimension_not_found', role: 'time', expected: 'Tid' },
  { code: 'dimension_not_found', role: 'contents', expected: 'ContentsCode' },
  { code: 'kommune_not_found', kommune: '0301', regions: ['3120', 'EAK', 'EKG07'] },
  { code: 'year_not_found', year: '2019', years: ['2024', '2025'] },
  { code: 'not_a_year', year: '2025K1' },
  { code: 'no_amount_content' },
  { code: 'unknown_unit', content: 'KOSandel', unit: 'prosent' },
  { code: 'no_functions' },
];

test('every problem is described in nb, nn, en and se, with its parameters and lists in that language', () => {
  let locale = 'nb';
  const cli = { nn: cliNn, en: cliEn, se: cliSe };
  configureReentrantLocalization({
    sourceLocale: 'nb',
    targetLocales: ['nn', 'en', 'se'],
    getLocale: () => locale,
    loadLocaleSync: (l) => ({ templates: cli[l as keyof typeof cli] }),
  });
  const and = { nb: 'og', nn: 'og', en: 'and', se: 'ja' };
  for (const problem of PROBLEMS) {
    const said: Record<string, string> = {};
    for (const lang of ['nb', 'nn', 'en', 'se'] as const) {
      locale = lang;
      const message = describeKostraProblem(problem, lang);
      said[lang] = message;
      for (const [key, value] of Object.entries(problem)) {
        if (key === 'code' || key === 'role') continue;
        const shown = Array.isArray(value)
          ? `${value.slice(0, -1).join(', ')}${lang === 'en' && value.length > 2 ? ',' : ''} ${and[lang]} ${value.at(-1)}`
          : String(value);
        assert.ok(message.includes(shown), `${problem.code} in ${lang}: «${message}» lacks «${shown}»`);
      }
    }
    assert.notEqual(said['en'], said['nb'], `${problem.code}: en`);
    assert.notEqual(said['se'], said['nb'], `${problem.code}: se`);
    assert.notEqual(said['se'], said['nn'], `${problem.code}: se and nn`);
  }
});

/** A message without quoted JSON names («dataset») and options (--year): what must be in the reader's language. */
const proseOf = (line: string) => line.replace(/«[^»]*»|--[a-z]+/g, '');
const ENGLISH = /\b(the|is|not|answer|has|regions?|years?|expected|ask|with|include|query|dataset|cannot|use)\b/i;

test('CLI: --lang nn explains an unusable answer in nynorsk', () => {
  const missing = runIn('nn', 'kostra', FIXTURE, '--kommune', '0301');
  assert.equal(missing.code, 1);
  assert.equal(missing.out, '');
  assert.equal(
    missing.err,
    `${FIXTURE}: kan ikkje bruke svaret frå SSB: kommune 0301 er ikkje med i svaret (svaret har 3120 og EAK). ` +
      'Ta kommunen med i spørjinga til SSB, eller sjekk --kommune.\n',
  );
  assert.doesNotMatch(proseOf(missing.err.replace(FIXTURE, '')), ENGLISH);

  const notJsonStat = join(dir, 'dokument-nn.json');
  writeFileSync(notJsonStat, JSON.stringify({ schemaVersion: 1, kommune: { nummer: '3120', navn: 'Rakkestad' } }));
  const wrong = runIn('nn', 'kostra', notJsonStat, '--kommune', '3120');
  assert.equal(wrong.code, 1);
  assert.equal(
    wrong.err,
    `${notJsonStat}: kan ikkje bruke svaret frå SSB: fila er ikkje eit JSON-stat 2.0-datasett ` +
      '(venta «class»: «dataset» med «id», «size» og «dimension»). Be SSB om svar i formatet «json-stat2».\n',
  );
  assert.doesNotMatch(proseOf(wrong.err.replace(notJsonStat, '')), ENGLISH);
});

test('CLI: --lang se explains an unusable answer in nordsamisk', () => {
  const missing = runIn('se', 'kostra', FIXTURE, '--kommune', '0301');
  assert.equal(missing.code, 1);
  assert.equal(missing.out, '');
  assert.equal(
    missing.err,
    `${FIXTURE}: ii sáhte geavahit SSB vástádusa: gielda 0301 ii leat vástádusas (vástádusas leat 3120 ja EAK). ` +
      'Váldde gieldda mielde SSB-jearaldahkii, dahje dárkkis --kommune.\n',
  );
  assert.doesNotMatch(proseOf(missing.err.replace(FIXTURE, '')), ENGLISH);

  const year = runIn('se', 'kostra', FIXTURE, '--kommune', '3120', '--year', '2019');
  assert.equal(year.code, 1);
  assert.match(year.err, /jahki 2019 ii leat vástádusas \(vástádusas leat 2024 ja 2025\)/);
  assert.doesNotMatch(proseOf(year.err.replace(FIXTURE, '')), ENGLISH);

  const notJsonStat = join(dir, 'dokument-se.json');
  writeFileSync(notJsonStat, JSON.stringify([{ class: 'collection' }]));
  const wrong = runIn('se', 'kostra', notJsonStat, '--kommune', '3120');
  assert.equal(wrong.code, 1);
  assert.equal(
    wrong.err,
    `${notJsonStat}: ii sáhte geavahit SSB vástádusa: fiila ii leat JSON-stat 2.0 -dáhtačoakkáldat ` +
      '(dárbbašuvvojit «class»: «dataset», «id», «size» ja «dimension»). Bivdde SSB:s vástádusa «json-stat2»-formáhtas.\n',
  );
  assert.doesNotMatch(proseOf(wrong.err.replace(notJsonStat, '')), ENGLISH);
});
