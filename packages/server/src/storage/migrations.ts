/**
 * The numbered migrations, in order. Append only: a released migration never changes. Each runs in its own
 * transaction and is recorded in `schema_migrations`.
 */

/** One step of the schema. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Run with foreign keys off (checked before its commit): a migration that rebuilds a table other tables point to, as
   * SQLite's documented way to change a constraint does.
   */
  foreignKeysOff?: boolean;
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
  {
    version: 3,
    name: 'inbox users, sessions, sign-in failures, audit log',
    sql: `
      -- Inbox users, each of one kommune. password_hash is scrypt$N$r$p$salt$hash; totp_secret is "plain:<base32>" or,
      -- with KW_REPORT_KEY, "sealed:<base64>"; recovery_codes is a JSON array of SHA-256 hashes, each removed when used.
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        kommune TEXT NOT NULL,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('contact', 'admin')),
        password_hash TEXT NOT NULL,
        totp_secret TEXT,
        totp_enrolled_at TEXT,
        totp_last_step INTEGER, -- the 30-second step of the last code accepted: a code is never accepted twice
        recovery_codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(recovery_codes)),
        created_at TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
      ) STRICT;
      CREATE INDEX users_by_kommune ON users (kommune);

      -- id is the SHA-256 (hex) of the cookie's token: the token itself is never stored. limited = 1: may only finish
      -- enrolling a second factor. Times in ms since the epoch.
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        limited INTEGER NOT NULL DEFAULT 0 CHECK (limited IN (0, 1)),
        created_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_user ON sessions (user_id);

      -- Failed sign-ins per key (a hash of the account's e-mail, or of the client's address).
      CREATE TABLE login_failures (
        key TEXT PRIMARY KEY,
        count INTEGER NOT NULL,
        last_failure_at INTEGER NOT NULL,
        locked_until INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- Who did what, when: never a report's content, a password, a code or a token.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kommune TEXT,
        user_id INTEGER,
        action TEXT NOT NULL,
        target TEXT,
        detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
      ) STRICT;
      CREATE INDEX audit_log_by_kommune ON audit_log (kommune, at);
    `,
  },
  {
    version: 4,
    name: 'mail queue',
    sql: `
      -- Notices to the contact person: no personal data and nothing of the report. queued: waits for SMTP; sent;
      -- failed: gave up (last_error holds an SMTP code, never content); outbox: no SMTP configured, shown in the inbox.
      CREATE TABLE mail_queue (
        id INTEGER PRIMARY KEY,
        kommune TEXT NOT NULL,
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body_text TEXT NOT NULL,
        kind TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed', 'outbox')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_until INTEGER,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT
      ) STRICT;
      CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE state = 'queued';
      CREATE INDEX mail_queue_by_kommune ON mail_queue (kommune, state, id);
    `,
  },
  {
    version: 5,
    name: 'report notes and status changes',
    sql: `
      -- The contact person's notes on a report; deleted with it.
      CREATE TABLE report_notes (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        user_id INTEGER,
        at TEXT NOT NULL,
        text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX report_notes_by_report ON report_notes (report_id, id);

      -- Every status change of a report (who, when, from, to); deleted with it.
      CREATE TABLE report_status_changes (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        user_id INTEGER,
        at TEXT NOT NULL,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL
      ) STRICT;
      CREATE INDEX report_status_changes_by_report ON report_status_changes (report_id, id);
    `,
  },
  {
    version: 6,
    name: 'list columns, closing time, holds',
    sql: `
      -- What the inbox's list filters and sorts by, in clear: no personal content (danger and threat flags, the kinds as
      -- ",hets,trussel,", the role the person gave). Filled at write time; listed = 0 marks a row written before this
      -- migration, filled when the server opens the database (sealed bodies need KW_REPORT_KEY, which SQL does not have).
      ALTER TABLE reports ADD COLUMN danger INTEGER NOT NULL DEFAULT 0 CHECK (danger IN (0, 1));
      ALTER TABLE reports ADD COLUMN threat INTEGER NOT NULL DEFAULT 0 CHECK (threat IN (0, 1));
      ALTER TABLE reports ADD COLUMN kinds TEXT NOT NULL DEFAULT ',';
      ALTER TABLE reports ADD COLUMN role TEXT;
      ALTER TABLE reports ADD COLUMN listed INTEGER NOT NULL DEFAULT 0 CHECK (listed IN (0, 1));
      -- When it was last closed (avsluttet); retention counts from it. hold_reason is sealed like a note.
      ALTER TABLE reports ADD COLUMN closed_at TEXT;
      ALTER TABLE reports ADD COLUMN hold_reason TEXT;
      ALTER TABLE reports ADD COLUMN hold_at TEXT;
      ALTER TABLE reports ADD COLUMN hold_by TEXT;

      UPDATE reports SET closed_at = coalesce(
        (SELECT max(at) FROM report_status_changes c WHERE c.report_id = reports.id AND c.to_status = 'avsluttet'), created_at)
      WHERE status = 'avsluttet';

      -- The list: one kommune, spam or not, most urgent first; covering the filters, so counting a filtered list reads
      -- the index alone.
      CREATE INDEX reports_list ON reports
        (kommune, possible_spam, danger DESC, threat DESC, created_at DESC, id DESC, status, role, kinds);
      -- The counts (new reports not spam; possible spam) and a status filter.
      CREATE INDEX reports_by_status ON reports (kommune, possible_spam, status, danger DESC, threat DESC, created_at DESC, id DESC);
      CREATE INDEX reports_closed ON reports (kommune, closed_at) WHERE closed_at IS NOT NULL AND hold_at IS NULL;
      CREATE INDEX reports_unlisted ON reports (id) WHERE listed = 0;

      CREATE INDEX sessions_by_expiry ON sessions (expires_at);
      CREATE INDEX login_failures_by_time ON login_failures (last_failure_at);
    `,
  },
  {
    version: 7,
    name: 'pledges, campaign versions, link secret, moderator role',
    foreignKeysOff: true,
    sql: `
      -- The moderator role: SQLite changes a CHECK only by rebuilding the table (sessions point to it by name).
      CREATE TABLE users_new (
        id INTEGER PRIMARY KEY,
        kommune TEXT NOT NULL,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('contact', 'admin', 'moderator')),
        password_hash TEXT NOT NULL,
        totp_secret TEXT,
        totp_enrolled_at TEXT,
        totp_last_step INTEGER,
        recovery_codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(recovery_codes)),
        created_at TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
      ) STRICT;
      INSERT INTO users_new (id, kommune, email, name, role, password_hash, totp_secret, totp_enrolled_at, totp_last_step,
          recovery_codes, created_at, disabled)
        SELECT id, kommune, email, name, role, password_hash, totp_secret, totp_enrolled_at, totp_last_step, recovery_codes,
          created_at, disabled FROM users;
      DROP TABLE users;
      ALTER TABLE users_new RENAME TO users;
      CREATE INDEX users_by_kommune ON users (kommune);

      -- Signatures of a campaign. id is random (public, in links); seq orders signatures made in the same millisecond.
      -- name_key and list_key are what duplicates are compared by (lower case, no whitespace; "annen:" and the other
      -- list's key). email is "plain:…" or, with KW_REPORT_KEY, "sealed:…"; NULL once forgotten.
      CREATE TABLE pledges (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kommune TEXT NOT NULL,
        campaign TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        list TEXT NOT NULL,
        other_list TEXT,
        list_key TEXT NOT NULL,
        role TEXT NOT NULL,
        email TEXT,
        state TEXT NOT NULL CHECK (state IN
          ('pending-confirmation', 'pending-moderation', 'published', 'rejected', 'hidden', 'withdrawn')),
        signed_at TEXT NOT NULL,
        confirmed_at TEXT,
        moderated_at TEXT,
        moderated_by INTEGER
      ) STRICT;
      -- The public list (published, newest first), and the moderator's counts and list (few indexes: each is written
      -- with every signature, and a campaign gone viral takes thousands a second).
      CREATE INDEX pledges_public ON pledges (campaign, state, signed_at DESC, seq DESC);
      -- One standing signature per name and list: the duplicate check, and its guarantee.
      CREATE UNIQUE INDEX pledges_signatory ON pledges (campaign, list_key, name_key) WHERE state NOT IN ('rejected', 'withdrawn');
      CREATE INDEX pledges_unconfirmed ON pledges (signed_at) WHERE state = 'pending-confirmation';

      -- Bumped in the same write as any change to a campaign's published list: the public list's cache and ETag follow it.
      CREATE TABLE campaign_versions (
        campaign TEXT PRIMARY KEY,
        version INTEGER NOT NULL
      ) STRICT;

      -- Secrets the server makes once (the pledge links' HMAC key when there is no KW_REPORT_KEY).
      CREATE TABLE server_secrets (
        name TEXT PRIMARY KEY,
        value BLOB NOT NULL
      ) STRICT;

      -- What a mail belongs to (a pledge's campaign), so retention can forget a campaign's confirmation mail.
      ALTER TABLE mail_queue ADD COLUMN ref TEXT;
      CREATE INDEX mail_queue_by_ref ON mail_queue (ref, kind) WHERE ref IS NOT NULL;
    `,
  },
];
