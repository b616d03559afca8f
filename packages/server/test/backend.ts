/**
 * The storage backend the server tests run against: SQLite files by default, PostgreSQL when `KW_TEST_POSTGRES` names
 * a throwaway cluster's superuser URL (`npm test` starts one and runs the suite again; scripts/postgres-cluster.mjs).
 * Each test gets a database of its own, as it gets a SQLite file of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createTestDatabase } from '../../../scripts/postgres-cluster.mjs';
import { isPostgresUrl, openStorage, type OpenStorageOptions, type Storage } from '../src/index.js';
import { tempDir } from './temp-dir.js';

/** The superuser URL of the test cluster, when the suite runs against PostgreSQL. */
const POSTGRES = process.env['KW_TEST_POSTGRES'];

/** Whether this run is against PostgreSQL. */
export const onPostgres = POSTGRES !== undefined && POSTGRES !== '';

/** The name of this run's backend, for messages. */
export const BACKEND = onPostgres ? 'PostgreSQL' : 'SQLite';

/** `{ skip }` for a test about SQLite itself (its file, its PRAGMAs, its group commit): skipped on PostgreSQL. */
export const sqliteOnly = (why: string) => (onPostgres ? { skip: `SQLite only: ${why}` } : {});

/** A new, empty database: a SQLite file in a fresh folder, or a PostgreSQL database in the test cluster. */
export async function newDatabase(name = 'reports'): Promise<string> {
  if (!onPostgres) return join(tempDir(), 'data', `${name}.sqlite`);
  const created = await createTestDatabase(POSTGRES!, name);
  return created.appUrl;
}

/** The storage at `location`; on PostgreSQL it connects as the server's role and migrates as the tables' owner. */
export function openTestStorage(location: string, options: OpenStorageOptions = {}): Storage {
  if (!isPostgresUrl(location)) return openStorage(location, options);
  const owner = new URL(location);
  owner.username = 'kw_owner';
  return openStorage(location, { ...options, migrateUrl: owner.href });
}

/** int8 (ids, counts, times in ms) as numbers, as the server reads them. */
const INT8_AS_NUMBER = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A row as the tests read it: flags as 0 and 1 on both backends. */
export type Row = Record<string, any>;

/**
 * Run `text` (with `?` parameters) on the database the way an operator would: the SQLite file opened directly, or
 * PostgreSQL as the cluster's superuser (whom row-level security does not hold). Returns the rows.
 */
export async function sql(location: string, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  if (!isPostgresUrl(location)) {
    const db = new Database(location);
    try {
      const statement = db.prepare(text);
      return statement.reader ? (statement.all(...params) as Row[]) : (statement.run(...params), []);
    } finally {
      db.close();
    }
  }
  const url = new URL(location);
  url.username = new URL(POSTGRES!).username;
  const client = new pg.Client({ connectionString: url.href, types: INT8_AS_NUMBER });
  await client.connect();
  try {
    let n = 0;
    const result = await client.query(
      text.replace(/\?/g, () => `$${++n}`),
      params as unknown[],
    );
    return result.rows.map((row: Row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v])),
    );
  } finally {
    await client.end();
  }
}

/**
 * What the database holds at rest: in SQLite every byte left on disk (the file and its -wal / -shm neighbours); in
 * PostgreSQL, whose files belong to its server, every stored report body, hold, note and attachment as SQL reads them.
 */
export async function storedBytes(db: string): Promise<Buffer> {
  if (!onPostgres) {
    const folder = dirname(db);
    return Buffer.concat(readdirSync(folder).map((name) => readFileSync(join(folder, name))));
  }
  const rows = [
    ...(await sql(db, 'SELECT body, hold_reason FROM reports')),
    ...(await sql(db, 'SELECT data FROM attachments')),
    ...(await sql(db, 'SELECT text FROM report_notes')),
  ];
  return Buffer.concat(rows.flatMap((row) => Object.values(row).map((v) => (Buffer.isBuffer(v) ? v : Buffer.from(String(v ?? ''))))));
}
