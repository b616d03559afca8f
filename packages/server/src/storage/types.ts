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
  /**
   * The answer to send and to store with the key, made from the report's receipt number (drawn before the write, and
   * again should another report hold it) inside the same write.
   */
  respond(saved: Omit<SavedReport, 'id'>): StoredResponse;
  /** Notices to enqueue when the report is stored, in the same savepoint: a report is never stored without them. */
  notify?: readonly NewMail[];
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

/** A hold on a report: retention does not delete it while the hold stands. */
export interface ReportHold {
  /** Why (a police case, a complaint); sealed at rest like the report, never audited. */
  reason: string;
  /** ISO 8601, UTC. */
  at: string;
  /** The e-mail of the user who set it. */
  by: string;
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
  /** ISO 8601, UTC: when it was last closed (`avsluttet`); null while open. */
  closedAt: string | null;
  hold: ReportHold | null;
  /** Its attachments in the order the report named them (metadata only: read bytes with `getAttachment`). */
  attachments: AttachmentInfo[];
}

/**
 * One row of the inbox's list: only clear-text columns that hold no personal content (never the description, names or
 * contact details), read without opening the sealed body.
 */
export interface ReportListItem {
  receipt: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
  status: string;
  /** The person said someone is in danger now. */
  danger: boolean;
  /** The kinds of harassment, as the form sent them. */
  kinds: string[];
  role: string | null;
  possibleSpam: boolean;
  attachmentCount: number;
  /** Whether a hold keeps it from retention. */
  hold: boolean;
  /** ISO 8601, UTC; null while open. */
  closedAt: string | null;
}

/** The list's filters and page. */
export interface ReportListQuery {
  status?: string;
  /** One kind (`[a-z0-9-]`): reports whose kinds include it. */
  kind?: string;
  role?: string;
  /** `YYYY-MM-DD` (UTC), inclusive. */
  from?: string;
  /** `YYYY-MM-DD` (UTC), inclusive. */
  to?: string;
  /** Reports marked possible spam instead of the others. */
  spam: boolean;
  /** An exact receipt number: that report alone, whatever the other filters. */
  receipt?: string;
  limit: number;
  offset: number;
}

/** One page of the list: most urgent first (danger, then threats, then newest), with the kommune's counts. */
export interface ReportListPage {
  reports: ReportListItem[];
  /** How many reports match the filters (all pages). */
  total: number;
  /** The kommune's new reports not marked spam, and its reports marked possible spam (whatever the filters). */
  counts: { ny: number; possibleSpam: number };
}

/** A note by the contact person on a report. */
export interface ReportNote {
  id: number;
  userId: number | null;
  /** ISO 8601, UTC. */
  at: string;
  text: string;
}

/** One status change of a report. */
export interface ReportStatusChange {
  userId: number | null;
  /** ISO 8601, UTC. */
  at: string;
  from: string;
  to: string;
}

