// Punctuation never doubles (issue 9): a message with a full stop right after a placeholder («netto sum ${amount}.»)
// meets values that end with one: WebKit writes kroner «kr 995 mill.», a kommune titles its budget «… inkl. mva.».
// Every such message, in any of the four languages, must pass through singleStops(), and comes out with one stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { singleStops } from '@kommune-widgets/schema';

/** Values that end with a full stop, as engines and kommuner write them. */
const VALUES_ENDING_WITH_A_STOP = ['kr 5 mill.', '995 mill. kr.', 'Budsjett 2027 inkl. mva.', '1 mrd.'];

function files(dir, test, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, test, out);
    else if (test(path)) out.push(path);
  }
  return out;
}

const sources = files('packages', (path) => /[/\\]src[/\\]/.test(path) && path.endsWith('.ts') && !/[/\\]generated[/\\]/.test(path));
const catalogues = files('packages', (path) => /[/\\]generated[/\\]locales[/\\][a-z]+\.ts$/.test(path));

/** Every `msg(str\`…\`, { id: '…' })` in the sources: its id, bokmål template, file and the text before `msg(`. */
function sourceMessages() {
  const found = [];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/msg\(\s*str`((?:[^`\\]|\\.)*)`\s*,\s*\{\s*id:\s*'([^']+)'/g)) {
      found.push({ id: match[2], template: match[1].replace(/\$\{[^}]*\}/g, '${0}'), file, before: text.slice(0, match.index) });
    }
  }
  return found;
}

/** Every translated template with a placeholder: `{ id, template, file }`, placeholders written `${0}`. */
function translatedMessages() {
  const found = [];
  for (const file of catalogues) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^'([^']+)': str`((?:[^`\\]|\\.)*)`,?$/gm)) {
      found.push({ id: match[1], template: match[2], file });
    }
  }
  return found;
}

/** A full stop right after a placeholder, not the start of an ellipsis. */
const STOP_AFTER_PLACEHOLDER = /\$\{\d+\}\.(?!\.)/;

/** Functions that pass every message they return through singleStops() (checked below), by file. */
const WRAPPED_AT_RETURN = {
  [join('packages', 'schema', 'src', 'issue-messages.ts')]: 'return singleStops(issueMessage(issue));',
  [join('packages', 'schema', 'src', 'kostra', 'problem-messages.ts')]: 'return singleStops(problemMessage(problem, lang));',
};

const source = sourceMessages();
const translated = translatedMessages();
const atRisk = new Set([...source, ...translated].filter((m) => STOP_AFTER_PLACEHOLDER.test(m.template)).map((m) => m.id));

test('finds the messages with a full stop after a placeholder, in the sources and the nn, en and se catalogues', () => {
  assert.ok(source.length > 20, `msg(str\`…\`) calls found: ${source.length}`);
  assert.ok(translated.length > 60, `translated templates found: ${translated.length}`);
  for (const id of ['pie.total.withNegatives', 'pie.chart.label', 'ladder.where.step', 'schema.invalid_type'])
    assert.ok(atRisk.has(id), id);
});

test('passes each of them through singleStops()', () => {
  const unwrapped = source
    .filter((m) => atRisk.has(m.id))
    .filter((m) => !/singleStops\(\s*$/.test(m.before))
    .filter((m) => !(WRAPPED_AT_RETURN[m.file] && readFileSync(m.file, 'utf8').includes(WRAPPED_AT_RETURN[m.file])))
    .map((m) => `${m.file}: ${m.id}`);
  assert.deepEqual(unwrapped, []);
});

test('writes one full stop in every language when the value ends with one', () => {
  const templates = [...source, ...translated].filter((m) => atRisk.has(m.id));
  for (const { id, template, file } of templates) {
    for (const value of VALUES_ENDING_WITH_A_STOP) {
      const text = singleStops(template.replace(/\$\{\d+\}/g, value));
      assert.doesNotMatch(text, /(?<!\.)\.\.(?!\.)/, `${file} ${id}: ${text}`);
    }
  }
});

test('leaves an ellipsis, and text without a doubled stop, as it is', () => {
  assert.equal(singleStops('Laster inn …'), 'Laster inn …');
  assert.equal(singleStops('Vent...'), 'Vent...');
  assert.equal(singleStops('Til sammen 995 mill. kr.'), 'Til sammen 995 mill. kr.');
  assert.equal(singleStops('Netto sum kr 995 mill..'), 'Netto sum kr 995 mill.');
  assert.equal(singleStops('Viser Hvem bestemmer?.'), 'Viser Hvem bestemmer?');
});
