/**
 * The second factor: TOTP (RFC 6238) with SHA-1, 30-second steps and 6 digits, accepting one step either side for
 * clock drift. Enrolment makes a secret and shows it once as an `otpauth://` URI and a QR code (SVG).
 */
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** The issuer shown in the authenticator app. */
export const TOTP_ISSUER = 'Kommune-widgets innboks';

const totpFor = (secret: string, label = 'user') =>
  new TOTP({ issuer: TOTP_ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

/** A new random secret (160 bits, base32). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The 30-second time step `code` belongs to when it is right for `secret` at `now` (ms), one step either side allowed;
 * undefined when it is wrong. The caller must accept each step at most once (RFC 6238 § 5.2).
 */
export function totpStep(secret: string, code: string, now: number): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totpFor(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? undefined : Math.floor(now / 30_000) + delta;
}

/** What a user sees once to enrol: the URI for an authenticator app and the same as a QR code in SVG. */
export interface TotpEnrolment {
  otpauthUri: string;
  qrSvg: string;
}

/** The enrolment URI and QR code for `secret`, labelled with the user's e-mail. */
export async function totpEnrolment(secret: string, email: string): Promise<TotpEnrolment> {
  const otpauthUri = totpFor(secret, email).toString();
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { otpauthUri, qrSvg };
}
