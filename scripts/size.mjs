// npm run size: the min+gzip bytes a citizen's browser fetches, checked against the budgets in the packages'
// package.json (scripts/workspaces.mjs):
// - each file in dist/cdn/ named after a package: the loader (`kommuneBundle.sizeBudget`) and each widget's
//   self-contained file (`kommuneWidget.sizeBudget`);
// - each page built like the README snippet, through the loader: with only one widget (`kommuneWidget.pageBudget`)
//   and with every widget (`kommuneBundle.pageBudget`). A page fetches the loader, the chunk of each widget on it and
//   every chunk those import statically, each gzipped on its own, as a server sends them. Catalogues of other
//   languages (dynamic imports) are fetched only for elements in that language: shown beside, not counted.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOADER_MANIFEST } from '../rollup.config.js';
import { ROOT, loaderPackage, widgetPackages, workspacePackages } from './workspaces.mjs';

const CDN = join(ROOT, 'dist/cdn');
/** The language whose catalogues the last column adds up, to show what a page in another language costs. */
const OTHER_LANGUAGE = 'nn';

if (!existsSync(join(ROOT, LOADER_MANIFEST))) {
  console.error(`No ${LOADER_MANIFEST}: run npm run build first.`);
  process.exit(1);
}
/** @type {{ loader: string, widgets: Record<string, string | undefined>, chunks: Record<string, { imports: string[], dynamicImports: string[], locale: string | null }> }} */
const manifest = JSON.parse(readFileSync(join(ROOT, LOADER_MANIFEST), 'utf8'));

const measured = new Map();
/** min and min+gzip bytes of `file` (a path below dist/cdn/). */
function measure(file) {
  if (!measured.has(file)) {
    const path = join(CDN, file);
    if (!existsSync(path)) return undefined;
    const source = readFileSync(path);
    measured.set(file, { min: source.length, gzip: gzipSync(source, { level: 9 }).length });
  }
  return measured.get(file);
}

/** `files` and every chunk they import statically, transitively. */
function withStaticImports(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of manifest.chunks[file]?.imports ?? []) visit(next);
  };
  files.forEach(visit);
  return seen;
}

/** `file` (below dist/cdn/) and the files it imports statically, transitively, read from their `import … from "./…"`. */
function staticImportsOfFile(file) {
  const seen = new Set();
  const visit = (current) => {
    if (seen.has(current) || !measure(current)) return;
    seen.add(current);
    const source = readFileSync(join(CDN, current), 'utf8');
    for (const [, target] of source.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["'](\.\.?\/[^"']+)["']/g))
      visit(posix.normalize(posix.join(posix.dirname(current), target)));
  };
  visit(file);
  return seen;
}

/** The catalogues in `locale` that the modules of `files` may import. */
const cataloguesOf = (files, locale) =>
  withStaticImports(
    [...files].flatMap((file) => manifest.chunks[file]?.dynamicImports ?? []).filter((f) => manifest.chunks[f]?.locale === locale),
  );

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzipOf = (files) => [...files].reduce((sum, file) => sum + (measure(file)?.gzip ?? 0), 0);
const problems = [];

/** One budget line: prints it and notes what is over, missing or unbudgeted. */
function check(label, bytes, budget, what, extra = '') {
  let verdict = 'ok';
  if (budget === undefined) {
    verdict = '(no budget)';
    problems.push(`No budget for ${label}: add ${what}`);
  } else if (bytes > budget) {
    verdict = 'OVER';
    problems.push(`${label} is ${kb(bytes)}, over its budget of ${kb(budget)} (${what})`);
  }
  return [kb(bytes).padStart(10), (budget === undefined ? '-' : kb(budget)).padStart(10), verdict.padEnd(11), extra].join(' ').trimEnd();
}

const loader = loaderPackage();
const widgets = widgetPackages();

console.log('file in dist/cdn/'.padEnd(44), 'min'.padStart(10), 'min+gzip'.padStart(10), 'budget'.padStart(10));
for (const [pkg, role, what] of [
  [loader, 'the loader', `"kommuneBundle": { "sizeBudget" } to ${loader.dir}/package.json`],
  ...widgets.map((w) => [w, 'self-contained', `"kommuneWidget": { "sizeBudget" } to ${w.dir}/package.json`]),
]) {
  const size = measure(pkg.bundle);
  const label = `${pkg.bundle} (${role})`;
  if (!size) {
    problems.push(`Missing: dist/cdn/${pkg.bundle}`);
    console.log(label.padEnd(44), 'missing'.padStart(10));
    continue;
  }
  console.log(label.padEnd(44), kb(size.min).padStart(10), check(label, size.gzip, pkg.sizeBudget, what));
}

