/**
 * Signing in to the inbox (`/admin/api`): `POST /sign-in`, `POST /2fa/confirm`, `POST /sign-out`, `GET /session`.
 * Every answer is `Cache-Control: no-store`; every state-changing request must come from the server's own origin and,
 * within a session, carry its CSRF token. Signing in, failures, lockouts, enrolment, recovery codes and signing out
 * are audited.
 */
import type { BlockList } from 'node:net';
import { Hono, type MiddlewareHandler } from 'hono';
import { audit } from '../auth/audit.js';
import { CSRF_HEADER, UNSAFE_METHODS, csrfTokenMatches, isSameOrigin } from '../auth/csrf.js';
import { failureKeys, lockRemaining, recordFailure } from '../auth/lockout.js';
import { DUMMY_HASH, verifyPassword } from '../auth/password.js';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from '../auth/recovery-codes.js';
import { clearedSessionCookie, newSession, resumeSession, sessionCookie, sessionId, tokenFromCookie } from '../auth/sessions.js';
import { newTotpSecret, totpEnrolment, totpStep } from '../auth/totp.js';
import type { Logger } from '../log.js';
import { problemResponse } from '../problem.js';
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

/** Paths a limited session (second factor not yet confirmed) may use. */
const LIMITED_PATHS: ReadonlySet<string> = new Set([`${ADMIN_API}/2fa/confirm`, `${ADMIN_API}/sign-out`]);

type Env = { Variables: { session: SessionRecord | undefined; token: string | undefined } };

const NO_STORE = { 'Cache-Control': 'no-store' };
/** The largest body these routes read. */
const BODY_LIMIT = 8 * 1024;

/** The user as the inbox shows it: never a hash or a secret. */
const publicUser = (user: UserRecord) => ({ email: user.email, name: user.name, role: user.role, kommune: user.kommune });

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
        return problemResponse(403, 'forbidden', { detail: 'Finish enrolling the second factor first.' });
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

    if (user.totpEnrolledAt !== undefined && user.totpSecret !== undefined) {
      if (code === undefined) return problemResponse(401, 'second-factor-required');
      if (!(await totpOk(user, code, at))) {
        if (!looksLikeRecoveryCode(code) || !(await store.useRecoveryCode(user.id, hashRecoveryCode(code))))
          return fail('code', 'second-factor-required');
        await audit(store, at, { ...who, action: 'recovery-code-used', detail: { left: user.recoveryCodesLeft - 1 } });
      }
    } else if (!demo) {
      const secret = newTotpSecret();
      const recoveryCodes = newRecoveryCodes();
      await store.setSecondFactor(user.id, { secret, recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) });
      const { token, record } = newSession(user.id, at, true);
      await store.createSession(record);
      await store.clearFailures(keys.account);
      await audit(store, at, { ...who, action: 'enrolment-started' });
      const enrolment = { ...(await totpEnrolment(secret, user.email)), recoveryCodes };
      return withSession(token, { enrolment, csrfToken: record.csrfToken });
    }
    const { token, record } = newSession(user.id, at, false);
    await store.createSession(record);
    await store.clearFailures(keys.account);
    await audit(store, at, { ...who, action: 'sign-in', detail: { secondFactor: user.totpEnrolledAt !== undefined } });
    return withSession(token, { user: publicUser(user), csrfToken: record.csrfToken });
  });

  app.post(`${ADMIN_API}/2fa/confirm`, async (c) => {
    const session = c.get('session')!;
    const body = await jsonBody(c, BODY_LIMIT);
    const code = text(body?.['code'], 16);
    if (code === undefined) return invalid();
    const at = now();
    const user = await store.getUser(session.userId);
    if (!user?.totpSecret || !session.limited) return problemResponse(403, 'forbidden', { detail: 'No enrolment is waiting.' });
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
    return withSession(token, { user: publicUser(user), csrfToken: record.csrfToken });
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
    return Response.json({ user: publicUser(user), csrfToken: session.csrfToken }, { headers: NO_STORE });
  });

  return app;
}
