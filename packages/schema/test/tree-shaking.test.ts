import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const index = fileURLToPath(new URL('../src/index.ts', import.meta.url));

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: false,
    treeShaking: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

test('a bundle that validates only participation leaves out the other sections', async () => {
  const code = await bundle(`import { participationInput } from ${JSON.stringify(index)}; console.log(participationInput.parse({}));`);
  assert.match(code, /snakke-med/);
  for (const foreign of ['kommunestyre', 'saksframlegg', 'retentionDays', 'perInnbygger', 'valgløfte', 'Mangler påkrevd felt']) {
    assert.ok(!code.includes(foreign), `participation bundle must not contain "${foreign}"`);
  }
});

test('a bundle that validates only the budget leaves out participation and meetings', async () => {
  const code = await bundle(`import { budgetInput } from ${JSON.stringify(index)}; console.log(budgetInput.parse({}));`);
  assert.match(code, /perInnbygger/);
  for (const foreign of ['snakke-med', 'kommunestyre', 'retentionDays']) assert.ok(!code.includes(foreign), foreign);
});
