/**
 * The numbered migrations of both backends, in order: each version holds its SQLite and its PostgreSQL SQL, and means
 * the same schema on both. Append only: a released migration never changes. Each runs in its own transaction and is
 * recorded in `schema_migrations` (in PostgreSQL under an advisory lock, so processes starting together migrate once).
 *
 * PostgreSQL only: every table holding a kommune's data has row-level security, forced, with the policy
 * `kw_visible(kommune)`: a row is seen only by a transaction that named its kommune (`kw.kommune`, set per
 * transaction by the storage), or by one that named itself the service's own work (`*`: sessions looked up by token,
 * mail, retention). A query that forgets its `WHERE kommune = …` still sees nothing of another kommune.
 */

/** One step of the schema. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** The same step in PostgreSQL. */
  postgres: string;
  /**
   * Run with foreign keys off (checked before its commit): a migration that rebuilds a table other tables point to, as
   * SQLite's documented way to change a constraint does.
   */
  foreignKeysOff?: boolean;
}

/** Row-level security on a PostgreSQL table with a `kommune` column: forced, so that its owner is held to it too. */
const tenancy = (table: string) => `
  ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
  ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
  CREATE POLICY ${table}_of_kommune ON ${table} USING (kw_visible(kommune)) WITH CHECK (kw_visible(kommune));`;

