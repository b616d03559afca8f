import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './workspaces.mjs';

/**
 * The path of a tool this project installs (`node_modules/.bin/<name>`). Never `npx <name>`: on a checkout
 * without node_modules npx downloads whatever package has that name (`npx tsc` is an unrelated package).
 */
export const bin = (name) => join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: false, ...options });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

/** Runs a command and stops this script with its exit code if it fails. */
export async function must(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed (exit ${code})`);
    process.exit(code);
  }
}

/** Installs the locked dependencies on a fresh clone (no node_modules yet), as `npm start` and `npm test` promise. */
export async function ensureInstalled() {
  if (existsSync(join(ROOT, 'node_modules', '.package-lock.json'))) return;
  console.log('Installing the dependencies first (npm ci) …');
  await must('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT });
}
