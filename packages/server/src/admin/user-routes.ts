/**
 * The kommune's inbox users under `/admin/api/users` (JSON), for a signed-in `admin` (`contact` and `moderator` answer
 * `403`): the list, adding a user with a generated temporary password, disabling and enabling, resetting the second
 * factor and setting a new temporary password. A temporary password is shown to the admin once and lets the user do one
 * thing at the next sign-in: choose their own (`POST /admin/api/password`, session-routes.ts). Mounted after {@link adminSessionRoutes}, whose guard has checked the
 * session, the `Origin` and the CSRF token and sets `Cache-Control: no-store`. A user of another kommune answers `404`
 * like one that does not exist. An admin changes other users only, never their own, and never disables the kommune's
 * last enabled admin. Every change is audited (who, what, the target's id; never a password). The command line
 * (`user …`, admin/user-cli.ts) stays for IT.
 */
import { Hono } from 'hono';
import { audit, type AuthAction } from '../auth/audit.js';
import { failureKeys } from '../auth/lockout.js';
import { generatePassword, hashPassword } from '../auth/password.js';
import { problemResponse, type ProblemIssue } from '../problem.js';
import type { Storage, UserRecord, UserRole, UserSummary } from '../storage/types.js';
import { requireRole, type UserEnv } from './audit-routes.js';
import { jsonBody } from './json-body.js';
import { ADMIN_API } from './session-routes.js';
import { EMAIL_PATTERN, USER_ROLES } from './users.js';

/** What {@link adminUserRoutes} needs. */
export interface UserRouteOptions {
  storage: Storage;
  now: () => number;
}

/** One user as the admin sees it: never a hash, a secret or a recovery code. */
export interface UserView {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  /** ISO 8601, UTC. */
  createdAt: string;
  disabled: boolean;
  /** Whether a second factor is enrolled (confirmed). */
  secondFactor: boolean;
  /** Whether this is the signed-in admin. */
  self: boolean;
}

/** The changes an admin makes to another user and what each is audited as. */
export const USER_AUDIT_ACTIONS = {
  add: 'admin-user-added',
  disable: 'admin-user-disabled',
  enable: 'admin-user-enabled',
  'reset-2fa': 'admin-second-factor-reset',
  password: 'admin-password-reset',
} as const satisfies Record<string, AuthAction>;

/** The longest name, in characters. */
export const USER_NAME_MAX_LENGTH = 200;
/** The longest e-mail address (RFC 5321's path limit). */
const EMAIL_MAX_LENGTH = 254;
/** The largest body these routes read. */
const BODY_LIMIT = 8 * 1024;
const NO_STORE = { 'Cache-Control': 'no-store' };

const notFound = () => problemResponse(404, 'not-found');

function userView(user: UserSummary | UserRecord, selfId: number): UserView {
  const secondFactor = 'secondFactor' in user ? user.secondFactor : user.totpEnrolledAt !== undefined;
  const { id, email, name, role, createdAt, disabled } = user;
  return { id, email, name, role, createdAt, disabled, secondFactor, self: id === selfId };
}

/** The fields of a new user, or the issues with them (messages in bokmål, as the API's other issues). */
function newUserFields(body: Record<string, unknown> | undefined): { email: string; name: string; role: UserRole } | ProblemIssue[] {
  const email = typeof body?.['email'] === 'string' ? body['email'].trim().toLowerCase() : '';
  const name = typeof body?.['name'] === 'string' ? body['name'].trim() : '';
  const role = body?.['role'];
  const issues: ProblemIssue[] = [];
  if (!EMAIL_PATTERN.test(email) || email.length > EMAIL_MAX_LENGTH)
    issues.push({ path: 'email', code: 'email', message: 'Skriv en gyldig e-postadresse.' });
  if (name === '' || [...name].length > USER_NAME_MAX_LENGTH)
    issues.push({ path: 'name', code: 'name', message: `Skriv et navn på 1 til ${USER_NAME_MAX_LENGTH} tegn.` });
  if (typeof role !== 'string' || !(USER_ROLES as readonly string[]).includes(role))
    issues.push({ path: 'role', code: 'role', message: 'Velg rollen contact, admin eller moderator.' });
  return issues.length > 0 ? issues : { email, name, role: role as UserRole };
}

