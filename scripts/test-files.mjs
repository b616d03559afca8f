import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { workspacePackages } from './workspaces.mjs';

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'fixtures') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.test\.(ts|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

/** Every test file of the repository: `packages/<name>/test/` and the cross-package `test/`. */
export function allTestFiles() {
  const roots = [...workspacePackages().map((pkg) => join(pkg.dir, 'test')), 'test'];
  return roots.flatMap((root) => {
    try {
      return walk(root);
    } catch {
      return [];
    }
  });
}

/** True for a suite written for node's test runner (it imports `node:test`); the rest run in Chromium. */
export const isNodeSuite = (file) => /from ['"]node:test['"]/.test(readFileSync(file, 'utf8'));
