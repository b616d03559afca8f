// The report server as the server bench runs it, in its own process so that it does not share an event loop with
// autocannon: the real startServer + openSqliteStorage on a SQLite file, logging on (to a discarded stdout).
//
//   node scripts/bench/server-reports-child.mjs DB_FILE group|single
//
// Tells its parent (IPC) `{ port, pragmas }` when listening; answers 'stats' with `{ stats }` (commits, writes, CPU);
// on 'close' closes the server and exits.
import { jsonLineLogger, openSqliteStorage, startServer } from '@kommune-widgets/server';
import { benchConfig } from './server-reports-config.mjs';

const [db, mode] = process.argv.slice(2);
const storage = openSqliteStorage(db, { groupCommit: mode !== 'single' });
const server = await startServer({ config: benchConfig(), storage, port: 0, hostname: '127.0.0.1', log: jsonLineLogger });
process.send({ port: server.port, pragmas: storage.pragmas() });
process.on('message', async (message) => {
  if (message === 'stats') process.send({ stats: { ...storage.writeStats(), cpu: process.cpuUsage() } });
  if (message === 'close') {
    await server.close();
    process.exit(0);
  }
});
