/**
 * The numbered migrations, in order. Append only: a released migration never changes. Each runs in its own
 * transaction and is recorded in `schema_migrations`.
 */

/** One step of the schema. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reports, idempotency keys, rate limits',
    sql: `
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        kommune TEXT NOT NULL,
        receipt TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'ny',
        possible_spam INTEGER NOT NULL DEFAULT 0 CHECK (possible_spam IN (0, 1)),
        body TEXT NOT NULL CHECK (json_valid(body))
      ) STRICT;
      CREATE INDEX reports_by_kommune ON reports (kommune, created_at);

      CREATE TABLE idempotency_keys (
        key TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('in-flight', 'done')),
        response_status INTEGER,
        response_body TEXT,
        expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);

      CREATE TABLE rate_limits (
        key TEXT PRIMARY KEY,
        window_end INTEGER NOT NULL,
        count INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE health_check (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        checked_at INTEGER NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: 'attachments, encryption at rest',
    sql: `
      -- Files uploaded before their report: unreferenced ones (report_id NULL) are deleted after expires_at.
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        kommune TEXT NOT NULL,
        type TEXT NOT NULL,
        size INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        report_id INTEGER REFERENCES reports (id) ON DELETE CASCADE,
        position INTEGER,
        encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX attachments_by_report ON attachments (report_id, position);
      CREATE INDEX attachments_unreferenced_by_expiry ON attachments (expires_at) WHERE report_id IS NULL;

      -- 1: body is {"sealed": "<base64 of AES-256-GCM>"} (KW_REPORT_KEY).
      ALTER TABLE reports ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1));

      -- A value sealed with the key the database was first encrypted with: a wrong or missing key is refused at start.
      CREATE TABLE report_key_check (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sealed BLOB NOT NULL
      ) STRICT;
    `,
  },
];
