/**
 * Encryption at rest for report bodies and attachment bytes (`KW_REPORT_KEY`): AES-256-GCM from `node:crypto`, a fresh
 * random 12-byte nonce per value, the 16-byte tag stored with it, and associated data naming the row (kommune and
 * receipt, or kommune and attachment id), so a ciphertext moved to another row no longer opens.
 *
 * A sealed value is `version (1) | nonce (12) | tag (16) | ciphertext`.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The key length: 32 bytes (AES-256). */
export const REPORT_KEY_BYTES = 32;

const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + NONCE_BYTES + TAG_BYTES;

/** `KW_REPORT_KEY` is not a usable key; `message` says why (never the key itself). */
export class ReportKeyError extends Error {
  override name = 'ReportKeyError';
}

/** A sealed value that does not open: wrong key, changed bytes, or bytes moved from another row. */
export class SealedValueError extends Error {
  override name = 'SealedValueError';
}

/**
 * The 32 key bytes from `KW_REPORT_KEY`: 64 hex digits, or base64 / base64url of 32 bytes (44 characters with `=`, or
 * 43 without). Throws {@link ReportKeyError} saying what is wrong.
 */
export function parseReportKey(text: string): Uint8Array {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Uint8Array.from(Buffer.from(value, 'hex'));
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === REPORT_KEY_BYTES) return Uint8Array.from(bytes);
  }
  const shape = /^[0-9a-fA-F]+$/.test(value)
    ? `${value.length} hex digits`
    : /^[A-Za-z0-9+/_-]+={0,2}$/.test(value)
      ? `base64 of ${Buffer.from(value, 'base64').length} bytes`
      : `${value.length} characters that are neither hex nor base64`;
  throw new ReportKeyError(
    `KW_REPORT_KEY must be ${REPORT_KEY_BYTES} random bytes written as base64 (44 characters) or hex (64 digits); it is ${shape}. ` +
      `Make one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`,
  );
}

/** Seals and opens values bound to their row. */
export interface ReportCipher {
  /** Encrypt `plain` for the row named by `context`. */
  seal(plain: Uint8Array, context: string): Uint8Array;
  /** Decrypt a sealed value of the row named by `context`; throws {@link SealedValueError} when it does not open. */
  open(sealed: Uint8Array, context: string): Uint8Array;
}

/** The associated data of a report body. */
export const reportContext = (kommune: string, receipt: string) => `report\0${kommune}\0${receipt}`;
/** The associated data of an attachment's bytes. */
export const attachmentContext = (kommune: string, id: string) => `attachment\0${kommune}\0${id}`;
/** The associated data of the value that tells, at start, whether the configured key is the database's key. */
export const KEY_CHECK_CONTEXT = 'key-check';

/** A cipher with the 32-byte `key`. */
export function createReportCipher(key: Uint8Array): ReportCipher {
  if (key.length !== REPORT_KEY_BYTES) throw new ReportKeyError(`The report key must be ${REPORT_KEY_BYTES} bytes.`);
  const secret = Buffer.from(key);
  return {
    seal(plain, context) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', secret, nonce, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Uint8Array.from(Buffer.concat([Buffer.of(VERSION), nonce, cipher.getAuthTag(), body]));
    },
    open(sealed, context) {
      if (sealed.length < HEADER_BYTES || sealed[0] !== VERSION) throw new SealedValueError('Not a sealed value.');
      const nonce = sealed.subarray(1, 1 + NONCE_BYTES);
      const tag = sealed.subarray(1 + NONCE_BYTES, HEADER_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', secret, nonce, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      try {
        return Uint8Array.from(Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]));
      } catch {
        throw new SealedValueError('A stored value does not open with KW_REPORT_KEY: a different key, or changed or moved data.');
      }
    },
  };
}

/** The key in `KW_REPORT_KEY`, if set; `fail` says why a malformed one is refused (the commands exit with it). */
export function reportKeyFromEnvironment(fail: (message: string) => never, env: NodeJS.ProcessEnv = process.env): Uint8Array | undefined {
  const text = env['KW_REPORT_KEY'];
  if (text === undefined || text === '') return undefined;
  try {
    return parseReportKey(text);
  } catch (error) {
    if (error instanceof ReportKeyError) fail(error.message);
    throw error;
  }
}
