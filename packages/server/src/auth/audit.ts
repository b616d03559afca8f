/**
 * The audit log of the inbox: who did what, when. An entry names the action, its target and a small detail; it never
 * holds a report's content, a password, a code, a token or a secret.
 */
import type { AuditEntry, AuthStore } from '../storage/types.js';

/** The actions audited for signing in. */
export type AuthAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'locked-out'
  | 'sign-in-refused-locked'
  | 'sign-out'
  | 'enrolment-started'
  | 'enrolment-confirmed'
  | 'enrolment-failed'
  | 'recovery-code-used'
  | 'user-added'
  | 'password-set'
  | 'second-factor-reset'
  | 'user-disabled'
  | 'user-enabled';

/** Write one audit entry at `now`. */
export function audit(store: AuthStore, now: number, entry: Omit<AuditEntry, 'at' | 'action'> & { action: AuthAction }): Promise<void> {
  return store.audit({ ...entry, at: new Date(now).toISOString() });
}
