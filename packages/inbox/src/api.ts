/**
 * The inbox's client for the server's `/admin/api`: JSON over same-origin fetch, the session's CSRF token on every
 * change, and the server's problem answers turned into {@link ApiError}s the pages can explain.
 */

/** Where the API lives, relative to the page's origin. */
export const ADMIN_API = '/admin/api';

/** The user as the server shows it. */
export interface InboxUser {
  email: string;
  name: string;
  role: 'contact' | 'admin' | 'moderator' | string;
  kommune: string;
}

/** What a first sign-in outside demo mode shows once: the authenticator's QR code and the recovery codes. */
export interface Enrolment {
  otpauthUri: string;
  qrSvg: string;
  recoveryCodes: string[];
}

/** The answer to signing in: a session (with its user), or an enrolment still to confirm. */
export type SignInResult = { user: InboxUser; csrfToken: string } | { enrolment: Enrolment; csrfToken: string };

/**
 * Why a request failed: the problem `type` the server answered (`unauthorized`, `second-factor-required`,
 * `rate-limited`, `not-found`, `validation`, `forbidden`, `csrf`, `unavailable` …), or `network` when no answer came.
 */
export class ApiError extends Error {
  constructor(
    /** The problem type's last path segment, or `network`. */
    readonly kind: string,
    /** The HTTP status (0 for `network`). */
    readonly status: number,
    /** Seconds to wait, from `Retry-After`. */
    readonly retryAfter?: number,
  ) {
    super(`${status} ${kind}`);
    this.name = 'ApiError';
  }
}

/** Sends `init` to `path` below the API and reads the answer; throws {@link ApiError} for anything but 2xx. */
async function request(path: string, init: RequestInit, csrfToken: string | undefined): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  if (csrfToken !== undefined) headers.set('X-CSRF-Token', csrfToken);
  let response: Response;
  try {
    response = await fetch(`${ADMIN_API}${path}`, { ...init, headers, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError('network', 0);
  }
  if (response.ok) return response;
  let kind = 'internal';
  try {
    const problem = (await response.json()) as { type?: unknown };
    if (typeof problem.type === 'string') kind = problem.type.split('/').pop() ?? kind;
  } catch {
    // Not a problem document (a proxy's error page): the status says enough.
  }
  const wait = Number(response.headers.get('Retry-After'));
  throw new ApiError(kind, response.status, Number.isFinite(wait) && wait > 0 ? wait : undefined);
}

/** The inbox's API calls, holding the session's CSRF token once signed in. */
export class InboxApi {
  /** The session's CSRF token, sent with every change. */
  csrfToken: string | undefined;

  /** GET `path` as JSON. */
  async get<T>(path: string): Promise<T> {
    return (await (await request(path, { method: 'GET' }, undefined)).json()) as T;
  }

  /** POST (or `method`) `body` as JSON to `path`; the answer's JSON, or undefined for 204. */
  async send<T>(path: string, body: unknown, method = 'POST'): Promise<T | undefined> {
    const response = await request(path, { method, body: JSON.stringify(body ?? {}) }, this.csrfToken);
    return response.status === 204 ? undefined : ((await response.json()) as T);
  }

  /** The current session, or undefined when there is none (401). */
  async session(): Promise<{ user: InboxUser; csrfToken: string } | undefined> {
    try {
      const session = await this.get<{ user: InboxUser; csrfToken: string }>('/session');
      this.csrfToken = session.csrfToken;
      return session;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return undefined;
      throw error;
    }
  }

  /** Signs in; `code` is the authenticator's code or a recovery code when the server asked for one. */
  async signIn(email: string, password: string, code?: string): Promise<SignInResult> {
    const result = (await this.send<SignInResult>('/sign-in', { email, password, ...(code ? { code } : {}) }))!;
    this.csrfToken = result.csrfToken;
    return result;
  }

  /** Confirms a second factor being enrolled with its first code. */
  async confirmSecondFactor(code: string): Promise<{ user: InboxUser; csrfToken: string }> {
    const result = (await this.send<{ user: InboxUser; csrfToken: string }>('/2fa/confirm', { code }))!;
    this.csrfToken = result.csrfToken;
    return result;
  }

  /** Ends the session. */
  async signOut(): Promise<void> {
    try {
      await this.send('/sign-out', {});
    } finally {
      this.csrfToken = undefined;
    }
  }
}
