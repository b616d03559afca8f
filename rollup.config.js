import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The self-contained bundles a web editor pastes (SPEC §2): every element, and each widget alone,
 * Lit included, minified, with source maps. Inputs are the packages' tsc output.
 */
const bundles = {
  'kommune-widgets': 'packages/kommune-widgets/dist/index.js',
  'participation-ladder': 'packages/participation-ladder/dist/index.js',
  'budget-pie': 'packages/budget-pie/dist/index.js',
};

export default Object.entries(bundles).map(([name, input]) => ({
  input,
  output: {
    file: `dist/cdn/${name}.js`,
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
