// npm test: installs what a fresh clone lacks, builds, runs every suite (node's test runner for schema and CLI;
// web-test-runner for the elements and the cross-package pages in Chromium, Firefox and WebKit against Lit's
// production build, and once more in Chromium against Lit's development build, whose warnings fail a test), prints
// each engine's count and time, and ends with one line: "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { allTestFiles, isNodeSuite } from './test-files.mjs';
import { ENGINES, findEngine } from './engines.mjs';
import { bin, ensureInstalled, must } from './run.mjs';

const missing = ENGINES.map(findEngine).filter((found) => !found.ok);
if (missing.length > 0) {
  for (const found of missing) console.error(found.missing);
  process.exit(1);
}

await ensureInstalled();
await must(process.execPath, ['scripts/build.mjs']);

/** Runs node's test runner over the given files and returns its pass/fail counts (TAP summary). */
function nodeSuite(files) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...files], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
      const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0);
      const failures = [...out.matchAll(/^\s*not ok \d+ - (.*)$/gm)].map((m) => `node: ${m[1]}`);
      resolve({ passed: pass, failed: fail + (code !== 0 && fail === 0 ? 1 : 0), failures });
    });
  });
}

/**
 * Runs web-test-runner in one engine against Lit's `production` or `development` build and reads the counts its
 * reporter wrote.
 */
async function browserSuite(engine, litMode, { buffered = false } = {}) {
  const label = `${engine}, Lit ${litMode} build`;
  if (!buffered) console.log(`\nBrowser tests in ${label}`);
  const started = Date.now();
  const resultFile = `.tmp/wtr-results-${engine}-${litMode}.json`;
  rmSync(resultFile, { force: true });
  const code = await new Promise((resolve) => {
    const child = spawn(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs'], {
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, KOMMUNE_ENGINE: engine, KOMMUNE_LIT_MODE: litMode },
    });
    // A run beside another keeps its output until it ends, so the two do not interleave line by line.
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (c) => {
      if (buffered) process.stdout.write(`\nBrowser tests in ${label}\n${output}`);
      resolve(c ?? 1);
    });
    child.on('error', () => resolve(1));
  });
  if (!existsSync(resultFile)) return { passed: 0, failed: 1, line: `${label}: did not finish (exit ${code})` };
  const totals = JSON.parse(readFileSync(resultFile, 'utf8'));
  // A test file that failed to load counts as a failure even though no test in it ran.
  const failed = totals.failed + totals.fileErrors + (code !== 0 && totals.failed === 0 && totals.fileErrors === 0 ? 1 : 0);
  const seconds = Math.round((Date.now() - started) / 1000);
  const line = `${label}: ${totals.passed} passed, ${failed} failed (${seconds} s)`;
  console.log(line);
  return { passed: totals.passed, failed, line, failures: (totals.failures ?? []).map((failure) => `${engine}, ${litMode}: ${failure}`) };
}

const nodeFiles = allTestFiles().filter(isNodeSuite);
const results = [];
if (nodeFiles.length) results.push(await nodeSuite(nodeFiles));
// Chromium alone: only it runs the layout-shift and story files, the longest and most timing-sensitive. Firefox
// and WebKit side by side, one core each: measured here, 101 s together against 76 + 53 s one after the other, with
// the same results.
results.push(await browserSuite('chromium', 'production'));
results.push(...(await Promise.all(['firefox', 'webkit'].map((engine) => browserSuite(engine, 'production', { buffered: true })))));
// Lit's development build warns the same in every engine: Chromium alone runs it.
results.push(await browserSuite('chromium', 'development'));

console.log('\nBrowser tests, per engine and build:');
for (const result of results) if (result.line) console.log(`  ${result.line}`);
// The failures again at the very end, where a log cut to its last lines still shows them.
const failures = results.flatMap((result) => result.failures ?? []);
if (failures.length) {
  console.log('\nFailed tests:');
  for (const failure of failures) console.log(`  ✖ ${failure}`);
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
