/** Running the server's command in the tests: as npm links it, with nothing of the caller's settings. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The command as npm links it: the committed bin file, which runs the built CLI. */
export const BIN = fileURLToPath(new URL('../bin/kommune-widgets-server.js', import.meta.url));

/** The environment without the settings the command reads (so a developer's own cannot change a test). */
export function cliEnv(extra: Record<string, string> = {}, args: readonly string[] = []): NodeJS.ProcessEnv {
  const copy = { ...process.env };
  for (const name of ['KW_CONFIG', 'KW_DB', 'DATABASE_URL', 'KW_MIGRATE_DATABASE_URL', 'PORT', 'KW_REPORT_KEY', 'KW_SMTP_PASSWORD'])
    delete copy[name];
  return { ...copy, ...migrateAs(args), ...extra };
}

/** A test database of PostgreSQL (test/backend.ts) is migrated by its owner, as an operator would set it up. */
function migrateAs(args: readonly string[]): Record<string, string> {
  const url = args.find((arg) => /^postgres(ql)?:\/\//.test(arg));
  if (!url) return {};
  const owner = new URL(url);
  owner.username = 'kw_owner';
  return { KW_MIGRATE_DATABASE_URL: owner.href };
}

/** Run the command to its end, with `input` on stdin. */
export function runCli(args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: cliEnv(options.env, args),
    input: options.input ?? '',
    timeout: 15_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A port nobody listens on now. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** The running command: its output so far, and its exit code once it ends. */
export interface CliProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** Start the command (a server) in the background, collecting what it prints. */
export function startCli(args: string[], env: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], { env: cliEnv(env, args), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (out += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}
