import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cdnBundles } from './scripts/workspaces.mjs';

/**
 * The self-contained bundles a web editor pastes (SPEC §2): every element, and each widget alone,
 * Lit included, minified, with source maps. Inputs are the packages' tsc output; which packages get one is
 * read from their package.json (`kommuneWidget`, `kommuneBundle`).
 */
const bundles = cdnBundles();

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

export default bundles.map((pkg) => ({
  input: join(pkg.dir, pkg.manifest.main ?? 'dist/index.js'),
  output: {
    file: `dist/cdn/${pkg.bundle}`,
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [
    minifyOwnCss,
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
