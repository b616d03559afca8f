// Measures min+gzip of a bundle that validates the participation section, with zod/mini (what we ship)
// and with full zod (the same dist/ code with `zod/mini` resolved to `zod`). Run after `tsc -b packages/schema`:
//   node packages/schema/scripts/measure-zod-size.mjs
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const index = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const entry = `import { participationInput } from ${JSON.stringify(index)};
const r = participationInput.parse(JSON.parse(process.argv[2] ?? '{}'));
console.log(JSON.stringify(r.ok ? 'ok' : r.issues.map((i) => i.path + ' ' + i.code)));`;

const fullZod = {
  name: 'zod-mini-to-full-zod',
  async resolveId(source, importer, options) {
    if (source === 'zod/mini') return this.resolve('zod', importer, { ...options, skipSelf: true });
    return null;
  },
};

async function measure(label, plugins) {
  const dir = mkdtempSync(join(tmpdir(), 'kw-size-'));
  const input = join(dir, 'entry.mjs');
  writeFileSync(input, entry);
  const bundle = await rollup({ input, plugins: [...plugins, nodeResolve()], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'esm', plugins: [terser()] });
  const code = output.map((o) => (o.type === 'chunk' ? o.code : '')).join('');
  writeFileSync(join(dir, 'out.mjs'), code);
  const check = spawnSync(
    process.execPath,
    [join(dir, 'out.mjs'), JSON.stringify({ activities: [{ id: 'a', step: 'x', title: 't', url: 'javascript:x' }] })],
    { encoding: 'utf8' },
  );
  const min = Buffer.byteLength(code);
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(
    `${label.padEnd(22)} min ${String(min).padStart(7)} B   min+gzip ${String(gz).padStart(6)} B   check: ${check.stdout.trim() || check.stderr.trim().split('\n')[0]}`,
  );
}

await measure('zod/mini', []);
await measure('zod', [fullZod]);

// How much of that the .describe() texts (used only for the JSON Schema) cost:
const noDescriptions = {
  name: 'strip-descriptions',
  transform(code, id) {
    if (!id.includes('/packages/schema/dist/')) return null;
    return code.replace(/z\.describe\((['"`])(?:\\.|(?!\1).)*\1\)/gs, "z.describe('')");
  },
};
await measure('mini, no descriptions', [noDescriptions]);
