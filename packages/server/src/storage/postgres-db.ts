/**
 * The PostgreSQL connection pool and its transactions. Every statement runs in a transaction that first names whose
 * rows it may see (`kw.kommune`, local to the transaction, so it never leaks to the next user of a pooled
 * connection): a kommune's number, or {@link SERVICE} for the service's own work. Row-level security (migrations.ts)
 * holds every query to it.
 */
import pg from 'pg';
import { StorageError } from './types.js';
import { toStorageError } from './write-batch.js';

/** The scope of the service's own work (sessions by token, mail, retention, public lists): every kommune's rows. */
export const SERVICE = '*';

/** One statement's rows and how many it changed. */
export interface PgResult<Row> {
  rows: Row[];
  count: number;
}

/** The statements of one transaction. */
export interface PgTx {
  /** Run `sql` with `$1…` parameters; prepared once per connection. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<PgResult<Row>>;
  /** The first row, if any. */
  one<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row | undefined>;
}

/** Connection settings beyond the URL. */
export interface PgPoolOptions {
  /** The most connections this process opens (default 10). */
  max?: number;
  /** Milliseconds to wait for a connection before the request is answered 503 (default 3000). */
  connectTimeoutMs?: number;
  /** Milliseconds a statement may run before it is cancelled (default 10000). */
  statementTimeoutMs?: number;
}

/** int8 (counts, times in ms, identities) as a JS number: every value we store is far below 2^53. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** SQLSTATE classes of a connection lost or a server that cannot take writes: the client is not reused. */
const BROKEN = /^(08|57P|53|58)/;

/** A pool whose transactions name their kommune. */
export class PgDatabase {
  readonly pool: pg.Pool;
  /** Connections for the rate-limit counters alone, see the constructor. */
  readonly counters: pg.Pool;
  #names = new Map<string, string>();

  constructor(url: string, options: PgPoolOptions = {}) {
    const settings = {
      connectionString: url,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
      statement_timeout: options.statementTimeoutMs ?? 10_000,
      types,
    };
    this.pool = new pg.Pool({ ...settings, max: options.max ?? 10 });
    // The rate-limit counters: every request of a kommune or campaign counts on one row, so each count must hold that
    // row as briefly as possible. Their commits do not wait for the WAL's fsync (`synchronous_commit = off`): a count
    // lost in a crash lets a client a few more requests, while a durable count would make every request of a
    // kommune wait in line for the one before it (measured: 52 % of the time in that lock at 347 signatures/s).
    this.counters = new pg.Pool({ ...settings, max: 4, options: '-c synchronous_commit=off' });
    // An idle client whose server went away: the pool drops it; the next request gets a new one (or a 503).
    this.pool.on('error', () => {});
    this.counters.on('error', () => {});
  }

  /** A prepared statement's name, the same for the same SQL on every connection. */
  #name(sql: string): string {
    let name = this.#names.get(sql);
    if (!name) this.#names.set(sql, (name = `kw${this.#names.size}`));
    return name;
  }

  /**
   * Run `body` in one transaction scoped to `kommune` (or {@link SERVICE}), committed before the promise resolves; any
   * failure rolls it back and rejects with a StorageError.
   */
  tx<T>(kommune: string, body: (tx: PgTx) => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new StorageError('The database connection is closed.'));
    const running = this.#run(kommune, body);
    this.#running.add(running);
    const done = () => this.#running.delete(running);
    running.then(done, done);
    return running;
  }

  /**
   * The rate-limit counters' statements, each committed on its own outside any transaction and without waiting for
   * the WAL's fsync: a row one of them changes is locked only while that statement runs.
   */
  readonly counting: PgTx = {
    query: <Row>(sql: string, params: readonly unknown[] = []): Promise<PgResult<Row>> => {
      if (this.#closed) return Promise.reject(new StorageError('The database connection is closed.'));
      const running = this.counters.query({ name: this.#name(sql), text: sql, values: params as unknown[] }).then(
        (result) => ({ rows: result.rows as Row[], count: result.rowCount ?? 0 }),
        (error: unknown) => Promise.reject(toStorageError(error)),
      );
      this.#running.add(running);
      const done = () => this.#running.delete(running);
      running.then(done, done);
      return running;
    },
    one: async (sql, params) => (await this.counting.query(sql, params)).rows[0] as never,
  };

  /**
   * Run one statement on its own, outside any transaction of ours: a `CALL` of a procedure that names its kommune and
   * commits itself (migration 9). Resolves to its first row.
   */
  call<Row>(sql: string, params: readonly unknown[]): Promise<Row> {
    if (this.#closed) return Promise.reject(new StorageError('The database connection is closed.'));
    // pg-pool's query gives a client back broken on any error, so a lost connection is never reused.
    const running = this.pool.query({ name: this.#name(sql), text: sql, values: params as unknown[] }).then(
      (result) => result.rows[0] as Row,
      (error: unknown) => Promise.reject(toStorageError(error)),
    );
    this.#running.add(running);
    const done = () => this.#running.delete(running);
    running.then(done, done);
    return running;
  }

  /** Transactions under way: closing waits for them (a pool ended under a waiting request never answers it). */
  #running = new Set<Promise<unknown>>();

  async #run<T>(kommune: string, body: (tx: PgTx) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw toStorageError(error);
    }
    let broken: Error | undefined;
    // A connection lost while checked out (the server stopped, a failover) errors on the client: it is not reused.
    const lost = (error: Error) => {
      broken ??= error;
    };
    client.on('error', lost);
    const query = async <Row>(sql: string, params: readonly unknown[] = []): Promise<PgResult<Row>> => {
      const result = await client.query({ name: this.#name(sql), text: sql, values: params as unknown[] });
      return { rows: result.rows as Row[], count: result.rowCount ?? 0 };
    };
    const tx: PgTx = { query, one: async (sql, params) => (await query(sql, params)).rows[0] as never };
    try {
      await client.query(`BEGIN; SELECT set_config('kw.kommune', ${client.escapeLiteral(kommune)}, true)`);
      const result = await body(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && BROKEN.test(code)) broken = error as Error;
      await client.query('ROLLBACK').catch(() => {
        broken ??= error as Error;
      });
      throw toStorageError(error);
    } finally {
      client.off('error', lost);
      client.release(broken);
    }
  }

  #closed: Promise<void> | undefined;

  /** End the pool (once); a transaction asked for after it fails with a StorageError. */
  close(): Promise<void> {
    this.#closed ??= Promise.allSettled([...this.#running]).then(() => Promise.all([this.pool.end(), this.counters.end()]).then(() => {}));
    return this.#closed;
  }
}

/** Whether `error` (or its cause) is PostgreSQL's unique violation. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
  return e?.code === '23505' || e?.cause?.code === '23505';
}
