// The server benches' PostgreSQL: one throwaway cluster for the whole bench run (scripts/postgres-cluster.mjs: initdb
// in a temporary folder, fsync and synchronous_commit on), a new database per measurement, and what the benches read
// beside the server's answers: rows counted as the cluster's superuser (which row-level security does not hold), WAL
// flushes (pg_stat_wal) and the CPU time of PostgreSQL's processes (/proc).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { findPostgresBin, NO_POSTGRES, startPostgresCluster } from '../postgres-cluster.mjs';

/**
 * @typedef {object} BenchPostgres
 * @property {string} version  e.g. "PostgreSQL 15.8"
 * @property {(prefix: string) => Promise<{ name: string, appUrl: string, ownerUrl: string }>} createDatabase
 * @property {<T>(database: string, body: (client: pg.Client) => Promise<T>) => Promise<T>} asSuperuser
 *   run `body` with a client connected to `database` as the superuser `kw`
 * @property {() => Promise<{ walSyncs: number, cpuMs: number }>} counters  WAL flushes so far, and the CPU time (ms)
 *   of the cluster's processes (the postmaster, its live children and those it has reaped)
 * @property {(database: string) => () => Promise<string>} sampleWaits
 * @property {() => Promise<void>} stop
 */

/**
 * Start the bench run's cluster; resolves to `{ postgres }`, or to `{ skipped }` (why) when this machine has no
 * PostgreSQL or it does not start, so the benches print a line instead of failing.
 * @returns {Promise<{ postgres?: BenchPostgres, skipped?: string }>}
 */
export async function startBenchPostgres() {
  if (!findPostgresBin()) return { skipped: NO_POSTGRES };
  let cluster;
  try {
    cluster = await startPostgresCluster();
  } catch (error) {
    return { skipped: `the throwaway cluster did not start: ${/** @type {Error} */ (error).message.split('\n')[0]}` };
  }
  const superuser = (database) => {
    const url = new URL(cluster.superuserUrl);
    url.pathname = `/${database}`;
    return url.href;
  };
  const asSuperuser = async (database, body) => {
    const client = new pg.Client({ connectionString: superuser(database) });
    await client.connect();
    try {
      return await body(client);
    } finally {
      await client.end();
    }
  };
  const version = await asSuperuser('postgres', async (c) => (await c.query('SHOW server_version')).rows[0].server_version);
  const ticks = 100; // USER_HZ on Linux
  /** utime + stime + cutime + cstime of `pid` in ms, and its parent. */
  const cpuOf = (pid) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [ppid, utime, stime, cutime, cstime] = [fields[1], fields[11], fields[12], fields[13], fields[14]].map(Number);
    return { ppid, ms: ((utime + stime + cutime + cstime) * 1000) / ticks };
  };
  return {
    postgres: {
      version: `PostgreSQL ${version}`,
      createDatabase: (prefix) => cluster.createDatabase(prefix),
      asSuperuser,
      async counters() {
        const walSyncs = await asSuperuser('postgres', async (c) =>
          Number((await c.query('SELECT wal_sync FROM pg_stat_wal')).rows[0].wal_sync),
        );
        const postmaster = Number(readFileSync(join(cluster.dir, 'db', 'postmaster.pid'), 'utf8').split('\n')[0]);
        let cpuMs = cpuOf(postmaster).ms;
        for (const entry of readdirSync('/proc')) {
          if (!/^\d+$/.test(entry)) continue;
          try {
            const process = cpuOf(entry);
            if (process.ppid === postmaster) cpuMs += process.ms;
          } catch {
            // ended meanwhile: its time is in the postmaster's reaped children's
          }
        }
        return { walSyncs, cpuMs };
      },
      /**
       * Sample what the database's sessions wait on, every 100 ms, until the returned function is called; it resolves to
       * the commonest waits as text («Lock:transactionid in INSERT INTO rate_limits …: 61 %»).
       */
      sampleWaits(database) {
        let running = true;
        const counts = new Map();
        let samples = 0;
        const sampling = asSuperuser(database, async (client) => {
          while (running) {
            const { rows } = await client.query(
              `SELECT wait_event_type || ':' || wait_event || ' in ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 40) AS w
               FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'`,
            );
            samples += rows.length;
            for (const { w } of rows) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        });
        return async () => {
          running = false;
          await sampling;
          return [...counts.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 2)
            .map(([w, n]) => `${w}…: ${Math.round((100 * n) / Math.max(1, samples))} %`)
            .join('; ');
        };
      },
      stop: () => cluster.stop(),
    },
  };
}

/** The line a bench prints when PostgreSQL is not measured. */
export const skippedLine = (why) => `PostgreSQL bench skipped: ${why}`;

/** A `{ postgres, skipped }` for a bench called on its own (not from scripts/bench.mjs). */
export const NOT_STARTED = { skipped: 'no cluster was started for this run (scripts/bench.mjs starts one).' };
