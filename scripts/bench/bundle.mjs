// The peers' page modules (Chart.js, FullCalendar): a kommune developer's entry file bundled tree-shaken with rollup +
// node-resolve and minified with terser, as one ES module. Kept in the system's temporary folder per version of the
// entry, the libraries, rollup and terser, since bundling takes seconds the quick run lacks.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** The version of the package `name` in node_modules. */
export const versionOf = (name) => JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).version;

/**
 * `entry` (module source that imports from node_modules) bundled and minified; resolves to its code. `name` names
 * the cached file, `packages` are the libraries whose versions decide whether the cache is still good.
 */
export async function peerBundle({ name, entry, packages }) {
  const versions = [...packages, 'rollup', '@rollup/plugin-terser', 'terser'].map((p) => `${p}@${versionOf(p)}`);
  const key = createHash('sha256')
    .update([entry, ...versions].join('\n'))
    .digest('hex')
    .slice(0, 16);
  const cacheDir = join(tmpdir(), 'kommune-widgets-bench');
  const cached = join(cacheDir, `${name}-${key}.js`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const code = await build(entry);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, code);
  return code;
}

async function build(source) {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, source);
    const bundle = await rollup({
      input: entry,
      plugins: [
        nodeResolve({ browser: true, rootDir: process.cwd(), modulePaths: [join(process.cwd(), 'node_modules')] }),
        terser({ ecma: 2022, module: true, format: { comments: false } }),
      ],
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    return output[0].code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
