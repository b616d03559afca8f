// npm start: builds if needed, then serves the demo page of Eksempel kommune with every widget.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, must } from './run.mjs';
import { startDemoServer } from './demo-server.mjs';

/** The newest modification time of any file below `dir` (skipping dependencies and output). */
function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    // What the build writes itself (manifests) would make every start look out of date.
    if (name === 'node_modules' || name === 'dist' || name === 'custom-elements.json' || name === '.tmp') continue;
    const path = join(dir, name);
    const stat = statSync(path);
    latest = Math.max(latest, stat.isDirectory() ? newest(path) : stat.mtimeMs);
  }
  return latest;
}

const bundle = 'dist/cdn/kommune-widgets.js';
await ensureInstalled();
if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newest('packages'), newest('docs/examples'))) {
  console.log('Building the widgets first …');
  await must(process.execPath, ['scripts/build.mjs']);
}
const port = Number(process.env.PORT ?? 8080);
const server = await startDemoServer(port).catch((error) => {
  console.error(
    error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what runs there or start with PORT=8081 npm start.` : String(error),
  );
  process.exit(1);
});
console.log(`\nEksempel kommune demo: http://localhost:${server.address().port}/\n(Ctrl+C stops it.)`);
