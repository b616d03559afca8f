import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syntaxErrorLocation } from '../src/index.js';

/** Where JSON.parse fails on `text`, as a web editor is told it. */
function where(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return syntaxErrorLocation(text, error as Error);
  }
  throw new Error('parsed');
}

test('finds an unexpected token from the text V8 quotes around it', () => {
  assert.deepEqual(where('{"a": }'), { line: 1, column: 7 });
  assert.deepEqual(where('{\n  "activities": [ }\n'), { line: 2, column: 19 });
  assert.deepEqual(where('{"aaaaaaaaaaaaaaaaaaaa": 1, "b": x, "cccccccccccccccccccccc": 2}'), { line: 1, column: 34 });
});

test('reads positions V8 gives, and an early end as the end of the text', () => {
  assert.deepEqual(where('{"a":1}x'), { line: 1, column: 8 });
  assert.deepEqual(where('[1,2'), { line: 1, column: 5 });
  assert.deepEqual(where('{\n"a":'), { line: 2, column: 5 });
});
