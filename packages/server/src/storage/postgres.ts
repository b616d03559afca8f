/**
 * The PostgreSQL backend (node-postgres with a pool), for a shared service: many kommuner, several server processes,
 * one database. Each request is one transaction, acknowledged only after its COMMIT (`synchronous_commit` on, the
 * default); PostgreSQL itself commits concurrent transactions together. Tenancy is held by row-level security as well
 * as by each statement's `WHERE kommune = …` (migrations.ts, postgres-db.ts).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { MIGRATIONS } from './migrations.js';
import { PgDatabase, SERVICE, type PgPoolOptions } from './postgres-db.js';
import { postgresAuthStore } from './postgres-auth.js';
import { postgresInboxStore, postgresKommuneDataStore } from './postgres-inbox.js';
import { postgresPledgeStore } from './postgres-pledges.js';
import { headFields, sharedOutcome, SubmitQueue } from './postgres-submit.js';
import { claimKey, completeKey, countHit, releaseKey } from './postgres-writes.js';
import { newReceipt } from './receipt.js';
import { KEY_CHECK_CONTEXT, attachmentContext, createReportCipher } from './report-crypto.js';
import {
  ATTACHMENT_TTL_MS,
  IN_FLIGHT_LEASE_MS,
  KEY_CHECK_PLAIN,
  attachmentInfo,
  blob,
  listColumns,
  mailMessage,
  type AttachmentRow,
  type IdempotencyRow,
  type MailRow,
  type ReportRow,
} from './rows.js';
import { ValueSealer } from './sealing.js';
import {
  StorageError,
  type AttachmentIdempotency,
  type AttachmentInfo,
  type AuthStore,
  type IdempotencyBegin,
  type IdempotencyRecord,
  type KommuneDataStore,
  type MailMessage,
  type MailState,
  type NewAttachment,
  type PledgeStore,
  type RateLimitHit,
  type ReportInboxStore,
  type ReportSubmissionResult,
  type ReportSubmissionWrite,
  type Storage,
  type StoredAttachment,
  type StoredReport,
  type StoredResponse,
} from './types.js';

/** Options for {@link openPostgresStorage}. */
export interface PostgresOptions extends PgPoolOptions {
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
  /** `KW_REPORT_KEY` (32 bytes): report bodies, attachments and short texts are then stored sealed. */
  reportKey?: Uint8Array;
  /**
   * The URL of the role that owns the tables and runs the migrations (`KW_MIGRATE_DATABASE_URL`); default: the
   * server's own URL. The server's role is then granted what it needs on every table, and owns none.
   */
  migrateUrl?: string;
}

/** The advisory lock migrations run under: processes starting together migrate once. */
const MIGRATION_LOCK = 0x6b77_0001;

/** Whether `location` names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//.test(location);

/** Open a pool to the PostgreSQL database at `url`; call `migrate()` before use. */
export function openPostgresStorage(url: string, options: PostgresOptions = {}): Storage {
  return new PostgresStorage(url, options);
}

class PostgresStorage implements Storage {
  #db: PgDatabase;
  #url: string;
  #migrateUrl: string;
  #now: () => number;
  #sealer: ValueSealer;
  #cipherKey: Uint8Array | undefined;
  #hits = 0;
  #submits: SubmitQueue;

  auth: AuthStore;
  inbox: ReportInboxStore;
  pledges: PledgeStore;
  kommuner: KommuneDataStore;

