/**
 * What both storage backends share: the rows as SQL returns them (flags are 0/1 in SQLite and booleans in
 * PostgreSQL), their mapping to the storage interface's types, the associated data values are sealed with, and the
 * storage's time limits.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import {
  PLEDGE_STATES,
  type AttachmentInfo,
  type AuditEntry,
  type MailMessage,
  type MailState,
  type PledgeAction,
  type PledgeCounts,
  type PledgeState,
  type PublicPledge,
  type ReportListItem,
  type SessionRecord,
  type UserRole,
  type UserSummary,
} from './types.js';

/** A flag column: 0/1 in SQLite, a boolean in PostgreSQL. */
export type Flag = number | boolean;

/** The associated data of a contact person's note on a report: sealed like the report, bound to it. */
export const noteContext = (kommune: string, receipt: string) => `report-note\0${kommune}\0${receipt}`;
/** The associated data of a hold's reason. */
export const holdContext = (kommune: string, receipt: string) => `report-hold\0${kommune}\0${receipt}`;

/** The clear-text columns the inbox's list reads (migration 6): flags and short codes, no personal content. */
export interface ListColumns {
  danger: number;
  threat: number;
  /** `,hets,trussel,` (in the form's order), for `LIKE '%,kind,%'`. */
  kinds: string;
  role: string | null;
}

/** The list columns of a validated report body. */
export function listColumns(body: unknown): ListColumns {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const triage = record['triage'] as { danger?: unknown } | undefined;
  const kinds = Array.isArray(record['kinds']) ? record['kinds'].filter((k): k is string => typeof k === 'string' && !k.includes(',')) : [];
  const role = record['role'];
  return {
    danger: triage?.danger === true ? 1 : 0,
    threat: kinds.includes('trussel') ? 1 : 0,
    kinds: `,${kinds.map((k) => `${k},`).join('')}`,
    role: typeof role === 'string' ? role : null,
  };
}

/** The associated data of a signatory's e-mail address: bound to its pledge. */
export const pledgeEmailContext = (campaign: string, id: string) => `pledge-email\0${campaign}\0${id}`;

/** The `kind` of a pledge's confirmation mail (retention forgets them with the campaign's addresses). */
export const PLEDGE_MAIL_KIND = 'pledge-confirmation';

/** The state each moderator action leads to. */
export const MODERATED_STATE: Record<PledgeAction, PledgeState> = {
  approve: 'published',
  reject: 'rejected',
  hide: 'hidden',
  withdraw: 'withdrawn',
};

/** A new pledge id: 12 random URL-safe characters (72 bits), public on the list and in links. */
export const newPledgeId = () => randomBytes(9).toString('base64url');

export interface PledgeRow {
  seq: number;
  id: string;
  kommune: string;
  campaign: string;
  name: string;
  name_key: string;
  list: string;
  other_list: string | null;
  list_key: string;
  role: string;
  email: string | null;
  state: PledgeState;
  signed_at: string;
  confirmed_at: string | null;
  moderated_at: string | null;
  moderated_by: number | null;
}

