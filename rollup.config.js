import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { ROOT, cdnBundles, loaderPackage, widgetPackages, workspacePackages } from './scripts/workspaces.mjs';

/**
 * What `npm run build` writes for pasting (SPEC §2), from the packages' tsc output:
 * - `dist/cdn/kommune-widgets.js`, the loader, with the widgets' modules beside it in `dist/cdn/chunks/` (content
 *   hashes in their names; Lit, core and the schema runtime in one shared chunk; each language a chunk of its own);
 * - `dist/cdn/<package-name>.js` for each widget: one self-contained file, Lit and every language included.
 * Which widgets exist, and their tags, is read from their package.json (`kommuneWidget`).
 */

/** The file that lists, for `npm run size` and the loader's tests, which chunk each widget is and what each imports. */
export const LOADER_MANIFEST = 'dist/cdn-manifest.json';

/** The id of the loader's entry, a module written here from the widget list (so no list of tags is kept by hand). */
const LOADER_ENTRY = '\0kommune-widgets-loader';

/**
 * Folds the whitespace and comments out of our own `css` literals (terser leaves template strings alone).
 * Only for `*.styles.js` of this repository, whose CSS holds no strings or interpolations that spaces matter in.
 */
const minifyOwnCss = {
  name: 'minify-own-css',
  transform(code, id) {
    if (!/packages\/[^/]+\/dist\/[^/]*styles\.js$/.test(id)) return null;
    return code.replace(
      /css ?`([^`$]*)`/g,
      (_, body) =>
        'css`' +
        body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .trim() +
        '`',
    );
  },
};

const entryOf = (pkg) => resolve(ROOT, pkg.dir, pkg.manifest.main ?? 'dist/index.js');

/**
 * The loader's entry: `startLoader({ 'kommune-budget-pie': () => import('…/budget-pie/dist/index.js'), … })`, one
 * line per widget package. Rollup turns each import into a relative `import('./chunks/budget-pie-<hash>.js')`, which
 * the browser resolves against the loader's own URL: the folder can be hosted anywhere.
 */
function loaderEntry(widgets) {
  const loader = resolve(ROOT, loaderPackage().dir, 'dist/loader.js');
  return {
    name: 'kommune-loader-entry',
    resolveId: (id) => (id === LOADER_ENTRY ? id : null),
    load(id) {
      if (id !== LOADER_ENTRY) return null;
      const lines = widgets.map((w) => `  ${JSON.stringify(w.tag)}: () => import(${JSON.stringify(entryOf(w))}),`);
      return `import { startLoader } from ${JSON.stringify(loader)};\nexport const discover = startLoader({\n${lines.join('\n')}\n});\n`;
    },
  };
}

/**
 * In the loader, a widget's import also starts the imports of the chunks that widget imports (the shared chunk), so the
 * browser fetches them side by side instead of one after the other: one round trip less on a phone.
 */
const parallelChunkImports = {
  name: 'kommune-parallel-chunk-imports',
  renderDynamicImport({ chunk, getTargetChunkImports }) {
    if (!chunk.isEntry) return null;
    const preloads = (getTargetChunkImports() ?? []).filter((i) => i.type === 'internal');
    if (preloads.length === 0) return null;
    // A failed preload is reported by the widget's own import of the same chunk; here it must not reject unhandled.
    // `resolvedImportPath` comes quoted, relative to the loader.
    const starts = preloads.map((i) => `import(${i.resolvedImportPath}).catch(() => {}), `).join('');
    return { left: `(${starts}import(`, right: '))' };
  },
};

/**
 * Whether `chunk` holds widget `w`'s main module: as its facade, or inside it (a widget chunk that also exports to a
 * chunk only it imports — the calendar's to the iCalendar module — has no facade of its own).
 */
const holdsWidget = (chunk, w) => chunk.facadeModuleId === entryOf(w) || (chunk.isDynamicEntry && chunk.moduleIds.includes(entryOf(w)));

