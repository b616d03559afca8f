/**
 * The storage interface the routes use. Every SQL statement lives behind it (SQLite now; a PostgreSQL backend can be
 * added behind the same interface), so it is asynchronous even where SQLite is not.
 */

/** An answer stored with an idempotency key, replayed for a retried request. */
export interface StoredResponse {
  status: number;
  /** The JSON body as sent. */
  body: string;
}

/** What {@link IdempotencyStore.begin} found for a key. */
export type IdempotencyBegin =
  /** The key is new (or its record expired): it is now held in flight by this request. */
  | { state: 'started' }
  /** A request with this key and the same body finished: replay its answer. */
  | { state: 'done'; response: StoredResponse }
  /** A request with this key and the same body is still running. */
  | { state: 'in-flight' }
  /** The key was used with a different body. */
  | { state: 'mismatch' };

/** One idempotency record. */
export interface IdempotencyRecord {
  key: string;
  fingerprint: string;
  state: 'in-flight' | 'done';
  response?: StoredResponse;
  /** Milliseconds since the epoch: end of the in-flight lease, or of the 24 h replay period. */
  expiresAt: number;
}

/** Idempotency records (IETF draft `Idempotency-Key`), shared by every server process that shares the database. */
export interface IdempotencyStore {
  /** The live record for `key`, if any. */
  get(key: string): Promise<IdempotencyRecord | undefined>;
  /** Look `key` up and, when it is new, hold it in flight for this request, atomically. */
  begin(key: string, fingerprint: string): Promise<IdempotencyBegin>;
  /** Store the first answer for `key`, to be replayed for 24 h. */
  complete(key: string, response: StoredResponse): Promise<void>;
  /** Drop an in-flight hold (the request failed before anything was stored), so a retry can run. */
  release(key: string): Promise<void>;
}

/** A report to store: its validated body and what the spam trap found. */
export interface NewReport {
  /** The validated submission, stored as JSON. */
  body: unknown;
  possibleSpam: boolean;
}

/** A stored report's identity. */
export interface SavedReport {
  id: number;
  /** Human-friendly, unique, e.g. `HT-2026-7K3Q9P`. */
  receipt: string;
  kommune: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
}

/** The idempotency key a report is saved under; `respond` makes the answer stored with it in the same commit. */
export interface ReportIdempotency {
  key: string;
  respond(saved: SavedReport): StoredResponse;
}

/** The outcome of counting one request against a limit. */
export interface RateLimitHit {
  allowed: boolean;
  /** Milliseconds until the window resets (when not allowed: how long to wait). */
  resetMs: number;
}

/** Everything the server stores. */
export interface Storage {
  /** Apply the migrations not yet applied; returns the schema version. */
  migrate(): Promise<number>;
  /** Store a report and complete its idempotency key in one commit; resolves only after the commit is durable. */
  saveReport(kommune: string, report: NewReport, idempotency: ReportIdempotency): Promise<SavedReport>;
  idempotency: IdempotencyStore;
  /** Count one request under `key` in a fixed window of `windowMs`; allowed while the count is at most `limit`. */
  hitRateLimit(key: string, windowMs: number, limit: number): Promise<RateLimitHit>;
  /** Whether a write can be committed right now. */
  health(): Promise<boolean>;
  close(): Promise<void>;
}

/** Storage failed (disk full, read-only, locked, closed): answered `503 unavailable` with `Retry-After`. */
export class StorageError extends Error {
  override name = 'StorageError';
}
