import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PLEDGE_ROLES,
  describeIssue,
  findWarnings,
  pledgeInput,
  pledgeSubmissionSchema,
  toSchemaIssues,
  validateDocument,
} from '../src/index.js';
import { example, minimal } from './helpers.js';

/** A signature as the form sends it. */
const signature = (overrides: Record<string, unknown> = {}) => ({
  campaign: 'valgloftet-2027',
  name: 'Kari Nordmann',
  list: 'ap',
  role: 'kandidat',
  email: 'kari@example.no',
  consent: true,
  website: '',
  startedAt: '2026-12-02T09:00:00.000Z',
  ...overrides,
});

/** `path code` of every issue the submission schema finds in `body`. */
function submissionIssues(body: unknown): string[] {
  const result = pledgeSubmissionSchema.safeParse(body, { reportInput: true });
  return result.success ? [] : toSchemaIssues(result.error.issues).map((i) => `${i.path} ${i.code}`);
}

test('the example document’s pledge section names the kommune, the server and the campaign, and nothing more is needed', () => {
  const doc = example();
  assert.deepEqual(Object.keys(doc['pledge']).sort(), ['campaign', 'decision', 'endpoint', 'kommune']);
  const result = pledgeInput.parse(doc);
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.section.kommune, '9999');
  assert.deepEqual(findWarnings(doc), []);
  const alone = pledgeInput.parse({ kommune: '3120', endpoint: '/api/v1', campaign: 'valgloftet-2027' });
  assert.ok(alone.ok);
});

test('a pledge section must say which kommune it belongs to, as four digits', () => {
  const missing = pledgeInput.parse({ endpoint: '/api/v1', campaign: 'valgloftet-2027' });
  assert.deepEqual(missing.ok ? [] : missing.issues.map((i) => `${i.path} ${i.code}`), ['kommune required']);
  const short = pledgeInput.parse({ kommune: '312', endpoint: '/api/v1', campaign: 'valgloftet-2027' });
  assert.deepEqual(short.ok ? [] : short.issues.map((i) => `${i.path} ${i.code}`), ['kommune invalid_format']);
});

test('an older document with pledge.lists stays valid, with the warning that the lists now belong to the campaign', () => {
  const doc = example();
  doc['pledge'].lists = [
    { id: 'ap', name: 'Arbeiderpartiet' },
    { id: 'h', name: 'Høyre' },
  ];
  assert.ok(validateDocument(doc).ok);
  const warnings = findWarnings(doc);
  assert.deepEqual(
    warnings.map((w) => `${w.path} ${w.code}`),
    ['pledge.lists ignored_lists'],
  );
  assert.match(describeIssue(warnings[0]!), /«lists» har ingen virkning lenger: listene hører til kampanjen på serveren/);
  const alone = findWarnings(doc['pledge']);
  assert.deepEqual(
    alone.map((w) => `${w.path} ${w.code}`),
    ['lists ignored_lists'],
  );
});

test('the kommune’s own text, the decision and the report address are checked as before', () => {
  const doc = { ...minimal() } as Record<string, unknown>;
  doc['pledge'] = {
    kommune: '9999',
    endpoint: '/api/v1',
    campaign: 'valgloftet-2027',
    text: { version: '2027', title: 'Vårt løfte', body: [] },
    reportUrl: 'javascript:alert(1)',
  };
  const result = validateDocument(doc);
  assert.deepEqual(result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`).sort(), [
    'pledge.reportUrl invalid_url',
    'pledge.text.body too_small',
  ]);
});

test('a signature with name, list, role, consent and an empty spam trap is valid, with or without e-mail', () => {
  assert.deepEqual(submissionIssues(signature()), []);
  const { email: _email, ...withoutEmail } = signature();
  assert.deepEqual(submissionIssues(withoutEmail), []);
  assert.deepEqual(submissionIssues(signature({ list: 'annen', otherList: 'Bygdelista' })), []);
});

test('the roles are kandidat, folkevalgt, listetopp and partilag, and no other', () => {
  assert.deepEqual([...PLEDGE_ROLES], ['kandidat', 'folkevalgt', 'listetopp', 'partilag']);
  for (const role of PLEDGE_ROLES) assert.deepEqual(submissionIssues(signature({ role })), []);
  assert.deepEqual(submissionIssues(signature({ role: 'ordfører' })), ['role invalid_value']);
});

test('«annen» needs the name of the other list', () => {
  assert.deepEqual(submissionIssues(signature({ list: 'annen' })), ['otherList required']);
  assert.deepEqual(submissionIssues(signature({ list: 'annen', otherList: '' })), ['otherList too_small']);
});

test('a signature is refused without consent, with a long name, a bad e-mail or an unknown field', () => {
  assert.deepEqual(submissionIssues(signature({ consent: false })), ['consent invalid_value']);
  assert.deepEqual(submissionIssues(signature({ name: 'x'.repeat(121) })), ['name too_big']);
  assert.deepEqual(submissionIssues(signature({ name: '' })), ['name too_small']);
  assert.ok(submissionIssues(signature({ email: 'ikke-en-adresse' })).some((i) => i.startsWith('email ')));
  assert.deepEqual(submissionIssues(signature({ telefon: '99999999' })), [' unrecognized_keys']);
  const { consent: _consent, ...withoutConsent } = signature();
  assert.deepEqual(submissionIssues(withoutConsent), ['consent required']);
});

test('a filled spam trap passes the schema, as for reports: the server discards the signature without telling the robot', () => {
  assert.deepEqual(submissionIssues(signature({ website: 'https://spam.example' })), []);
  assert.deepEqual(submissionIssues(signature({ website: 'x'.repeat(1001) })), ['website too_big']);
});
