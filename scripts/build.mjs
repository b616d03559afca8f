// npm run build: types and per-module ESM (tsc), the JSON Schema, the CDN bundles (rollup) and the element manifests.
// Which packages and widgets exist comes from packages/*/package.json (scripts/workspaces.mjs).
import { copyFileSync, mkdirSync } from 'node:fs';
import { bin, ensureInstalled, must } from './run.mjs';
import { typescriptProjects, widgetPackages } from './workspaces.mjs';

await ensureInstalled();
await must(bin('tsc'), ['-b', ...typescriptProjects()]);
await must(process.execPath, ['--import', 'tsx', 'packages/schema/scripts/generate-json-schema.ts']);
await must(bin('rollup'), ['-c', '--silent']);
mkdirSync('dist/cdn', { recursive: true });
copyFileSync('docs/schema/kommune-widgets.schema.json', 'dist/cdn/kommune-widgets.schema.json');
copyFileSync('docs/examples/eksempel-kommune.json', 'dist/cdn/eksempel-kommune.json');
for (const widget of widgetPackages()) {
  await must(
    bin('cem'),
    ['analyze', '--litelement', '--globs', 'src/**/*.ts', '../core/src/kommune-element.ts', '--exclude', 'src/generated/**', '--quiet'],
    { cwd: widget.dir },
  );
}
console.log('Built: packages/*/dist, dist/cdn/, packages/*/custom-elements.json');
