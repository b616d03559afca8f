/**
 * The SQLite backend (better-sqlite3): every SQL statement of the server. WAL with `synchronous=FULL`, so a commit is
 * on disk before it returns, and a report is acknowledged only after its commit.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';
import { newReceipt } from './receipt.js';
import { KEY_CHECK_CONTEXT, attachmentContext, createReportCipher, type ReportCipher } from './report-crypto.js';
import { WriteQueue, type WriteQueueStats } from './write-batch.js';
import {
  ATTACHMENT_TTL_MS,
  IDEMPOTENCY_TTL_MS,
  IN_FLIGHT_LEASE_MS,
  KEY_CHECK_PLAIN,
  MODERATED_STATE,
  PLEDGE_MAIL_KIND,
  attachmentInfo,
  auditEntry,
  blob,
  dayAfter,
  derivedLinkSecret,
  holdContext,
  listColumns,
  listItem,
  mailMessage,
  newPledgeId,
  noPledges,
  noteContext,
  pledgeEmailContext,
  publicPledge,
  sessionRecord,
  userSummary,
  type AttachmentRow,
  type AuditRow,
  type IdempotencyRow,
  type ListRow,
  type MailRow,
  type PledgeRow,
  type ReportRow,
  type SessionRow,
  type UserRow,
} from './rows.js';
import { ValueSealer } from './sealing.js';
import type {
  AuditEntry,
  AuthStore,
  KommuneDataStore,
  NewPledge,
  PledgeAction,
  PledgeChange,
  PledgeState,
  PledgeStore,
  PledgeSubmissionResult,
  PledgeSubmissionWrite,
  PurgeCounts,
  SavedPledge,
  ReportHold,
  ReportInboxStore,
  ReportListQuery,
  ReportNote,
  SessionRecord,
} from './types.js';
import {
  StorageError,
  type AttachmentIdempotency,
  type AttachmentInfo,
  type IdempotencyBegin,
  type IdempotencyRecord,
  type MailMessage,
  type MailState,
  type NewAttachment,
  type NewMail,
  type NewReport,
  type RateLimitHit,
  type ReportSubmissionResult,
  type ReportSubmissionWrite,
  type SavedReport,
  type Storage,
  type StoredAttachment,
  type StoredReport,
  type StoredResponse,
} from './types.js';

/** Options for {@link openSqliteStorage}. */
export interface SqliteOptions {
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
  /**
   * Group commit (default true): writes that arrive together share one COMMIT (one fsync), each acknowledged after
   * it. `false` commits each write on its own: only for the benchmark's comparison.
   */
  groupCommit?: boolean;
  /** `KW_REPORT_KEY` (32 bytes): report bodies and attachment bytes are then stored encrypted (AES-256-GCM). */
  reportKey?: Uint8Array;
}

/** The PRAGMAs a connection runs with, as SQLite reports them (`synchronous` 2 is FULL). */
export interface SqlitePragmas {
  journal_mode: string;
  synchronous: number;
  foreign_keys: number;
  busy_timeout: number;
  /** Negative: KiB (SQLite's way); positive: pages. */
  cache_size: number;
}

/** The SQLite storage, which can also report its connection's PRAGMAs (for tests and the benchmark). */
export interface SqliteStorageHandle extends Storage {
  pragmas(): SqlitePragmas;
  /** The commits made since opening and the writes they carried (writes per commit shows the group commit at work). */
  writeStats(): WriteQueueStats;
}

/** The page cache of the server's connection, in KiB. */
export const SQLITE_CACHE_KIB = 65_536;

