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

/**
 * Idempotency records (IETF draft `Idempotency-Key`), shared by every server process that shares the database. A
 * request that needs several writes (an upload: the file is checked between them) holds its key in flight with a
 * lease; a report needs none, since {@link Storage.submitReport} looks the key up and completes it in one write.
 */
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
  /**
   * Ids of uploaded attachments to link to the report, in order, in the same commit. Each must be of the same kommune,
   * not expired and not linked yet; else nothing of the report is stored (`attachments-unavailable`).
   */
  attachments?: readonly string[];
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

/** One rate limit to count: a fixed window of `windowMs` under `key`, allowed while its count is at most `limit`. */
export interface RateLimitCheck {
  key: string;
  windowMs: number;
  limit: number;
}

/** Everything one `POST /reports` writes, as ONE write (see {@link Storage.submitReport}). */
export interface ReportSubmissionWrite {
  kommune: string;
  /**
   * Counted first, in order. The first limit that refuses ends the write with `rate-limited`: its own count (and those
   * before it) stay counted, the later ones are not counted, and nothing else is written. A refused request thus still
   * counts where it was refused; the windows are fixed, so that never makes the wait longer.
   */
  limits: readonly RateLimitCheck[];
  /** The `Idempotency-Key` and the fingerprint (hash) of the request body it must match. */
  idempotency: { key: string; fingerprint: string };
  report: NewReport;
  /** The answer to send and to store with the key, made from the saved report inside the same write. */
  respond(saved: SavedReport): StoredResponse;
}

/** What {@link Storage.submitReport} did, as the route answers it. */
export type ReportSubmissionResult =
  /** Stored, with its answer stored under the key; durable when the promise resolves. */
  | { outcome: 'created'; saved: SavedReport; response: StoredResponse }
  /** A limit refused: wait `resetMs`. */
  | { outcome: 'rate-limited'; resetMs: number }
  /** The key finished earlier with the same body: replay its answer (nothing new stored). */
  | { outcome: 'done'; response: StoredResponse }
  /** Another process holds the key in flight (its lease has not run out). */
  | { outcome: 'in-flight' }
  /** The key was used with a different body. */
  | { outcome: 'mismatch' }
  /** Attachments at these positions are unknown, another kommune's, expired or already linked: nothing stored. */
  | { outcome: 'attachments-unavailable'; indexes: number[] };

/** An uploaded file to store (already checked and cleaned by the route). */
export interface NewAttachment {
  /** Random, unguessable, a valid schema `Id`. */
  id: string;
  type: string;
  bytes: Uint8Array;
}

/** A stored attachment's metadata. */
export interface AttachmentInfo {
  id: string;
  kommune: string;
  type: string;
  /** Bytes as stored (after metadata removal). */
  size: number;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** ISO 8601, UTC: until then a report may reference it; an unreferenced attachment is deleted after. */
  expiresAt: string;
}

/** A stored attachment with its bytes (decrypted). */
export interface StoredAttachment extends AttachmentInfo {
  bytes: Uint8Array;
  /** The receipt of the report it belongs to, once linked. */
  receipt?: string;
}

/** The idempotency key an attachment is saved under; `respond` makes the answer stored with it in the same commit. */
export interface AttachmentIdempotency {
  key: string;
  respond(saved: AttachmentInfo): StoredResponse;
}

/** A stored report as the inbox reads it (body decrypted). */
export interface StoredReport {
  receipt: string;
  kommune: string;
  /** The validated submission as it was stored. */
  body: unknown;
  status: string;
  possibleSpam: boolean;
  /** ISO 8601, UTC. */
  receivedAt: string;
  /** Its attachments in the order the report named them (metadata only: read bytes with `getAttachment`). */
  attachments: AttachmentInfo[];
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
  /**
   * A report submission as ONE write (one transaction; in SQLite one savepoint of the shared group commit): count the
   * limits, look the idempotency key up, and only then store the report, link its attachments and store the answer
   * under the key. Resolves only after that write is durable, whatever the outcome. (In PostgreSQL: one transaction
   * whose key insert, `ON CONFLICT DO NOTHING`, makes a concurrent duplicate in another process wait for the first
   * transaction and then replay its answer.)
   */
  submitReport(submission: ReportSubmissionWrite): Promise<ReportSubmissionResult>;
  idempotency: IdempotencyStore;
  /**
   * Store an uploaded file (encrypted when the storage has a key), completing its idempotency key in the same commit
   * when one is given; also deletes unreferenced attachments whose 24 h have passed.
   */
  saveAttachment(kommune: string, attachment: NewAttachment, idempotency?: AttachmentIdempotency): Promise<AttachmentInfo>;
  /** One report of `kommune` with its decrypted body and its attachments' metadata; undefined when there is none. */
  getReport(kommune: string, receipt: string): Promise<StoredReport | undefined>;
  /** One attachment of `kommune` with its decrypted bytes: linked to a report, or unlinked and not yet expired. */
  getAttachment(kommune: string, id: string): Promise<StoredAttachment | undefined>;
  /** Delete unreferenced attachments past their expiry; returns how many. */
  deleteExpiredAttachments(): Promise<number>;
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
