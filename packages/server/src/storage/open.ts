/** One way to open the storage, whichever backend a location names: a `postgres://` URL, else a SQLite file. */
import { isPostgresUrl, openPostgresStorage, type PostgresOptions } from './postgres.js';
import { openSqliteStorage } from './sqlite.js';
import type { Storage } from './types.js';

/** Options both backends take, and those of PostgreSQL alone. */
export interface OpenStorageOptions {
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
  /** `KW_REPORT_KEY` (32 bytes): what is stored is then sealed (AES-256-GCM). */
  reportKey?: Uint8Array;
  /** PostgreSQL: the URL of the role that owns the tables and runs the migrations (default: `location`). */
  migrateUrl?: string;
  /** PostgreSQL: connections, and how long to wait for one or for a statement. */
  pool?: Pick<PostgresOptions, 'max' | 'connectTimeoutMs' | 'statementTimeoutMs'>;
}

/** Open the storage at `location` (a SQLite file, its folder created, or a PostgreSQL URL); call `migrate()` before use. */
export function openStorage(location: string, options: OpenStorageOptions = {}): Storage {
  const common = { ...(options.now ? { now: options.now } : {}), ...(options.reportKey ? { reportKey: options.reportKey } : {}) };
  if (isPostgresUrl(location))
    return openPostgresStorage(location, { ...common, ...options.pool, ...(options.migrateUrl ? { migrateUrl: options.migrateUrl } : {}) });
  return openSqliteStorage(location, common);
}

/** Where the command line's storage is: `--database-url` / `DATABASE_URL` (PostgreSQL), else `--db` / `KW_DB` (SQLite). */
export function storageLocation(args: { db?: string | undefined; 'database-url'?: string | undefined }): string {
  return args['database-url'] ?? process.env['DATABASE_URL'] ?? args.db ?? process.env['KW_DB'] ?? './data/kommune-widgets.sqlite';
}

/**
 * The storage a command opens: at {@link storageLocation}, migrated by `KW_MIGRATE_DATABASE_URL`'s role when set, with
 * `KW_DB_POOL_MAX` connections (PostgreSQL).
 */
export function openCommandStorage(
  args: { db?: string | undefined; 'database-url'?: string | undefined },
  reportKey: Uint8Array | undefined,
): Storage {
  const migrateUrl = process.env['KW_MIGRATE_DATABASE_URL'];
  const poolMax = Number(process.env['KW_DB_POOL_MAX'] ?? '');
  return openStorage(storageLocation(args), {
    ...(reportKey ? { reportKey } : {}),
    ...(migrateUrl ? { migrateUrl } : {}),
    ...(Number.isInteger(poolMax) && poolMax > 0 ? { pool: { max: poolMax } } : {}),
  });
}
