// Adding a widget touches one folder (issue 7 point 7): the build, the CDN bundles, the size budgets, the manifests,
// Storybook and the story sweep find widgets from packages/*/package.json ("kommuneWidget": { "tag", "sizeBudget" }).
// What cannot find itself is checked here, so a widget package missing from any of it fails a test by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, cdnBundles, widgetPackages, workspacePackages } from '../scripts/workspaces.mjs';

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

test('rollup writes dist/cdn/<package-name>.js for every widget and for the all-in-one package', async () => {
  const { default: configs } = await import('../rollup.config.js');
  const outputs = configs.map((config) => config.output.file);
  for (const pkg of [...widgets, allInOne]) {
    const name = pkg.name.split('/').pop();
    assert.ok(outputs.includes(`dist/cdn/${name}.js`), `${pkg.name}: dist/cdn/${name}.js in ${outputs.join(', ')}`);
  }
});

test('every bundle has a size budget in its package.json', () => {
  for (const pkg of cdnBundles()) {
    assert.ok(Number.isInteger(pkg.sizeBudget) && pkg.sizeBudget > 0, `${pkg.name}: "sizeBudget" (min+gzip bytes) is missing`);
  }
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
