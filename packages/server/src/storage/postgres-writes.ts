/**
 * Statements several PostgreSQL stores make inside their transactions: rate-limit counts, idempotency keys held across
 * processes, audit rows. (A submission's own writes are one procedure call: postgres-submit.ts.)
 */
import type { PgTx } from './postgres-db.js';
import { IDEMPOTENCY_TTL_MS, type IdempotencyRow } from './rows.js';
import type { AuditEntry, IdempotencyBegin, RateLimitHit, StoredResponse } from './types.js';

/** Count one request under `key` in a fixed window; the row lock makes concurrent counts (any process) add up. */
export async function countHit(tx: PgTx, key: string, windowMs: number, limit: number, now: number): Promise<RateLimitHit> {
  const row = (await tx.one<{ window_end: number; count: number }>(
    `INSERT INTO rate_limits (key, window_end, count) VALUES ($1, $2, 1)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN rate_limits.window_end <= $3 THEN 1 ELSE rate_limits.count + 1 END,
       window_end = CASE WHEN rate_limits.window_end <= $3 THEN excluded.window_end ELSE rate_limits.window_end END
     RETURNING window_end, count`,
    [key, now + windowMs, now],
  ))!;
  return { allowed: row.count <= limit, resetMs: Math.max(0, row.window_end - now) };
}

/**
 * Take `key` for this transaction, or say what holds it. The insert waits on the key's unique index while another
 * transaction (in any process) holds the same key uncommitted, and then finds its committed answer: the same key sent
 * to two processes at once stores once and answers both alike. An expired record is taken over.
 */
export async function claimKey(tx: PgTx, key: string, fingerprint: string, now: number, leaseMs: number): Promise<IdempotencyBegin> {
  const taken = await tx.one(
    `INSERT INTO idempotency_keys (key, fingerprint, state, expires_at) VALUES ($1, $2, 'in-flight', $3)
     ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, state = 'in-flight', response_status = NULL,
       response_body = NULL, expires_at = excluded.expires_at
     WHERE idempotency_keys.expires_at <= $4
     RETURNING key`,
    [key, fingerprint, now + leaseMs, now],
  );
  if (taken) return { state: 'started' };
  const row = await tx.one<IdempotencyRow>('SELECT * FROM idempotency_keys WHERE key = $1', [key]);
  if (!row) return { state: 'in-flight' }; // released meanwhile by its holder: a retry will take it
  if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
  if (row.state === 'in-flight') return { state: 'in-flight' };
  return { state: 'done', response: { status: row.response_status ?? 0, body: row.response_body ?? '' } };
}

/** Store the answer under a key this transaction holds, replayed for 24 h. */
export async function completeKey(tx: PgTx, key: string, response: StoredResponse, now: number): Promise<void> {
  await tx.query("UPDATE idempotency_keys SET state = 'done', response_status = $1, response_body = $2, expires_at = $3 WHERE key = $4", [
    response.status,
    response.body,
    now + IDEMPOTENCY_TTL_MS,
    key,
  ]);
}

/** Give back a key this transaction took but stored nothing under (closed, duplicate, unavailable attachments). */
export async function releaseKey(tx: PgTx, key: string): Promise<void> {
  await tx.query("DELETE FROM idempotency_keys WHERE key = $1 AND state = 'in-flight'", [key]);
}

export async function insertAudit(tx: PgTx, entry: AuditEntry): Promise<void> {
  await tx.query('INSERT INTO audit_log (at, kommune, user_id, action, target, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.at,
    entry.kommune,
    entry.userId,
    entry.action,
    entry.target ?? null,
    JSON.stringify(entry.detail ?? {}),
  ]);
}
