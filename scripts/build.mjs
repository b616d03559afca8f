// npm run build: types and per-module ESM (tsc), the JSON Schema, the CDN files (rollup: the loader and its chunks,
// and one self-contained file per widget) and the element manifests.
// Which packages and widgets exist comes from packages/*/package.json (scripts/workspaces.mjs).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bin, ensureInstalled, must } from './run.mjs';
import { typescriptProjects, widgetPackages, workspacePackages } from './workspaces.mjs';
import { LOADER_MANIFEST, appDir } from '../rollup.config.js';

await ensureInstalled();
// The editors' page's accessibility statement, from the tables in docs/accessibility.md.
await must(process.execPath, ['packages/editor/scripts/generate-conformance.mjs']);
await must(bin('tsc'), ['-b', ...typescriptProjects()]);
await must(process.execPath, ['--import', 'tsx', 'packages/schema/scripts/generate-json-schema.ts']);
// An app's folder holds exactly this build's files (its chunks' names change with their content).
for (const pkg of workspacePackages().filter((p) => p.manifest.kommuneApp)) rmSync(appDir(pkg), { recursive: true, force: true });
await must(bin('rollup'), ['-c', '--silent']);
// An app's pages that belong at the root of dist/cdn/ beside the widgets (`"site": "site"`: the editors' embed.html).
for (const pkg of workspacePackages().filter((p) => p.manifest.kommuneApp?.site)) {
  const from = join(pkg.dir, pkg.manifest.kommuneApp.site);
  for (const name of readdirSync(from)) copyFileSync(join(from, name), join('dist/cdn', name));
}
// dist/cdn/chunks/ holds exactly this build's chunks: earlier builds' would pile up beside them. Keeping the previous
// release's chunks on the web server is the host's deploy step (docs/innebygging.md), not the build's.
const { chunks } = JSON.parse(readFileSync(LOADER_MANIFEST, 'utf8'));
const current = new Set(Object.keys(chunks).flatMap((file) => [file, `${file}.map`]));
if (existsSync('dist/cdn/chunks')) {
  for (const name of readdirSync('dist/cdn/chunks')) if (!current.has(`chunks/${name}`)) rmSync(`dist/cdn/chunks/${name}`);
}
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
