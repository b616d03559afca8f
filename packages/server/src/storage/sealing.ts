/**
 * What is sealed at rest with `KW_REPORT_KEY`, the same in both backends: report bodies, notes, holds, TOTP secrets and
 * signatories' e-mail addresses, each bound to its row. Without a key, short texts are stored as `plain:…` and bodies
 * as the JSON itself.
 */
import { attachmentContext, reportContext, type ReportCipher } from './report-crypto.js';
import {
  attachmentInfo,
  blob,
  holdContext,
  pledgeEmailContext,
  type AttachmentRow,
  type PledgeRow,
  type ReportRow,
  type UserRow,
} from './rows.js';
import {
  StorageError,
  type AttachmentInfo,
  type StoredAttachment,
  type StoredPledge,
  type StoredReport,
  type UserRecord,
} from './types.js';

/** Seals and opens stored values with the server's key, when it has one. */
export class ValueSealer {
  readonly cipher: ReportCipher | undefined;

  constructor(cipher: ReportCipher | undefined) {
    this.cipher = cipher;
  }

  /** The report body as stored: the JSON itself, or `{"sealed": base64}` bound to its kommune and receipt. */
  sealReportBody(kommune: string, receipt: string, json: string): string {
    if (!this.cipher) return json;
    const sealed = this.cipher.seal(new TextEncoder().encode(json), reportContext(kommune, receipt));
    return JSON.stringify({ sealed: blob(sealed).toString('base64') });
  }

  /** The report body's JSON, opened when it was sealed. */
  openReportBody(row: Pick<ReportRow, 'body' | 'encrypted' | 'kommune' | 'receipt'>): string {
    if (!row.encrypted) return row.body;
    const { sealed } = JSON.parse(row.body) as { sealed: string };
    const plain = this.requireCipher().open(Buffer.from(sealed, 'base64'), reportContext(row.kommune, row.receipt));
    return new TextDecoder().decode(plain);
  }

  /** The cipher, or a StorageError saying the server needs its key to read a sealed value. */
  requireCipher(): ReportCipher {
    if (!this.cipher) throw new StorageError('This value is encrypted: the server needs KW_REPORT_KEY to read it.');
    return this.cipher;
  }

  /** A short text as stored: `sealed:` with KW_REPORT_KEY when the server has one (bound to `context`), else `plain:`. */
  sealText(context: string, text: string): string {
    if (!this.cipher) return `plain:${text}`;
    return `sealed:${blob(this.cipher.seal(new TextEncoder().encode(text), context)).toString('base64')}`;
  }

  openText(context: string, stored: string): string {
    if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
    return new TextDecoder().decode(this.requireCipher().open(Buffer.from(stored.slice('sealed:'.length), 'base64'), context));
  }

  /** The TOTP secret as stored, bound to the user's id. */
  sealTotp(userId: number, secret: string): string {
    return this.sealText(`totp-secret\0${userId}`, secret);
  }

  openTotp(userId: number, stored: string): string {
    return this.openText(`totp-secret\0${userId}`, stored);
  }

  /** A user row with its second factor opened. */
  user(row: UserRow | undefined): UserRecord | undefined {
    if (!row) return undefined;
    const user: UserRecord = {
      id: row.id,
      kommune: row.kommune,
      email: row.email,
      name: row.name,
      role: row.role,
      passwordHash: row.password_hash,
      recoveryCodesLeft: (JSON.parse(row.recovery_codes) as string[]).length,
      createdAt: row.created_at,
      disabled: Boolean(row.disabled),
      mustChangePassword: Boolean(row.must_change_password),
    };
    if (row.totp_secret !== null) user.totpSecret = this.openTotp(row.id, row.totp_secret);
    if (row.totp_enrolled_at !== null) user.totpEnrolledAt = row.totp_enrolled_at;
    return user;
  }

  /** A pledge row with its e-mail address opened. */
  pledge(row: PledgeRow): StoredPledge {
    return {
      id: row.id,
      kommune: row.kommune,
      campaign: row.campaign,
      name: row.name,
      list: row.list,
      otherList: row.other_list,
      role: row.role,
      email: row.email === null ? null : this.openText(pledgeEmailContext(row.campaign, row.id), row.email),
      state: row.state,
      signedAt: row.signed_at,
      confirmedAt: row.confirmed_at,
      moderatedAt: row.moderated_at,
      moderatedBy: row.moderated_by,
    };
  }

  /** A report row with its body and hold opened, and its attachments' metadata. */
  report(row: ReportRow, attachments: AttachmentInfo[]): StoredReport {
    return {
      receipt: row.receipt,
      kommune: row.kommune,
      body: JSON.parse(this.openReportBody(row)) as unknown,
      status: row.status,
      possibleSpam: Boolean(row.possible_spam),
      receivedAt: row.created_at,
      closedAt: row.closed_at,
      hold:
        row.hold_at === null
          ? null
          : {
              reason: row.hold_reason === null ? '' : this.openText(holdContext(row.kommune, row.receipt), row.hold_reason),
              at: row.hold_at,
              by: row.hold_by ?? '',
            },
      attachments,
    };
  }

  /** An attachment row with its bytes opened, and its report's receipt once linked; undefined without bytes. */
  attachment(row: AttachmentRow | undefined): StoredAttachment | undefined {
    if (!row?.data) return undefined;
    const stored = Uint8Array.from(row.data);
    const bytes = row.encrypted ? this.requireCipher().open(stored, attachmentContext(row.kommune, row.id)) : stored;
    const attachment: StoredAttachment = { ...attachmentInfo(row), bytes };
    if (row.receipt) attachment.receipt = row.receipt;
    return attachment;
  }
}
