// The server as the pledge bench runs it, in its own process (the real startServer + openSqliteStorage on a SQLite
// file, logging on to a discarded stdout).
//
//   node scripts/bench/server-pledges-child.mjs DB_FILE PUBLISHED
//
// Seeds PUBLISHED published signatures through the storage first (a campaign gone viral), then tells its parent (IPC)
// `{ port, pragmas }`; answers 'stats' with `{ stats }` (commits, writes, CPU); on 'close' closes the server and exits.
import { jsonLineLogger, openSqliteStorage, startServer } from '@kommune-widgets/server';
import { BENCH_CAMPAIGN, benchPledge, pledgeBenchConfig } from './server-pledges-config.mjs';

const [db, published] = process.argv.slice(2);
const storage = openSqliteStorage(db);
await storage.migrate();
const seed = Number(published) || 0;
const startedAt = new Date(Date.now() - 10 * 60_000).toISOString();
const ids = await Promise.all(
  Array.from({ length: seed }, async (_, n) => {
    const pledge = benchPledge(1_000_000 + n, startedAt);
    const result = await storage.pledges.submit({
      limits: [],
      idempotency: { key: `seed-${n}`, fingerprint: 'seed' },
      period: { opens: 0, closes: Number.MAX_SAFE_INTEGER },
      pledge: {
        kommune: '3120',
        campaign: BENCH_CAMPAIGN,
        name: pledge.name,
        nameKey: pledge.name.toLowerCase().replace(/\s+/g, ''),
        list: pledge.list,
        otherList: null,
        listKey: pledge.list,
        role: pledge.role,
        email: null,
        state: 'pending-moderation',
      },
      respond: (saved) => ({ status: 201, body: JSON.stringify(saved) }),
    });
    return result.saved.id;
  }),
);
const audit = { at: new Date().toISOString(), kommune: '3120', userId: null, action: 'pledge-approved' };
await Promise.all(
  ids.map((id) => storage.pledges.moderate('3120', BENCH_CAMPAIGN, id, 'approve', 0, Date.now(), { ...audit, target: id })),
);

const server = await startServer({ config: pledgeBenchConfig(), storage, port: 0, hostname: '127.0.0.1', log: jsonLineLogger });
process.send({ port: server.port, pragmas: storage.pragmas() });
process.on('message', async (message) => {
  if (message === 'stats') process.send({ stats: { ...storage.writeStats(), cpu: process.cpuUsage() } });
  if (message === 'close') {
    await server.close();
    process.exit(0);
  }
});
