// npm start: builds if needed, then runs the kommune-widgets server with the demo kommune (Eksempel kommune, 9999) on
// an SQLite file in ./data, serving the demo page with every widget beside the API: page and API share one origin, so
// the demo document's `report.endpoint` is the relative `/api/v1`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, must } from './run.mjs';
import { DEMO_CSP, DEMO_ROUTES } from './demo-site.mjs';

/** The newest modification time of any file below `dir` (skipping dependencies and output). */
function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    // What the build writes itself (manifests, and the locale modules `localize:build` writes again from the XLIFF
    // files, which are counted) would make every start look out of date.
    if (['node_modules', 'dist', 'custom-elements.json', '.tmp', 'generated'].includes(name)) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    latest = Math.max(latest, stat.isDirectory() ? newest(path) : stat.mtimeMs);
  }
  return latest;
}

const bundle = 'dist/cdn/kommune-widgets.js';
const serverBuild = 'packages/server/dist/index.js';
await ensureInstalled();
const sources = Math.max(newest('packages'), newest('docs/examples'));
if (
  !existsSync(bundle) ||
  !existsSync(serverBuild) ||
  !existsSync('packages/inbox/dist/app/index.html') ||
  !existsSync('dist/cdn/editor/index.html') ||
  statSync(bundle).mtimeMs < sources
) {
  console.log('Building the widgets first …');
  await must(process.execPath, ['scripts/build.mjs']);
}

const { startServer, withDemo, jsonLineLogger, ensureDemoUser } = await import(`../${serverBuild}`);
const port = Number(process.env.PORT ?? 8080);
const db = process.env.KW_DB ?? './data/kommune-widgets.sqlite';
const server = await startServer({
  // The demo kommune's allowed origins are http://localhost:<port> and http://127.0.0.1:<port>.
  config: withDemo({ kommuner: [] }, port),
  db,
  port,
  log: jsonLineLogger,
  site: { routes: DEMO_ROUTES, contentSecurityPolicy: DEMO_CSP },
}).catch((error) => {
  console.error(
    error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what runs there or start with PORT=8081 npm start.` : String(error),
  );
  process.exit(1);
});
const demoUser = await ensureDemoUser(server.storage);
console.log(`\nEksempel kommune demo: http://localhost:${server.port}/`);
console.log(`The web editors' page (check a kommune document): http://localhost:${server.port}/dist/cdn/editor/`);
console.log(`The contact person's inbox: http://localhost:${server.port}/admin/`);
console.log(
  `  sign in as ${demoUser.email} (reports) or ${demoUser.moderatorEmail} (Valgløftet signatures), password ${demoUser.password}`,
);
console.log('  (demo mode: no second factor; e-mail notices and confirmation mails wait in the outbox, «E-postvarsler»)');
console.log(`Reports sent from the demo are stored in ${db} (SQLite).`);
console.log('(Ctrl+C stops it.)');
const stop = () =>
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
