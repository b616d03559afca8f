// `@kommune-widgets/schema/check`: the check the CLI and the editors' page share, each problem placed in the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocumentText, locatePath, parseJsonText, parsePath } from '../src/document-check.js';
import { formatPath } from '../src/issues.js';
import { example, minimal } from './helpers.js';

test('parsePath reads back what formatPath writes', () => {
  for (const path of [[], ['budget'], ['budget', 'datasets', 0, 'items', 12, 'amount'], ['a', 'Å b', 3, 'x"y'], [0, 'ø']]) {
    assert.deepEqual(parsePath(formatPath(path)), path, formatPath(path));
  }
});

test('a field is placed at its name, an item of a list at the item, a missing field at its object', () => {
  const text = '{\n  "kommune": { "nummer": "99" },\n  "list": [\n    1,\n    { "a": true }\n  ]\n}\n';
  assert.deepEqual(locatePath(text, 'kommune.nummer'), { line: 2, column: 16 });
  assert.deepEqual(locatePath(text, 'list[1]'), { line: 5, column: 5 });
  assert.deepEqual(locatePath(text, 'list[1].a'), { line: 5, column: 7 });
  assert.deepEqual(locatePath(text, 'kommune.navn'), { line: 2, column: 3 }, 'missing: its object, at the object’s name');
  assert.deepEqual(locatePath(text, ''), { line: 1, column: 1 });
  assert.equal(locatePath('', 'a'), undefined);
});

test('a valid document has no issues, and a section alone is recognised', () => {
  const check = checkDocumentText(JSON.stringify(example(), null, 2));
  assert.deepEqual([check.valid, check.issues, check.section], [true, [], undefined]);
  const budget = checkDocumentText(JSON.stringify(example()['budget']));
  assert.deepEqual([budget.valid, budget.section], [true, 'budget']);
});

test('each issue carries the line and column of its field, in the order they are written', () => {
  const doc = example();
  doc['meetings'].meetings[0].start = '10.12.2026';
  doc['participation'].activities[0].url = 'http://eksempel.no/høring';
  const text = JSON.stringify(doc, null, 2);
  const lines = text.split('\n');
  const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;
  const check = checkDocumentText(text);
  assert.equal(check.valid, false);
  assert.deepEqual(
    check.issues.map((i) => [i.path, i.code, i.line]),
    [
      ['participation.activities[0].url', 'invalid_url', lineOf('"http://eksempel.no/høring"')],
      ['meetings.meetings[0].start', 'invalid_date', lineOf('"10.12.2026"')],
    ],
  );
  assert.equal(check.issues[0]!.column, lines[check.issues[0]!.line - 1]!.indexOf('"url"') + 1);
});

test('text that is not JSON gives the place where it stops being JSON, and no issues', () => {
  const text = '{\n  "schemaVersion": 1,\n  "kommune": { "nummer": "9999" }\n  "participation": {}\n}\n';
  assert.deepEqual(checkDocumentText(text), { valid: false, syntaxError: { line: 4, column: 3 }, issues: [], warnings: [] });
  assert.deepEqual(parseJsonText('\uFEFF{"a": 1}'), { ok: true, data: { a: 1 } });
  assert.deepEqual(parseJsonText(''), { ok: false, error: { line: 1, column: 1 } });
});

test('a warning is placed like an issue and leaves the document valid', () => {
  const doc = { ...minimal(), report: { ...example()['report'], retentionDays: 30 } };
  const text = JSON.stringify(doc, null, 2);
  const check = checkDocumentText(text);
  assert.equal(check.valid, true);
  assert.deepEqual(
    check.warnings.map((w) => [w.path, w.line]),
    [['report.retentionDays', text.split('\n').findIndex((l) => l.includes('"retentionDays"')) + 1]],
  );
});
