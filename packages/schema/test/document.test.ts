import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDocument, type KommuneDocument, type SchemaIssue } from '../src/index.js';
import { activity, example, minimal } from './helpers.js';

function issuesOf(doc: unknown): SchemaIssue[] {
  const result = validateDocument(doc);
  assert.equal(result.ok, false, 'expected the document to be invalid');
  return result.ok ? [] : result.issues;
}

/** Assert that exactly one issue sits at `path`, with `code` (and `params` as a subset). */
function expectIssue(doc: unknown, path: string, code: string, params: Record<string, unknown> = {}) {
  const issues = issuesOf(doc);
  const found = issues.filter((i) => i.path === path);
  assert.equal(found.length, 1, `one issue at ${path}; got ${JSON.stringify(issues)}`);
  assert.equal(found[0]!.code, code, JSON.stringify(found[0]));
  for (const [k, v] of Object.entries(params)) assert.equal(found[0]!.params[k], v, `params.${k} of ${JSON.stringify(found[0])}`);
}

test('the example document is valid', () => {
  const result = validateDocument(example());
  assert.deepEqual(result.ok ? [] : result.issues, []);
  const doc = (result as { value: KommuneDocument }).value;
  assert.equal(doc.kommune.nummer, '9999');
  assert.ok(doc.participation!.activities.length >= 8);
  assert.deepEqual(
    new Set(doc.participation!.activities.map((a) => a.step)),
    new Set(['informere', 'spørre', 'snakke-med', 'dagsorden', 'rattet']),
  );
});

test('a minimal document is valid, and so is each minimal section', () => {
  assert.ok(validateDocument(minimal()).ok);
  const doc = {
    ...minimal(),
    participation: { activities: [] },
    budget: {
      datasets: [{ id: 'd', year: 2027, kind: 'expense', title: 'B', unit: 'NOK', items: [{ id: 'i', label: 'I', amount: null }] }],
    },
    meetings: { organizations: [], meetings: [] },
    report: { kommune: '9999', endpoint: '/api/v1', contact: { name: 'Ola' } },
    pledge: { kommune: '9999', endpoint: '/api/v1', campaign: 'valgloftet-2027' },
  };
  const result = validateDocument(doc);
  assert.deepEqual(result.ok ? [] : result.issues, []);
});

test('not an object → invalid_type at the root', () => {
  for (const input of [null, [], 'x', 3]) {
    const issues = issuesOf(input);
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.params['expected']]),
      [['', 'invalid_type', 'object']],
    );
  }
});

test('required: a missing field names itself', () => {
  const doc = minimal();
  delete doc['kommune'].navn;
  expectIssue(doc, 'kommune.navn', 'required', { key: 'navn' });
  expectIssue({ kommune: minimal()['kommune'] }, 'schemaVersion', 'required', { key: 'schemaVersion' });
  expectIssue(
    { ...minimal(), participation: { activities: [{ id: 'a', step: 'spørre' }] } },
    'participation.activities[0].title',
    'required',
    { key: 'title' },
  );
});

test('unsupported_version for any schemaVersion but 1', () => {
  expectIssue({ ...minimal(), schemaVersion: 2 }, 'schemaVersion', 'unsupported_version', { version: '2', supported: 1 });
  expectIssue({ ...minimal(), schemaVersion: '1' }, 'schemaVersion', 'unsupported_version', { version: '1' });
});

test('invalid_type names what was expected and received', () => {
  const doc = example();
  doc['budget'].datasets[0].items[3].amount = '88 600';
  expectIssue(doc, 'budget.datasets[0].items[3].amount', 'invalid_type', { expected: 'number', received: 'string' });
  expectIssue({ ...minimal(), kommune: { nummer: '9999', navn: 12 } }, 'kommune.navn', 'invalid_type', {
    expected: 'text',
    received: 'number',
  });
  expectIssue({ ...minimal(), kommune: { nummer: '9999', navn: 'X', innbyggere: 12.5 } }, 'kommune.innbyggere', 'invalid_type', {
    expected: 'integer',
    received: 'number',
  });
  expectIssue({ ...minimal(), participation: { activities: {} } }, 'participation.activities', 'invalid_type', {
    expected: 'array',
    received: 'object',
  });
});

test('invalid_url at the URL, with the value', () => {
  const doc = example();
  doc['participation'].activities[1].url = 'javascript:alert(1)';
  expectIssue(doc, 'participation.activities[1].url', 'invalid_url', { value: 'javascript:alert(1)' });
  const doc2 = example();
  doc2['meetings'].meetings[0].stream = 'http://www.eksempel.kommune.no/direkte';
  expectIssue(doc2, 'meetings.meetings[0].stream', 'invalid_url');
  const doc3 = example();
  doc3['report'].endpoint = '//evil.example/api';
  expectIssue(doc3, 'report.endpoint', 'invalid_url');
});