/** Open (creating the folder and file if needed) the SQLite database at `path`; call `migrate()` before use. */
export function openSqliteStorage(path: string, options: SqliteOptions = {}): SqliteStorageHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 64 MiB of page cache instead of SQLite's 2 MiB: the random index pages every write touches (idempotency keys,
  // pledge ids, the duplicate guard) then stay in memory as the file grows. Measured with the pledge bench's 15 s of
  // durable signatures: 0.14–0.15 ms of SQL per signature against 0.19–0.21, 2 940–3 220/s against 2 130–2 380/s.
  db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  return new SqliteStorage(
    db,
    options.now ?? Date.now,
    new WriteQueue(db, options.groupCommit === false ? { maxOps: 1 } : {}),
    options.reportKey ? createReportCipher(options.reportKey) : undefined,
    options.reportKey,
  );
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
  #queue: WriteQueue;
  #cipher: ReportCipher | undefined;
  #sealer: ValueSealer;

  /** KW_REPORT_KEY itself: the pledge links' secret is derived from it (HKDF), never the key used as is. */
  #cipherKey: Uint8Array | undefined;

  constructor(db: Database.Database, now: () => number, queue: WriteQueue, cipher?: ReportCipher, key?: Uint8Array) {
    this.#db = db;
    this.#now = now;
    this.#queue = queue;
    this.#cipher = cipher;
    this.#sealer = new ValueSealer(cipher);
    this.#cipherKey = key;
  }

  /**
   * Every write goes through here: `body` (synchronous, no transaction of its own) runs in the next group commit, in
   * its own savepoint, and the promise settles after that COMMIT (rejecting with a StorageError on failure).
   */
  #write<T>(body: () => T): Promise<T> {
    return this.#queue.run(body);
  }

  #statements = new Map<string, Database.Statement>();

  /** `sql` prepared once per connection (preparing on every call cost 7 % of the server's time in the bench). */
  #prepare(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) this.#statements.set(sql, (statement = this.#db.prepare(sql)));
    return statement;
  }

  migrate(): Promise<number> {
    return guarded(() => {
      const db = this.#db;
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
      const current = (): number => (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
      // By version, whatever the array's order; each applied unless recorded (version 4 came before 3 was merged).
      const known = Math.max(0, ...MIGRATIONS.map((m) => m.version));
      const applied = (version: number) => db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(version) !== undefined;
      if (current() > known)
        throw new StorageError(
          `The database is at schema version ${current()}, newer than this server knows (${known}): upgrade the server.`,
        );
      const apply = db.transaction((migration: Migration) => {
        if (applied(migration.version)) return; // another process applied it meanwhile
        db.exec(migration.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          new Date(this.#now()).toISOString(),
        );
      });
      for (const migration of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
        if (applied(migration.version)) continue;
        if (!migration.foreignKeysOff) {
          apply.immediate(migration);
          continue;
        }
        // PRAGMA foreign_keys has no effect inside a transaction: off before it, checked before its commit, on after.
        db.pragma('foreign_keys = OFF');
        try {
          db.transaction((m: Migration) => {
            apply(m);
            if ((db.pragma('foreign_key_check') as unknown[]).length > 0)
              throw new StorageError(`Migration ${m.version} would break a foreign key.`);
          }).immediate(migration);
        } finally {
          db.pragma('foreign_keys = ON');
        }
      }
      this.#checkKey();
      this.#fillListColumns();
      return current();
    });
  }

  submitReport(submission: ReportSubmissionWrite): Promise<ReportSubmissionResult> {
    return this.#write((): ReportSubmissionResult => {
      const now = this.#now();
      for (const { key, windowMs, limit } of submission.limits) {
        const hit = this.#hit(key, windowMs, limit, now);
        if (!hit.allowed) return { outcome: 'rate-limited', resetMs: hit.resetMs };
      }
      const { key, fingerprint } = submission.idempotency;
      const found = this.#liveKey(key, fingerprint, now);
      if (found) return found.state === 'done' ? { outcome: 'done', response: found.response } : { outcome: found.state };
      const { kommune, report } = submission;
      const unavailable = this.#unavailableAttachments(kommune, report.attachments ?? [], now);
      if (unavailable.length > 0) return { outcome: 'attachments-unavailable', indexes: unavailable };
      const saved = this.#insertReport(kommune, report, now);
      this.#linkAttachments(saved.id, kommune, report.attachments ?? [], now);
      for (const mail of submission.notify ?? []) this.#enqueueMail(mail, now);
      const response = submission.respond(saved);
      this.#prepare(
        `INSERT INTO idempotency_keys (key, fingerprint, state, response_status, response_body, expires_at)
         VALUES (?, ?, 'done', ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, state = 'done',
           response_status = excluded.response_status, response_body = excluded.response_body, expires_at = excluded.expires_at`,
      ).run(key, fingerprint, response.status, response.body, now + IDEMPOTENCY_TTL_MS);
      return { outcome: 'created', saved, response };
    });
  }

  /** The live record of `key` compared with `fingerprint`, or undefined when there is none (or it expired). */
  #liveKey(key: string, fingerprint: string, now: number): Exclude<IdempotencyBegin, { state: 'started' }> | undefined {
    const row = this.#prepare('SELECT * FROM idempotency_keys WHERE key = ?').get(key) as IdempotencyRow | undefined;
    if (!row || row.expires_at <= now) return undefined;
    if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
    if (row.state === 'in-flight') return { state: 'in-flight' };
    return { state: 'done', response: { status: row.response_status ?? 0, body: row.response_body ?? '' } };
  }

  /** Insert the report under a new receipt number (drawn again on the rare collision). */
  #insertReport(kommune: string, report: NewReport, now: number): SavedReport {
    const insert = this.#prepare(
      `INSERT INTO reports (kommune, receipt, created_at, status, possible_spam, body, encrypted, danger, threat, kinds, role, listed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (receipt) DO NOTHING`,
    );
    const list = listColumns(report.body);
    const date = new Date(now);
    const receivedAt = date.toISOString();
    const body = JSON.stringify(report.body);
    for (let attempt = 0; attempt < 10; attempt++) {
      const receipt = newReceipt(date);
      const stored = this.#sealer.sealReportBody(kommune, receipt, body);
      const result = insert.run(
        kommune,
        receipt,
        receivedAt,
        'ny',
        report.possibleSpam ? 1 : 0,
        stored,
        this.#cipher ? 1 : 0,
        list.danger,
        list.threat,
        list.kinds,
        list.role,
      );
      if (result.changes === 1) return { id: Number(result.lastInsertRowid), receipt, kommune, receivedAt };
    }
    throw new StorageError('No free receipt number found.');
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
      this.#write((): IdempotencyBegin => {
        const now = this.#now();
        const found = this.#liveKey(key, fingerprint, now);
        if (found) return found;
        this.#prepare(
          `INSERT INTO idempotency_keys (key, fingerprint, state, expires_at) VALUES (?, ?, 'in-flight', ?)
           ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, state = 'in-flight',
             response_status = NULL, response_body = NULL, expires_at = excluded.expires_at`,
        ).run(key, fingerprint, now + IN_FLIGHT_LEASE_MS);
        return { state: 'started' };
      }),

    complete: (key: string, response: StoredResponse): Promise<void> => this.#write(() => this.#complete(key, response)),

    release: (key: string): Promise<void> =>
      this.#write(() => {
        this.#db.prepare("DELETE FROM idempotency_keys WHERE key = ? AND state = 'in-flight'").run(key);
      }),
  };

  #complete(key: string, response: StoredResponse): void {
    this.#prepare("UPDATE idempotency_keys SET state = 'done', response_status = ?, response_body = ?, expires_at = ? WHERE key = ?").run(
      response.status,
      response.body,
      this.#now() + IDEMPOTENCY_TTL_MS,
      key,
    );
  }

  saveAttachment(kommune: string, attachment: NewAttachment, idempotency?: AttachmentIdempotency): Promise<AttachmentInfo> {
    return this.#write((): AttachmentInfo => {
      const now = this.#now();
      this.#deleteExpiredAttachments(now);
      const { id, type, bytes } = attachment;
      const info: AttachmentInfo = {
        id,
        kommune,
        type,
        size: bytes.byteLength,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + ATTACHMENT_TTL_MS).toISOString(),
      };
      const data = this.#cipher ? this.#cipher.seal(bytes, attachmentContext(kommune, id)) : bytes;
      this.#db
        .prepare(
          'INSERT INTO attachments (id, kommune, type, size, created_at, expires_at, encrypted, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(id, kommune, type, info.size, info.createdAt, now + ATTACHMENT_TTL_MS, this.#cipher ? 1 : 0, blob(data));
      if (idempotency) this.#complete(idempotency.key, idempotency.respond(info));
      return info;
    });
  }

  getReport(kommune: string, receipt: string): Promise<StoredReport | undefined> {
    return guarded(() => {
      const row = this.#db.prepare('SELECT * FROM reports WHERE kommune = ? AND receipt = ?').get(kommune, receipt) as
        ReportRow | undefined;
      if (!row) return undefined;
      const attachments = this.#db
        .prepare('SELECT id, kommune, type, size, created_at, expires_at, encrypted FROM attachments WHERE report_id = ? ORDER BY position')
        .all(row.id) as AttachmentRow[];
      return this.#sealer.report(row, attachments.map(attachmentInfo));
    });
  }

  getAttachment(kommune: string, id: string): Promise<StoredAttachment | undefined> {
    return guarded(() => {
      const row = this.#db
        .prepare(
          `SELECT a.*, r.receipt FROM attachments a LEFT JOIN reports r ON r.id = a.report_id
           WHERE a.kommune = ? AND a.id = ? AND (a.report_id IS NOT NULL OR a.expires_at > ?)`,
        )
        .get(kommune, id, this.#now()) as AttachmentRow | undefined;
      return this.#sealer.attachment(row);
    });
  }

  deleteExpiredAttachments(): Promise<number> {
    return this.#write(() => this.#deleteExpiredAttachments(this.#now()));
  }

  #deleteExpiredAttachments(now: number): number {
    return this.#db.prepare('DELETE FROM attachments WHERE report_id IS NULL AND expires_at <= ?').run(now).changes;
  }

  /** Positions in `ids` of attachments that are not free for this kommune (unknown, expired or linked already). */
  #unavailableAttachments(kommune: string, ids: readonly string[], now: number): number[] {
    if (ids.length === 0) return [];
    const free = this.#prepare('SELECT 1 FROM attachments WHERE id = ? AND kommune = ? AND report_id IS NULL AND expires_at > ?');
    // A report naming one file twice cannot link it twice: the second is unavailable.
    return ids.flatMap((id, index) => (ids.indexOf(id) === index && free.get(id, kommune, now) ? [] : [index]));
  }

  /** Link `ids` (checked free by {@link #unavailableAttachments} in the same write) to the report, in order. */
  #linkAttachments(reportId: number, kommune: string, ids: readonly string[], now: number): void {
    if (ids.length === 0) return;
    const link = this.#prepare(
      'UPDATE attachments SET report_id = ?, position = ? WHERE id = ? AND kommune = ? AND report_id IS NULL AND expires_at > ?',
    );
    for (const [index, id] of ids.entries())
      if (link.run(reportId, index, id, kommune, now).changes !== 1) throw new StorageError(`Attachment ${index} could not be linked.`);
  }

  /**
   * At start: refuse a key that is not the database's, or no key for a database that has one. The first start with a
   * key seals it here and encrypts what was stored before, then rewrites the file (VACUUM) so no plaintext page stays.
   */
  #checkKey(): void {
    const db = this.#db;
    const row = db.prepare('SELECT sealed FROM report_key_check WHERE id = 1').get() as { sealed: Buffer } | undefined;
    if (!this.#cipher) {
      if (row)
        throw new StorageError(
          'This database holds reports encrypted with KW_REPORT_KEY: start the server with that key (docs/server.md).',
        );
      return;
    }
    const cipher = this.#cipher;
    if (row) {
      try {
        cipher.open(Uint8Array.from(row.sealed), KEY_CHECK_CONTEXT);
      } catch {
        throw new StorageError(
          'KW_REPORT_KEY is not the key this database was encrypted with: start the server with that key (docs/server.md).',
        );
      }
      return;
    }
    const plainReports = db.prepare('SELECT * FROM reports WHERE encrypted = 0').all() as ReportRow[];
    const plainAttachments = db.prepare('SELECT * FROM attachments WHERE encrypted = 0').all() as AttachmentRow[];
    db.transaction(() => {
      const report = db.prepare('UPDATE reports SET body = ?, encrypted = 1 WHERE id = ?');
      for (const r of plainReports) report.run(this.#sealer.sealReportBody(r.kommune, r.receipt, r.body), r.id);
      const attachment = db.prepare('UPDATE attachments SET data = ?, encrypted = 1 WHERE id = ?');
      for (const a of plainAttachments)
        attachment.run(blob(cipher.seal(Uint8Array.from(a.data!), attachmentContext(a.kommune, a.id))), a.id);
      db.prepare('INSERT INTO report_key_check (id, sealed) VALUES (1, ?)').run(blob(cipher.seal(KEY_CHECK_PLAIN, KEY_CHECK_CONTEXT)));
    }).immediate();
    if (plainReports.length + plainAttachments.length > 0) {
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
  }

  /**
   * At start, after the key check: fill the list columns (migration 6) of reports stored before them, opening each body
   * (sealed ones with the key), in one transaction.
   */
  #fillListColumns(): void {
    const db = this.#db;
    const rows = db.prepare('SELECT * FROM reports WHERE listed = 0').all() as ReportRow[];
    if (rows.length === 0) return;
    const update = db.prepare('UPDATE reports SET danger = ?, threat = ?, kinds = ?, role = ?, listed = 1 WHERE id = ?');
    db.transaction(() => {
      for (const row of rows) {
        const list = listColumns(JSON.parse(this.#sealer.openReportBody(row)) as unknown);
        update.run(list.danger, list.threat, list.kinds, list.role, row.id);
      }
    }).immediate();
  }

  hitRateLimit(key: string, windowMs: number, limit: number): Promise<RateLimitHit> {
    return this.#write(() => this.#hit(key, windowMs, limit, this.#now()));
  }

  /** Count one request under `key` (inside a write); every 1000th count also sweeps what has expired. */
  #hit(key: string, windowMs: number, limit: number, now: number): RateLimitHit {
    if (++this.#hits % 1000 === 0) this.#sweep(now);
    const row = this.#prepare(
      `INSERT INTO rate_limits (key, window_end, count) VALUES (@key, @end, 1)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN window_end <= @now THEN 1 ELSE count + 1 END,
           window_end = CASE WHEN window_end <= @now THEN excluded.window_end ELSE window_end END
         RETURNING window_end, count`,
    ).get({ key, end: now + windowMs, now }) as { window_end: number; count: number };
    return { allowed: row.count <= limit, resetMs: Math.max(0, row.window_end - now) };
  }

  /** Forget expired rate-limit windows and idempotency records. */
  #sweep(now: number): void {
    this.#db.prepare('DELETE FROM rate_limits WHERE window_end <= ?').run(now);
    this.#db.prepare('DELETE FROM idempotency_keys WHERE expires_at <= ?').run(now);
    this.#deleteExpiredAttachments(now);
  }

  #enqueueMail(mail: NewMail, now: number): void {
    this.#prepare(
      `INSERT INTO mail_queue (kommune, recipient, subject, body_text, kind, state, next_attempt_at, created_at, ref)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      mail.kommune,
      mail.recipient,
      mail.subject,
      mail.bodyText,
      mail.kind,
      mail.state,
      now,
      new Date(now).toISOString(),
      mail.ref ?? null,
    );
  }

  listMail(kommune: string, filter: { state?: MailState } = {}): Promise<MailMessage[]> {
    return guarded(() => {
      const rows = (
        filter.state
          ? this.#prepare('SELECT * FROM mail_queue WHERE kommune = ? AND state = ? ORDER BY id DESC').all(kommune, filter.state)
          : this.#prepare('SELECT * FROM mail_queue WHERE kommune = ? ORDER BY id DESC').all(kommune)
      ) as MailRow[];
      return rows.map(mailMessage);
    });
  }

  claimMail(limit: number, leaseMs: number): Promise<MailMessage[]> {
    const due = `state = 'queued' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)`;
    // A read first: an idle worker costs no commit.
    const any = guarded(() => this.#prepare(`SELECT 1 FROM mail_queue WHERE ${due} LIMIT 1`).get({ now: this.#now() }) !== undefined);
    return any.then((found) =>
      !found
        ? []
        : this.#write(() => {
            const now = this.#now();
            const rows = this.#prepare(
              `UPDATE mail_queue SET lease_until = @until
               WHERE id IN (SELECT id FROM mail_queue WHERE ${due} ORDER BY next_attempt_at, id LIMIT @limit)
               RETURNING *`,
            ).all({ now, until: now + leaseMs, limit }) as MailRow[];
            return rows.sort((a, b) => a.id - b.id).map(mailMessage);
          }),
    );
  }

  markMailSent(id: number): Promise<void> {
    return this.#write(() => {
      this.#prepare(
        "UPDATE mail_queue SET state = 'sent', sent_at = ?, attempts = attempts + 1, lease_until = NULL, last_error = NULL WHERE id = ?",
      ).run(new Date(this.#now()).toISOString(), id);
    });
  }

  markMailFailed(id: number, error: string, retryInMs?: number): Promise<void> {
    return this.#write(() => {
      this.#prepare(
        `UPDATE mail_queue SET state = @state, attempts = attempts + 1, last_error = @error, lease_until = NULL,
           next_attempt_at = @next WHERE id = @id`,
      ).run({ id, error, state: retryInMs === undefined ? 'failed' : 'queued', next: this.#now() + (retryInMs ?? 0) });
    });
  }

  // ---- Inbox users, sessions, sign-in failures, audit log (migration 3) ----

  auth: AuthStore = {
    createUser: (user, now) =>
      this.#write(() => {
        const row = this.#prepare(
          `INSERT INTO users (kommune, email, name, role, password_hash, created_at, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (email) DO NOTHING RETURNING *`,
        ).get(
          user.kommune,
          user.email.toLowerCase(),
          user.name,
          user.role,
          user.passwordHash,
          new Date(now).toISOString(),
          user.temporaryPassword ? 1 : 0,
        ) as UserRow | undefined;
        return this.#sealer.user(row);
      }),
    findUserByEmail: (email) =>
      guarded(() =>
        this.#sealer.user(this.#prepare('SELECT * FROM users WHERE email = ?').get(email.toLowerCase()) as UserRow | undefined),
      ),
    getUser: (id) => guarded(() => this.#sealer.user(this.#prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined)),
    setPassword: (userId, passwordHash, options = {}) =>
      this.#write(() => {
        const changed =
          this.#prepare('UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?').run(
            passwordHash,
            options.temporary ? 1 : 0,
            userId,
          ).changes === 1;
        this.#prepare('DELETE FROM sessions WHERE user_id = ? AND id IS NOT ?').run(userId, options.keepSession ?? null);
        return changed;
      }),
    setDisabled: (userId, disabled) =>
      this.#write(() => {
        const changed = this.#prepare('UPDATE users SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, userId).changes === 1;
        if (disabled) this.#prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
        return changed;
      }),
    setSecondFactor: (userId, factor) =>
      this.#write(() => {
        if (factor) {
          this.#prepare(
            'UPDATE users SET totp_secret = ?, totp_enrolled_at = NULL, totp_last_step = NULL, recovery_codes = ? WHERE id = ?',
          ).run(this.#sealer.sealTotp(userId, factor.secret), JSON.stringify(factor.recoveryCodeHashes), userId);
        } else {
          this.#prepare(
            "UPDATE users SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL, recovery_codes = '[]' WHERE id = ?",
          ).run(userId);
          this.#prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
        }
      }),
    confirmSecondFactor: (userId, now) =>
      this.#write(() => {
        this.#prepare('UPDATE users SET totp_enrolled_at = ? WHERE id = ? AND totp_secret IS NOT NULL').run(
          new Date(now).toISOString(),
          userId,
        );
      }),
    useTotpStep: (userId, step) =>
      this.#write(
        () =>
          this.#prepare('UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)').run(
            step,
            userId,
            step,
          ).changes === 1,
      ),
    useRecoveryCode: (userId, codeHash) =>
      this.#write(() => {
        const row = this.#prepare('SELECT recovery_codes FROM users WHERE id = ?').get(userId) as { recovery_codes: string } | undefined;
        const codes = row ? (JSON.parse(row.recovery_codes) as string[]) : [];
        if (!codes.includes(codeHash)) return false;
        this.#prepare('UPDATE users SET recovery_codes = ? WHERE id = ?').run(JSON.stringify(codes.filter((c) => c !== codeHash)), userId);
        return true;
      }),
    createSession: (session: SessionRecord) =>
      this.#write(() => {
        this.#prepare(
          'INSERT INTO sessions (id, user_id, csrf_token, limited, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(
          session.id,
          session.userId,
          session.csrfToken,
          session.limited ? 1 : 0,
          session.createdAt,
          session.lastSeenAt,
          session.expiresAt,
        );
      }),
    getSession: (id) =>
      guarded(() => {
        const row = this.#prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
        return row && sessionRecord(row);
      }),
    touchSession: (id, now) =>
      this.#write(() => {
        this.#prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(now, id);
      }),
    deleteSession: (id) =>
      this.#write(() => {
        this.#prepare('DELETE FROM sessions WHERE id = ?').run(id);
      }),
    lockedUntil: (keys) =>
      guarded(() => {
        const select = this.#prepare('SELECT locked_until FROM login_failures WHERE key = ?');
        return Math.max(0, ...keys.map((key) => (select.get(key) as { locked_until: number } | undefined)?.locked_until ?? 0));
      }),
    recordFailure: (keys, now, resetAfterMs, lockMs) =>
      this.#write(() =>
        keys.map((key) => {
          const row = this.#prepare('SELECT count, last_failure_at FROM login_failures WHERE key = ?').get(key) as
            { count: number; last_failure_at: number } | undefined;
          const count = row && now - row.last_failure_at < resetAfterMs ? row.count + 1 : 1;
          const lock = lockMs(count, key);
          const lockedUntil = lock > 0 ? now + lock : 0;
          this.#prepare(
            `INSERT INTO login_failures (key, count, last_failure_at, locked_until) VALUES (?, ?, ?, ?)
             ON CONFLICT (key) DO UPDATE SET count = excluded.count, last_failure_at = excluded.last_failure_at,
               locked_until = excluded.locked_until`,
          ).run(key, count, now, lockedUntil);
          return lockedUntil;
        }),
      ),
    clearFailures: (key) =>
      this.#write(() => {
        this.#prepare('DELETE FROM login_failures WHERE key = ?').run(key);
      }),
    audit: (entry: AuditEntry) => this.#write(() => this.#insertAudit(entry)),
    listAudit: (kommune, page) =>
      guarded(() => {
        const where = [kommune === undefined ? '' : 'kommune = @kommune', page?.beforeId === undefined ? '' : 'id < @beforeId']
          .filter(Boolean)
          .join(' AND ');
        const sql = `SELECT * FROM audit_log ${where ? `WHERE ${where}` : ''} ORDER BY id ${page ? 'DESC LIMIT @limit' : ''}`;
        const rows = this.#prepare(sql).all({
          ...(kommune === undefined ? {} : { kommune }),
          ...(page?.beforeId === undefined ? {} : { beforeId: page.beforeId }),
          ...(page ? { limit: page.limit } : {}),
        }) as AuditRow[];
        return rows.map(auditEntry);
      }),
    sweep: (now, idleBefore, failuresBefore) =>
      this.#write(() => ({
        sessions: this.#prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?').run(now, idleBefore).changes,
        failures: this.#prepare('DELETE FROM login_failures WHERE last_failure_at < ? AND locked_until <= ?').run(failuresBefore, now)
          .changes,
      })),
  };

  /** One page of the list, its total and the kommune's counts: SQL over the clear list columns and their indexes. */
  #list(kommune: string, query: ReportListQuery) {
    const params: Record<string, string | number> = { kommune, limit: query.limit, offset: query.offset };
    const where = ['kommune = @kommune'];
    if (query.receipt !== undefined) {
      where.push('receipt = @receipt');
      params['receipt'] = query.receipt;
    } else {
      where.push('possible_spam = @spam');
      params['spam'] = query.spam ? 1 : 0;
      if (query.status !== undefined) where.push('status = @status');
      if (query.kind !== undefined) where.push("kinds LIKE '%,' || @kind || ',%'");
      if (query.role !== undefined) where.push('role = @role');
      if (query.from !== undefined) where.push('created_at >= @from');
      if (query.to !== undefined) where.push('created_at < @toNext');
      for (const name of ['status', 'kind', 'role', 'from'] as const) if (query[name] !== undefined) params[name] = query[name];
      if (query.to !== undefined) params['toNext'] = dayAfter(query.to);
    }
    const filter = where.join(' AND ');
    const rows = this.#prepare(
      `SELECT receipt, created_at, status, danger, kinds, role, possible_spam, closed_at, hold_at IS NOT NULL AS held,
         (SELECT count(*) FROM attachments a WHERE a.report_id = r.id) AS attachment_count
       FROM reports r WHERE ${filter}
       ORDER BY danger DESC, threat DESC, created_at DESC, id DESC LIMIT @limit OFFSET @offset`,
    ).all(params) as ListRow[];
    const { limit: _limit, offset: _offset, ...countParams } = params;
    const total = (this.#prepare(`SELECT count(*) AS n FROM reports WHERE ${filter}`).get(countParams) as { n: number }).n;
    const counts = this.#prepare(
      `SELECT (SELECT count(*) FROM reports WHERE kommune = @kommune AND possible_spam = 0 AND status = 'ny') AS ny,
         (SELECT count(*) FROM reports WHERE kommune = @kommune AND possible_spam = 1) AS spam`,
    ).get({ kommune }) as { ny: number; spam: number };
    return { reports: rows.map(listItem), total, counts: { ny: counts.ny, possibleSpam: counts.spam } };
  }

  #insertAudit(entry: AuditEntry): void {
    this.#prepare('INSERT INTO audit_log (at, kommune, user_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
      entry.at,
      entry.kommune,
      entry.userId,
      entry.action,
      entry.target ?? null,
      JSON.stringify(entry.detail ?? {}),
    );
  }

  // ---- The inbox's handling of reports (migrations 5 and 6) ----

  /** The id of `kommune`'s report `receipt`, if any. */
  #reportId(kommune: string, receipt: string): number | undefined {
    return (this.#prepare('SELECT id FROM reports WHERE kommune = ? AND receipt = ?').get(kommune, receipt) as { id: number } | undefined)
      ?.id;
  }

  inbox: ReportInboxStore = {
    list: (kommune, query) => guarded(() => this.#list(kommune, query)),
    history: (kommune, receipt) =>
      guarded(() => {
        const id = this.#reportId(kommune, receipt);
        if (id === undefined) return undefined;
        const notes = this.#prepare('SELECT id, user_id, at, text FROM report_notes WHERE report_id = ? ORDER BY id').all(id) as Array<{
          id: number;
          user_id: number | null;
          at: string;
          text: string;
        }>;
        const changes = this.#prepare(
          'SELECT user_id, at, from_status, to_status FROM report_status_changes WHERE report_id = ? ORDER BY id',
        ).all(id) as Array<{ user_id: number | null; at: string; from_status: string; to_status: string }>;
        return {
          notes: notes.map((n) => ({
            id: n.id,
            userId: n.user_id,
            at: n.at,
            text: this.#sealer.openText(noteContext(kommune, receipt), n.text),
          })),
          statusChanges: changes.map((c) => ({ userId: c.user_id, at: c.at, from: c.from_status, to: c.to_status })),
        };
      }),
    setStatus: (kommune, receipt, status, userId, now) =>
      this.#write(() => {
        const row = this.#prepare('SELECT id, status FROM reports WHERE kommune = ? AND receipt = ?').get(kommune, receipt) as
          { id: number; status: string } | undefined;
        if (!row) return undefined;
        const at = new Date(now).toISOString();
        // Closing records when (retention counts from it); closing again keeps the first time; reopening clears it.
        this.#prepare(
          `UPDATE reports SET status = @status,
             closed_at = CASE WHEN @status <> 'avsluttet' THEN NULL WHEN status = 'avsluttet' THEN closed_at ELSE @at END
           WHERE id = @id`,
        ).run({ status, at, id: row.id });
        this.#prepare('INSERT INTO report_status_changes (report_id, user_id, at, from_status, to_status) VALUES (?, ?, ?, ?, ?)').run(
          row.id,
          userId,
          at,
          row.status,
          status,
        );
        return row.status;
      }),
    addNote: (kommune, receipt, text, userId, now) =>
      this.#write((): ReportNote | undefined => {
        const id = this.#reportId(kommune, receipt);
        if (id === undefined) return undefined;
        const at = new Date(now).toISOString();
        const result = this.#prepare('INSERT INTO report_notes (report_id, user_id, at, text) VALUES (?, ?, ?, ?)').run(
          id,
          userId,
          at,
          this.#sealer.sealText(noteContext(kommune, receipt), text),
        );
        return { id: Number(result.lastInsertRowid), userId, at, text };
      }),
    delete: (kommune, receipt) =>
      this.#write(() => this.#prepare('DELETE FROM reports WHERE kommune = ? AND receipt = ?').run(kommune, receipt).changes === 1),
    setHold: (kommune, receipt, hold: ReportHold | undefined) =>
      this.#write(() => {
        const row = this.#prepare('SELECT id, hold_at FROM reports WHERE kommune = ? AND receipt = ?').get(kommune, receipt) as
          { id: number; hold_at: string | null } | undefined;
        if (!row) return undefined;
        if (!hold && row.hold_at === null) return false;
        this.#prepare('UPDATE reports SET hold_reason = ?, hold_at = ?, hold_by = ? WHERE id = ?').run(
          hold ? this.#sealer.sealText(holdContext(kommune, receipt), hold.reason) : null,
          hold?.at ?? null,
          hold?.by ?? null,
          row.id,
        );
        return true;
      }),
    deleteClosed: (kommune, closedBefore, audit) =>
      this.#write(() => {
        const rows = this.#prepare(
          `DELETE FROM reports WHERE kommune = ? AND closed_at IS NOT NULL AND hold_at IS NULL AND closed_at <= ?
           AND status = 'avsluttet' RETURNING receipt`,
        ).all(kommune, closedBefore) as Array<{ receipt: string }>;
        for (const { receipt } of rows) this.#insertAudit(audit(receipt));
        return rows.map((r) => r.receipt);
      }),
  };

  // ---- Pledges (migration 7) ----

  /** The live idempotency record of `key`, as a submission outcome; undefined when the key is new. */
  #replay(key: string, fingerprint: string, now: number) {
    const found = this.#liveKey(key, fingerprint, now);
    if (!found) return undefined;
    return found.state === 'done' ? ({ outcome: 'done', response: found.response } as const) : ({ outcome: found.state } as const);
  }

  #storeAnswer(key: string, fingerprint: string, response: StoredResponse, now: number): void {
    this.#prepare(
      `INSERT INTO idempotency_keys (key, fingerprint, state, response_status, response_body, expires_at)
       VALUES (?, ?, 'done', ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, state = 'done',
         response_status = excluded.response_status, response_body = excluded.response_body, expires_at = excluded.expires_at`,
    ).run(key, fingerprint, response.status, response.body, now + IDEMPOTENCY_TTL_MS);
  }

  /** Bump the campaign's published-list version (inside a write). */
  #bumpVersion(campaign: string): void {
    this.#prepare(
      `INSERT INTO campaign_versions (campaign, version) VALUES (?, 1)
       ON CONFLICT (campaign) DO UPDATE SET version = version + 1`,
    ).run(campaign);
  }

  #pledgeRow(campaign: string, id: string): PledgeRow | undefined {
    return this.#prepare('SELECT * FROM pledges WHERE campaign = ? AND id = ?').get(campaign, id) as PledgeRow | undefined;
  }

  /** Whether another standing signature has the same name on the same list. */
  #standing(pledge: Pick<PledgeRow, 'campaign' | 'list_key' | 'name_key'>, except?: number): boolean {
    return (
      this.#prepare(
        `SELECT 1 FROM pledges WHERE campaign = ? AND list_key = ? AND name_key = ? AND state NOT IN ('rejected', 'withdrawn')
         AND seq IS NOT ?`,
      ).get(pledge.campaign, pledge.list_key, pledge.name_key, except ?? null) !== undefined
    );
  }

  /** Set a pledge's state (and what goes with it) inside a write, bumping the version when the public list changes. */
  #setPledgeState(row: PledgeRow, state: PledgeState, fields: { confirmedAt?: string; moderatedAt?: string; moderatedBy?: number }): void {
    this.#prepare(
      `UPDATE pledges SET state = @state, confirmed_at = coalesce(@confirmedAt, confirmed_at),
         moderated_at = coalesce(@moderatedAt, moderated_at), moderated_by = coalesce(@moderatedBy, moderated_by),
         email = CASE WHEN @state = 'withdrawn' THEN NULL ELSE email END
       WHERE seq = @seq`,
    ).run({
      state,
      confirmedAt: fields.confirmedAt ?? null,
      moderatedAt: fields.moderatedAt ?? null,
      moderatedBy: fields.moderatedBy ?? null,
      seq: row.seq,
    });
    if ((row.state === 'published') !== (state === 'published')) this.#bumpVersion(row.campaign);
  }

  #changed(row: PledgeRow, changed: boolean): PledgeChange {
    return { outcome: 'done', pledge: this.#sealer.pledge(this.#pledgeRow(row.campaign, row.id)!), before: row.state, changed };
  }

  kommuner: KommuneDataStore = {
    receipts: (kommune) =>
      guarded(() =>
        (
          this.#prepare('SELECT receipt FROM reports WHERE kommune = ? ORDER BY created_at, id').all(kommune) as Array<{ receipt: string }>
        ).map((r) => r.receipt),
      ),
    users: (kommune) =>
      guarded(() => (this.#prepare('SELECT * FROM users WHERE kommune = ? ORDER BY id').all(kommune) as UserRow[]).map(userSummary)),
    campaigns: (kommune) =>
      guarded(() =>
        (
          this.#prepare('SELECT DISTINCT campaign FROM pledges WHERE kommune = ? ORDER BY campaign').all(kommune) as Array<{
            campaign: string;
          }>
        ).map((r) => r.campaign),
      ),
    purge: (kommune, audit) =>
      this.#write((): PurgeCounts => {
        const run = (sql: string) => this.#prepare(sql).run(kommune).changes;
        // Attachments of the kommune's reports go with them (ON DELETE CASCADE), as do notes and status changes.
        const linked = (this.#prepare('SELECT count(*) AS n FROM attachments WHERE kommune = ?').get(kommune) as { n: number }).n;
        const campaigns = this.#prepare('SELECT DISTINCT campaign FROM pledges WHERE kommune = ?').all(kommune) as Array<{
          campaign: string;
        }>;
        const counts: PurgeCounts = {
          reports: run('DELETE FROM reports WHERE kommune = ?'),
          attachments: linked,
          users: 0,
          auditEntries: 0,
          mail: run('DELETE FROM mail_queue WHERE kommune = ?'),
          pledges: run('DELETE FROM pledges WHERE kommune = ?'),
        };
        run('DELETE FROM attachments WHERE kommune = ?');
        run('DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE kommune = ?)');
        counts.users = run('DELETE FROM users WHERE kommune = ?');
        counts.auditEntries = run('DELETE FROM audit_log WHERE kommune = ?');
        for (const { campaign } of campaigns) this.#prepare('DELETE FROM campaign_versions WHERE campaign = ?').run(campaign);
        this.#insertAudit(audit(counts));
        return counts;
      }),
  };

  pledges: PledgeStore = {
    submit: (write: PledgeSubmissionWrite) =>
      this.#write((): PledgeSubmissionResult => {
        const now = this.#now();
        for (const { key, windowMs, limit } of write.limits) {
          const hit = this.#hit(key, windowMs, limit, now);
          if (!hit.allowed) return { outcome: 'rate-limited', resetMs: hit.resetMs };
        }
        const { key, fingerprint } = write.idempotency;
        const replay = this.#replay(key, fingerprint, now);
        if (replay) return replay;
        if (now < write.period.opens || now > write.period.closes) return { outcome: 'closed' };
        const pledge: NewPledge = write.pledge;
        if (this.#standing({ campaign: pledge.campaign, list_key: pledge.listKey, name_key: pledge.nameKey }))
          return { outcome: 'duplicate' };
        const saved: SavedPledge = { id: newPledgeId(), state: pledge.state, signedAt: new Date(now).toISOString() };
        this.#prepare(
          `INSERT INTO pledges (id, kommune, campaign, name, name_key, list, other_list, list_key, role, email, state, signed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          saved.id,
          pledge.kommune,
          pledge.campaign,
          pledge.name,
          pledge.nameKey,
          pledge.list,
          pledge.otherList,
          pledge.listKey,
          pledge.role,
          pledge.email === null ? null : this.#sealer.sealText(pledgeEmailContext(pledge.campaign, saved.id), pledge.email),
          pledge.state,
          saved.signedAt,
        );
        if (pledge.state === 'published') this.#bumpVersion(pledge.campaign);
        for (const mail of write.notify?.(saved) ?? []) this.#enqueueMail(mail, now);
        const response = write.respond(saved);
        this.#storeAnswer(key, fingerprint, response, now);
        return { outcome: 'created', saved, response };
      }),

    published: (campaign, limit, offset) =>
      guarded(() => {
        const rows = this.#prepare(
          `SELECT id, name, list, other_list, role, signed_at FROM pledges WHERE campaign = ? AND state = 'published'
           ORDER BY signed_at DESC, seq DESC LIMIT ? OFFSET ?`,
        ).all(campaign, limit, offset) as Array<Pick<PledgeRow, 'id' | 'name' | 'list' | 'other_list' | 'role' | 'signed_at'>>;
        const total = (
          this.#prepare("SELECT count(*) AS n FROM pledges WHERE campaign = ? AND state = 'published'").get(campaign) as { n: number }
        ).n;
        const pledges = rows.map(publicPledge);
        return { pledges, total };
      }),

    version: (campaign) =>
      guarded(
        () =>
          (this.#prepare('SELECT version FROM campaign_versions WHERE campaign = ?').get(campaign) as { version: number } | undefined)
            ?.version ?? 0,
      ),

    counts: (kommune, campaign) =>
      guarded(() => {
        const counts = noPledges();
        const rows = this.#prepare('SELECT state, count(*) AS n FROM pledges WHERE kommune = ? AND campaign = ? GROUP BY state').all(
          kommune,
          campaign,
        ) as Array<{ state: PledgeState; n: number }>;
        for (const row of rows) counts[row.state] = row.n;
        return counts;
      }),

    list: (kommune, campaign, state) =>
      guarded(() => {
        const rows = (
          state === undefined
            ? this.#prepare('SELECT * FROM pledges WHERE kommune = ? AND campaign = ? ORDER BY signed_at DESC, seq DESC').all(
                kommune,
                campaign,
              )
            : this.#prepare('SELECT * FROM pledges WHERE kommune = ? AND campaign = ? AND state = ? ORDER BY signed_at DESC, seq DESC').all(
                kommune,
                campaign,
                state,
              )
        ) as PledgeRow[];
        return rows.map((row) => this.#sealer.pledge(row));
      }),

    get: (campaign, id) =>
      guarded(() => {
        const row = this.#pledgeRow(campaign, id);
        return row && this.#sealer.pledge(row);
      }),

    moderate: (kommune, campaign, id, action: PledgeAction, userId, now, audit) =>
      this.#write((): PledgeChange => {
        const row = this.#pledgeRow(campaign, id);
        if (!row || row.kommune !== kommune) return { outcome: 'not-found' };
        const target = MODERATED_STATE[action];
        if (row.state === 'withdrawn' && target !== 'withdrawn') return { outcome: 'withdrawn', pledge: this.#sealer.pledge(row) };
        if (row.state === target) return this.#changed(row, false);
        if (row.state === 'rejected' && target !== 'withdrawn' && this.#standing(row, row.seq)) return { outcome: 'duplicate' };
        this.#setPledgeState(row, target, { moderatedAt: new Date(now).toISOString(), moderatedBy: userId });
        this.#insertAudit(audit);
        return this.#changed(row, true);
      }),

    confirm: (campaign, id, now, moderation) =>
      this.#write((): PledgeChange => {
        const row = this.#pledgeRow(campaign, id);
        if (!row) return { outcome: 'not-found' };
        if (row.state === 'withdrawn') return { outcome: 'withdrawn', pledge: this.#sealer.pledge(row) };
        if (row.confirmed_at !== null) return this.#changed(row, false);
        const confirmedAt = new Date(now).toISOString();
        const state = row.state === 'pending-confirmation' ? (moderation ? 'pending-moderation' : 'published') : row.state;
        this.#setPledgeState(row, state, { confirmedAt });
        return this.#changed(row, true);
      }),

    withdraw: (campaign, id, _now, audit) =>
      this.#write((): PledgeChange => {
        const row = this.#pledgeRow(campaign, id);
        if (!row) return { outcome: 'not-found' };
        if (row.state === 'withdrawn') return this.#changed(row, false);
        this.#setPledgeState(row, 'withdrawn', {});
        this.#insertAudit(audit);
        return this.#changed(row, true);
      }),

    forgetEmails: (kommune, campaign, audit) =>
      this.#write(() => {
        const count = this.#prepare('UPDATE pledges SET email = NULL WHERE kommune = ? AND campaign = ? AND email IS NOT NULL').run(
          kommune,
          campaign,
        ).changes;
        const mails = this.#prepare(`DELETE FROM mail_queue WHERE kommune = ? AND ref = ? AND kind = '${PLEDGE_MAIL_KIND}'`).run(
          kommune,
          campaign,
        ).changes;
        if (count + mails > 0) this.#insertAudit(audit(count));
        return count;
      }),

    deleteUnconfirmed: (signedBefore) =>
      this.#write(
        () => this.#prepare("DELETE FROM pledges WHERE state = 'pending-confirmation' AND signed_at < ?").run(signedBefore).changes,
      ),

    linkSecret: () => {
      this.#linkSecret ??= this.#cipherKey
        ? Promise.resolve(derivedLinkSecret(this.#cipherKey))
        : this.#write(() => {
            const row = this.#prepare("SELECT value FROM server_secrets WHERE name = 'pledge-links'").get() as
              { value: Buffer } | undefined;
            if (row) return Uint8Array.from(row.value);
            const secret = randomBytes(32);
            this.#prepare("INSERT INTO server_secrets (name, value) VALUES ('pledge-links', ?)").run(secret);
            return Uint8Array.from(secret);
          });
      return this.#linkSecret;
    },
  };

  #linkSecret: Promise<Uint8Array> | undefined;

  #salt: { day: number; value: string } | undefined;

  addressSalt(day: number): Promise<string> {
    // One process owns a SQLite file: the salt lives in its memory, never on disk.
    if (this.#salt?.day !== day) this.#salt = { day, value: randomBytes(16).toString('hex') };
    return Promise.resolve(this.#salt.value);
  }

  health(): Promise<boolean> {
    return this.#write(() => {
      this.#db
        .prepare('INSERT INTO health_check (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at')
        .run(this.#now());
      return true;
    }).catch(() => false);
  }

  writeStats(): WriteQueueStats {
    return this.#queue.stats();
  }

  pragmas(): SqlitePragmas {
    const read = (name: string) => this.#db.pragma(name, { simple: true });
    return {
      journal_mode: String(read('journal_mode')),
      synchronous: Number(read('synchronous')),
      foreign_keys: Number(read('foreign_keys')),
      busy_timeout: Number(read('busy_timeout')),
      cache_size: Number(read('cache_size')),
    };
  }

  async close(): Promise<void> {
    await this.#queue.idle();
    return guarded(() => {
      if (this.#db.open) this.#db.close();
    });
  }
}
