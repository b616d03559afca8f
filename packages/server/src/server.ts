/** Starting and stopping the server: storage opened and migrated, the app served on a port. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createServer, type RequestListener, type ServerOptions } from 'node:http';
import { createApp, nodeFastPath } from './app.js';
import type { ServerConfig } from './config.js';
import { jsonLineLogger, type Logger } from './log.js';
import { smtpTransport, type MailTransport } from './mail/transport.js';
import { MailWorker } from './mail/worker.js';
import { RETENTION_INTERVAL_MS, runRetention } from './retention.js';
import type { SiteOptions } from './site.js';
import { openStorage } from './storage/open.js';
import type { Storage } from './storage/types.js';

/** What {@link startServer} needs. */
export interface StartOptions {
  config: ServerConfig;
  /** Path of the SQLite file (its folder is created), or a PostgreSQL URL. Ignored when `storage` is given. */
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
  /** How often retention runs after the run at start (default hourly); 0: only at start. */
  retentionIntervalMs?: number;
  /** The mail worker (started when the config has `smtp`, or a transport is given). */
  mail?: {
    /** How often it looks for due messages (default 10 s); 0: only when `mail.tick()` is called (tests). */
    intervalMs?: number;
    /** The SMTP password; default `KW_SMTP_PASSWORD`. */
    password?: string;
    /** Send through this instead of SMTP from the config (tests). */
    transport?: MailTransport;
  };
}

/** A running server. */
export interface RunningServer {
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  storage: Storage;
  /** The mail worker, when mail is sent (the config has `smtp`); stopped by `close()`. */
  mail?: MailWorker;
  /**
   * Serve `config` (already validated) from the next request on: kommuner, origins, campaigns, limits and retention
   * periods. Requests under way finish on the old one; the cache of public lists starts again. SMTP, the port and the
   * database are the ones the server started with (a change to them needs a restart).
   */
  reload(config: ServerConfig): void;
  /** Stop taking requests, let running ones finish, stop the mail worker and retention, close the database. */
  close(): Promise<void>;
}

/** How often the server looks whether a new UTC day needs a new address salt. */
const SALT_CHECK_MS = 60_000;

/** Days since the epoch, in UTC. */
const utcDay = (ms: number) => Math.floor(ms / 86_400_000);

/** Open the storage, apply migrations, and listen. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? jsonLineLogger;
  const storage = options.storage ?? openStorage(options.db ?? './data/kommune-widgets.sqlite');
  const version = await storage.migrate();
  const smtp = options.config.smtp;
  const transport =
    options.mail?.transport ?? (smtp ? smtpTransport(smtp, options.mail?.password ?? process.env['KW_SMTP_PASSWORD']) : undefined);
  const mail = transport
    ? new MailWorker({
        storage,
        transport,
        log,
        ...(options.mail?.intervalMs !== undefined ? { intervalMs: options.mail.intervalMs } : {}),
      })
    : undefined;
  // The inbox link in notices: the configured address, else this server's own once its port is known.
  let port = 0;
  let config = options.config;
  let publicUrl = config.publicUrl ?? '';
  // The salt of the hashed client addresses: the day's, shared by every process on the database (so the rate limits
  // count across them) and changed at midnight UTC; a reloaded config keeps it, so the counters carry on.
  let saltDay = utcDay(Date.now());
  let addressSalt = await storage.addressSalt(saltDay);
  const appFor = (next: ServerConfig) =>
    createApp({
      config: next,
      storage,
      log,
      addressSalt,
      ...(options.site ? { site: options.site } : {}),
      publicUrl: () => publicUrl,
      ...(mail ? { onReportStored: () => mail.nudge() } : {}),
    });
  // The app in use; `reload` puts a new one in its place, and requests already running finish on the old one.
  let app = appFor(config);
  let fast = nodeFastPath(app);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: (request, env) => app.fetch(request, env),
        port: options.port,
        ...(options.hostname ? { hostname: options.hostname } : {}),
        // The public list of signatures is answered from the cache on node's request itself; the rest goes to hono.
        createServer: ((serverOptions: ServerOptions, listener: RequestListener) =>
          createServer(serverOptions, (req, res) => {
            let answered: boolean | Promise<boolean>;
            try {
              answered = fast ? fast(req, res) : false;
            } catch {
              answered = false;
            }
            if (answered === false) listener(req, res);
            else if (answered !== true)
              answered.then(
                (done) => done || listener(req, res),
                () => listener(req, res),
              );
          })) as typeof createServer,
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  port = (server.address() as AddressInfo).port;
  publicUrl ||= `http://localhost:${port}`;
  mail?.start();
  log({ msg: 'listening', port, schemaVersion: version, kommuner: options.config.kommuner.length });
  // Retention at start, then hourly; a failed run is logged (no content) and tried again at the next.
  let retention: Promise<void> = Promise.resolve();
  const retain = () => {
    retention = retention
      .then(() => runRetention(storage, config, Date.now()))
      .then((result) => {
        const reports = Object.values(result.reports).reduce((n, receipts) => n + receipts.length, 0);
        if (reports + result.sessions + result.failures > 0)
          log({ msg: 'retention', reports, sessions: result.sessions, failures: result.failures });
      })
      .catch((error: unknown) => log({ level: 'error', msg: 'retention failed', error: (error as Error).name }));
  };
  retain();
  // A new day: the day's salt, and an app that counts with it (a window that spans midnight starts again).
  const saltTimer = setInterval(() => {
    const day = utcDay(Date.now());
    if (day === saltDay) return;
    storage.addressSalt(day).then(
      (salt) => {
        saltDay = day;
        addressSalt = salt;
        app = appFor(config);
        fast = nodeFastPath(app);
      },
      (error: unknown) => log({ level: 'error', msg: 'address salt', error: (error as Error).name }),
    );
  }, SALT_CHECK_MS).unref();
  const retentionIntervalMs = options.retentionIntervalMs ?? RETENTION_INTERVAL_MS;
  const retentionTimer = retentionIntervalMs > 0 ? setInterval(retain, retentionIntervalMs).unref() : undefined;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    storage,
    ...(mail ? { mail } : {}),
    reload: (next) => {
      config = next;
      publicUrl = next.publicUrl ?? `http://localhost:${port}`;
      app = appFor(next);
      fast = nodeFastPath(app);
      log({ msg: 'config reloaded', kommuner: next.kommuner.length, campaigns: next.kommuner.flatMap((k) => k.campaigns ?? []).length });
    },
    close: async () => {
      clearInterval(retentionTimer);
      clearInterval(saltTimer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await retention;
      await mail?.stop();
      await storage.close();
    },
  };
}
