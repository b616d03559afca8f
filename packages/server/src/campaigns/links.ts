/**
 * The links in a signatory's e-mail: `confirm` and `withdraw` tokens, signed with HMAC-SHA256 and expiring. A token is
 * `base64url(payload).base64url(mac)`, the payload naming the action, the campaign, the pledge and the expiry, so a
 * confirmation token never withdraws and a token for one pledge never acts on another.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a link does. */
export type LinkAction = 'confirm' | 'withdraw';

/** How long a confirmation link works: 7 days. */
export const CONFIRM_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** How long after the campaign closes a withdrawal link works: a year. */
export const WITHDRAW_LINK_AFTER_CLOSE_MS = 365 * 24 * 60 * 60 * 1000;

/** What a valid token names. */
export interface LinkClaims {
  action: LinkAction;
  campaign: string;
  pledge: string;
  /** Ms since the epoch. */
  expiresAt: number;
}

/** Why a token was refused: not made by this server (or changed), or past its time. */
export type LinkRefusal = 'invalid' | 'expired';

const mac = (secret: Uint8Array, payload: string) => createHmac('sha256', secret).update(`kw-pledge-link\n${payload}`).digest();

/** A signed token for `claims`. */
export function signLink(secret: Uint8Array, claims: LinkClaims): string {
  const payload = Buffer.from(
    [claims.action, claims.campaign, claims.pledge, String(Math.floor(claims.expiresAt / 1000))].join('\n'),
    'utf8',
  ).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The claims of a token for `action` made with `secret`, or why it is refused at `now`. */
export function verifyLink(secret: Uint8Array, action: LinkAction, token: string | undefined, now: number): LinkClaims | LinkRefusal {
  if (token === undefined || token.length > 1000) return 'invalid';
  const parts = token.split('.');
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]!) || !/^[A-Za-z0-9_-]{43}$/.test(parts[1]!)) return 'invalid';
  const given = Buffer.from(parts[1]!, 'base64url');
  const expected = mac(secret, parts[0]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const fields = Buffer.from(parts[0]!, 'base64url').toString('utf8').split('\n');
  const [kind, campaign, pledge, expires] = fields;
  if (fields.length !== 4 || kind !== action || !campaign || !pledge || !/^\d{1,12}$/.test(expires ?? '')) return 'invalid';
  const expiresAt = Number(expires) * 1000;
  if (now >= expiresAt) return 'expired';
  return { action, campaign, pledge, expiresAt };
}
