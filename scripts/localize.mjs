// npm run localize:extract | localize:build — runs lit-localize for every package that has texts.
import { readdirSync, existsSync } from 'node:fs';
import { must } from './run.mjs';

const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: node scripts/localize.mjs extract|build');
  process.exit(2);
}
for (const name of readdirSync('packages')) {
  const config = `packages/${name}/lit-localize.json`;
  // lit-localize resolves some output paths against the working directory, so run it inside the package.
  if (existsSync(config)) await must('npx', ['lit-localize', command, '--config', 'lit-localize.json'], { cwd: `packages/${name}` });
}
