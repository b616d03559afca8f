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
  // A temporary password: signing in asks for a new one; the user's own change (also any time later from the inbox).
  | 'password-change-required'
  | 'password-changed'
  | 'password-change-failed'
  | 'user-added'
  | 'password-set'
  | 'second-factor-reset'
  | 'user-disabled'
  | 'user-enabled'
  // An admin's changes in the inbox (the ones above without `admin-` are the command line's).
  | 'admin-user-added'
  | 'admin-user-disabled'
  | 'admin-user-enabled'
  | 'admin-second-factor-reset'
  | 'admin-password-reset';

/** Write one audit entry at `now`. */
export function audit(store: AuthStore, now: number, entry: Omit<AuditEntry, 'at' | 'action'> & { action: AuthAction }): Promise<void> {
  return store.audit({ ...entry, at: new Date(now).toISOString() });
}
