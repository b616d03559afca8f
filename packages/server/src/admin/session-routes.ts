/**
 * Signing in to the inbox (`/admin/api`): `POST /sign-in`, `POST /password`, `POST /2fa/confirm`, `POST /sign-out`,
 * `GET /session`. A temporary password (made by an admin or `--generate-password`) first, then an unenrolled second
 * factor, give only a limited session: it chooses the user's own password, then enrols, in that order, so that whoever
 * holds only the temporary password cannot enrol a second factor of their own. Every answer is `Cache-Control: no-store`; every state-changing request must come from the server's own origin and,
 * within a session, carry its CSRF token. Signing in, failures, lockouts, enrolment, recovery codes and signing out
 * are audited.
 */
import type { BlockList } from 'node:net';
import { Hono, type MiddlewareHandler } from 'hono';
import { audit } from '../auth/audit.js';
import { CSRF_HEADER, UNSAFE_METHODS, csrfTokenMatches, isSameOrigin } from '../auth/csrf.js';
import { failureKeys, lockRemaining, recordFailure } from '../auth/lockout.js';
import { DUMMY_HASH, MIN_PASSWORD_LENGTH, hashPassword, passwordLongEnough, verifyPassword } from '../auth/password.js';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from '../auth/recovery-codes.js';
import {
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  clearedSessionCookie,
  newSession,
  resumeSession,
  sessionCookie,
  sessionId,
  tokenFromCookie,
} from '../auth/sessions.js';
import { newTotpSecret, totpEnrolment, totpStep } from '../auth/totp.js';
import type { Logger } from '../log.js';
import { problemResponse, type ProblemIssue } from '../problem.js';
import { clientAddress } from '../client-address.js';
import { retryAfter } from '../reports.js';
import type { SessionRecord, Storage, UserRecord } from '../storage/types.js';
import { jsonBody } from './json-body.js';

/** What {@link adminSessionRoutes} needs. */
export interface SessionRouteOptions {
  storage: Storage;
  now: () => number;
  /** `--demo`: a second factor is not required. */
  demo: boolean;
  /** Salt for hashing client addresses (lockout keys). */
  addressSalt: string;
  /** The service's own proxies, whose `X-Forwarded-For` names the client (see client-address.ts). */
  trustedProxies?: BlockList;
  log: Logger;
}

/** Where the routes are mounted. */
export const ADMIN_API = '/admin/api';

/**
 * Paths a limited session (a temporary password to replace, or a second factor not yet confirmed) may use; confirming
 * the second factor also needs the password replaced first (checked there).
 */
const LIMITED_PATHS: ReadonlySet<string> = new Set([`${ADMIN_API}/password`, `${ADMIN_API}/2fa/confirm`, `${ADMIN_API}/sign-out`]);

type Env = { Variables: { session: SessionRecord | undefined; token: string | undefined } };

const NO_STORE = { 'Cache-Control': 'no-store' };
/** The largest body these routes read. */
const BODY_LIMIT = 8 * 1024;

/** The user as the inbox shows it: never a hash or a secret. */
const publicUser = (user: UserRecord) => ({ email: user.email, name: user.name, role: user.role, kommune: user.kommune });

/**
 * How long the session lives, for the inbox's warning before it ends (WCAG 2.2.1): the idle limit, the absolute limit
 * and the time left before the absolute end, relative so that the browser's clock need not agree with the server's.
 */
const sessionTimeout = (session: SessionRecord, at: number) => ({
  idleMs: SESSION_IDLE_MS,
  maxMs: SESSION_ABSOLUTE_MS,
  expiresInMs: Math.max(0, session.expiresAt - at),
});

const text = (value: unknown, max: number) => (typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined);

const invalid = () => problemResponse(400, 'validation', { detail: 'Expected a JSON object with the fields described in docs/server.md.' });

