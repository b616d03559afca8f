// Adding a widget touches one folder (issue 7 point 7): the build, the CDN bundles, the size budgets, the manifests,
// Storybook and the story sweep find widgets from packages/*/package.json
// ("kommuneWidget": { "tag", "sizeBudget", "pageBudget" }).
// What cannot find itself is checked here, so a widget package missing from any of it fails a test by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, cdnBundles, loaderPackage, widgetPackages, workspacePackages } from '../scripts/workspaces.mjs';

const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const readJson = (path) => JSON.parse(read(path));
const widgets = widgetPackages();
const allInOne = workspacePackages().find((pkg) => pkg.manifest.kommuneBundle);

test('the workspaces are packages/*, and the widgets are found in them', () => {
  assert.deepEqual(readJson('package.json').workspaces, ['packages/*']);
  assert.ok(widgets.length >= 2, `widgets found: ${widgets.map((w) => w.folder).join(', ')}`);
  assert.ok(allInOne, 'a package marked "kommuneBundle" (the all-in-one bundle)');
  for (const widget of widgets) assert.match(widget.tag, /^kommune-[a-z]+(-[a-z]+)*$/, `${widget.name}: kommuneWidget.tag`);
});

test('rollup writes the loader as dist/cdn/kommune-widgets.js, its chunks in dist/cdn/chunks/, and dist/cdn/<package-name>.js for every widget', async () => {
  const { default: configs } = await import('../rollup.config.js');
  const loaderConfig = configs.find((config) => config.output.dir === 'dist/cdn');
  assert.ok(loaderConfig, 'a code-splitting build into dist/cdn');
  assert.equal(loaderConfig.output.entryFileNames, loaderPackage().bundle);
  assert.equal(loaderPackage().bundle, 'kommune-widgets.js', 'the loader keeps the name SPEC §2 fixes');
  assert.match(loaderConfig.output.chunkFileNames({ facadeModuleId: null, name: 'x' }), /^chunks\/.+-\[hash\]\.js$/);
  const standalone = configs.filter((config) => config !== loaderConfig);
  for (const widget of widgets) {
    const config = standalone.find((c) => c.output.file === `dist/cdn/${widget.bundle}`);
    assert.ok(config, `${widget.name}: dist/cdn/${widget.bundle} in ${standalone.map((c) => c.output.file).join(', ')}`);
    assert.equal(config.output.inlineDynamicImports, true, `dist/cdn/${widget.bundle} is one self-contained file`);
  }
});

test('the loader knows every widget by its tag, and no other tag, from the packages themselves', async () => {
  const { default: configs } = await import('../rollup.config.js');
  const loaderConfig = configs.find((config) => config.output.dir === 'dist/cdn');
  const entry = loaderConfig.plugins.find((plugin) => plugin.name === 'kommune-loader-entry');
  const source = entry.load(Object.values(loaderConfig.input)[0]);
  const tags = [...source.matchAll(/"(kommune-[a-z-]+)": \(\) => import\("([^"]+)"\)/g)];
  assert.deepEqual(tags.map(([, tag]) => tag).sort(), widgets.map((w) => w.tag).sort());
  for (const [, tag, module] of tags) {
    const widget = widgets.find((w) => w.tag === tag);
    assert.ok(module.endsWith(`${widget.dir}/dist/index.js`), `<${tag}> imports ${module}`);
  }
});

test('every file and every page through the loader has a size budget in its package.json', () => {
  const budgeted = (n) => Number.isInteger(n) && n > 0;
  for (const widget of widgets) {
    assert.ok(budgeted(widget.sizeBudget), `${widget.name}: "kommuneWidget": { "sizeBudget" } (its own file, min+gzip bytes)`);
    assert.ok(budgeted(widget.pageBudget), `${widget.name}: "kommuneWidget": { "pageBudget" } (a page with only it, min+gzip bytes)`);
  }
  const loader = loaderPackage();
  assert.ok(budgeted(loader.sizeBudget), `${loader.name}: "kommuneBundle": { "sizeBudget" } (the loader, min+gzip bytes)`);
  assert.ok(budgeted(loader.pageBudget), `${loader.name}: "kommuneBundle": { "pageBudget" } (a page with every widget)`);
  assert.deepEqual(
    cdnBundles()
      .map((pkg) => pkg.bundle)
      .sort(),
    [loader, ...widgets].map((pkg) => pkg.bundle).sort(),
  );
});

test('every widget has a stories file that imports the widget package', () => {
  for (const widget of widgets) {
    const file = `stories/${widget.folder}.stories.ts`;
    assert.ok(existsSync(join(ROOT, file)), `${widget.name}: ${file} is missing`);
    assert.match(read(file), new RegExp(`from '${widget.name}'|import '${widget.name}'`), `${file} imports ${widget.name}`);
  }
});

test('every widget has browser tests', () => {
  for (const widget of widgets) {
    const file = `${widget.dir}/test/${widget.folder}.test.ts`;
    assert.ok(existsSync(join(ROOT, file)), `${widget.name}: ${file} is missing`);
  }
});

test('every widget has a custom-elements manifest that declares its tag', () => {
  for (const widget of widgets) {
    assert.equal(widget.manifest.customElements, 'custom-elements.json', `${widget.name}: "customElements" in package.json`);
    const file = `${widget.dir}/custom-elements.json`;
    assert.ok(existsSync(join(ROOT, file)), `${file} is missing: run npm run build`);
    const tags = readJson(file)
      .modules.flatMap((m) => m.declarations ?? [])
      .map((d) => d.tagName);
    assert.ok(tags.includes(widget.tag), `${file} declares <${widget.tag}> (has: ${tags.filter(Boolean).join(', ')})`);
  }
});

test('the all-in-one package depends on, builds after and registers every widget', () => {
  const index = read(`${allInOne.dir}/src/index.ts`);
  const references = readJson(`${allInOne.dir}/tsconfig.json`).references.map((r) => r.path);
  for (const widget of widgets) {
    assert.ok(allInOne.manifest.dependencies?.[widget.name], `${allInOne.name}: dependency on ${widget.name}`);
    assert.match(index, new RegExp(`export \\* from '${widget.name}';`), `${allInOne.dir}/src/index.ts exports ${widget.name}`);
    assert.ok(references.includes(`../${widget.folder}`), `${allInOne.dir}/tsconfig.json references ../${widget.folder}`);
  }
});

test('the root tsconfig.json references every package (for editors and `tsc -b`)', () => {
  const references = readJson('tsconfig.json').references.map((r) => r.path);
  for (const pkg of workspacePackages().filter((p) => existsSync(join(ROOT, p.dir, 'tsconfig.json')))) {
    assert.ok(references.includes(pkg.dir), `tsconfig.json references ${pkg.dir}`);
  }
});

test('the demo page shows every widget', () => {
  const demo = read('demo/index.html');
  for (const widget of widgets) assert.ok(demo.includes(`<${widget.tag}`), `demo/index.html has no <${widget.tag}>`);
});
