import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budgetInput, meetingsInput, participationInput, pledgeInput, reportInput, STEP_IDS, isKnownStepId } from '../src/index.js';
import { activity, example, minimal } from './helpers.js';

test('STEP_IDS are the five steps in ladder order', () => {
  assert.deepEqual(STEP_IDS, ['informere', 'spørre', 'snakke-med', 'dagsorden', 'rattet']);
  assert.ok(isKnownStepId('dagsorden'));
  assert.equal(isKnownStepId('lytte'), false);
  assert.equal(isKnownStepId(3), false);
});

test('a whole document gives the section and the kommune', () => {
  const result = participationInput.parse(example());
  assert.ok(result.ok);
  assert.equal(result.section.activities.length, 10);
  assert.equal(result.kommune?.nummer, '9999');
});

test('a broken budget does not break the ladder', () => {
  const doc = example();
  doc['budget'].datasets[0].items[0].amount = 'mye';
  doc['meetings'].meetings[0].organization = 'ukjent';
  assert.ok(participationInput.parse(doc).ok);
  const budget = budgetInput.parse(doc);
  assert.deepEqual(budget.ok ? [] : budget.issues.map((i) => i.path), ['budget.datasets[0].items[0].amount']);
});

test('whole-document issues are prefixed with the section key', () => {
  const doc = example();
  doc['participation'].activities[2].url = 'javascript:void(0)';
  const result = participationInput.parse(doc);
  assert.deepEqual(result.ok ? [] : result.issues, [
    { path: 'participation.activities[2].url', code: 'invalid_url', params: { value: 'javascript:void(0)' } },
  ]);
});

test('a whole document without the section → required at the section key', () => {
  const result = participationInput.parse(minimal());
  assert.deepEqual(result.ok ? [] : result.issues, [{ path: 'participation', code: 'required', params: { key: 'participation' } }]);
  const r2 = pledgeInput.parse({ ...minimal(), budget: {} });
  assert.deepEqual(r2.ok ? [] : r2.issues.map((i) => i.path), ['pledge']);
});

test('a whole document still needs schemaVersion and kommune', () => {
  const result = participationInput.parse({ participation: { activities: [] } });
  assert.deepEqual(result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`).sort(), ['kommune required', 'schemaVersion required']);
  const r2 = participationInput.parse({ ...minimal(), schemaVersion: 2, participation: { activities: [] } });
  assert.deepEqual(r2.ok ? [] : r2.issues.map((i) => i.code), ['unsupported_version']);
});

test('the section alone: paths relative to the section, no kommune', () => {
  const ok = participationInput.parse({ activities: [activity()] });
  assert.ok(ok.ok);
  assert.equal(ok.kommune, undefined);
  const bad = participationInput.parse({ activities: [activity(), activity({ id: 'a2', url: 'http://x.no' })] });
  assert.deepEqual(bad.ok ? [] : bad.issues.map((i) => `${i.path} ${i.code}`), ['activities[1].url invalid_url']);
});

test('a meetings section alone is not mistaken for a document (it has a "meetings" key)', () => {
  const section = example()['meetings'];
  const result = meetingsInput.parse(section);
  assert.ok(result.ok);
  section.meetings[0].organization = 'x';
  const bad = meetingsInput.parse(section);
  assert.deepEqual(bad.ok ? [] : bad.issues.map((i) => i.path), ['meetings[0].organization']);
});

test('every section has an input, each validating only its own section', () => {
  const doc = example();
  for (const input of [participationInput, budgetInput, meetingsInput, reportInput, pledgeInput]) {
    const whole = input.parse(doc);
    assert.ok(whole.ok, input.key);
    assert.ok(input.parse(doc[input.key]).ok, `${input.key} alone`);
  }
  const r = reportInput.parse({ kommune: '9999', endpoint: 'javascript:x', contact: { name: 'Ola' } });
  assert.deepEqual(r.ok ? [] : r.issues.map((i) => i.path), ['endpoint']);
});

test('input that is not an object → invalid_type at the root', () => {
  for (const input of [null, undefined, 'tekst', 42, [1]]) {
    const result = participationInput.parse(input);
    assert.equal(result.ok, false);
    assert.deepEqual(result.ok ? [] : result.issues.map((i) => [i.path, i.code]), [['', 'invalid_type']]);
  }
});
