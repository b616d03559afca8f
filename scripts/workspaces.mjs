// The one place that knows which packages and widgets exist: it reads packages/*/package.json, so adding a widget
// is adding its folder (with "kommuneWidget": { "tag", "sizeBudget", "pageBudget" } in its package.json), nothing else.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the caller runs from. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} WorkspacePackage
 * @property {string} folder      folder name below packages/, e.g. `budget-pie`
 * @property {string} dir         path from the root, e.g. `packages/budget-pie`
 * @property {string} name        package name, e.g. `@kommune-widgets/budget-pie`
 * @property {Record<string, any>} manifest  its package.json
 */

/**
 * @typedef {WorkspacePackage & { bundle: string, sizeBudget: number | undefined, pageBudget: number | undefined }} BundledPackage
 * `bundle` is the file name in dist/cdn/ (the package name without scope, e.g. `budget-pie.js`); `sizeBudget` the most
 * that file may weigh, and `pageBudget` the most a page may fetch through the loader (for a widget: a page with only
 * that widget; for the loader's package: a page with every widget), both in min+gzip bytes.
 */

/** @typedef {BundledPackage & { tag: string }} WidgetPackage */

/**
 * Every workspace package (`packages/<folder>/package.json`), sorted by folder.
 * @returns {WorkspacePackage[]}
 */
export function workspacePackages(root = ROOT) {
  const base = join(root, 'packages');
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, 'package.json')))
    .map((entry) => entry.name)
    .sort()
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(join(base, folder, 'package.json'), 'utf8'));
      return { folder, dir: `packages/${folder}`, name: manifest.name, manifest };
    });
}

/** @param {WorkspacePackage} pkg @param {{ sizeBudget?: number, pageBudget?: number } | undefined} field @returns {BundledPackage} */
const bundled = (pkg, field) => ({
  ...pkg,
  bundle: `${pkg.name.split('/').pop()}.js`,
  sizeBudget: field?.sizeBudget,
  pageBudget: field?.pageBudget,
});

/**
 * The widget packages: those whose package.json has `"kommuneWidget": { "tag": "kommune-…" }`.
 * @returns {WidgetPackage[]}
 */
export function widgetPackages(root = ROOT) {
  return workspacePackages(root)
    .filter((pkg) => pkg.manifest.kommuneWidget)
    .map((pkg) => ({ ...bundled(pkg, pkg.manifest.kommuneWidget), tag: pkg.manifest.kommuneWidget.tag }));
}

/**
 * The package whose name the loader carries (`dist/cdn/kommune-widgets.js`), the one marked
 * `"kommuneBundle": { "sizeBudget": …, "pageBudget": … }`: the all-in-one package.
 * @returns {BundledPackage}
 */
export function loaderPackage(root = ROOT) {
  const marked = workspacePackages(root).filter((pkg) => pkg.manifest.kommuneBundle);
  if (marked.length !== 1) throw new Error(`One package must be marked "kommuneBundle"; found ${marked.length}.`);
  return bundled(marked[0], marked[0].manifest.kommuneBundle);
}

/**
 * The files in `dist/cdn/` named after a package: each widget's self-contained file, and the loader.
 * @returns {BundledPackage[]}
 */
export function cdnBundles(root = ROOT) {
  return workspacePackages(root)
    .filter((pkg) => pkg.manifest.kommuneWidget || pkg.manifest.kommuneBundle)
    .map((pkg) => bundled(pkg, pkg.manifest.kommuneWidget ?? pkg.manifest.kommuneBundle));
}

/** The packages TypeScript builds (those with a tsconfig.json), as `tsc -b` arguments. */
export function typescriptProjects(root = ROOT) {
  return workspacePackages(root)
    .filter((pkg) => existsSync(join(root, pkg.dir, 'tsconfig.json')))
    .map((pkg) => pkg.dir);
}