console.log(
  '\n' + 'a page through the loader, in bokmål'.padEnd(44),
  'files'.padStart(10),
  'min+gzip'.padStart(10),
  'budget'.padStart(10),
  ''.padEnd(11),
  `+ ${OTHER_LANGUAGE} texts, at most`,
);
const pages = [
  ...widgets.map((w) => ({
    label: `only <${w.tag}>`,
    tags: [w.tag],
    budget: w.pageBudget,
    what: `"kommuneWidget": { "pageBudget" } to ${w.dir}/package.json`,
  })),
  {
    label: 'every widget',
    tags: widgets.map((w) => w.tag),
    budget: loader.pageBudget,
    what: `"kommuneBundle": { "pageBudget" } to ${loader.dir}/package.json`,
  },
];
for (const page of pages) {
  const chunks = page.tags.map((tag) => manifest.widgets[tag]);
  if (chunks.some((chunk) => !chunk || !measure(chunk))) {
    problems.push(`${page.label}: a widget's chunk is missing from ${LOADER_MANIFEST} or dist/cdn/chunks/ (run npm run build)`);
    continue;
  }
  const files = withStaticImports([manifest.loader, ...chunks]);
  const catalogues = [...cataloguesOf(files, OTHER_LANGUAGE)].filter((file) => !files.has(file));
  console.log(
    page.label.padEnd(44),
    String(files.size).padStart(10),
    check(page.label, gzipOf(files), page.budget, page.what, `+ ${kb(gzipOf(catalogues))}`),
  );
}

// The pages an app ships in dist/cdn/ (the editors' page, embed.html): what a visit fetches before anything is opened,
// the entry and every chunk it imports statically (read from the files: the apps have no manifest of their own).
const apps = workspacePackages().filter((pkg) => pkg.manifest.kommuneApp?.dir?.startsWith('dist/cdn/'));
if (apps.length) {
  console.log(
    '\n' + 'an app page in dist/cdn/, first load'.padEnd(44),
    'files'.padStart(10),
    'min+gzip'.padStart(10),
    'budget'.padStart(10),
  );
  for (const app of apps) {
    const dir = app.manifest.kommuneApp.dir.slice('dist/cdn/'.length);
    const entries = [app.manifest.kommuneApp.entry, ...Object.keys(app.manifest.kommuneApp.entries ?? {}).map((name) => `${name}.js`)];
    for (const entry of entries) {
      const files = staticImportsOfFile(`${dir}/${entry}`);
      const label = `${dir}/${entry}`;
      const budget = app.manifest.kommuneApp.pageBudget?.[entry];
      console.log(
        label.padEnd(44),
        String(files.size).padStart(10),
        check(label, gzipOf(files), budget, `"kommuneApp": { "pageBudget": { "${entry}": … } } to ${app.dir}/package.json`),
      );
    }
  }
}

// The widgets share one chunk (Lit, core, the schema runtime): a page with one widget fetches three files. Core's
// controllers that only some widgets use (roving focus: not the report form) and Lit's directives may come in a small
// chunk of their own; any other module several widgets share but not all belongs in core or in one widget.
const sharedByWidget = widgets.map((w) => manifest.chunks[manifest.widgets[w.tag]]?.imports ?? []);
const common = sharedByWidget.reduce((all, imports) => all.filter((file) => imports.includes(file)));
/** The source files a chunk was built from (its source map), relative to the repository. */
const sourcesOf = (file) =>
  JSON.parse(readFileSync(join('dist/cdn', `${file}.map`), 'utf8')).sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
const CORE_OR_LIT = /^(packages\/core\/(dist|src)\/|node_modules\/(lit|lit-html|lit-element|@lit)\/)/;
const partial = [...new Set(sharedByWidget.flat())].filter((file) => !common.includes(file));
const foreign = partial.flatMap((file) =>
  sourcesOf(file)
    .filter((source) => !CORE_OR_LIT.test(source))
    .map((source) => `${source} (in ${file})`),
);
if (common.length !== 1 || foreign.length > 0) {
  problems.push(
    `The widgets' chunks should share one chunk, and share nothing else but core's and Lit's modules; they import ${widgets
      .map((w, i) => `${w.tag}: ${sharedByWidget[i].join(', ') || 'none'}`)
      .join('; ')}${foreign.length ? `; shared by some widgets only, neither core nor Lit: ${foreign.join(', ')}` : ''}`,
  );
}

console.log('\n' + 'chunk in dist/cdn/chunks/'.padEnd(44), 'min'.padStart(10), 'min+gzip'.padStart(10));
for (const file of Object.keys(manifest.chunks)
  .filter((f) => f !== manifest.loader)
  .sort()) {
  const size = measure(file);
  console.log(
    file.replace(/^chunks\//, '').padEnd(44),
    size ? `${kb(size.min).padStart(10)} ${kb(size.gzip).padStart(10)}` : 'missing'.padStart(10),
  );
  if (!size) problems.push(`Missing: dist/cdn/${file} (named in ${LOADER_MANIFEST})`);
}

for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
