// A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, started with pg_ctl on a free port of
// 127.0.0.1 (no system service), with two login roles the server's PostgreSQL storage uses: `kw_owner` owns the
// tables, `kw_app` is the server. Stopped and removed when the tests are done, or when this process exits.
// `node scripts/postgres-cluster.mjs` starts one for a developer and prints KW_TEST_POSTGRES=<superuser URL>.
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, appendFileSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

/** The one line a developer reads when PostgreSQL is not installed. */
export const NO_POSTGRES =
  'No PostgreSQL found (initdb and pg_ctl, on PATH or in /usr/lib/postgresql/<version>/bin): install it (Debian/Ubuntu: `sudo apt-get install -y postgresql`).';

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const hasTools = (dir) => isExecutable(join(dir, 'initdb')) && isExecutable(join(dir, 'pg_ctl'));

/**
 * The folder holding PostgreSQL's `initdb` and `pg_ctl`: the first on PATH, else the highest version in Debian's
 * `/usr/lib/postgresql/<version>/bin` (where `apt-get install postgresql` puts them, off PATH).
 * @returns {string | undefined}
 */
export function findPostgresBin() {
  const onPath = (process.env.PATH ?? '').split(delimiter).find((dir) => dir && hasTools(dir));
  if (onPath) return onPath;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  return readdirSync(base)
    .filter((version) => /^\d+(\.\d+)?$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(base, version, 'bin'))
    .find(hasTools);
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

// PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user Debian's package creates.
const asRoot = () => process.getuid?.() === 0;
/** The command and arguments that run a PostgreSQL tool, as the `postgres` user when this process is root. */
const command = (tool, args) => (asRoot() ? ['runuser', ['-u', 'postgres', '--', tool, ...args]] : [tool, args]);

/** Runs a PostgreSQL tool; rejects with its output when it fails. */
function runTool(tool, args, cwd) {
  const [file, argv] = command(tool, args);
  return new Promise((resolve, reject) => {
    execFile(file, argv, { cwd }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${tool} ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`.trim()));
      else resolve(stdout);
    });
  });
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;
/** A postgresql.conf line. */
const setting = (key, value) => `${key} = '${String(value).replaceAll("'", "''")}'\n`;

/**
 * @typedef {object} TestDatabase
 * @property {string} name  the database's name
 * @property {string} ownerUrl  postgres://kw_owner@127.0.0.1:PORT/NAME
 * @property {string} appUrl  postgres://kw_app@127.0.0.1:PORT/NAME
 */

/**
 * Creates a database owned by `kw_owner` with a unique name in the cluster the superuser URL points to (the
 * cluster's roles `kw_owner` and `kw_app` must exist: startPostgresCluster creates them). For a test process that only
 * has `process.env.KW_TEST_POSTGRES`.
 * @param {string} superuserUrl  e.g. postgres://kw@127.0.0.1:PORT/postgres
 * @param {string} [prefix]  the start of the name: lower-case letters, digits and `_` (others become `_`)
 * @returns {Promise<TestDatabase>}
 */
export async function createTestDatabase(superuserUrl, prefix = 'test') {
  const clean = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 40);
  const name = `${clean}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${quoteIdent(name)} OWNER kw_owner`);
  } finally {
    await client.end();
  }
  const url = (role) => {
    const u = new URL(superuserUrl);
    u.username = role;
    u.password = '';
    u.pathname = `/${name}`;
    return u.href;
  };
  return { name, ownerUrl: url('kw_owner'), appUrl: url('kw_app') };
}

/**
 * @typedef {object} PostgresCluster
 * @property {number} port  the TCP port on 127.0.0.1
 * @property {string} dir  the temporary folder: data in `db/`, the server's log in `log`, its socket
 * @property {string} superuserUrl  postgres://kw@127.0.0.1:PORT/postgres
 * @property {(prefix?: string) => Promise<TestDatabase>} createDatabase  a new database owned by `kw_owner`
 *   (createTestDatabase)
 * @property {() => Promise<void>} stopServer  stops the server (`pg_ctl stop -m fast`), keeping its data
 * @property {() => Promise<void>} startServer  starts it again on the same port and data
 * @property {() => Promise<void>} stop  stops the server at once (`-m immediate`) and removes the folder
 */

/**
 * Starts a throwaway cluster: a new folder under the system's temporary folder, `initdb` (trust, superuser `kw`, UTF8,
 * locale C), `pg_ctl start` on a free port of 127.0.0.1 with its socket in that folder, and the login roles `kw_owner`
 * and `kw_app` (neither superuser nor BYPASSRLS, no password). Durability is PostgreSQL's own (fsync on). If this
 * process exits or is stopped by SIGINT/SIGTERM before `stop()`, the server is stopped and the folder removed.
 * @returns {Promise<PostgresCluster>}
 */
export async function startPostgresCluster() {
  const bin = findPostgresBin();
  if (!bin) throw new Error(NO_POSTGRES);
  const dir = mkdtempSync(join(tmpdir(), 'kw-postgres-'));
  const data = join(dir, 'db');
  const log = join(dir, 'log');
  if (asRoot()) chownSync(dir, postgresUid(), -1);
  const pgCtl = join(bin, 'pg_ctl');

  const running = () => existsSync(join(data, 'postmaster.pid'));
  /** Synchronous, for `exit` and signals: stops the server at once and removes the folder. */
  const stopNow = () => {
    const [file, argv] = command(pgCtl, ['-D', data, '-m', 'immediate', 'stop']);
    if (running()) spawnSync(file, argv, { cwd: dir, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    stopNow();
    // Nobody else listens: end the way the signal would have ended this process.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('exit', stopNow);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const forget = () => {
    process.off('exit', stopNow);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };

  try {
    await runTool(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'kw', '-E', 'UTF8', '--locale=C', '--no-sync'], dir);
    // In postgresql.conf rather than `pg_ctl -o`, so a restart (and a developer's own pg_ctl) gets the same settings.
    // Durability stays real (fsync, synchronous commit): the durability tests stop the server mid-load.
    const conf = join(data, 'postgresql.conf');
    const settings = {
      listen_addresses: '127.0.0.1',
      unix_socket_directories: dir,
      max_connections: 200,
      fsync: 'on',
      synchronous_commit: 'on',
    };
    const lines = Object.entries(settings).map(([key, value]) => setting(key, value));
    appendFileSync(conf, `\n# scripts/postgres-cluster.mjs\n${lines.join('')}`);
    const startServer = async () => {
      await runTool(pgCtl, ['-D', data, '-l', log, '-w', 'start'], dir);
    };
    const stopServer = async () => {
      await runTool(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop'], dir);
    };
    // The port was free a moment ago; should another process take it first, another (a later line wins).
    let port = 0;
    for (let attempt = 1; !port; attempt++) {
      const candidate = await freePort();
      appendFileSync(conf, setting('port', candidate));
      try {
        await startServer();
        port = candidate;
      } catch (error) {
        if (attempt === 3 || !existsSync(log) || !/could not bind/.test(readFileSync(log, 'utf8'))) throw error;
      }
    }

    const superuserUrl = `postgres://kw@127.0.0.1:${port}/postgres`;
    const client = new pg.Client({ connectionString: superuserUrl });
    await client.connect();
    try {
      await client.query('CREATE ROLE kw_owner LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE');
      await client.query('CREATE ROLE kw_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE');
    } finally {
      await client.end();
    }

    return {
      port,
      dir,
      superuserUrl,
      createDatabase: (prefix = 'test') => createTestDatabase(superuserUrl, prefix),
      stopServer,
      startServer,
      async stop() {
        if (running()) await runTool(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'], dir).catch(() => {});
        forget();
        stopNow();
      },
    };
  } catch (error) {
    const serverLog = existsSync(log) ? spawnSync('tail', ['-20', log], { encoding: 'utf8' }).stdout : '';
    forget();
    stopNow();
    throw serverLog ? new Error(`${/** @type {Error} */ (error).message}\nServer log:\n${serverLog}`) : error;
  }
}

/** The uid of the `postgres` user (Debian's package creates it), for a cluster started as root. */
function postgresUid() {
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0)
    throw new Error('As root, PostgreSQL runs as the `postgres` user, and there is none: install Debian\u2019s postgresql.');
  return Number(id.stdout.trim());
}

// `node scripts/postgres-cluster.mjs`: a cluster for a developer, until Ctrl-C.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const cluster = await startPostgresCluster();
  console.log(`KW_TEST_POSTGRES=${cluster.superuserUrl}`);
  console.error(`PostgreSQL in ${cluster.dir} (started in ${Date.now() - started} ms); Ctrl-C stops it and removes the folder.`);
  const keepAlive = setInterval(() => {}, 1 << 30);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
    process.on(signal, async () => {
      clearInterval(keepAlive);
      await cluster.stop();
      process.exit(0);
    });
}
