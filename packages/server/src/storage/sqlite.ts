/**
 * The SQLite backend (better-sqlite3): every SQL statement of the server. WAL with `synchronous=FULL`, so a commit is
 * on disk before it returns, and a report is acknowledged only after its commit.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';
import { newReceipt } from './receipt.js';
import {
  StorageError,
  type IdempotencyBegin,
  type IdempotencyRecord,
  type NewReport,
  type RateLimitHit,
  type ReportIdempotency,
  type SavedReport,
  type Storage,
  type StoredResponse,
} from './types.js';

/** How long a first request holds its idempotency key before a retry may take over (a process that died mid-request). */
export const IN_FLIGHT_LEASE_MS = 10_000;
/** How long a first answer is replayed for its idempotency key. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

interface IdempotencyRow {
  key: string;
  fingerprint: string;
  state: 'in-flight' | 'done';
  response_status: number | null;
  response_body: string | null;
  expires_at: number;
}

/** Options for {@link openSqliteStorage}. */
export interface SqliteOptions {
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
}

/** The PRAGMAs a connection runs with, as SQLite reports them (`synchronous` 2 is FULL). */
export interface SqlitePragmas {
  journal_mode: string;
  synchronous: number;
  foreign_keys: number;
  busy_timeout: number;
}

/** The SQLite storage, which can also report its connection's PRAGMAs (for tests and the benchmark). */
export interface SqliteStorageHandle extends Storage {
  pragmas(): SqlitePragmas;
}

/** Open (creating the folder and file if needed) the SQLite database at `path`; call `migrate()` before use. */
export function openSqliteStorage(path: string, options: SqliteOptions = {}): SqliteStorageHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return new SqliteStorage(db, options.now ?? Date.now);
}

/** Run `fn`, turning a database failure into a {@link StorageError}. */
function guarded<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error instanceof StorageError ? error : new StorageError((error as Error).message, { cause: error }));
  }
}

class SqliteStorage implements SqliteStorageHandle {
  #db: Database.Database;
  #now: () => number;
  #hits = 0;