/** The day after `date` (`YYYY-MM-DD`), to compare ISO timestamps with an inclusive end date. */
export const dayAfter = (date: string) => new Date(Date.parse(date) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** How long a first request holds its idempotency key before a retry may take over (a process that died mid-request). */
export const IN_FLIGHT_LEASE_MS = 10_000;
/** How long a first answer is replayed for its idempotency key. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** How long an uploaded attachment waits for a report to reference it before it is deleted. */
export const ATTACHMENT_TTL_MS = 24 * 60 * 60 * 1000;

/** The value sealed in `report_key_check`, which only the right key opens. */
export const KEY_CHECK_PLAIN = new TextEncoder().encode('kommune-widgets report key');

export interface ReportRow {
  id: number;
  kommune: string;
  receipt: string;
  created_at: string;
  status: string;
  possible_spam: Flag;
  body: string;
  encrypted: Flag;
  closed_at: string | null;
  hold_reason: string | null;
  hold_at: string | null;
  hold_by: string | null;
}

export interface ListRow {
  receipt: string;
  created_at: string;
  status: string;
  danger: Flag;
  kinds: string;
  role: string | null;
  possible_spam: Flag;
  attachment_count: number;
  held: Flag;
  closed_at: string | null;
}

export const listItem = (row: ListRow): ReportListItem => ({
  receipt: row.receipt,
  receivedAt: row.created_at,
  status: row.status,
  danger: Boolean(row.danger),
  kinds: row.kinds.split(',').filter((k) => k !== ''),
  role: row.role,
  possibleSpam: Boolean(row.possible_spam),
  attachmentCount: row.attachment_count,
  hold: Boolean(row.held),
  closedAt: row.closed_at,
});

export interface AttachmentRow {
  id: string;
  kommune: string;
  type: string;
  size: number;
  created_at: string;
  expires_at: number;
  encrypted: Flag;
  data?: Buffer;
  receipt?: string | null;
}

export const attachmentInfo = (row: AttachmentRow): AttachmentInfo => ({
  id: row.id,
  kommune: row.kommune,
  type: row.type,
  size: row.size,
  createdAt: row.created_at,
  expiresAt: new Date(row.expires_at).toISOString(),
});

/** Bytes as better-sqlite3 binds a BLOB, without copying. */
export const blob = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export interface IdempotencyRow {
  key: string;
  fingerprint: string;
  state: 'in-flight' | 'done';
  response_status: number | null;
  response_body: string | null;
  expires_at: number;
}

export interface MailRow {
  id: number;
  kommune: string;
  recipient: string;
  subject: string;
  body_text: string;
  kind: string;
  state: MailState;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export const mailMessage = (row: MailRow): MailMessage => ({
  id: row.id,
  kommune: row.kommune,
  recipient: row.recipient,
  subject: row.subject,
  bodyText: row.body_text,
  kind: row.kind,
  state: row.state,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  ...(row.last_error === null ? {} : { lastError: row.last_error }),
  createdAt: row.created_at,
  ...(row.sent_at === null ? {} : { sentAt: row.sent_at }),
});

export interface UserRow {
  id: number;
  kommune: string;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string;
  totp_secret: string | null;
  totp_enrolled_at: string | null;
  recovery_codes: string;
  created_at: string;
  disabled: Flag;
  must_change_password: Flag;
}

export interface SessionRow {
  id: string;
  user_id: number;
  csrf_token: string;
  limited: Flag;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface AuditRow {
  id: number;
  at: string;
  kommune: string | null;
  user_id: number | null;
  action: string;
  target: string | null;
  /** JSON text, in the order written. */
  detail: string;
}

/** A session row as the storage interface returns it. */
export const sessionRecord = (row: SessionRow): SessionRecord => ({
  id: row.id,
  userId: row.user_id,
  csrfToken: row.csrf_token,
  limited: Boolean(row.limited),
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
});

/** An audit row as the storage interface returns it. */
export const auditEntry = (row: AuditRow): AuditEntry & { id: number } => ({
  id: row.id,
  at: row.at,
  kommune: row.kommune,
  userId: row.user_id,
  action: row.action,
  target: row.target,
  detail: JSON.parse(row.detail) as Record<string, string | number | boolean>,
});

/** A user row as an export lists it: none of its secrets. */
export const userSummary = (row: UserRow): UserSummary => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
  disabled: Boolean(row.disabled),
  secondFactor: row.totp_enrolled_at !== null,
});

/** A published pledge as the public list shows it. */
export const publicPledge = (r: Pick<PledgeRow, 'id' | 'name' | 'list' | 'other_list' | 'role' | 'signed_at'>): PublicPledge => ({
  id: r.id,
  name: r.name,
  list: r.list,
  ...(r.other_list === null ? {} : { otherList: r.other_list }),
  role: r.role,
  signedAt: r.signed_at,
});

/** Every pledge state counted as 0. */
export const noPledges = (): PledgeCounts => Object.fromEntries(PLEDGE_STATES.map((state) => [state, 0])) as PledgeCounts;

/** The pledge links' secret derived from KW_REPORT_KEY (HKDF), never the key used as is. */
export const derivedLinkSecret = (key: Uint8Array): Uint8Array =>
  new Uint8Array(hkdfSync('sha256', key, new Uint8Array(), 'kommune-widgets pledge links', 32));
