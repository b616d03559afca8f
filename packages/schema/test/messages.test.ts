import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { describeIssue, describePath, translations, type SchemaIssue } from '../src/index.js';

let locale = 'nb';
configureReentrantLocalization({
  sourceLocale: 'nb',
  targetLocales: ['nn', 'en', 'se'],
  getLocale: () => locale,
  loadLocaleSync: (l) => ({ templates: translations[l as keyof typeof translations] }),
});

function inAll(issue: SchemaIssue): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of ['nb', 'nn', 'en', 'se']) {
    locale = l;
    out[l] = describeIssue(issue);
  }
  locale = 'nb';
  return out;
}

const samples: SchemaIssue[] = [
  { path: 'kommune.navn', code: 'required', params: { key: 'navn' } },
  { path: 'x', code: 'invalid_type', params: { expected: 'number', received: 'string' } },
  { path: 'x', code: 'invalid_type', params: { expected: 'integer', received: 'number' } },
  { path: 'x', code: 'invalid_url', params: { value: 'javascript:alert(1)' } },
  { path: 'x', code: 'invalid_date', params: { format: 'date', value: '2026-02-30' } },
  { path: 'x', code: 'invalid_date', params: { format: 'date-time', value: '2026-02-30T10' } },
  { path: 'x', code: 'invalid_date', params: { format: 'date-or-date-time', value: '1.12.2026' } },
  { path: 'x', code: 'invalid_value', params: { values: 'planned, held', count: 2, value: 'postponed' } },
  { path: 'x', code: 'invalid_value', params: { values: 'NOK', count: 1, value: 'EUR' } },
  { path: 'x', code: 'invalid_format', params: { format: 'email', value: 'ola@' } },
  { path: 'x', code: 'invalid_format', params: { format: 'kommunenummer', value: '301' } },
  { path: 'x', code: 'invalid_format', params: { format: 'id', value: 'to ord' } },
  { path: 'x', code: 'too_small', params: { origin: 'number', minimum: 1, inclusive: 'true' } },
  { path: 'x', code: 'too_big', params: { origin: 'number', maximum: 3650, inclusive: 'true' } },
  { path: 'x', code: 'unrecognized_keys', params: { keys: 'titel', count: 1 } },
  { path: 'x', code: 'duplicate_id', params: { id: 'ks' } },
  { path: 'x', code: 'unknown_reference', params: { id: 'ks2', list: 'organizations' } },
  { path: 'x', code: 'date_order', params: { field: 'closes', value: '2026-11-01', startField: 'opens', startValue: '2026-12-01' } },
  { path: 'x', code: 'closed_item_without_reason', params: { number: 'PS 47/26' } },
  { path: 'x', code: 'unsupported_version', params: { version: '2', supported: 1 } },
  { path: 'x', code: 'invalid', params: {} },
];

test('bokmål messages are plain language with the detail that matters', () => {
  const nb = (issue: SchemaIssue) => describeIssue(issue);
  assert.equal(nb(samples[0]!), 'Mangler påkrevd felt «navn».');
  assert.match(nb(samples[1]!), /Må være et tall, men er tekst\./);
  assert.match(nb(samples[3]!), /«javascript:alert\(1\)».*https/);
  assert.match(nb(samples[7]!), /«postponed».*planned, held/);
  assert.match(nb(samples[14]!), /Ukjent felt «titel»/);
  assert.match(nb(samples[15]!), /«ks»/);
  assert.match(nb(samples[16]!), /«ks2».*«organizations»/);
  assert.match(nb(samples[17]!), /closes.*2026-11-01.*opens.*2026-12-01/);
  assert.match(nb(samples[19]!), /Skjemaversjon 2 .*1\./);
});

test('every code has a message that differs in nb, nn, en and se and keeps the details', () => {
  for (const issue of samples) {
    const all = inAll(issue);
    // Nynorsk may equal bokmål ("Ugyldig verdi."); English and nordsamisk never do.
    assert.ok(new Set(Object.values(all)).size >= 3, `${issue.code}: ${JSON.stringify(all)}`);
    assert.notEqual(all['en'], all['nb'], issue.code);
    assert.notEqual(all['se'], all['nb'], issue.code);
    assert.notEqual(all['se'], all['nn'], issue.code);
    for (const [l, text] of Object.entries(all)) {
      for (const value of Object.values(issue.params)) {
        if (
          issue.code === 'invalid_type' ||
          typeof value !== 'string' ||
          ['true', 'date', 'date-time', 'date-or-date-time', 'email', 'kommunenummer', 'id', 'number'].includes(value)
        )
          continue;
        assert.ok(text.includes(value), `${l} ${issue.code} should mention ${value}: ${text}`);
      }
    }
  }
});

test('English and nynorsk read as such', () => {
  const all = inAll(samples[0]!);
  assert.equal(all['en'], 'Missing required field “navn”.');
  assert.equal(all['nn'], 'Manglar påkravd felt «navn».');
  assert.match(all['se']!, /navn/);
  const types = inAll(samples[1]!);
  assert.equal(types['en'], 'Must be a number, but is text.');
});

test('the root path has a name in each language', () => {
  locale = 'nb';
  assert.equal(describePath(''), '(rot)');
  locale = 'en';
  assert.equal(describePath(''), '(root)');
  assert.equal(describePath('a.b'), 'a.b');
  locale = 'nb';
});

test('every translation has the same message ids', () => {
  const ids = Object.keys(translations.nn).sort();
  assert.ok(ids.length >= 40);
  assert.deepEqual(Object.keys(translations.en).sort(), ids);
  assert.deepEqual(Object.keys(translations.se).sort(), ids);
});