  constructor(db: Database.Database, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  migrate(): Promise<number> {
    return guarded(() => {
      const db = this.#db;
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
      const current = (): number => (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
      const known = MIGRATIONS.at(-1)?.version ?? 0;
      if (current() > known)
        throw new StorageError(
          `The database is at schema version ${current()}, newer than this server knows (${known}): upgrade the server.`,
        );
      const apply = db.transaction((migration: Migration) => {
        if (current() >= migration.version) return; // another process applied it meanwhile
        db.exec(migration.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          new Date(this.#now()).toISOString(),
        );
      });
      for (const migration of MIGRATIONS) if (migration.version > current()) apply.immediate(migration);
      return current();
    });
  }

  saveReport(kommune: string, report: NewReport, idempotency: ReportIdempotency): Promise<SavedReport> {
    return guarded(() => {
      const db = this.#db;
      const insert = db.prepare(
        'INSERT INTO reports (kommune, receipt, created_at, status, possible_spam, body) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (receipt) DO NOTHING',
      );
      const save = db.transaction((): SavedReport => {
        const now = new Date(this.#now());
        const receivedAt = now.toISOString();
        const body = JSON.stringify(report.body);
        for (let attempt = 0; attempt < 10; attempt++) {
          const receipt = newReceipt(now);
          const result = insert.run(kommune, receipt, receivedAt, 'ny', report.possibleSpam ? 1 : 0, body);
          if (result.changes === 1) {
            const saved = { id: Number(result.lastInsertRowid), receipt, kommune, receivedAt };
            this.#complete(idempotency.key, idempotency.respond(saved));
            return saved;
          }
        }
        throw new StorageError('No free receipt number found.');
      });
      return save.immediate();
    });
  }

  idempotency = {
    get: (key: string): Promise<IdempotencyRecord | undefined> =>
      guarded(() => {
        const row = this.#db.prepare('SELECT * FROM idempotency_keys WHERE key = ? AND expires_at > ?').get(key, this.#now()) as
          IdempotencyRow | undefined;
        if (!row) return undefined;
        const record: IdempotencyRecord = { key: row.key, fingerprint: row.fingerprint, state: row.state, expiresAt: row.expires_at };
        if (row.state === 'done') record.response = { status: row.response_status ?? 0, body: row.response_body ?? '' };
        return record;
      }),

    begin: (key: string, fingerprint: string): Promise<IdempotencyBegin> =>
      guarded(() => {
        const db = this.#db;
        const begin = db.transaction((): IdempotencyBegin => {
          const now = this.#now();
          const row = db.prepare('SELECT * FROM idempotency_keys WHERE key = ?').get(key) as IdempotencyRow | undefined;
          if (row && row.expires_at > now) {
            if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
            if (row.state === 'in-flight') return { state: 'in-flight' };
            return { state: 'done', response: { status: row.response_status ?? 0, body: row.response_body ?? '' } };
          }
          db.prepare(
            `INSERT INTO idempotency_keys (key, fingerprint, state, expires_at) VALUES (?, ?, 'in-flight', ?)
             ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, state = 'in-flight',
               response_status = NULL, response_body = NULL, expires_at = excluded.expires_at`,
          ).run(key, fingerprint, now + IN_FLIGHT_LEASE_MS);
          return { state: 'started' };
        });
        return begin.immediate();
      }),

    complete: (key: string, response: StoredResponse): Promise<void> => guarded(() => this.#complete(key, response)),

    release: (key: string): Promise<void> =>
      guarded(() => {
        this.#db.prepare("DELETE FROM idempotency_keys WHERE key = ? AND state = 'in-flight'").run(key);
      }),
  };

  #complete(key: string, response: StoredResponse): void {
    this.#db
      .prepare("UPDATE idempotency_keys SET state = 'done', response_status = ?, response_body = ?, expires_at = ? WHERE key = ?")
      .run(response.status, response.body, this.#now() + IDEMPOTENCY_TTL_MS, key);
  }

  hitRateLimit(key: string, windowMs: number, limit: number): Promise<RateLimitHit> {
    return guarded(() => {
      const db = this.#db;
      const hit = db.transaction((): RateLimitHit => {
        const now = this.#now();
        if (++this.#hits % 1000 === 0) this.#sweep(now);
        const row = db
          .prepare(
            `INSERT INTO rate_limits (key, window_end, count) VALUES (@key, @end, 1)
             ON CONFLICT (key) DO UPDATE SET
               count = CASE WHEN window_end <= @now THEN 1 ELSE count + 1 END,
               window_end = CASE WHEN window_end <= @now THEN excluded.window_end ELSE window_end END
             RETURNING window_end, count`,
          )
          .get({ key, end: now + windowMs, now }) as { window_end: number; count: number };
        return { allowed: row.count <= limit, resetMs: Math.max(0, row.window_end - now) };
      });
      return hit.immediate();
    });
  }

  /** Forget expired rate-limit windows and idempotency records. */
  #sweep(now: number): void {
    this.#db.prepare('DELETE FROM rate_limits WHERE window_end <= ?').run(now);
    this.#db.prepare('DELETE FROM idempotency_keys WHERE expires_at <= ?').run(now);
  }

  health(): Promise<boolean> {
    return guarded(() => {
      this.#db
        .prepare('INSERT INTO health_check (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at')
        .run(this.#now());
      return true;
    }).catch(() => false);
  }

  pragmas(): SqlitePragmas {
    const read = (name: string) => this.#db.pragma(name, { simple: true });
    return {
      journal_mode: String(read('journal_mode')),
      synchronous: Number(read('synchronous')),
      foreign_keys: Number(read('foreign_keys')),
      busy_timeout: Number(read('busy_timeout')),
    };
  }

  close(): Promise<void> {
    return guarded(() => {
      if (this.#db.open) this.#db.close();
    });
  }
}