/** The inbox's handling of a kommune's reports; every method looks a report up by (kommune, receipt). */
export interface ReportInboxStore {
  /** One page of `kommune`'s reports matching `query`, with the total and the counts (SQL, no body opened). */
  list(kommune: string, query: ReportListQuery): Promise<ReportListPage>;
  /** A report's notes and status changes, oldest first; undefined when `kommune` has no such report. */
  history(kommune: string, receipt: string): Promise<{ notes: ReportNote[]; statusChanges: ReportStatusChange[] } | undefined>;
  /**
   * Set the status, recording the change; undefined when there is no such report, else the status before. Closing
   * (`avsluttet`) records when; any other status clears it.
   */
  setStatus(kommune: string, receipt: string, status: string, userId: number, now: number): Promise<string | undefined>;
  /** Add a note; undefined when there is no such report. */
  addNote(kommune: string, receipt: string, text: string, userId: number, now: number): Promise<ReportNote | undefined>;
  /** Delete the report with its attachments, notes and status changes; false when there is no such report. */
  delete(kommune: string, receipt: string): Promise<boolean>;
  /**
   * Put a hold on the report (replacing one that stands), or lift it (`undefined`); undefined when there is no such
   * report, else whether anything changed.
   */
  setHold(kommune: string, receipt: string, hold: ReportHold | undefined): Promise<boolean | undefined>;
  /**
   * Retention: delete `kommune`'s closed reports without a hold closed at or before `closedBefore` (ISO 8601), with
   * their attachments, notes and status changes, writing `audit(receipt)` for each in the same write; returns their
   * receipts.
   */
  deleteClosed(kommune: string, closedBefore: string, audit: (receipt: string) => AuditEntry): Promise<string[]>;
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
  /** The mail of `kommune`, newest first, optionally of one state (the inbox shows `outbox` and `failed`). */
  listMail(kommune: string, filter?: { state?: MailState }): Promise<MailMessage[]>;
  /**
   * Claim up to `limit` due `queued` messages for `leaseMs`, atomically (one write), so that no other worker (in this
   * process or another sharing the database) sends them while the lease runs.
   */
  claimMail(limit: number, leaseMs: number): Promise<MailMessage[]>;
  /** Mark a claimed message `sent`. */
  markMailSent(id: number): Promise<void>;
  /**
   * Record a failed attempt: `error` is a code, never content. With `retryInMs` the message waits that long and is
   * `queued` again; without it, it is `failed`.
   */
  markMailFailed(id: number, error: string, retryInMs?: number): Promise<void>;
  /** Inbox users, their sessions, sign-in failures and the audit log. */
  auth: AuthStore;
  /** The inbox's reading and handling of reports. */
  inbox: ReportInboxStore;
  /** Pledges (Valgløftet): signing, the public list, links, moderation and retention. */
  pledges: PledgeStore;
  /** What a kommune that leaves the service takes with it (`kommune export`), and its removal (`kommune purge`). */
  kommuner: KommuneDataStore;
  /**
   * The salt of the hashed client addresses the rate limits count, for UTC day `day` (days since the epoch). The same
   * for every process that shares the database, and never kept past the next day: in PostgreSQL a random value made
   * by whichever process asks first and stored in `server_secrets`, the day before yesterday's deleted; in SQLite (one
   * process) kept in memory only. Nobody can then tell, once the day is over, which address a stored key came from.
   */
  addressSalt(day: number): Promise<string>;
  /** Whether a write can be committed right now. */
  health(): Promise<boolean>;
  close(): Promise<void>;
}

/** Where a mail message is: waiting for SMTP, delivered, given up, or kept in the local outbox (no SMTP configured). */
export type MailState = 'queued' | 'sent' | 'failed' | 'outbox';

/** A mail message to enqueue; it must hold no personal data. */
export interface NewMail {
  kommune: string;
  recipient: string;
  subject: string;
  bodyText: string;
  /** What it is about, e.g. `new-report`. */
  kind: string;
  /** `queued` when SMTP is configured, else `outbox`. */
  state: 'queued' | 'outbox';
  /** What it belongs to (a pledge's campaign id), so retention can find it. */
  ref?: string;
}

/** A stored mail message. */
export interface MailMessage extends Omit<NewMail, 'state'> {
  id: number;
  state: MailState;
  /** Delivery attempts made so far. */
  attempts: number;
  /** Milliseconds since the epoch: when the next attempt is due (`queued`). */
  nextAttemptAt: number;
  /** The last failure's code (e.g. `ECONNECTION`, `EENVELOPE 550`). */
  lastError?: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** ISO 8601, UTC. */
  sentAt?: string;
}

/** Storage failed (disk full, read-only, locked, closed): answered `503 unavailable` with `Retry-After`. */
export class StorageError extends Error {
  override name = 'StorageError';
}

/**
 * An inbox user's role: `contact` handles the kommune's reports; `admin` manages its users and reads the audit log;
 * `moderator` handles the signatures of the kommune's pledge campaigns.
 */
export type UserRole = 'contact' | 'admin' | 'moderator';

/** A user to add (the password already hashed). */
export interface NewUser {
  kommune: string;
  /** The user name, stored lower-case. */
  email: string;
  name: string;
  role: UserRole;
  passwordHash: string;
  /** The password was made for the user by an admin: they must choose their own at the next sign-in. */
  temporaryPassword?: boolean;
}

