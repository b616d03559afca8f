/** Starting and stopping the server: storage opened and migrated, the app served on a port. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { ServerConfig } from './config.js';
import { jsonLineLogger, type Logger } from './log.js';
import type { SiteOptions } from './site.js';
import { openSqliteStorage } from './storage/sqlite.js';
import type { Storage } from './storage/types.js';

/** What {@link startServer} needs. */
export interface StartOptions {
  config: ServerConfig;
  /** Path of the SQLite file (its folder is created). Ignored when `storage` is given. */
  db?: string;
  /** A storage to use instead of opening `db` (it is migrated here). */
  storage?: Storage;
  /** 0 picks a free port. */
  port: number;
  /** Address to listen on; all interfaces by default. */
  hostname?: string;
  log?: Logger;
  /** Static files served beside the API (the demo page for `npm start`). */
  site?: SiteOptions;
}

/** A running server. */
export interface RunningServer {
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  storage: Storage;
  /** Stop taking requests, let running ones finish, close the database. */
  close(): Promise<void>;
}

/** Open the storage, apply migrations, and listen. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? jsonLineLogger;
  const storage = options.storage ?? openSqliteStorage(options.db ?? './data/kommune-widgets.sqlite');
  const version = await storage.migrate();
  const app = createApp({ config: options.config, storage, log, ...(options.site ? { site: options.site } : {}) });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, ...(options.hostname ? { hostname: options.hostname } : {}) }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  log({ msg: 'listening', port, schemaVersion: version, kommuner: options.config.kommuner.length });
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    storage,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
    },
  };
}
