/**
 * Group commit for SQLite: the writes that arrive together (in the same event-loop turn, or while the previous batch
 * was committing and the event loop was blocked) run as ONE transaction, each in its own SAVEPOINT, and every write's
 * promise settles only after the shared COMMIT returned, that is after its fsync (`synchronous=FULL`). One fsync then
 * serves many requests, while an acknowledgement still means "on disk".
 */
import type Database from 'better-sqlite3';
import { StorageError } from './types.js';

/** Options for {@link WriteQueue}. */
export interface WriteQueueOptions {
  /**
   * The most writes in one commit (default 1000). `1` gives one commit per write: no group commit (the benchmark's
   * peer).
   */
  maxOps?: number;
  /** Called after each successful COMMIT with the number of writes it made durable (tests and the benchmark count). */
  onCommit?: (ops: number) => void;
}

/** How many commits the queue made, how many writes they carried, and where its time went. */
export interface WriteQueueStats {
  commits: number;
  ops: number;
  /** Milliseconds spent running the writes' bodies (SQL inside the transaction). */
  bodyMs: number;
  /** Milliseconds spent in COMMIT: writing the WAL and its fsync (`synchronous=FULL`). */
  commitMs: number;
}

interface Op {
  body: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** `error` as a {@link StorageError} (kept when it already is one). */
export function toStorageError(error: unknown): StorageError {
  return error instanceof StorageError ? error : new StorageError((error as Error)?.message ?? String(error), { cause: error });
}

/** The write queue of one better-sqlite3 connection. Every write of that connection must go through it. */
export class WriteQueue {
  #db: Database.Database;
  #maxOps: number;
  #onCommit: ((ops: number) => void) | undefined;
  #pending: Op[] = [];
  #scheduled = false;
  #idle: Array<() => void> = [];
  #stats: WriteQueueStats = { commits: 0, ops: 0, bodyMs: 0, commitMs: 0 };
  #sql: Record<'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'rollbackTo', Database.Statement> | undefined;

  constructor(db: Database.Database, options: WriteQueueOptions = {}) {
    this.#db = db;
    this.#maxOps = Math.max(1, options.maxOps ?? 1000);
    this.#onCommit = options.onCommit;
  }

  /**
   * Run the synchronous `body` inside the next shared transaction, in its own savepoint: when it throws, only its own
   * changes are rolled back and its promise rejects (with a {@link StorageError}). It resolves with `body`'s value only
   * after the COMMIT that made it durable; a failed COMMIT rejects every write of the batch.
   */
  run<T>(body: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ body, resolve: resolve as (value: unknown) => void, reject });
      this.#schedule();
    });
  }

  /** Resolves once every write queued so far has settled (before closing the connection). */
  idle(): Promise<void> {
    if (this.#pending.length === 0 && !this.#scheduled) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Commits made and writes carried so far. */
  stats(): WriteQueueStats {
    return { ...this.#stats };
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // setImmediate runs after the poll phase: every request whose bytes arrived in this turn queues its write first.
    setImmediate(() => this.#flush());
  }

  #flush(): void {
    this.#scheduled = false;
    const batch = this.#pending.splice(0, this.#maxOps);
    if (this.#pending.length > 0) this.#schedule();
    this.#commit(batch);
    if (!this.#scheduled) for (const resolve of this.#idle.splice(0)) resolve();
  }

  #statements() {
    if (!this.#sql) {
      const db = this.#db;
      this.#sql = {
        begin: db.prepare('BEGIN IMMEDIATE'),
        commit: db.prepare('COMMIT'),
        rollback: db.prepare('ROLLBACK'),
        savepoint: db.prepare('SAVEPOINT write_op'),
        release: db.prepare('RELEASE write_op'),
        rollbackTo: db.prepare('ROLLBACK TO write_op'),
      };
    }
    return this.#sql;
  }

  #commit(batch: Op[]): void {
    const db = this.#db;
    /** Writes that succeeded in the open transaction, with their values, waiting for the COMMIT. */
    let done: Array<{ op: Op; value: unknown }> = [];
    let next = 0;
    const failDone = (error: StorageError) => {
      for (const { op } of done) op.reject(error);
      done = [];
    };
    const started = performance.now();
    let committing = started;
    try {
      const sql = this.#statements();
      sql.begin.run();
      for (; next < batch.length; next++) {
        const op = batch[next]!;
        if (!db.inTransaction) sql.begin.run(); // SQLite rolled the last transaction back (see below): open a new one
        sql.savepoint.run();
        try {
          const value = op.body();
          if (typeof (value as PromiseLike<unknown> | undefined)?.then === 'function')
            throw new TypeError('A write body must be synchronous: it runs inside the shared transaction.');
          sql.release.run();
          done.push({ op, value });
        } catch (error) {
          if (db.inTransaction) {
            sql.rollbackTo.run();
            sql.release.run();
          } else {
            // Some errors (disk full, I/O error) make SQLite roll back the whole transaction: the writes before are
            // gone too.
            failDone(new StorageError(`Rolled back with its batch: ${(error as Error).message}`, { cause: error }));
          }
          op.reject(toStorageError(error));
        }
      }
      committing = performance.now();
      sql.commit.run();
    } catch (error) {
      // BEGIN or COMMIT failed (locked, disk full, closed): nothing of this batch is durable.
      if (db.open && db.inTransaction)
        try {
          this.#sql?.rollback.run();
        } catch {
          // the connection is broken; the writes fail either way
        }
      const failure = toStorageError(error);
      failDone(failure);
      for (const op of batch.slice(next)) op.reject(failure);
      return;
    }
    this.#stats.commits++;
    this.#stats.ops += done.length;
    this.#stats.bodyMs += committing - started;
    this.#stats.commitMs += performance.now() - committing;
    this.#onCommit?.(done.length);
    for (const { op, value } of done) op.resolve(value);
  }
}
