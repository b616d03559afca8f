// The fixes the editors' page suggests and the line it shows, without a browser (bokmål, the messages' source).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SchemaIssue } from '@kommune-widgets/schema';
import { fixHint } from '../src/fix-hints.js';
import { excerptAt } from '../src/line-excerpt.js';

const issue = (code: SchemaIssue['code'], params: SchemaIssue['params'] = {}): SchemaIssue => ({ path: 'x', code, params });

test('a Norwegian date is turned round, with the time where the field takes one', () => {
  assert.match(fixHint(issue('invalid_date', { format: 'date' }), '10.12.2026')!, /«2026-12-10»/);
  assert.match(fixHint(issue('invalid_date', { format: 'date' }), '1.2.2027')!, /«2027-02-01»/);
  assert.match(fixHint(issue('invalid_date', { format: 'date-or-date-time' }), '1.2.2027 kl. 18.00')!, /«2027-02-01T18:00»/);
  assert.match(fixHint(issue('invalid_date', { format: 'date-time' }), '10.12.2026')!, /«2026-12-10T18:00» for klokka 18/);
  assert.equal(fixHint(issue('invalid_date', { format: 'date' }), '32.13.2026'), undefined, 'no such day: no guess');
  assert.equal(fixHint(issue('invalid_date', { format: 'date' }), 'i morgen'), undefined);
});

test('an http: or www. address gets its https: form', () => {
  assert.match(fixHint(issue('invalid_url'), 'http://eksempel.no/a?b=1')!, /^Skriv «https:\/\/eksempel\.no\/a\?b=1», med s\./);
  assert.equal(fixHint(issue('invalid_url'), 'www.eksempel.no')!, 'Skriv hele adressen: «https://www.eksempel.no».');
  assert.equal(fixHint(issue('invalid_url'), 'javascript:alert(1)'), undefined);
});

test('a number written as text is written as a number; other type problems get no guess', () => {
  const asText = issue('invalid_type', { expected: 'number', received: 'string' });
  assert.match(fixHint(asText, '1 200 000')!, /: 1200000$/);
  assert.match(fixHint(asText, 'kr 300,50')!, /: 300\.50$/);
  assert.match(fixHint(asText, '4\u00a0500 kr')!, /: 4500$/);
  assert.equal(fixHint(asText, 'mye'), undefined);
  assert.equal(fixHint(issue('invalid_type', { expected: 'string', received: 'number' }), 3), undefined);
});

test('a closed agenda item without a legal basis is told what to write', () => {
  assert.match(
    fixHint(issue('closed_item_without_reason', { number: '12/26' }), undefined)!,
    /"closedReason": "Offl\. § 13, jf\. fvl\. § 13"/,
  );
});

test('the excerpt picks out the token at the place, and cuts a long line around it', () => {
  const text = '{\n  "start": "10.12.2026",\n  "x": 1\n}';
  assert.deepEqual(excerptAt(text, 2, 12), {
    line: 2,
    before: '"start": ',
    token: '"10.12.2026"',
    after: ',',
    cutStart: false,
    cutEnd: false,
  });
  assert.equal(excerptAt(text, 1, 1)!.token, '{');
  const long = `{${'"a": 1, '.repeat(40)}"b": tru}`;
  const cut = excerptAt(long, 1, long.indexOf('tru') + 1)!;
  assert.deepEqual([cut.token, cut.cutStart, cut.cutEnd], ['tru', true, false]);
  assert.ok(cut.before.length <= 36);
  assert.equal(excerptAt(text, 9, 1), undefined);
});