/** Row-level security on a table whose rows belong to a report: seen only with a report the transaction sees. */
const tenancyByReport = (table: string) => `
  ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
  ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
  CREATE POLICY ${table}_of_kommune ON ${table}
    USING (EXISTS (SELECT 1 FROM reports r WHERE r.id = report_id))
    WITH CHECK (EXISTS (SELECT 1 FROM reports r WHERE r.id = report_id));`;

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
    postgres: `
      -- Whose rows a transaction sees: its kommune (set_config('kw.kommune', …, true)), or '*' for the service's own work.
      CREATE FUNCTION kw_visible(row_kommune text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT row_kommune = current_setting('kw.kommune', true) OR current_setting('kw.kommune', true) = '*'
      $$;

      CREATE TABLE reports (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kommune text NOT NULL,
        receipt text NOT NULL UNIQUE,
        created_at text NOT NULL,
        status text NOT NULL DEFAULT 'ny',
        possible_spam boolean NOT NULL DEFAULT false,
        body text NOT NULL CHECK (body::jsonb IS NOT NULL)
      );
      CREATE INDEX reports_by_kommune ON reports (kommune, created_at);
      ${tenancy('reports')}

      CREATE TABLE idempotency_keys (
        key text PRIMARY KEY,
        fingerprint text NOT NULL,
        state text NOT NULL CHECK (state IN ('in-flight', 'done')),
        response_status integer,
        response_body text,
        expires_at bigint NOT NULL
      );
      CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);

      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        window_end bigint NOT NULL,
        count integer NOT NULL
      );

      CREATE TABLE health_check (
        id integer PRIMARY KEY CHECK (id = 1),
        checked_at bigint NOT NULL
      );
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
    postgres: `
      CREATE TABLE attachments (
        id text PRIMARY KEY,
        kommune text NOT NULL,
        type text NOT NULL,
        size integer NOT NULL,
        created_at text NOT NULL,
        expires_at bigint NOT NULL,
        report_id bigint REFERENCES reports (id) ON DELETE CASCADE,
        position integer,
        encrypted boolean NOT NULL DEFAULT false,
        data bytea NOT NULL
      );
      CREATE INDEX attachments_by_report ON attachments (report_id, position);
      CREATE INDEX attachments_unreferenced_by_expiry ON attachments (expires_at) WHERE report_id IS NULL;
      ${tenancy('attachments')}

      ALTER TABLE reports ADD COLUMN encrypted boolean NOT NULL DEFAULT false;

      CREATE TABLE report_key_check (
        id integer PRIMARY KEY CHECK (id = 1),
        sealed bytea NOT NULL
      );
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
    postgres: `
      CREATE TABLE users (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kommune text NOT NULL,
        email text NOT NULL UNIQUE,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('contact', 'admin')),
        password_hash text NOT NULL,
        totp_secret text,
        totp_enrolled_at text,
        totp_last_step bigint,
        recovery_codes text NOT NULL DEFAULT '[]' CHECK (recovery_codes::jsonb IS NOT NULL),
        created_at text NOT NULL,
        disabled boolean NOT NULL DEFAULT false
      );
      CREATE INDEX users_by_kommune ON users (kommune);
      ${tenancy('users')}

      -- kommune is the user's, copied when the session starts, so that the session rows have a tenant of their own.
      CREATE TABLE sessions (
        id text PRIMARY KEY,
        user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kommune text NOT NULL,
        csrf_token text NOT NULL,
        limited boolean NOT NULL DEFAULT false,
        created_at bigint NOT NULL,
        last_seen_at bigint NOT NULL,
        expires_at bigint NOT NULL
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
      ${tenancy('sessions')}

      CREATE TABLE login_failures (
        key text PRIMARY KEY,
        count integer NOT NULL,
        last_failure_at bigint NOT NULL,
        locked_until bigint NOT NULL DEFAULT 0
      );

      -- Entries of no kommune (kommune NULL) are the service's own: seen only by its own work.
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at text NOT NULL,
        kommune text,
        user_id bigint,
        action text NOT NULL,
        target text,
        detail text NOT NULL DEFAULT '{}' CHECK (detail::jsonb IS NOT NULL)
      );
      CREATE INDEX audit_log_by_kommune ON audit_log (kommune, at);
      ${tenancy('audit_log')}
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
    postgres: `
      CREATE TABLE mail_queue (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kommune text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        kind text NOT NULL,
        state text NOT NULL CHECK (state IN ('queued', 'sent', 'failed', 'outbox')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at bigint NOT NULL,
        lease_until bigint,
        last_error text,
        created_at text NOT NULL,
        sent_at text
      );
      CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE state = 'queued';
      CREATE INDEX mail_queue_by_kommune ON mail_queue (kommune, state, id);
      ${tenancy('mail_queue')}
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
    postgres: `
      CREATE TABLE report_notes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        user_id bigint,
        at text NOT NULL,
        text text NOT NULL
      );
      CREATE INDEX report_notes_by_report ON report_notes (report_id, id);
      ${tenancyByReport('report_notes')}

      CREATE TABLE report_status_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        user_id bigint,
        at text NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL
      );
      CREATE INDEX report_status_changes_by_report ON report_status_changes (report_id, id);
      ${tenancyByReport('report_status_changes')}
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
    postgres: `
      ALTER TABLE reports ADD COLUMN danger boolean NOT NULL DEFAULT false;
      ALTER TABLE reports ADD COLUMN threat boolean NOT NULL DEFAULT false;
      ALTER TABLE reports ADD COLUMN kinds text NOT NULL DEFAULT ',';
      ALTER TABLE reports ADD COLUMN role text;
      ALTER TABLE reports ADD COLUMN listed boolean NOT NULL DEFAULT false;
      ALTER TABLE reports ADD COLUMN closed_at text;
      ALTER TABLE reports ADD COLUMN hold_reason text;
      ALTER TABLE reports ADD COLUMN hold_at text;
      ALTER TABLE reports ADD COLUMN hold_by text;

      CREATE INDEX reports_list ON reports
        (kommune, possible_spam, danger DESC, threat DESC, created_at DESC, id DESC) INCLUDE (status, role, kinds);
      CREATE INDEX reports_by_status ON reports (kommune, possible_spam, status, danger DESC, threat DESC, created_at DESC, id DESC);
      CREATE INDEX reports_closed ON reports (kommune, closed_at) WHERE closed_at IS NOT NULL AND hold_at IS NULL;
      CREATE INDEX reports_unlisted ON reports (id) WHERE NOT listed;

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
    postgres: `
      ALTER TABLE users DROP CONSTRAINT users_role_check;
      ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('contact', 'admin', 'moderator'));

      CREATE TABLE pledges (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        kommune text NOT NULL,
        campaign text NOT NULL,
        name text NOT NULL,
        name_key text NOT NULL,
        list text NOT NULL,
        other_list text,
        list_key text NOT NULL,
        role text NOT NULL,
        email text,
        state text NOT NULL CHECK (state IN
          ('pending-confirmation', 'pending-moderation', 'published', 'rejected', 'hidden', 'withdrawn')),
        signed_at text NOT NULL,
        confirmed_at text,
        moderated_at text,
        moderated_by bigint
      );
      CREATE INDEX pledges_public ON pledges (campaign, state, signed_at DESC, seq DESC);
      CREATE UNIQUE INDEX pledges_signatory ON pledges (campaign, list_key, name_key) WHERE state NOT IN ('rejected', 'withdrawn');
      CREATE INDEX pledges_unconfirmed ON pledges (signed_at) WHERE state = 'pending-confirmation';
      ${tenancy('pledges')}

      CREATE TABLE campaign_versions (
        campaign text PRIMARY KEY,
        version bigint NOT NULL
      );

      CREATE TABLE server_secrets (
        name text PRIMARY KEY,
        value bytea NOT NULL
      );

      ALTER TABLE mail_queue ADD COLUMN ref text;
      CREATE INDEX mail_queue_by_ref ON mail_queue (ref, kind) WHERE ref IS NOT NULL;
    `,
  },
  {
    version: 8,
    name: 'temporary passwords; campaign changes as rows (PostgreSQL)',
    sql: `
      -- 1: the password was made by an admin and handed over; the user must choose their own at the next sign-in.
      ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
    `,
    postgres: `
      ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

      -- PostgreSQL only: a campaign's published list changes as rows added here, never one row updated, so that
      -- signatures of one campaign in several processes wait on no common row. Its version is max(id).
      CREATE TABLE campaign_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        campaign text NOT NULL
      );
      CREATE INDEX campaign_changes_by_campaign ON campaign_changes (campaign, id);
      INSERT INTO campaign_changes (campaign) SELECT campaign FROM campaign_versions;
      DROP TABLE campaign_versions;
    `,
  },
  {
    version: 9,
    name: 'submissions stored in batches, one call each (PostgreSQL)',
    sql: `
      -- PostgreSQL only: the procedure that stores a batch of reports and signatures in one call (its part of this step).
      SELECT 1;
    `,
    postgres: `
      -- Reports and signatures are stored in batches, each batch ONE call from a server process (kw_submit_batch; the
      -- queue is in postgres-submit.ts): on a busy server every round trip and every commit costs CPU on both sides,
      -- and a submission made of nine statements of its own was bound by them. A batch first counts its rate limits in
      -- a transaction that waits for no disk (a counter row is locked only as long as that), then stores each
      -- submission in a subtransaction of a second transaction, acknowledged when that one is durable. Everything runs
      -- as the caller (SECURITY INVOKER): row-level security holds it as it holds any statement, each submission under
      -- its own kommune (kw.kommune).

      -- Count one request under each limit ([{key, windowMs, limit}]), in order, until one refuses: the refused
      -- window's time left in ms, or NULL when all allow.
      CREATE FUNCTION kw_count_limits(p_limits jsonb, p_now bigint) RETURNS bigint
      LANGUAGE plpgsql AS $kw$
      DECLARE
        v_limit jsonb;
        v_end bigint;
        v_count integer;
      BEGIN
        FOR v_limit IN SELECT jsonb_array_elements(p_limits) LOOP
          INSERT INTO rate_limits AS r (key, window_end, count)
          VALUES (v_limit->>'key', p_now + (v_limit->>'windowMs')::bigint, 1)
          ON CONFLICT (key) DO UPDATE SET
            count = CASE WHEN r.window_end <= p_now THEN 1 ELSE r.count + 1 END,
            window_end = CASE WHEN r.window_end <= p_now THEN excluded.window_end ELSE r.window_end END
          RETURNING r.window_end, r.count INTO v_end, v_count;
          IF v_count > (v_limit->>'limit')::integer THEN
            RETURN greatest(0, v_end - p_now);
          END IF;
        END LOOP;
        RETURN NULL;
      END
      $kw$;

      -- What an Idempotency-Key holds when it is taken, as a submission's result: {outcome: 'in-flight' | 'mismatch' |
      -- 'done', replay_status, replay_body}; NULL when the key is free (never used, or expired).
      CREATE FUNCTION kw_key_held(p_key text, p_fingerprint text, p_now bigint) RETURNS jsonb
      LANGUAGE plpgsql AS $kw$
      DECLARE
        v_row idempotency_keys;
      BEGIN
        SELECT * INTO v_row FROM idempotency_keys WHERE key = p_key AND expires_at > p_now;
        IF NOT FOUND THEN
          RETURN NULL;
        ELSIF v_row.fingerprint <> p_fingerprint THEN
          RETURN jsonb_build_object('outcome', 'mismatch');
        ELSIF v_row.state = 'in-flight' THEN
          RETURN jsonb_build_object('outcome', 'in-flight');
        END IF;
        RETURN jsonb_build_object('outcome', 'done', 'replay_status', coalesce(v_row.response_status, 0),
          'replay_body', coalesce(v_row.response_body, ''));
      END
      $kw$;

      -- A submission's last write: its answer under its Idempotency-Key. When another request (in any process) stored
      -- the same key first, raises KW001, so the caller's subtransaction undoes the submission. The insert waits while
      -- another transaction holds the same key uncommitted: the same key sent to two processes at once stores once.
      CREATE FUNCTION kw_store_key(p jsonb) RETURNS void
      LANGUAGE plpgsql AS $kw$
      BEGIN
        INSERT INTO idempotency_keys AS k (key, fingerprint, state, response_status, response_body, expires_at)
        VALUES (p->>'key', p->>'fingerprint', 'done', (p->>'responseStatus')::integer, p->>'responseBody', (p->>'keyExpires')::bigint)
        ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, state = 'done',
          response_status = excluded.response_status, response_body = excluded.response_body, expires_at = excluded.expires_at
        WHERE k.expires_at <= (p->>'now')::bigint;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'The Idempotency-Key was stored meanwhile by another request.' USING ERRCODE = 'KW001';
        END IF;
      END
      $kw$;

      -- Queue a submission's mail, given as [{kommune, recipient, subject, body_text, kind, state, ref}].
      -- (PL/pgSQL, not SQL: its plan is kept for the session, where a SQL function's is parsed again at every call.)
      CREATE FUNCTION kw_enqueue_mail(p_mail jsonb, p_now bigint, p_created_at text) RETURNS void
      LANGUAGE plpgsql AS $kw$
      BEGIN
        INSERT INTO mail_queue (kommune, recipient, subject, body_text, kind, state, next_attempt_at, created_at, ref)
        SELECT m.kommune, m.recipient, m.subject, m.body_text, m.kind, m.state, p_now, p_created_at, m.ref
        FROM jsonb_to_recordset(p_mail) AS m(kommune text, recipient text, subject text, body_text text, kind text, state text, ref text);
      END
      $kw$;

      -- Store one report (its key free): the attachments' check, the report under its receipt number, the links to its
      -- attachments, its mail and its answer. {outcome: 'created', report_id}, 'attachments-unavailable' (unavailable:
      -- 0-based positions) or 'receipt-taken' (nothing stored: send it again with another receipt number).
      CREATE FUNCTION kw_store_report(p jsonb) RETURNS jsonb
      LANGUAGE plpgsql AS $kw$
      DECLARE
        v_kommune text := p->>'kommune';
        v_now bigint := (p->>'now')::bigint;
        v_attachments text[] := ARRAY(SELECT jsonb_array_elements_text(p->'attachments'));
        v_unavailable integer[];
        v_id bigint;
        v_linked integer;
      BEGIN
        SELECT array_agg(a.ord - 1 ORDER BY a.ord) INTO v_unavailable
        FROM unnest(v_attachments) WITH ORDINALITY AS a(id, ord)
        WHERE array_position(v_attachments, a.id) <> a.ord
           OR NOT EXISTS (SELECT 1 FROM attachments t WHERE t.id = a.id AND t.kommune = v_kommune AND t.report_id IS NULL
                          AND t.expires_at > v_now);
        IF v_unavailable IS NOT NULL THEN
          RETURN jsonb_build_object('outcome', 'attachments-unavailable', 'unavailable', to_jsonb(v_unavailable));
        END IF;
        INSERT INTO reports (kommune, receipt, created_at, status, possible_spam, body, encrypted, danger, threat, kinds, role, listed)
        VALUES (v_kommune, p->>'receipt', p->>'createdAt', 'ny', (p->>'possibleSpam')::boolean, p->>'body',
          (p->>'encrypted')::boolean, (p->>'danger')::boolean, (p->>'threat')::boolean, p->>'kinds', p->>'role', true)
        ON CONFLICT (receipt) DO NOTHING RETURNING id INTO v_id;
        IF v_id IS NULL THEN
          RETURN jsonb_build_object('outcome', 'receipt-taken');
        END IF;
        UPDATE attachments t SET report_id = v_id, position = a.ord - 1
        FROM unnest(v_attachments) WITH ORDINALITY AS a(id, ord)
        WHERE t.id = a.id AND t.kommune = v_kommune AND t.report_id IS NULL AND t.expires_at > v_now;
        GET DIAGNOSTICS v_linked = ROW_COUNT;
        IF v_linked <> cardinality(v_attachments) THEN
          RAISE EXCEPTION 'An attachment of the report could not be linked.';
        END IF;
        PERFORM kw_enqueue_mail(p->'mail', v_now, p->>'createdAt');
        PERFORM kw_store_key(p);
        RETURN jsonb_build_object('outcome', 'created', 'report_id', v_id);
      END
      $kw$;

      -- Store one signature (its key free): the campaign's period, the standing signature of the same name, the pledge,
      -- the change of the public list when it is published at once, its mail and its answer. {outcome: 'created'},
      -- 'closed', or 'duplicate' (or what the key holds, when the same signature was stored meanwhile).
      CREATE FUNCTION kw_store_pledge(p jsonb) RETURNS jsonb
      LANGUAGE plpgsql AS $kw$
      DECLARE
        v_seq bigint;
      BEGIN
        IF (p->>'closed')::boolean THEN
          RETURN jsonb_build_object('outcome', 'closed');
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pledges WHERE campaign = p->>'campaign' AND list_key = p->>'listKey'
                       AND name_key = p->>'nameKey' AND state NOT IN ('rejected', 'withdrawn')) THEN
          -- A signature of the same name committed meanwhile by another transaction: the unique index says so.
          INSERT INTO pledges (id, kommune, campaign, name, name_key, list, other_list, list_key, role, email, state, signed_at)
          VALUES (p->>'id', p->>'kommune', p->>'campaign', p->>'name', p->>'nameKey', p->>'list', p->>'otherList',
            p->>'listKey', p->>'role', p->>'email', p->>'state', p->>'signedAt')
          ON CONFLICT DO NOTHING RETURNING seq INTO v_seq;
        END IF;
        IF v_seq IS NULL THEN
          -- The same name stands, or the same signature (its key) was stored meanwhile.
          RETURN coalesce(kw_key_held(p->>'key', p->>'fingerprint', (p->>'now')::bigint), jsonb_build_object('outcome', 'duplicate'));
        END IF;
        IF p->>'state' = 'published' THEN
          INSERT INTO campaign_changes (campaign) VALUES (p->>'campaign');
        END IF;
        PERFORM kw_enqueue_mail(p->'mail', (p->>'now')::bigint, p->>'signedAt');
        PERFORM kw_store_key(p);
        RETURN jsonb_build_object('outcome', 'created');
      END
      $kw$;

      -- Store a batch of submissions ([{kind: 'report' | 'pledge', kommune, limits, now, key, fingerprint, keyExpires,
      -- responseStatus, responseBody, mail, …its own fields}]): their limits in a transaction that waits for no disk,
      -- then each in a subtransaction of one durable transaction. results: one per submission, in order: {outcome,
      -- …}, also 'rate-limited' (reset_ms), 'done' (replay_status, replay_body), 'in-flight', 'mismatch', or 'error'
      -- (error: the message; nothing of that one stored).
      CREATE PROCEDURE kw_submit_batch(p_items jsonb, INOUT results jsonb DEFAULT NULL)
      LANGUAGE plpgsql AS $kw$
      DECLARE
        v_count integer := jsonb_array_length(p_items);
        v_out jsonb[] := array_fill(NULL::jsonb, ARRAY[v_count]);
        v_item jsonb;
        v_reset bigint;
      BEGIN
        PERFORM set_config('synchronous_commit', 'off', true);
        FOR i IN 1 .. v_count LOOP
          v_item := p_items->(i - 1);
          v_reset := kw_count_limits(v_item->'limits', (v_item->>'now')::bigint);
          IF v_reset IS NOT NULL THEN
            v_out[i] := jsonb_build_object('outcome', 'rate-limited', 'reset_ms', v_reset);
          END IF;
        END LOOP;
        COMMIT;
        -- The statements below differ only in their values: planned once for the session, not once per submission.
        PERFORM set_config('plan_cache_mode', 'force_generic_plan', true);
        FOR i IN 1 .. v_count LOOP
          CONTINUE WHEN v_out[i] IS NOT NULL;
          v_item := p_items->(i - 1);
          PERFORM set_config('kw.kommune', v_item->>'kommune', true);
          v_out[i] := kw_key_held(v_item->>'key', v_item->>'fingerprint', (v_item->>'now')::bigint);
          CONTINUE WHEN v_out[i] IS NOT NULL; -- a key already taken answers at once (a retry replays its answer)
          BEGIN
            IF v_item->>'kind' = 'report' THEN
              v_out[i] := kw_store_report(v_item);
            ELSE
              v_out[i] := kw_store_pledge(v_item);
            END IF;
          EXCEPTION
            WHEN SQLSTATE 'KW001' THEN
              v_out[i] := coalesce(kw_key_held(v_item->>'key', v_item->>'fingerprint', (v_item->>'now')::bigint),
                jsonb_build_object('outcome', 'in-flight'));
            WHEN OTHERS THEN
              v_out[i] := jsonb_build_object('outcome', 'error', 'error', SQLERRM);
          END;
        END LOOP;
        results := to_jsonb(v_out);
      END
      $kw$;

      -- The counters are not worth a WAL record: a crash or a failover to a standby starts every window afresh (a client
      -- gets a few more requests once), and a count then commits without waiting for any disk.
      ALTER TABLE rate_limits SET UNLOGGED;
    `,
  },
];