/** A stored inbox user, with its second factor opened (never sent to a client as is). */
export interface UserRecord extends Omit<NewUser, 'passwordHash' | 'temporaryPassword'> {
  id: number;
  passwordHash: string;
  /** The password is a temporary one an admin handed over: the user must choose their own before anything else. */
  mustChangePassword: boolean;
  /** The TOTP secret (base32), also while enrolment is unfinished. */
  totpSecret?: string;
  /** ISO 8601: when the second factor was confirmed; absent until then. */
  totpEnrolledAt?: string;
  /** How many recovery codes are left unused. */
  recoveryCodesLeft: number;
  createdAt: string;
  disabled: boolean;
}

/** A stored session; `id` is the SHA-256 of the cookie's token. Times in ms since the epoch. */
export interface SessionRecord {
  id: string;
  userId: number;
  csrfToken: string;
  /** May only finish enrolling a second factor. */
  limited: boolean;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

/** One audit entry: who did what, when. Never a report's content or a secret. */
export interface AuditEntry {
  /** The entry's number, increasing (set by the storage; read entries always have it). */
  id?: number;
  /** ISO 8601, UTC. */
  at: string;
  kommune: string | null;
  userId: number | null;
  action: string;
  target?: string | null;
  detail?: Record<string, string | number | boolean>;
}

/** Sign-in state: users, sessions, failures and the audit log (SQL in the storage backend). */
export interface AuthStore {
  /** Add a user; undefined when the e-mail is taken. */
  createUser(user: NewUser, now: number): Promise<UserRecord | undefined>;
  /** The user with this e-mail (any case). */
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  getUser(id: number): Promise<UserRecord | undefined>;
  /**
   * Set a new password hash and end the user's sessions; false when there is no such user. `temporary`: made by an
   * admin, to be replaced by the user at the next sign-in (default false: the user's own).
   */
  setPassword(userId: number, passwordHash: string, options?: { temporary?: boolean; keepSession?: string }): Promise<boolean>;
  /** Disable the user (ending its sessions) or enable it again; false when there is no such user. */
  setDisabled(userId: number, disabled: boolean): Promise<boolean>;
  /**
   * Begin (secret and recovery code hashes, not enrolled), or clear (`undefined`: a reset, which also ends the user's
   * sessions) the user's second factor.
   */
  setSecondFactor(userId: number, factor: { secret: string; recoveryCodeHashes: string[] } | undefined): Promise<void>;
  /** Mark the second factor confirmed. */
  confirmSecondFactor(userId: number, now: number): Promise<void>;
  /** Record that a TOTP code of time step `step` was used; false when that step or a later one was (a replayed code). */
  useTotpStep(userId: number, step: number): Promise<boolean>;
  /** Remove one unused recovery code by its hash; false when it is not among the user's. */
  useRecoveryCode(userId: number, codeHash: string): Promise<boolean>;
  createSession(session: SessionRecord): Promise<void>;
  getSession(id: string): Promise<SessionRecord | undefined>;
  /** Record activity on a session. */
  touchSession(id: string, now: number): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** The latest `locked_until` (ms) among `keys`, 0 when none is locked. */
  lockedUntil(keys: readonly string[]): Promise<number>;
  /**
   * Count one failure under each key (a count older than `resetAfterMs` starts again) and lock it for
   * `lockMs(count, key)` ms when that is above 0; returns each key's new `locked_until`.
   */
  recordFailure(
    keys: readonly string[],
    now: number,
    resetAfterMs: number,
    lockMs: (count: number, key: string) => number,
  ): Promise<number[]>;
  /** Forget the failures under `key`. */
  clearFailures(key: string): Promise<void>;
  /** Append one audit entry. */
  audit(entry: AuditEntry): Promise<void>;
  /**
   * The audit log of one kommune, or all: oldest first; with `page`, newest first, at most `page.limit` entries with an
   * id below `page.beforeId` (the last id of the previous page).
   */
  listAudit(kommune?: string, page?: { limit: number; beforeId?: number }): Promise<Array<AuditEntry & { id: number }>>;
  /**
   * Forget sessions expired at `now` or idle since `idleBefore`, and sign-in failures last counted before
   * `failuresBefore` that no longer lock; returns how many of each.
   */
  sweep(now: number, idleBefore: number, failuresBefore: number): Promise<{ sessions: number; failures: number }>;
}

// ---- Pledges (Valgløftet, issue 13) ----

/** Every state a pledge can be in. */
export const PLEDGE_STATES = ['pending-confirmation', 'pending-moderation', 'published', 'rejected', 'hidden', 'withdrawn'] as const;

/**
 * Where a pledge is: waiting for its e-mail link, waiting for a moderator, on the public list, refused by a moderator,
 * taken off the list by a moderator, or withdrawn (by the signatory's link, or a moderator on request).
 */
export type PledgeState = (typeof PLEDGE_STATES)[number];

/** What a moderator can do to a pledge. */
export type PledgeAction = 'approve' | 'reject' | 'hide' | 'withdraw';

/** A pledge to store (validated by the route). */
export interface NewPledge {
  kommune: string;
  campaign: string;
  name: string;
  /** The name compared for duplicates: lower case, no whitespace. */
  nameKey: string;
  /** A list id of the campaign, or `annen`. */
  list: string;
  otherList: string | null;
  /** The list compared for duplicates: the id, or `annen:` and the other list's key. */
  listKey: string;
  role: string;
  /** Stored sealed with KW_REPORT_KEY when the storage has a key. */
  email: string | null;
  state: PledgeState;
}

/** A stored pledge as the moderator reads it (e-mail opened). */
export interface StoredPledge {
  id: string;
  kommune: string;
  campaign: string;
  name: string;
  list: string;
  otherList: string | null;
  role: string;
  email: string | null;
  state: PledgeState;
  /** ISO 8601, UTC. */
  signedAt: string;
  confirmedAt: string | null;
  moderatedAt: string | null;
  /** The id of the user who last moderated it. */
  moderatedBy: number | null;
}

/** A published pledge as the public list shows it. */
export interface PublicPledge {
  id: string;
  name: string;
  list: string;
  otherList?: string;
  role: string;
  signedAt: string;
}

/** A stored pledge's identity, for the answer and the confirmation mail. */
export interface SavedPledge {
  id: string;
  state: PledgeState;
  signedAt: string;
}

/** Everything one `POST /campaigns/:id/pledges` writes, as ONE write (see {@link PledgeStore.submit}). */
export interface PledgeSubmissionWrite {
  /** Counted first, in order, as for reports. */
  limits: readonly RateLimitCheck[];
  idempotency: { key: string; fingerprint: string };
  /** The campaign's period (ms since the epoch, `closes` inclusive), checked at the write's own time. */
  period: { opens: number; closes: number };
  pledge: NewPledge;
  /** The answer to send and to store with the key. */
  respond(saved: SavedPledge): StoredResponse;
  /** Mail to enqueue with the pledge, in the same savepoint (the confirmation mail with its links). */
  notify?(saved: SavedPledge): readonly NewMail[];
}

/** What {@link PledgeStore.submit} did. */
export type PledgeSubmissionResult =
  | { outcome: 'created'; saved: SavedPledge; response: StoredResponse }
  | { outcome: 'rate-limited'; resetMs: number }
  | { outcome: 'done'; response: StoredResponse }
  | { outcome: 'in-flight' }
  | { outcome: 'mismatch' }
  /** Outside the campaign's period at the write's time: nothing stored. */
  | { outcome: 'closed' }
  /** The same name has signed on the same list and was not rejected or withdrawn: nothing stored. */
  | { outcome: 'duplicate' };

/** What a change of one pledge did. */
export type PledgeChange =
  /** Changed from `before` (or already so: `changed` false). */
  | { outcome: 'done'; pledge: StoredPledge; before: PledgeState; changed: boolean }
  | { outcome: 'not-found' }
  /** Approving it would put a second signature of the same name on the same list. */
  | { outcome: 'duplicate' }
  /** It was withdrawn: only withdrawing again is possible. */
  | { outcome: 'withdrawn'; pledge: StoredPledge };

/** The number of pledges in each state. */
export type PledgeCounts = Record<PledgeState, number>;

/** Pledges: every SQL statement about them, tenancy by (kommune, campaign) where a user acts. */
export interface PledgeStore {
  /**
   * One signature as ONE write (a savepoint of the shared group commit): count the limits, look the key up, check the
   * period and duplicates, then store the pledge, its mail and the answer under the key. Resolves after the commit.
   */
  submit(write: PledgeSubmissionWrite): Promise<PledgeSubmissionResult>;
  /** A page of the campaign's published pledges, newest first, and how many are published. */
  published(campaign: string, limit: number, offset: number): Promise<{ pledges: PublicPledge[]; total: number }>;
  /** A number that changes whenever the campaign's published list changes (0 before any change). */
  version(campaign: string): Promise<number>;
  /** How many of the campaign's pledges are in each state. */
  counts(kommune: string, campaign: string): Promise<PledgeCounts>;
  /** The campaign's pledges (optionally of one state), newest first, e-mail addresses opened. */
  list(kommune: string, campaign: string, state?: PledgeState): Promise<StoredPledge[]>;
  /** One pledge of the campaign. */
  get(campaign: string, id: string): Promise<StoredPledge | undefined>;
  /** A moderator's action on `kommune`'s pledge, with its audit entry in the same write. */
  moderate(
    kommune: string,
    campaign: string,
    id: string,
    action: PledgeAction,
    userId: number,
    now: number,
    audit: AuditEntry,
  ): Promise<PledgeChange>;
  /**
   * The signatory followed the confirmation link: `confirmedAt` is set, and a pledge waiting for it is published (or
   * waits for a moderator when `moderation` is on).
   */
  confirm(campaign: string, id: string, now: number, moderation: boolean): Promise<PledgeChange>;
  /** The signatory followed the withdrawal link: the pledge is withdrawn and its e-mail address forgotten. */
  withdraw(campaign: string, id: string, now: number, audit: AuditEntry): Promise<PledgeChange>;
  /** Retention: forget the campaign's e-mail addresses and its confirmation mail; audited when any were. Returns how many. */
  forgetEmails(kommune: string, campaign: string, audit: (count: number) => AuditEntry): Promise<number>;
  /** Retention: delete pledges still waiting for their e-mail link that were signed before `signedBefore` (ISO 8601). */
  deleteUnconfirmed(signedBefore: string): Promise<number>;
  /** The secret the e-mail links are signed with: derived from KW_REPORT_KEY, else random and stored once. */
  linkSecret(): Promise<Uint8Array>;
}

/** An inbox user as an export lists them: none of their secrets (password hash, second factor, recovery codes). */
export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  createdAt: string;
  disabled: boolean;
  /** Whether a second factor is enrolled. */
  secondFactor: boolean;
}

/** How many rows of each kind a purge deleted. */
export type PurgeCounts = Record<'reports' | 'attachments' | 'users' | 'auditEntries' | 'mail' | 'pledges', number>;

/** A kommune's data as a whole, for a kommune that leaves a shared service. */
export interface KommuneDataStore {
  /** The receipt numbers of every report of `kommune`, oldest first. */
  receipts(kommune: string): Promise<string[]>;
  /** The kommune's inbox users, oldest first. */
  users(kommune: string): Promise<UserSummary[]>;
  /** The campaigns `kommune` has signatures in. */
  campaigns(kommune: string): Promise<string[]>;
  /**
   * Delete everything of `kommune` in ONE write: reports with their notes, status changes and attachments, unlinked
   * attachments, inbox users with their sessions, the audit log, the mail, and the signatures with their campaigns'
   * versions. Then writes `audit` (which says so, with the counts) as the kommune's only row left.
   */
  purge(kommune: string, audit: (counts: PurgeCounts) => AuditEntry): Promise<PurgeCounts>;
}
