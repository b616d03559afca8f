// npm run size: min+gzip bytes of every dist/cdn/*.js, checked against the budgets in the packages' package.json
// (`kommuneWidget.sizeBudget`, `kommuneBundle.sizeBudget`).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cdnBundles } from './workspaces.mjs';

const budgets = Object.fromEntries(cdnBundles().map((pkg) => [pkg.bundle, pkg.sizeBudget]));
const files = readdirSync('dist/cdn').filter((f) => f.endsWith('.js'));
if (files.length === 0) {
  console.error('No bundles in dist/cdn: run npm run build first.');
  process.exit(1);
}
let over = 0;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('bundle'.padEnd(30), 'min'.padStart(10), 'min+gzip'.padStart(10), 'budget'.padStart(10));
for (const file of files.sort()) {
  const source = readFileSync(`dist/cdn/${file}`);
  const gz = gzipSync(source, { level: 9 }).length;
  const budget = budgets[file];
  const verdict = budget === undefined ? '(no budget)' : gz > budget ? 'OVER' : 'ok';
  if (budget !== undefined && gz > budget) over++;
  console.log(file.padEnd(30), kb(source.length).padStart(10), kb(gz).padStart(10), (budget ? kb(budget) : '-').padStart(10), verdict);
}
const unbudgeted = Object.keys(budgets).filter((f) => budgets[f] === undefined);
for (const file of unbudgeted) console.error(`No size budget for dist/cdn/${file}: add sizeBudget to its package's package.json`);
const missing = Object.keys(budgets).filter((f) => !files.includes(f));
for (const file of missing) console.error(`Budgeted bundle missing: dist/cdn/${file}`);
if (over || missing.length || unbudgeted.length) process.exit(1);
