/**
 * Generate the JSON Schema (2020-12) of the kommune document from the zod
 * schemas. Run: `node --import tsx packages/schema/scripts/generate-json-schema.ts`
 * (or `npm run build:json-schema -w @kommune-widgets/schema`).
 *
 * Writes docs/schema/kommune-widgets.schema.json and
 * packages/schema/dist/kommune-widgets.schema.json. Never edit the output by hand:
 * a test compares the committed file with a fresh run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { budgetItemSchema } from '../src/budget.js';
import { kommuneDocumentSchema } from '../src/document.js';
import { LocalizedText, Url, IsoDate, IsoDateTime, IsoDateOrDateTime, Id } from '../src/shared.js';

export const SCHEMA_ID = 'https://kommune-widgets.no/schema/v1/kommune-widgets.schema.json';

const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUTS = [
  resolve(here, '../../../docs/schema/kommune-widgets.schema.json'),
  resolve(here, '../dist/kommune-widgets.schema.json'),
];

/** The JSON Schema as formatted JSON text (with a final newline). */
export function generateJsonSchema(): string {
  // Named definitions for the shared building blocks. Registered here, in the script: the library registers nothing.
  const named: [z.ZodMiniType, string][] = [
    [LocalizedText, 'LocalizedText'],
    [Url, 'Url'],
    [IsoDate, 'IsoDate'],
    [IsoDateTime, 'IsoDateTime'],
    [IsoDateOrDateTime, 'IsoDateOrDateTime'],
    [Id, 'Id'],
    [budgetItemSchema, 'BudgetItem'],
  ];
  for (const [schema, id] of named) {
    const meta = { ...z.globalRegistry.get(schema), id };
    if (schema === budgetItemSchema) meta.description = 'En budsjettpost; children har samme form.';
    z.globalRegistry.remove(schema).add(schema, meta);
  }

  const generated = z.toJSONSchema(kommuneDocumentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'inline',
  }) as Record<string, unknown>;
  const { $schema: _ignored, ...rest } = generated;
  void _ignored;
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Kommune-widgets: kommunens datadokument (schemaVersion 1)',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generateJsonSchema();
  for (const file of OUTPUTS) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    console.log(`wrote ${file}`);
  }
}
