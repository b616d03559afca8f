/**
 * Inbox users, sessions, sign-in failures and the audit log in PostgreSQL. A user is created in its kommune's scope;
 * what is looked up before the kommune is known (a user by e-mail, a session by its token's hash) is the service's own
 * work. A session row carries its user's kommune, so row-level security holds sessions too.
 */
import { SERVICE, type PgDatabase } from './postgres-db.js';
import { insertAudit } from './postgres-writes.js';
import { auditEntry, sessionRecord, type AuditRow, type SessionRow, type UserRow } from './rows.js';
import type { ValueSealer } from './sealing.js';
import type { AuthStore } from './types.js';
import type { PgTx } from './postgres-db.js';
import type { SubmitQueue } from './postgres-submit.js';

/** What the PostgreSQL stores share. */
export interface PgStoreContext {
  db: PgDatabase;
  sealer: ValueSealer;
  now: () => number;
  /** Note `count` rate-limit counts made by a submission's own call: every 1000th sweeps expired rows. */
  counted(count: number, now: number): void;
  /** The process's queue of submissions (postgres-submit.ts). */
  submits: SubmitQueue;
}

export function postgresAuthStore({ db, sealer }: PgStoreContext): AuthStore {
  const service = <T>(body: (tx: PgTx) => Promise<T>) => db.tx(SERVICE, body);
  return {
    createUser: (user, now) =>
      db.tx(user.kommune, async (tx) =>
        sealer.user(
          await tx.one<UserRow>(
            `INSERT INTO users (kommune, email, name, role, password_hash, created_at, must_change_password)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (email) DO NOTHING RETURNING *`,
            [
              user.kommune,
              user.email.toLowerCase(),
              user.name,
              user.role,
              user.passwordHash,
              new Date(now).toISOString(),
              user.temporaryPassword === true,
            ],
          ),
        ),
      ),
    findUserByEmail: (email) =>
      service(async (tx) => sealer.user(await tx.one<UserRow>('SELECT * FROM users WHERE email = $1', [email.toLowerCase()]))),
    getUser: (id) => service(async (tx) => sealer.user(await tx.one<UserRow>('SELECT * FROM users WHERE id = $1', [id]))),
    setPassword: (userId, passwordHash, options = {}) =>
      service(async (tx) => {
        const changed =
          (
            await tx.query('UPDATE users SET password_hash = $1, must_change_password = $2 WHERE id = $3', [
              passwordHash,
              options.temporary === true,
              userId,
            ])
          ).count === 1;
        await tx.query('DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2', [userId, options.keepSession ?? null]);
        return changed;
      }),
    setDisabled: (userId, disabled) =>
      service(async (tx) => {
        const changed = (await tx.query('UPDATE users SET disabled = $1 WHERE id = $2', [disabled, userId])).count === 1;
        if (disabled) await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
        return changed;
      }),
    setSecondFactor: (userId, factor) =>
      service(async (tx) => {
        if (factor) {
          await tx.query(
            'UPDATE users SET totp_secret = $1, totp_enrolled_at = NULL, totp_last_step = NULL, recovery_codes = $2 WHERE id = $3',
            [sealer.sealTotp(userId, factor.secret), JSON.stringify(factor.recoveryCodeHashes), userId],
          );
        } else {
          await tx.query(
            "UPDATE users SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL, recovery_codes = '[]' WHERE id = $1",
            [userId],
          );
          await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
        }
      }),
    confirmSecondFactor: (userId, now) =>
      service(async (tx) => {
        await tx.query('UPDATE users SET totp_enrolled_at = $1 WHERE id = $2 AND totp_secret IS NOT NULL', [
          new Date(now).toISOString(),
          userId,
        ]);
      }),
    useTotpStep: (userId, step) =>
      service(
        async (tx) =>
          (
            await tx.query('UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)', [
              step,
              userId,
            ])
          ).count === 1,
      ),
    useRecoveryCode: (userId, codeHash) =>
      service(async (tx) => {
        const row = await tx.one<{ recovery_codes: string }>('SELECT recovery_codes FROM users WHERE id = $1 FOR UPDATE', [userId]);
        const codes = row ? (JSON.parse(row.recovery_codes) as string[]) : [];
        if (!codes.includes(codeHash)) return false;
        await tx.query('UPDATE users SET recovery_codes = $1 WHERE id = $2', [JSON.stringify(codes.filter((c) => c !== codeHash)), userId]);
        return true;
      }),
    createSession: (session) =>
      service(async (tx) => {
        const created = await tx.query(
          `INSERT INTO sessions (id, user_id, kommune, csrf_token, limited, created_at, last_seen_at, expires_at)
           SELECT $1, id, kommune, $3, $4, $5, $6, $7 FROM users WHERE id = $2`,
          [session.id, session.userId, session.csrfToken, session.limited, session.createdAt, session.lastSeenAt, session.expiresAt],
        );
        if (created.count !== 1) throw new Error(`No user ${session.userId} to start a session for.`);
      }),
    getSession: (id) =>
      service(async (tx) => {
        const row = await tx.one<SessionRow>('SELECT * FROM sessions WHERE id = $1', [id]);
        return row && sessionRecord(row);
      }),
    touchSession: (id, now) =>
      service(async (tx) => {
        await tx.query('UPDATE sessions SET last_seen_at = $1 WHERE id = $2', [now, id]);
      }),
    deleteSession: (id) =>
      service(async (tx) => {
        await tx.query('DELETE FROM sessions WHERE id = $1', [id]);
      }),
    lockedUntil: (keys) =>
      service(async (tx) => {
        const row = await tx.one<{ until: number | null }>('SELECT max(locked_until) AS until FROM login_failures WHERE key = ANY($1)', [
          [...keys],
        ]);
        return Math.max(0, row?.until ?? 0);
      }),
    recordFailure: (keys, now, resetAfterMs, lockMs) =>
      service(async (tx) => {
        const locked: number[] = [];
        for (const key of keys) {
          const row = await tx.one<{ count: number; last_failure_at: number }>(
            'SELECT count, last_failure_at FROM login_failures WHERE key = $1 FOR UPDATE',
            [key],
          );
          const count = row && now - row.last_failure_at < resetAfterMs ? row.count + 1 : 1;
          const lock = lockMs(count, key);
          const lockedUntil = lock > 0 ? now + lock : 0;
          await tx.query(
            `INSERT INTO login_failures (key, count, last_failure_at, locked_until) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key) DO UPDATE SET count = excluded.count, last_failure_at = excluded.last_failure_at,
               locked_until = excluded.locked_until`,
            [key, count, now, lockedUntil],
          );
          locked.push(lockedUntil);
        }
        return locked;
      }),
    clearFailures: (key) =>
      service(async (tx) => {
        await tx.query('DELETE FROM login_failures WHERE key = $1', [key]);
      }),
    audit: (entry) => db.tx(entry.kommune ?? SERVICE, (tx) => insertAudit(tx, entry)),
    listAudit: (kommune, page) =>
      db.tx(kommune ?? SERVICE, async (tx) => {
        const params: unknown[] = [];
        const where: string[] = [];
        if (kommune !== undefined) where.push(`kommune = $${params.push(kommune)}`);
        if (page?.beforeId !== undefined) where.push(`id < $${params.push(page.beforeId)}`);
        const order = page ? `DESC LIMIT $${params.push(page.limit)}` : '';
        const { rows } = await tx.query<AuditRow>(
          `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id ${order}`,
          params,
        );
        return rows.map(auditEntry);
      }),
    sweep: (now, idleBefore, failuresBefore) =>
      service(async (tx) => ({
        sessions: (await tx.query('DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [now, idleBefore])).count,
        failures: (await tx.query('DELETE FROM login_failures WHERE last_failure_at < $1 AND locked_until <= $2', [failuresBefore, now]))
          .count,
      })),
  };
}
