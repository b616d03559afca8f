/**
 * Reports and signatures go to PostgreSQL in batches: a process's submissions wait in one queue while its calls are
 * under way, and the next call takes all of them (migration 9: `kw_submit_batch`). PostgreSQL's counterpart of the
 * SQLite write queue's group commit (write-batch.ts): one round trip, two commits and one WAL flush for a whole batch,
 * where each submission alone took nine statements and measured 42 % of a server process's time in socket writes at
 * 357 reports/s. Each submission still stands alone: its own subtransaction, its own result, acknowledged only once
 * the batch's transaction is durable.
 */
import type { PgDatabase } from './postgres-db.js';
import { IDEMPOTENCY_TTL_MS } from './rows.js';
import { StorageError, type NewMail, type RateLimitCheck, type StoredResponse } from './types.js';

/** What `kw_submit_batch` answers for one submission. */
export interface SubmitResult {
  outcome: string;
  reset_ms?: number;
  replay_status?: number;
  replay_body?: string;
  report_id?: number;
  unavailable?: number[];
  error?: string;
}

/** What every submission carries before its own fields. */
export interface SubmitHead {
  kommune: string;
  limits: readonly RateLimitCheck[];
  now: number;
  idempotency: { key: string; fingerprint: string };
  response: StoredResponse;
  mail: readonly NewMail[];
}

/** A submission as `kw_submit_batch` reads it: the shared fields, then its own (report or pledge). */
export type SubmitItem = ReturnType<typeof headFields> & { kind: 'report' | 'pledge' } & Record<string, unknown>;

/** The fields every submission shares, named as the procedure reads them. */
export function headFields({ kommune, limits, now, idempotency, response, mail }: SubmitHead) {
  return {
    kommune,
    limits: limits.map(({ key, windowMs, limit }) => ({ key, windowMs, limit })),
    now,
    key: idempotency.key,
    fingerprint: idempotency.fingerprint,
    keyExpires: now + IDEMPOTENCY_TTL_MS,
    responseStatus: response.status,
    responseBody: response.body,
    mail: mail.map((m) => ({
      kommune: m.kommune,
      recipient: m.recipient,
      subject: m.subject,
      body_text: m.bodyText,
      kind: m.kind,
      state: m.state,
      ref: m.ref ?? null,
    })),
  };
}

/** The outcomes every submission shares (refused by a limit, or its key taken); undefined for the others. */
export function sharedOutcome(
  result: SubmitResult,
):
  | { outcome: 'rate-limited'; resetMs: number }
  | { outcome: 'done'; response: StoredResponse }
  | { outcome: 'in-flight' }
  | { outcome: 'mismatch' }
  | undefined {
  switch (result.outcome) {
    case 'rate-limited':
      return { outcome: 'rate-limited', resetMs: result.reset_ms ?? 0 };
    case 'done':
      return { outcome: 'done', response: { status: result.replay_status ?? 0, body: result.replay_body ?? '' } };
    case 'in-flight':
    case 'mismatch':
      return { outcome: result.outcome };
    case 'error':
      throw new StorageError(`PostgreSQL: ${result.error ?? 'the submission failed'}`);
    default:
      return undefined;
  }
}

/**
 * How many calls a process has under way at once (default 1: measured on 2 cores, two server processes with one call
 * each stored 1 900 reports/s, with two calls each 1 400/s, and with four the p99 at 1 000/s was 304 ms against 52 ms:
 * more calls meant smaller batches and more PostgreSQL backends sharing the same cores), and how many submissions one
 * call takes at most.
 */
export interface SubmitQueueOptions {
  calls?: number;
  batch?: number;
}

interface Waiting {
  item: SubmitItem;
  resolve(result: SubmitResult): void;
  reject(error: unknown): void;
}

/**
 * The process's queue of submissions. A submission that finds a call free goes at once, alone; those that come while
 * every call is under way wait and go together in the next. A call that fails fails each of its submissions (nothing
 * of them is stored: the whole call is one transaction).
 */
export class SubmitQueue {
  #db: PgDatabase;
  #calls: number;
  #batch: number;
  #waiting: Waiting[] = [];
  #running = 0;

  constructor(db: PgDatabase, { calls = 1, batch = 64 }: SubmitQueueOptions = {}) {
    this.#db = db;
    this.#calls = calls;
    this.#batch = batch;
  }

  /** Store `item` with the next call; resolves to its result once that call's transaction is durable. */
  submit(item: SubmitItem): Promise<SubmitResult> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      this.#next();
    });
  }

  #next(): void {
    while (this.#running < this.#calls && this.#waiting.length > 0) {
      const batch = this.#waiting.splice(0, this.#batch);
      this.#running++;
      this.#db
        .call<{ results: SubmitResult[] }>('CALL kw_submit_batch($1)', [JSON.stringify(batch.map((w) => w.item))])
        .then(
          ({ results }) => batch.forEach((w, i) => w.resolve(results[i]!)),
          (error: unknown) => batch.forEach((w) => w.reject(error)),
        )
        .finally(() => {
          this.#running--;
          this.#next();
        });
    }
  }
}