/** The `/admin/api/users` routes, to mount with `app.route('/', …)` after the session routes. */
export function adminUserRoutes(options: UserRouteOptions): Hono<UserEnv> {
  const { storage, now } = options;
  const store = storage.auth;
  const app = new Hono<UserEnv>();
  const base = `${ADMIN_API}/users`;
  const allow = requireRole(storage, ['admin']);
  app.use(base, allow);
  app.use(`${base}/*`, allow);

  const record = (admin: UserRecord, action: keyof typeof USER_AUDIT_ACTIONS, target: number, detail?: Record<string, string>) =>
    audit(store, now(), {
      kommune: admin.kommune,
      userId: admin.id,
      action: USER_AUDIT_ACTIONS[action],
      target: `user:${target}`,
      ...(detail ? { detail } : {}),
    });

  /** The user `id` names when it is one of `admin`'s kommune, else undefined (answered 404 like a missing one). */
  const own = async (admin: UserRecord, id: string): Promise<UserRecord | undefined> => {
    if (!/^\d{1,12}$/.test(id)) return undefined;
    const user = await store.getUser(Number(id));
    return user?.kommune === admin.kommune ? user : undefined;
  };

  /** The user as it is now, for the answer. */
  const current = async (admin: UserRecord, id: number) => {
    const user = await store.getUser(id);
    return user ? userView(user, admin.id) : undefined;
  };

  /** A strong temporary password, hashed as the command line does; the clear text goes to the admin once. */
  const temporaryPassword = async () => {
    const password = generatePassword();
    return { password, hash: await hashPassword(password) };
  };

  app.get(base, async (c) => {
    const admin = c.get('user');
    const users = await storage.kommuner.users(admin.kommune);
    return Response.json({ users: users.map((u) => userView(u, admin.id)) }, { headers: NO_STORE });
  });

  app.post(base, async (c) => {
    const admin = c.get('user');
    const fields = newUserFields(await jsonBody(c, BODY_LIMIT));
    if (Array.isArray(fields)) return problemResponse(400, 'validation', { issues: fields });
    const { password, hash } = await temporaryPassword();
    const user = await store.createUser({ kommune: admin.kommune, ...fields, passwordHash: hash, temporaryPassword: true }, now());
    // E-mail addresses are user names across the whole server, so the address may be another kommune's user's.
    if (!user) return problemResponse(409, 'email-taken');
    await record(admin, 'add', user.id, { role: user.role });
    return Response.json({ user: userView(user, admin.id), password }, { status: 201, headers: NO_STORE });
  });

  app.post(`${base}/:id/:action`, async (c) => {
    const admin = c.get('user');
    const action = c.req.param('action');
    if (!['disable', 'enable', 'reset-2fa', 'password'].includes(action)) return notFound();
    const user = await own(admin, c.req.param('id'));
    if (!user) return notFound();
    if (action === 'disable' && user.role === 'admin' && !user.disabled) {
      const admins = await storage.kommuner.users(admin.kommune);
      if (!admins.some((u) => u.role === 'admin' && !u.disabled && u.id !== user.id)) return problemResponse(409, 'last-admin');
    }
    // Signing oneself out, or handing oneself a password, is not what this page is for: another admin or IT does it.
    if (user.id === admin.id) return problemResponse(409, 'own-account');

    switch (action) {
      case 'disable':
        if (!(await store.setDisabled(user.id, true))) return notFound();
        await record(admin, 'disable', user.id);
        break;
      case 'enable':
        if (!(await store.setDisabled(user.id, false))) return notFound();
        await record(admin, 'enable', user.id);
        break;
      case 'reset-2fa':
        await store.setSecondFactor(user.id, undefined);
        await record(admin, 'reset-2fa', user.id);
        break;
      case 'password': {
        const { password, hash } = await temporaryPassword();
        if (!(await store.setPassword(user.id, hash, { temporary: true }))) return notFound();
        // A user locked out by failed attempts can sign in with the new password at once.
        await store.clearFailures(failureKeys(user.email, '', '').account);
        await record(admin, 'password', user.id);
        const view = await current(admin, user.id);
        return view ? Response.json({ user: view, password }, { headers: NO_STORE }) : notFound();
      }
    }
    const view = await current(admin, user.id);
    return view ? Response.json({ user: view }, { headers: NO_STORE }) : notFound();
  });

  return app;
}