/** The `/admin/api` routes for signing in, to mount with `app.route('/', …)`. */
export function adminSessionRoutes(options: SessionRouteOptions): Hono<Env> {
  const { storage, now, demo, addressSalt } = options;
  const store = storage.auth;
  const app = new Hono<Env>();

  /** Answer a session: the cookie for `token`, and the user with the CSRF token (or the enrolment). */
  const withSession = (token: string, body: unknown) =>
    Response.json(body, { headers: { ...NO_STORE, 'Set-Cookie': sessionCookie(token) } });

  /** Whether `code` is a right TOTP code for `user`, not used before (each 30-second step is accepted once). */
  const totpOk = async (user: UserRecord, code: string, at: number) => {
    const step = user.totpSecret === undefined ? undefined : totpStep(user.totpSecret, code, at);
    return step !== undefined && (await store.useTotpStep(user.id, step));
  };

  /** Start enrolling a second factor for `user`: a new secret and recovery codes, shown once in a limited session. */
  const startEnrolment = async (user: UserRecord, at: number) => {
    const secret = newTotpSecret();
    const recoveryCodes = newRecoveryCodes();
    await store.setSecondFactor(user.id, { secret, recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) });
    const { token, record } = newSession(user.id, at, true);
    await store.createSession(record);
    await audit(store, at, { kommune: user.kommune, userId: user.id, action: 'enrolment-started' });
    const enrolment = { ...(await totpEnrolment(secret, user.email)), recoveryCodes };
    return withSession(token, { enrolment, csrfToken: record.csrfToken, timeout: sessionTimeout(record, at) });
  };

  /** A full session for `user`, audited as a sign-in. */
  const fullSession = async (user: UserRecord, at: number) => {
    const { token, record } = newSession(user.id, at, false);
    await store.createSession(record);
    await audit(store, at, {
      kommune: user.kommune,
      userId: user.id,
      action: 'sign-in',
      detail: { secondFactor: user.totpEnrolledAt !== undefined },
    });
    return withSession(token, { user: publicUser(user), csrfToken: record.csrfToken, timeout: sessionTimeout(record, at) });
  };

  const guard: MiddlewareHandler<Env> = async (c, next) => {
    const path = c.req.path;
    const unsafe = UNSAFE_METHODS.has(c.req.method);
    if (unsafe && !isSameOrigin(c.req.header('origin'), c.req.header('host'))) return problemResponse(403, 'csrf');
    const token = tokenFromCookie(c.req.header('cookie'));
    c.set('token', token);
    const signingIn = path === `${ADMIN_API}/sign-in`;
    const session = signingIn ? undefined : await resumeSession(store, token, now());
    c.set('session', session);
    if (!signingIn) {
      if (!session) return problemResponse(401, 'unauthorized');
      if (unsafe && !csrfTokenMatches(c.req.header(CSRF_HEADER), session.csrfToken)) return problemResponse(403, 'csrf');
      if (session.limited && !LIMITED_PATHS.has(path))
        return problemResponse(403, 'forbidden', { detail: 'Choose a new password or finish enrolling the second factor first.' });
    }
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
    return undefined;
  };
  app.use(`${ADMIN_API}/*`, guard);

  app.post(`${ADMIN_API}/sign-in`, async (c) => {
    const body = await jsonBody(c, BODY_LIMIT);
    const email = text(body?.['email'], 254)?.trim().toLowerCase();
    const password = text(body?.['password'], 1024);
    const code = body?.['code'] === undefined ? undefined : text(body['code'], 64);
    if (!email || !password || (body?.['code'] !== undefined && code === undefined)) return invalid();
    const at = now();
    const keys = failureKeys(email, clientAddress(c, options.trustedProxies), addressSalt);
    const locked = await lockRemaining(store, [keys.account, keys.address], at);
    const user = await store.findUserByEmail(email);
    const who = { kommune: user?.kommune ?? null, userId: user?.id ?? null };
    if (locked > 0) {
      await audit(store, at, { ...who, action: 'sign-in-refused-locked' });
      return problemResponse(429, 'rate-limited', { headers: retryAfter(locked) });
    }
    const fail = async (reason: string, type: 'unauthorized' | 'second-factor-required' = 'unauthorized') => {
      const lock = await recordFailure(store, [keys.account, keys.address], at);
      await audit(store, at, { ...who, action: 'sign-in-failed', detail: { reason } });
      if (lock > 0) await audit(store, at, { ...who, action: 'locked-out', detail: { seconds: Math.ceil(lock / 1000) } });
      return problemResponse(401, type);
    };
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !passwordOk || user.disabled) return fail(user ? (user.disabled ? 'disabled' : 'password') : 'unknown-user');

    const old = c.get('token');
    if (old !== undefined) await store.deleteSession(sessionId(old));

    const enrolled = user.totpEnrolledAt !== undefined && user.totpSecret !== undefined;
    if (enrolled) {
      if (code === undefined) return problemResponse(401, 'second-factor-required');
      if (!(await totpOk(user, code, at))) {
        if (!looksLikeRecoveryCode(code) || !(await store.useRecoveryCode(user.id, hashRecoveryCode(code))))
          return fail('code', 'second-factor-required');
        await audit(store, at, { ...who, action: 'recovery-code-used', detail: { left: user.recoveryCodesLeft - 1 } });
      }
    }
    await store.clearFailures(keys.account);
    // The password first: a temporary one is replaced before anything else, also before a second factor is enrolled.
    if (user.mustChangePassword) {
      const { token, record } = newSession(user.id, at, true);
      await store.createSession(record);
      await audit(store, at, { ...who, action: 'password-change-required', detail: { secondFactor: enrolled } });
      return withSession(token, { passwordChange: true, csrfToken: record.csrfToken, timeout: sessionTimeout(record, at) });
    }
    if (!enrolled && !demo) return startEnrolment(user, at);
    return fullSession(user, at);
  });

  app.post(`${ADMIN_API}/password`, async (c) => {
    const session = c.get('session')!;
    const body = await jsonBody(c, BODY_LIMIT);
    const current = text(body?.['current'], 1024);
    const next = typeof body?.['next'] === 'string' && body['next'].length <= 1024 ? body['next'] : undefined;
    if (current === undefined || next === undefined) return invalid();
    const at = now();
    const user = await store.getUser(session.userId);
    if (!user || user.disabled) return problemResponse(401, 'unauthorized');
    const who = { kommune: user.kommune, userId: user.id };
    // A wrong current password counts towards the lockout like a failed sign-in: a session alone must not guess it.
    const keys = failureKeys(user.email, clientAddress(c, options.trustedProxies), addressSalt);
    const locked = await lockRemaining(store, [keys.account, keys.address], at);
    if (locked > 0) {
      await audit(store, at, { ...who, action: 'password-change-failed', detail: { reason: 'locked' } });
      return problemResponse(429, 'rate-limited', { headers: retryAfter(locked) });
    }
    const issues: ProblemIssue[] = [];
    if (!(await verifyPassword(current, user.passwordHash))) {
      const lock = await recordFailure(store, [keys.account, keys.address], at);
      await audit(store, at, { ...who, action: 'password-change-failed', detail: { reason: 'current' } });
      if (lock > 0) await audit(store, at, { ...who, action: 'locked-out', detail: { seconds: Math.ceil(lock / 1000) } });
      issues.push({ path: 'current', code: 'wrong-password', message: 'Det nåværende passordet er feil.' });
    }
    if (!passwordLongEnough(next))
      issues.push({ path: 'next', code: 'too-short', message: `Det nye passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.` });
    else if (next === current)
      issues.push({ path: 'next', code: 'same-password', message: 'Det nye passordet må være et annet enn det nåværende.' });
    if (issues.length > 0) return problemResponse(400, 'validation', { issues });

    await store.setPassword(user.id, await hashPassword(next), { temporary: false, keepSession: session.id });
    await store.clearFailures(keys.account);
    await audit(store, at, { ...who, action: 'password-changed' });
    if (!session.limited) {
      return Response.json(
        { user: publicUser(user), csrfToken: session.csrfToken, timeout: sessionTimeout(session, at) },
        { headers: NO_STORE },
      );
    }
    // The limited session has done its part: the next step gets a session of its own (enrolment, or the inbox).
    await store.deleteSession(session.id);
    const enrolled = user.totpEnrolledAt !== undefined && user.totpSecret !== undefined;
    return !enrolled && !demo ? startEnrolment(user, at) : fullSession(user, at);
  });

  app.post(`${ADMIN_API}/2fa/confirm`, async (c) => {
    const session = c.get('session')!;
    const body = await jsonBody(c, BODY_LIMIT);
    const code = text(body?.['code'], 16);
    if (code === undefined) return invalid();
    const at = now();
    const user = await store.getUser(session.userId);
    if (!user?.totpSecret || !session.limited) return problemResponse(403, 'forbidden', { detail: 'No enrolment is waiting.' });
    if (user.mustChangePassword) return problemResponse(403, 'forbidden', { detail: 'Choose a new password first.' });
    const who = { kommune: user.kommune, userId: user.id };
    if (!(await totpOk(user, code, at))) {
      await audit(store, at, { ...who, action: 'enrolment-failed' });
      return problemResponse(401, 'second-factor-required');
    }
    await store.confirmSecondFactor(user.id, at);
    await store.deleteSession(session.id);
    const { token, record } = newSession(user.id, at, false);
    await store.createSession(record);
    await audit(store, at, { ...who, action: 'enrolment-confirmed' });
    await audit(store, at, { ...who, action: 'sign-in', detail: { secondFactor: true } });
    return withSession(token, { user: publicUser(user), csrfToken: record.csrfToken, timeout: sessionTimeout(record, at) });
  });

  app.post(`${ADMIN_API}/sign-out`, async (c) => {
    const session = c.get('session')!;
    await store.deleteSession(session.id);
    const user = await store.getUser(session.userId);
    await audit(store, now(), { kommune: user?.kommune ?? null, userId: session.userId, action: 'sign-out' });
    return new Response(null, { status: 204, headers: { ...NO_STORE, 'Set-Cookie': clearedSessionCookie() } });
  });

  app.get(`${ADMIN_API}/session`, async (c) => {
    const session = c.get('session')!;
    const user = await store.getUser(session.userId);
    if (!user || user.disabled) return problemResponse(401, 'unauthorized');
    return Response.json(
      { user: publicUser(user), csrfToken: session.csrfToken, timeout: sessionTimeout(session, now()) },
      { headers: NO_STORE },
    );
  });

  return app;
}
