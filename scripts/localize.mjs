// npm run localize:extract | localize:build — runs lit-localize for every package that has texts
// (`node scripts/localize.mjs build packages/schema` for one).
//
// Messages whose id starts with `cli.` are the command-line tools' (the `kommune-widgets` CLI): they share the
// package's XLIFF files with everything else, but `build` moves them from src/generated/locales/<locale>.ts into
// src/generated/cli-locales/<locale>.ts, so the widgets, which import a package's translations whole, never carry them.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, must } from './run.mjs';
import { workspacePackages } from './workspaces.mjs';

const CLI_PREFIX = 'cli.';

/**
 * Splits a generated runtime locale module into its browser part and its `cli.` part.
 * @returns {{ browser: string, cli: string | undefined }}
 */
function splitLocaleModule(source) {
  const open = source.indexOf('export const templates = {');
  const close = source.lastIndexOf('};');
  if (open < 0 || close < open) throw new Error('not a lit-localize runtime locale module');
  const start = source.indexOf('{', open) + 1;
  const head = source.slice(0, start);
  const tail = source.slice(close);
  // Each entry starts a line with its quoted id (the first one indented, as lit-localize writes it); a message may
  // itself span lines. The entries are kept byte for byte, so the browser module is what lit-localize would write.
  const body = source.slice(start, close);
  const trailing = /\n\s*$/.exec(body)?.[0] ?? '\n';
  const entries = body
    .slice(0, body.length - trailing.length)
    .split(/\n(?=\s*'[^']+': )/)
    .map((entry) => entry.trimStart())
    .filter(Boolean);
  const isCli = (entry) => entry.startsWith(`'${CLI_PREFIX}`);
  const module = (list) => `${head}\n      ${list.join('\n')}${trailing}${tail}`;
  const cli = entries.filter(isCli);
  return { browser: module(entries.filter((entry) => !isCli(entry))), cli: cli.length ? module(cli) : undefined };
}

/** After `lit-localize build`: moves the `cli.` messages of `dir`'s generated locale modules to cli-locales/. */
function splitCliMessages(dir) {
  const locales = join(dir, 'src/generated/locales');
  const cliLocales = join(dir, 'src/generated/cli-locales');
  if (!existsSync(locales)) return;
  rmSync(cliLocales, { recursive: true, force: true });
  for (const file of readdirSync(locales).filter((f) => f.endsWith('.ts'))) {
    const { browser, cli } = splitLocaleModule(readFileSync(join(locales, file), 'utf8'));
    if (!cli) continue;
    writeFileSync(join(locales, file), browser);
    mkdirSync(cliLocales, { recursive: true });
    writeFileSync(join(cliLocales, file), cli);
  }
}

const [command, only] = process.argv.slice(2);
if (command !== 'extract' && command !== 'build') {
  console.error('usage: node scripts/localize.mjs extract|build [packages/<name>]');
  process.exit(2);
}
for (const pkg of workspacePackages().filter((p) => !only || p.dir === only.replace(/\/$/, ''))) {
  if (!existsSync(`${pkg.dir}/lit-localize.json`)) continue;
  // lit-localize resolves some output paths against the working directory, so run it inside the package.
  await must(bin('lit-localize'), [command, '--config', 'lit-localize.json'], { cwd: pkg.dir });
  if (command === 'build') splitCliMessages(pkg.dir);
}
