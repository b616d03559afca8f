import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateJsonSchema, SCHEMA_ID } from '../scripts/generate-json-schema.js';
import { URL_PATTERN } from '../src/index.js';

const committed = fileURLToPath(new URL('../../../docs/schema/kommune-widgets.schema.json', import.meta.url));

test('docs/schema/kommune-widgets.schema.json is exactly what the zod schemas generate', () => {
  assert.equal(
    readFileSync(committed, 'utf8'),
    generateJsonSchema(),
    'Regenerate with: npm run build:json-schema -w @kommune-widgets/schema (never edit it by hand)',
  );
});

test('the JSON Schema is 2020-12, strict, and carries the URL and date patterns', () => {
  const schema = JSON.parse(generateJsonSchema());
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, SCHEMA_ID);
  assert.ok(schema.title);
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.required.sort(), ['kommune', 'schemaVersion']);
  assert.equal(schema.$defs.Url.pattern, URL_PATTERN.source);
  assert.match(schema.$defs.IsoDate.pattern, /^\^\[0-9\]\{4\}-/);
  assert.ok(schema.$defs.LocalizedText.anyOf);
  assert.equal(schema.properties.participation.properties.activities.items.properties.url.$ref, '#/$defs/Url');
  // Recursive budget items.
  assert.equal(schema.$defs.BudgetItem.properties.children.items.$ref, '#/$defs/BudgetItem');
  // Every pattern compiles as an ECMA-262 unicode regex, as JSON Schema validators use them.
  const patterns: string[] = [];
  JSON.stringify(schema, (k, v) => (k === 'pattern' && typeof v === 'string' && patterns.push(v), v));
  assert.ok(patterns.length >= 5);
  for (const p of patterns) new RegExp(p, 'u');
});
