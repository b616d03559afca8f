#!/usr/bin/env node
// The `kommune-widgets-server` command. A committed file rather than dist/cli.js itself: npm links a bin only when its
// file exists at install time, and on a fresh clone the build runs after `npm ci`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('kommune-widgets-server: @kommune-widgets/server is not built yet (run `npm run build` first).');
  process.exit(1);
}
await import(cli.href);