  constructor(url: string, options: PostgresOptions) {
    this.#url = url;
    this.#migrateUrl = options.migrateUrl ?? url;
    this.#db = new PgDatabase(url, options);
    this.#submits = new SubmitQueue(this.#db);
    this.#now = options.now ?? Date.now;
    this.#sealer = new ValueSealer(options.reportKey ? createReportCipher(options.reportKey) : undefined);
    this.#cipherKey = options.reportKey;
    const context = { db: this.#db, sealer: this.#sealer, now: this.#now, counted: this.#counted.bind(this), submits: this.#submits };
    this.auth = postgresAuthStore(context);
    this.inbox = postgresInboxStore(context);
    this.kommuner = postgresKommuneDataStore(context);
    this.pledges = postgresPledgeStore(context, () => this.#cipherKey);
  }

  async migrate(): Promise<number> {
    const owner = new pg.Client({ connectionString: this.#migrateUrl });
    owner.on('error', () => {});
    try {
      await owner.connect();
      await owner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      // Created only when missing: a server role without CREATE may start on a database its owner migrated.
      if (!(await owner.query<{ found: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS found")).rows[0]!.found)
        await owner.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
      const applied = new Set(
        (await owner.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)),
      );
      const known = Math.max(0, ...MIGRATIONS.map((m) => m.version));
      const newest = Math.max(0, ...applied);
      if (newest > known)
        throw new StorageError(`The database is at schema version ${newest}, newer than this server knows (${known}): upgrade the server.`);
      for (const migration of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
        if (applied.has(migration.version)) continue;
        await owner.query('BEGIN');
        try {
          await owner.query(migration.postgres);
          await owner.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
            migration.version,
            migration.name,
            new Date(this.#now()).toISOString(),
          ]);
          await owner.query('COMMIT');
        } catch (error) {
          await owner.query('ROLLBACK');
          throw error;
        }
        applied.add(migration.version);
      }
      await this.#grant(owner);
      await owner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    } catch (error) {
      throw error instanceof StorageError ? error : new StorageError(`PostgreSQL: ${(error as Error).message}`, { cause: error });
    } finally {
      await owner.end().catch(() => {});
    }
    await this.#checkRole();
    await this.#checkKey();
    await this.#fillListColumns();
    return Math.max(...MIGRATIONS.map((m) => m.version));
  }

  /** The server's role (when it is not the owner) gets rows, never tables: it can neither alter nor bypass them. */
  async #grant(owner: pg.Client): Promise<void> {
    const user = decodeURIComponent(new URL(this.#url).username) || undefined;
    const me = (await owner.query<{ u: string }>('SELECT current_user AS u')).rows[0]!.u;
    if (!user || user === me) return;
    const role = owner.escapeIdentifier(user);
    const schema = owner.escapeIdentifier((await owner.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s);
    await owner.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role};
      GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role};
      GRANT EXECUTE ON ALL ROUTINES IN SCHEMA ${schema} TO ${role};
      REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ${role};`);
  }

  /** Refuse a server role that row-level security does not hold (a superuser, or one with BYPASSRLS). */
  async #checkRole(): Promise<void> {
    const role = await this.#db.tx(SERVICE, (tx) =>
      tx.one<{ rolsuper: boolean; rolbypassrls: boolean; rolname: string }>(
        'SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
      ),
    );
    if (role && (role.rolsuper || role.rolbypassrls))
      throw new StorageError(
        `The server connects to PostgreSQL as «${role.rolname}», which row-level security does not hold (superuser or BYPASSRLS): ` +
          'connect as a role of its own (docs/delt-tjeneste.md).',
      );
  }

  /** As in SQLite: refuse a key that is not the database's; the first start with a key seals what was stored before. */
  async #checkKey(): Promise<void> {
    const cipher = this.#sealer.cipher;
    await this.#db.tx(SERVICE, async (tx) => {
      const row = await tx.one<{ sealed: Buffer }>('SELECT sealed FROM report_key_check WHERE id = 1');
      if (!cipher) {
        if (row)
          throw new StorageError(
            'This database holds reports encrypted with KW_REPORT_KEY: start the server with that key (docs/server.md).',
          );
        return;
      }
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
      for (const r of (await tx.query<ReportRow>('SELECT * FROM reports WHERE NOT encrypted FOR UPDATE')).rows)
        await tx.query('UPDATE reports SET body = $1, encrypted = true WHERE id = $2', [
          this.#sealer.sealReportBody(r.kommune, r.receipt, r.body),
          r.id,
        ]);
      for (const a of (await tx.query<AttachmentRow>('SELECT * FROM attachments WHERE NOT encrypted FOR UPDATE')).rows)
        await tx.query('UPDATE attachments SET data = $1, encrypted = true WHERE id = $2', [
          blob(cipher.seal(Uint8Array.from(a.data!), attachmentContext(a.kommune, a.id))),
          a.id,
        ]);
      await tx.query('INSERT INTO report_key_check (id, sealed) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
        blob(cipher.seal(KEY_CHECK_PLAIN, KEY_CHECK_CONTEXT)),
      ]);
    });
  }

  /** Fill the list columns of reports stored before migration 6 (none, unless the database predates it). */
  async #fillListColumns(): Promise<void> {
    await this.#db.tx(SERVICE, async (tx) => {
      for (const row of (await tx.query<ReportRow>('SELECT * FROM reports WHERE NOT listed FOR UPDATE')).rows) {
        const list = listColumns(JSON.parse(this.#sealer.openReportBody(row)) as unknown);
        await tx.query('UPDATE reports SET danger = $1, threat = $2, kinds = $3, role = $4, listed = true WHERE id = $5', [
          list.danger === 1,
          list.threat === 1,
          list.kinds,
          list.role,
          row.id,
        ]);
      }
    });
  }

  /**
   * With the next call of the submission queue (postgres-submit.ts, migration 9): the limits in a transaction that
   * waits for no disk, then the report with its attachments, mail and answer under its key in a durable one.
   */
  async submitReport(submission: ReportSubmissionWrite): Promise<ReportSubmissionResult> {
    const now = this.#now();
    const date = new Date(now);
    const receivedAt = date.toISOString();
    const { kommune, report } = submission;
    const list = listColumns(report.body);
    const body = JSON.stringify(report.body);
    let limits = submission.limits;
    this.#counted(limits.length, now);
    for (let attempt = 0; attempt < 10; attempt++) {
      const receipt = newReceipt(date);
      const response = submission.respond({ receipt, kommune, receivedAt });
      const result = await this.#submits.submit({
        kind: 'report',
        ...headFields({ kommune, limits, now, idempotency: submission.idempotency, response, mail: submission.notify ?? [] }),
        receipt,
        createdAt: receivedAt,
        possibleSpam: report.possibleSpam,
        body: this.#sealer.sealReportBody(kommune, receipt, body),
        encrypted: this.#sealer.cipher !== undefined,
        danger: list.danger === 1,
        threat: list.threat === 1,
        kinds: list.kinds,
        role: list.role,
        attachments: report.attachments ?? [],
      });
      const shared = sharedOutcome(result);
      if (shared) return shared;
      if (result.outcome === 'created')
        return { outcome: 'created', saved: { id: result.report_id!, receipt, kommune, receivedAt }, response };
      if (result.outcome === 'attachments-unavailable') return { outcome: 'attachments-unavailable', indexes: result.unavailable ?? [] };
      if (result.outcome !== 'receipt-taken') throw new StorageError(`kw_submit_batch answered «${result.outcome}» for a report.`);
      limits = []; // counted once: the next call only draws another receipt number
    }
    throw new StorageError('No free receipt number found.');
  }

  idempotency = {
    get: (key: string): Promise<IdempotencyRecord | undefined> =>
      this.#db.tx(SERVICE, async (tx) => {
        const row = await tx.one<IdempotencyRow>('SELECT * FROM idempotency_keys WHERE key = $1 AND expires_at > $2', [key, this.#now()]);
        if (!row) return undefined;
        const record: IdempotencyRecord = { key: row.key, fingerprint: row.fingerprint, state: row.state, expiresAt: row.expires_at };
        if (row.state === 'done') record.response = { status: row.response_status ?? 0, body: row.response_body ?? '' };
        return record;
      }),
    begin: (key: string, fingerprint: string): Promise<IdempotencyBegin> =>
      this.#db.tx(SERVICE, (tx) => claimKey(tx, key, fingerprint, this.#now(), IN_FLIGHT_LEASE_MS)),
    complete: (key: string, response: StoredResponse): Promise<void> =>
      this.#db.tx(SERVICE, (tx) => completeKey(tx, key, response, this.#now())),
    release: (key: string): Promise<void> => this.#db.tx(SERVICE, (tx) => releaseKey(tx, key)),
  };

  saveAttachment(kommune: string, attachment: NewAttachment, idempotency?: AttachmentIdempotency): Promise<AttachmentInfo> {
    return this.#db.tx(kommune, async (tx) => {
      const now = this.#now();
      await tx.query('DELETE FROM attachments WHERE report_id IS NULL AND expires_at <= $1', [now]);
      const { id, type, bytes } = attachment;
      const info: AttachmentInfo = {
        id,
        kommune,
        type,
        size: bytes.byteLength,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + ATTACHMENT_TTL_MS).toISOString(),
      };
      const cipher = this.#sealer.cipher;
      await tx.query(
        'INSERT INTO attachments (id, kommune, type, size, created_at, expires_at, encrypted, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          id,
          kommune,
          type,
          info.size,
          info.createdAt,
          now + ATTACHMENT_TTL_MS,
          cipher !== undefined,
          blob(cipher ? cipher.seal(bytes, attachmentContext(kommune, id)) : bytes),
        ],
      );
      if (idempotency) await completeKey(tx, idempotency.key, idempotency.respond(info), now);
      return info;
    });
  }

  getReport(kommune: string, receipt: string): Promise<StoredReport | undefined> {
    return this.#db.tx(kommune, async (tx) => {
      const row = await tx.one<ReportRow>('SELECT * FROM reports WHERE kommune = $1 AND receipt = $2', [kommune, receipt]);
      if (!row) return undefined;
      const attachments = await tx.query<AttachmentRow>(
        'SELECT id, kommune, type, size, created_at, expires_at, encrypted FROM attachments WHERE report_id = $1 ORDER BY position',
        [row.id],
      );
      return this.#sealer.report(row, attachments.rows.map(attachmentInfo));
    });
  }

  getAttachment(kommune: string, id: string): Promise<StoredAttachment | undefined> {
    return this.#db.tx(kommune, async (tx) => {
      const row = await tx.one<AttachmentRow>(
        `SELECT a.*, r.receipt FROM attachments a LEFT JOIN reports r ON r.id = a.report_id
         WHERE a.kommune = $1 AND a.id = $2 AND (a.report_id IS NOT NULL OR a.expires_at > $3)`,
        [kommune, id, this.#now()],
      );
      return this.#sealer.attachment(row);
    });
  }

  deleteExpiredAttachments(): Promise<number> {
    return this.#db.tx(
      SERVICE,
      async (tx) => (await tx.query('DELETE FROM attachments WHERE report_id IS NULL AND expires_at <= $1', [this.#now()])).count,
    );
  }

  hitRateLimit(key: string, windowMs: number, limit: number): Promise<RateLimitHit> {
    return this.#hit(key, windowMs, limit, this.#now());
  }

  /** Count one request, committed on its own; every 1000th count of this process also forgets what has expired. */
  #hit(key: string, windowMs: number, limit: number, now: number): Promise<RateLimitHit> {
    this.#counted(1, now);
    return countHit(this.#db.counting, key, windowMs, limit, now);
  }

  /** Note `count` requests counted (here or in a submission's call); every 1000th sweeps what has expired. */
  #counted(count: number, now: number): void {
    const before = this.#hits;
    this.#hits += count;
    if (Math.floor(before / 1000) !== Math.floor(this.#hits / 1000)) void this.#sweep(now);
  }

  /** Forget expired rate-limit windows, idempotency records and unreferenced attachments, in a transaction of its own. */
  #sweep(now: number): Promise<void> {
    return this.#db
      .tx(SERVICE, async (tx) => {
        await tx.query('DELETE FROM rate_limits WHERE window_end <= $1', [now]);
        await tx.query('DELETE FROM idempotency_keys WHERE expires_at <= $1', [now]);
        await tx.query('DELETE FROM attachments WHERE report_id IS NULL AND expires_at <= $1', [now]);
      })
      .catch(() => {});
  }

  listMail(kommune: string, filter: { state?: MailState } = {}): Promise<MailMessage[]> {
    return this.#db.tx(kommune, async (tx) => {
      const { rows } = filter.state
        ? await tx.query<MailRow>('SELECT * FROM mail_queue WHERE kommune = $1 AND state = $2 ORDER BY id DESC', [kommune, filter.state])
        : await tx.query<MailRow>('SELECT * FROM mail_queue WHERE kommune = $1 ORDER BY id DESC', [kommune]);
      return rows.map(mailMessage);
    });
  }

  claimMail(limit: number, leaseMs: number): Promise<MailMessage[]> {
    return this.#db.tx(SERVICE, async (tx) => {
      const now = this.#now();
      // SKIP LOCKED: workers in other processes claim other messages instead of waiting for these.
      const { rows } = await tx.query<MailRow>(
        `UPDATE mail_queue SET lease_until = $2
         WHERE id IN (SELECT id FROM mail_queue
           WHERE state = 'queued' AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
           ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        [now, now + leaseMs, limit],
      );
      return rows.sort((a, b) => a.id - b.id).map(mailMessage);
    });
  }

  markMailSent(id: number): Promise<void> {
    return this.#db.tx(SERVICE, async (tx) => {
      await tx.query(
        "UPDATE mail_queue SET state = 'sent', sent_at = $1, attempts = attempts + 1, lease_until = NULL, last_error = NULL WHERE id = $2",
        [new Date(this.#now()).toISOString(), id],
      );
    });
  }

  markMailFailed(id: number, error: string, retryInMs?: number): Promise<void> {
    return this.#db.tx(SERVICE, async (tx) => {
      await tx.query(
        `UPDATE mail_queue SET state = $1, attempts = attempts + 1, last_error = $2, lease_until = NULL, next_attempt_at = $3
         WHERE id = $4`,
        [retryInMs === undefined ? 'failed' : 'queued', error, this.#now() + (retryInMs ?? 0), id],
      );
    });
  }

  addressSalt(day: number): Promise<string> {
    return this.#db.tx(SERVICE, async (tx) => {
      const name = `address-salt:${day}`;
      // Made by whichever process asks first; the others read it. Earlier days' salts are forgotten.
      await tx.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, randomBytes(16)]);
      await tx.query("DELETE FROM server_secrets WHERE name LIKE 'address-salt:%' AND substring(name FROM 14)::integer < $1", [day - 1]);
      const row = await tx.one<{ value: Buffer }>('SELECT value FROM server_secrets WHERE name = $1', [name]);
      return row!.value.toString('hex');
    });
  }

  health(): Promise<boolean> {
    return this.#db
      .tx(SERVICE, async (tx) => {
        await tx.query(
          'INSERT INTO health_check (id, checked_at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
          [this.#now()],
        );
        return true;
      })
      .catch(() => false);
  }

  close(): Promise<void> {
    return this.#db.close();
  }
}