/** `packages/<folder>/dist/<path>.js` → `<folder>` for a package's main module, else `<folder>-<file name>`. */
function chunkName(chunk, widgets) {
  const widget = widgets.find((w) => holdsWidget(chunk, w));
  if (widget) return widget.folder;
  const id = chunk.facadeModuleId;
  if (!id) return 'shared';
  const path = relative(join(ROOT, 'packages'), id).split(sep);
  return path.length > 1 && path[0] !== '..' ? `${path[0]}-${basename(id, '.js')}` : chunk.name;
}

/** The language of a chunk that is one package's catalogue (`…/dist/generated/locales/nn.js`), else null. */
const localeOf = (chunk) => /[/\\]generated[/\\]locales[/\\]([a-z-]+)\.js$/i.exec(chunk.facadeModuleId ?? '')?.[1] ?? null;

/** Writes LOADER_MANIFEST: the loader, each widget's chunk, and every chunk's static and dynamic imports. */
function loaderManifest(widgets) {
  return {
    name: 'kommune-loader-manifest',
    generateBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const manifest = {
        loader: chunks.find((c) => c.isEntry).fileName,
        widgets: Object.fromEntries(widgets.map((w) => [w.tag, chunks.find((c) => c.isDynamicEntry && holdsWidget(c, w))?.fileName])),
        chunks: Object.fromEntries(
          chunks.map((c) => [c.fileName, { imports: c.imports, dynamicImports: c.dynamicImports, locale: localeOf(c) }]),
        ),
      };
      const file = resolve(ROOT, LOADER_MANIFEST);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

const plugins = () => [
  minifyOwnCss,
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

const widgets = widgetPackages();

/**
 * `dist/cdn/kommune-widgets.js` and `dist/cdn/chunks/`. Rollup puts each module in a chunk by which widgets use it:
 * what every widget uses (Lit, core, the schema runtime) in one shared chunk, what one widget uses (its own schema
 * section) in that widget's chunk, each catalogue in its own. `npm run size` fails if the widgets come to share more
 * than one chunk (a module used by some widgets but not all): that module then belongs in core, or in a widget.
 */
const loader = {
  input: { [basename(loaderPackage().bundle, '.js')]: LOADER_ENTRY },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: loaderPackage().bundle,
    chunkFileNames: (chunk) => `chunks/${chunkName(chunk, widgets)}-[hash].js`,
  },
  plugins: [loaderEntry(widgets), parallelChunkImports, ...plugins(), loaderManifest(widgets)],
  onwarn,
};

/** `dist/cdn/<widget>.js`, each one self-contained file. */
const standalone = cdnBundles()
  .filter((pkg) => pkg.manifest.kommuneWidget)
  .map((pkg) => ({
    input: entryOf(pkg),
    output: { file: `dist/cdn/${pkg.bundle}`, format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  }));

/**
 * The pages an app package serves (`"kommuneApp": { "entry": "inbox.js" }`, the server's inbox): the entry in
 * `<package>/dist/app/` (or the `dir` it names from the root: the editors' page goes to `dist/cdn/editor/`), each
 * language a chunk of its own beside it, and the package's `public/` files copied there.
 */
export const appDir = (pkg) => pkg.manifest.kommuneApp.dir ?? join(pkg.dir, 'dist/app');

const apps = workspacePackages()
  .filter((pkg) => pkg.manifest.kommuneApp)
  .map((pkg) => ({
    // The app's page, and any other entry it names (`"entries": { "embed": "dist/embed/index.js" }` → `embed.js`).
    input: {
      [basename(pkg.manifest.kommuneApp.entry, '.js')]: entryOf(pkg),
      ...Object.fromEntries(
        Object.entries(pkg.manifest.kommuneApp.entries ?? {}).map(([name, file]) => [name, resolve(ROOT, pkg.dir, file)]),
      ),
    },
    output: {
      dir: appDir(pkg),
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [...plugins(), copyPublic(pkg)],
    onwarn,
  }));

/** Copies `<package>/public/*` beside an app's bundle. */
function copyPublic(pkg) {
  return {
    name: 'kommune-copy-public',
    generateBundle() {
      const from = join(ROOT, pkg.dir, 'public');
      for (const name of readdirSync(from)) {
        this.emitFile({ type: 'asset', fileName: name, source: readFileSync(join(from, name)) });
      }
    },
  };
}

export default [loader, ...standalone, ...apps];
