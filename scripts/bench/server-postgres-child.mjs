// The server on PostgreSQL as the report and pledge benches run it: two server processes sharing one port (node's
// cluster module), as a shared service would run it on a 2-core machine. The primary migrates the database once, as
// the role that owns the tables, then forks two workers that each run the real startServer with openStorage on the
// server's own role (logging on, to a discarded stdout). The primary only hands connections to the workers
// (round-robin); the workers share PostgreSQL through their pools.
//
//   node scripts/bench/server-postgres-child.mjs reports|pledges APP_URL OWNER_URL
//
// Tells its parent (IPC) `{ port, pragmas: null }` once both workers listen; answers 'stats' with `{ stats: { cpu } }`
// (the CPU time of the primary and both workers, summed); on 'close' closes both servers and exits.
import cluster from 'node:cluster';
import { jsonLineLogger, openStorage, startServer } from '@kommune-widgets/server';
import { pledgeBenchConfig } from './server-pledges-config.mjs';
import { benchConfig } from './server-reports-config.mjs';

const WORKERS = 2;

if (cluster.isPrimary) {
  const [kind, appUrl, ownerUrl] = process.argv.slice(2);
  const storage = openStorage(appUrl, { migrateUrl: ownerUrl });
  await storage.migrate();
  await storage.close();
  cluster.setupPrimary({ args: [kind, appUrl, ownerUrl], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const workers = Array.from({ length: WORKERS }, () => cluster.fork());
  /** The next message from `worker` that `predicate` accepts. */
  const next = (worker, predicate) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (!predicate(message)) return;
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code) => reject(new Error(`a PostgreSQL bench server worker stopped (exit ${code})`));
      worker.on('message', onMessage);
      worker.once('exit', onExit);
    });
  const ports = await Promise.all(workers.map((w) => next(w, (m) => 'port' in m).then((m) => m.port)));
  if (new Set(ports).size !== 1) throw new Error(`the workers listen on different ports: ${ports.join(', ')}`);
  process.send({ port: ports[0], pragmas: null });
  process.on('message', async (message) => {
    if (message === 'stats') {
      const answers = await Promise.all(
        workers.map((w) => {
          const answer = next(w, (m) => 'cpu' in m);
          w.send('stats');
          return answer;
        }),
      );
      const own = process.cpuUsage();
      const cpu = answers.reduce((sum, a) => ({ user: sum.user + a.cpu.user, system: sum.system + a.cpu.system }), own);
      process.send({ stats: { cpu } });
    }
    if (message === 'close') {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise((resolve) => {
              w.once('exit', resolve);
              w.send('close');
            }),
        ),
      );
      process.exit(0);
    }
  });
} else {
  const [kind, appUrl, ownerUrl] = process.argv.slice(2);
  const storage = openStorage(appUrl, { migrateUrl: ownerUrl });
  const config = kind === 'pledges' ? pledgeBenchConfig() : benchConfig();
  const server = await startServer({ config, storage, port: 0, hostname: '127.0.0.1', log: jsonLineLogger });
  process.send({ port: server.port });
  process.on('message', async (message) => {
    if (message === 'stats') process.send({ cpu: process.cpuUsage() });
    if (message === 'close') {
      await server.close();
      process.exit(0);
    }
  });
}
