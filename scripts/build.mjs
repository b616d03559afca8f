// npm run build: types and per-module ESM (tsc), the JSON Schema, the CDN bundles (rollup) and the element manifests.
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { must } from './run.mjs';

const WIDGET_PACKAGES = ['participation-ladder', 'budget-pie'];

await must('npx', ['tsc', '-b']);
// tsc does not set the execute bit that `npx kommune-widgets` needs in this checkout.
for (const cli of ['packages/schema/dist/cli.js', 'packages/kommune-widgets/dist/cli.js']) chmodSync(cli, 0o755);
await must('node', ['--import', 'tsx', 'packages/schema/scripts/generate-json-schema.ts']);
await must('npx', ['rollup', '-c', '--silent']);
mkdirSync('dist/cdn', { recursive: true });
copyFileSync('docs/schema/kommune-widgets.schema.json', 'dist/cdn/kommune-widgets.schema.json');
copyFileSync('docs/examples/eksempel-kommune.json', 'dist/cdn/eksempel-kommune.json');
for (const name of WIDGET_PACKAGES) {
  await must(
    'npx',
    [
      'cem',
      'analyze',
      '--litelement',
      '--globs',
      'src/**/*.ts',
      '../core/src/kommune-element.ts',
      '--exclude',
      'src/generated/**',
      '--quiet',
    ],
    {
      cwd: `packages/${name}`,
    },
  );
}
console.log('Built: packages/*/dist, dist/cdn/, packages/*/custom-elements.json');
