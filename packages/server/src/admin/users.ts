/**
 * Managing inbox users (used by the CLI and by `--demo`): add a user, set a password, reset the second factor. Each
 * change is audited; no password, code or secret is ever returned except a generated password, once.
 */
import { audit } from '../auth/audit.js';
import { MIN_PASSWORD_LENGTH, generatePassword, hashPassword, passwordLongEnough } from '../auth/password.js';
import type { Storage, UserRecord, UserRole } from '../storage/types.js';

/** A user change that cannot be made; `message` says why (never a secret). */
export class UserError extends Error {
  override name = 'UserError';
}

/** The demo inbox user of Eksempel kommune (9999). */
export const DEMO_USER = { kommune: '9999', email: 'kontakt@eksempel.kommune.no', name: 'Ola Hansen', role: 'contact' } as const;

/** The demo moderator of Eksempel kommune's campaign `valgloftet-2027` (same password as {@link DEMO_USER}). */
export const DEMO_MODERATOR = {
  kommune: '9999',
  email: 'moderator@eksempel.kommune.no',
  name: 'Kari Moe',
  role: 'moderator',
} as const;

/** The roles a user can have. */
export const USER_ROLES: readonly UserRole[] = ['contact', 'admin', 'moderator'];

/** What an e-mail address (a user name) must look like. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkPassword(password: string): void {
  if (!passwordLongEnough(password)) throw new UserError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
}

/**
 * Add a user with `password`; throws {@link UserError} for a bad field, a short password or a taken e-mail. `temporary`:
 * a password made for the user and handed over (`--generate-password`), which the user must replace at the first
 * sign-in; a password IT typed is the user's own.
 */
export async function addUser(
  storage: Storage,
  fields: { kommune: string; email: string; name: string; role: string },
  password: string,
  now = Date.now(),
  options: { temporary?: boolean } = {},
): Promise<UserRecord> {
  if (!/^\d{4}$/.test(fields.kommune)) throw new UserError('--kommune must be a kommunenummer of four digits.');
  if (!EMAIL_PATTERN.test(fields.email)) throw new UserError('--email must be an e-mail address.');
  if (fields.name.trim() === '') throw new UserError('--name must not be empty.');
  if (!(USER_ROLES as readonly string[]).includes(fields.role)) throw new UserError('--role must be contact, admin or moderator.');
  checkPassword(password);
  const user = await storage.auth.createUser(
    {
      kommune: fields.kommune,
      email: fields.email.toLowerCase(),
      name: fields.name.trim(),
      role: fields.role as UserRole,
      passwordHash: await hashPassword(password),
      temporaryPassword: options.temporary === true,
    },
    now,
  );
  if (!user) throw new UserError(`A user with the e-mail ${fields.email.toLowerCase()} exists already.`);
  await audit(storage.auth, now, {
    kommune: user.kommune,
    userId: null,
    action: 'user-added',
    target: `user:${user.id}`,
    detail: { role: user.role },
  });
  return user;
}

async function existing(storage: Storage, email: string): Promise<UserRecord> {
  const user = await storage.auth.findUserByEmail(email);
  if (!user) throw new UserError(`No user has the e-mail ${email.toLowerCase()}.`);
  return user;
}

/** Set the password of the user with `email` (ending the user's sessions); typed by IT, it is the user's own, not temporary. */
export async function setUserPassword(storage: Storage, email: string, password: string, now = Date.now()): Promise<void> {
  checkPassword(password);
  const user = await existing(storage, email);
  await storage.auth.setPassword(user.id, await hashPassword(password), { temporary: false });
  await audit(storage.auth, now, { kommune: user.kommune, userId: null, action: 'password-set', target: `user:${user.id}` });
}

/** Remove the second factor of the user with `email`: the next sign-in enrols a new one. Ends the user's sessions. */
export async function resetSecondFactor(storage: Storage, email: string, now = Date.now()): Promise<void> {
  const user = await existing(storage, email);
  await storage.auth.setSecondFactor(user.id, undefined);
  await audit(storage.auth, now, { kommune: user.kommune, userId: null, action: 'second-factor-reset', target: `user:${user.id}` });
}

/**
 * Disable the user with `email` (someone who left, or a login that may be misused): its sessions end at once and it
 * cannot sign in; nothing it did is deleted. `enable` lets it sign in again.
 */
export async function setUserDisabled(storage: Storage, email: string, disabled: boolean, now = Date.now()): Promise<void> {
  const user = await existing(storage, email);
  await storage.auth.setDisabled(user.id, disabled);
  await audit(storage.auth, now, {
    kommune: user.kommune,
    userId: null,
    action: disabled ? 'user-disabled' : 'user-enabled',
    target: `user:${user.id}`,
  });
}

/**
 * The demo inbox users of kommune 9999, the contact person and the campaign's moderator, with one new random password
 * (created on first use; the storage must be migrated). The password is returned once, to be printed at start.
 */
export async function ensureDemoUser(storage: Storage): Promise<{ email: string; moderatorEmail: string; password: string }> {
  const password = generatePassword();
  for (const user of [DEMO_USER, DEMO_MODERATOR]) {
    if (await storage.auth.findUserByEmail(user.email)) await setUserPassword(storage, user.email, password);
    else await addUser(storage, user, password);
  }
  return { email: DEMO_USER.email, moderatorEmail: DEMO_MODERATOR.email, password };
}