test('invalid_date for wrong formats and impossible dates', () => {
  expectIssue(
    { ...minimal(), participation: { activities: [activity({ opens: '01.12.2026' })] } },
    'participation.activities[0].opens',
    'invalid_date',
    {
      format: 'date-or-date-time',
      value: '01.12.2026',
    },
  );
  expectIssue(
    { ...minimal(), participation: { activities: [activity({ closes: '2026-02-30' })] } },
    'participation.activities[0].closes',
    'invalid_date',
  );
  const doc = example();
  doc['pledge'].decision.date = '2026-06-18T10:00';
  expectIssue(doc, 'pledge.decision.date', 'invalid_date', { format: 'date' });
});

test('invalid_value lists the allowed values', () => {
  expectIssue(
    { ...minimal(), participation: { activities: [activity({ step: 'lytte' })] } },
    'participation.activities[0].step',
    'invalid_value',
    {
      values: 'informere, spørre, snakke-med, dagsorden, rattet',
      value: 'lytte',
    },
  );
  const doc = example();
  doc['meetings'].meetings[0].status = 'postponed';
  expectIssue(doc, 'meetings.meetings[0].status', 'invalid_value', { count: 5 });
});

test('invalid_format for kommunenummer, e-mail and ids', () => {
  expectIssue({ ...minimal(), kommune: { nummer: '301', navn: 'Oslo' } }, 'kommune.nummer', 'invalid_format', {
    format: 'kommunenummer',
    value: '301',
  });
  const doc = example();
  doc['report'].contact.email = 'ikke-en-adresse';
  expectIssue(doc, 'report.contact.email', 'invalid_format', { format: 'email' });
  expectIssue(
    { ...minimal(), participation: { activities: [activity({ id: 'to ord' })] } },
    'participation.activities[0].id',
    'invalid_format',
    { format: 'id' },
  );
});

test('too_small and too_big carry the bound', () => {
  const doc = example();
  doc['report'].retentionDays = 0;
  expectIssue(doc, 'report.retentionDays', 'too_small', { minimum: 1, origin: 'number', inclusive: 'true' });
  doc['report'].retentionDays = 4000;
  expectIssue(doc, 'report.retentionDays', 'too_big', { maximum: 3650 });
  delete doc['report'].retentionDays;
  expectIssue(
    { ...minimal(), participation: { activities: [activity({ title: '' })] } },
    'participation.activities[0].title',
    'too_small',
    { minimum: 1, origin: 'string' },
  );
  const doc2 = example();
  doc2['budget'].datasets[0].items = [];
  expectIssue(doc2, 'budget.datasets[0].items', 'too_small', { origin: 'array', minimum: 1 });
  expectIssue({ ...minimal(), kommune: { nummer: '9999', navn: 'X', innbyggere: 0 } }, 'kommune.innbyggere', 'too_small', {
    minimum: 0,
    inclusive: 'false',
  });
});

test("unrecognized_keys catches editors' typos, also at the top level and in texts", () => {
  expectIssue(
    { ...minimal(), participation: { activities: [activity({ titel: 'x' })] } },
    'participation.activities[0]',
    'unrecognized_keys',
    { keys: 'titel', count: 1 },
  );
  expectIssue({ ...minimal(), particpation: {} }, '', 'unrecognized_keys', { keys: 'particpation' });
  expectIssue({ ...minimal(), kommune: { nummer: '9999', navn: { nb: 'X', sv: 'Y', de: 'Z' } } }, 'kommune.navn', 'unrecognized_keys', {
    keys: 'sv, de',
    count: 2,
  });
});

test('duplicate_id at the duplicate, naming the id, in every list', () => {
  const doc = example();
  doc['participation'].activities[3].id = doc['participation'].activities[0].id;
  expectIssue(doc, 'participation.activities[3].id', 'duplicate_id', { id: 'kommuneplan-samfunnsdel-horing' });
  expectIssue(
    { ...minimal(), participation: { steps: [{ id: 'spørre' }, { id: 'spørre' }], activities: [] } },
    'participation.steps[1].id',
    'duplicate_id',
    { id: 'spørre' },
  );
  const m = example();
  m['meetings'].organizations[2].id = 'ks';
  expectIssue(m, 'meetings.organizations[2].id', 'duplicate_id', { id: 'ks' });
  const mm = example();
  mm['meetings'].meetings[1].id = 'ks-2026-12-10';
  expectIssue(mm, 'meetings.meetings[1].id', 'duplicate_id');
  const b = example();
  b['budget'].datasets[0].items[0].children[1].id = 'sosial'; // the child comes first in the file
  expectIssue(b, 'budget.datasets[0].items[2].id', 'duplicate_id', { id: 'sosial' });
  const d = example();
  d['budget'].datasets[1].id = 'drift-2027';
  expectIssue(d, 'budget.datasets[1].id', 'duplicate_id');
  const p = example();
  p['pledge'].lists = [
    { id: 'ap', name: 'Arbeiderpartiet' },
    { id: 'ap', name: 'Høyre' },
  ];
  expectIssue(p, 'pledge.lists[1].id', 'duplicate_id', { id: 'ap' });
});

test('a duplicate id is reported even when the same list has other errors', () => {
  const issues = issuesOf({
    ...minimal(),
    participation: { activities: [activity({ url: 'javascript:x' }), activity({ step: 'nope' })] },
  });
  assert.deepEqual(issues.map((i) => `${i.path} ${i.code}`).sort(), [
    'participation.activities[0].url invalid_url',
    'participation.activities[1].id duplicate_id',
    'participation.activities[1].step invalid_value',
  ]);
});

test('unknown_reference names the reference that failed', () => {
  const doc = example();
  doc['meetings'].meetings[0].organization = 'kommunestyret';
  expectIssue(doc, 'meetings.meetings[0].organization', 'unknown_reference', { id: 'kommunestyret', list: 'organizations' });
  const moved = example();
  moved['meetings'].meetings[2].movedTo = 'finnes-ikke';
  expectIssue(moved, 'meetings.meetings[2].movedTo', 'unknown_reference', { id: 'finnes-ikke', list: 'meetings' });
  const cmp = example();
  cmp['budget'].datasets[0].comparisons[0].perInnbygger['helse'] = 1;
  expectIssue(cmp, 'budget.datasets[0].comparisons[0].perInnbygger.helse', 'unknown_reference', { id: 'helse', list: 'items' });
  const pl = example();
  pl['pledge'].decision.meeting = 'ks-2026-06-18';
  expectIssue(pl, 'pledge.decision.meeting', 'unknown_reference', { id: 'ks-2026-06-18', list: 'meetings.meetings' });
  pl['pledge'].decision.meeting = 'fsk-2026-11-19';
  assert.ok(validateDocument(pl).ok);
});

test('date_order when an end lies before its start', () => {
  expectIssue(
    { ...minimal(), participation: { activities: [activity({ opens: '2026-12-01', closes: '2026-11-30' })] } },
    'participation.activities[0].closes',
    'date_order',
    { field: 'closes', startField: 'opens', value: '2026-11-30', startValue: '2026-12-01' },
  );
  const doc = example();
  doc['meetings'].meetings[0].end = '2026-12-10T17:00';
  expectIssue(doc, 'meetings.meetings[0].end', 'date_order', { field: 'end', startField: 'start' });
  // Same day as a date, later the same day with a time, and offsets: all in order.
  for (const [opens, closes] of [
    ['2026-12-01', '2026-12-01'],
    ['2026-12-01T10:00', '2026-12-01'],
    ['2026-12-01T10:00+01:00', '2026-12-01T09:30Z'],
  ]) {
    assert.ok(validateDocument({ ...minimal(), participation: { activities: [activity({ opens, closes })] } }).ok, `${opens} → ${closes}`);
  }
});

test('closed_item_without_reason on a closed agenda item', () => {
  const doc = example();
  delete doc['meetings'].meetings[0].agenda[2].closedReason;
  expectIssue(doc, 'meetings.meetings[0].agenda[2].closedReason', 'closed_item_without_reason', { number: 'PS 47/26' });
});

test('a broken section does not hide issues in another', () => {
  const doc = example();
  doc['budget'].datasets[0].unit = 'EUR';
  doc['participation'].activities[0].url = 'data:text/html,x';
  const paths = issuesOf(doc).map((i) => i.path);
  assert.deepEqual(paths.sort(), ['budget.datasets[0].unit', 'participation.activities[0].url']);
});

test('report and pledge sections need their required fields', () => {
  const doc = { ...minimal(), report: { endpoint: '/api/v1', contact: {} }, pledge: { endpoint: '/api/v1' } };
  const issues = issuesOf(doc).map((i) => `${i.path} ${i.code}`);
  assert.deepEqual(issues.sort(), [
    'pledge.campaign required',
    'pledge.kommune required',
    'report.contact.name required',
    'report.kommune required',
  ]);
  const wrongNumber = { ...minimal(), report: { kommune: '312', endpoint: '/api/v1', contact: { name: 'Ola' } } };
  assert.deepEqual(
    issuesOf(wrongNumber).map((i) => `${i.path} ${i.code}`),
    ['report.kommune invalid_format'],
  );
});
