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

/** How long a session lives, as the server says with every answer that holds one. */
export interface SessionTimeout {
  /** The session ends after this long without a request, in ms. */
  idleMs: number;
  /** The session ends this long after sign-in however active, in ms. */
  maxMs: number;
  /** What was left of `maxMs` when the server answered, in ms. */
  expiresInMs: number;
}

/** A session as the server answers it: the user, the CSRF token and how long the session lives. */
export interface SessionAnswer {
  user: InboxUser;
  csrfToken: string;
  timeout?: SessionTimeout;
}

/** A limited session after signing in with a temporary password: the user must choose a new one first. */
export interface PasswordChangeRequired {
  passwordChange: true;
  csrfToken: string;
  timeout?: SessionTimeout;
}

/**
 * The answer to signing in (or to choosing a new password in a limited session): a session (with its user), an
 * enrolment still to confirm, or a temporary password still to replace.
 */
export type SignInResult = SessionAnswer | { enrolment: Enrolment; csrfToken: string; timeout?: SessionTimeout } | PasswordChangeRequired;

/** One field's problem in a `validation` answer: the field (`path`) and a code the page explains in its language. */
export interface ApiIssue {
  path: string;
  code: string;
}

/**
 * What the API tells those watching it (the session's timer): the server answered with `status`, answered a session
 * (signing in, also to enrol a second factor, confirming it, `GET /session`), or the user signed out.
 */
export type ApiEvent = { type: 'answer'; status: number } | { type: 'session'; timeout: SessionTimeout } | { type: 'signed-out' };

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
    /** The fields a `validation` answer names. */
    readonly issues: readonly ApiIssue[] = [],
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
  let issues: ApiIssue[] = [];
  try {
    const problem = (await response.json()) as { type?: unknown; issues?: unknown };
    if (typeof problem.type === 'string') kind = problem.type.split('/').pop() ?? kind;
    if (Array.isArray(problem.issues))
      issues = problem.issues.filter(
        (i): i is ApiIssue => typeof i === 'object' && i !== null && typeof i.path === 'string' && typeof i.code === 'string',
      );
  } catch {
    // Not a problem document (a proxy's error page): the status says enough.
  }
  const wait = Number(response.headers.get('Retry-After'));
  throw new ApiError(kind, response.status, Number.isFinite(wait) && wait > 0 ? wait : undefined, issues);
}

/** The inbox's API calls, holding the session's CSRF token once signed in. */
export class InboxApi {
  /** The session's CSRF token, sent with every change. */
  csrfToken: string | undefined;

  private readonly listeners = new Set<(event: ApiEvent) => void>();

  /** Calls `listener` with every {@link ApiEvent}; returns the function that stops it. */
  observe(listener: (event: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: ApiEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** {@link request}, telling the listeners each answer's status. */
  private async exchange(path: string, init: RequestInit, csrfToken: string | undefined): Promise<Response> {
    try {
      const response = await request(path, init, csrfToken);
      this.emit({ type: 'answer', status: response.status });
      return response;
    } catch (error) {
      if (error instanceof ApiError && error.status > 0) this.emit({ type: 'answer', status: error.status });
      throw error;
    }
  }

  /** Tells the listeners how long the session in `answer` lives (also the limited one of an enrolment). */
  private answered<T extends SignInResult>(answer: T): T {
    if (answer.timeout) this.emit({ type: 'session', timeout: answer.timeout });
    return answer;
  }

  /** GET `path` as JSON. */
  async get<T>(path: string): Promise<T> {
    return (await (await this.exchange(path, { method: 'GET' }, undefined)).json()) as T;
  }

  /** POST (or `method`) `body` as JSON to `path`; the answer's JSON, or undefined for 204. */
  async send<T>(path: string, body: unknown, method = 'POST'): Promise<T | undefined> {
    const response = await this.exchange(path, { method, body: JSON.stringify(body ?? {}) }, this.csrfToken);
    return response.status === 204 ? undefined : ((await response.json()) as T);
  }

  /** The current session, or undefined when there is none (401). Like every request, it keeps the session alive. */
  async session(): Promise<SessionAnswer | undefined> {
    try {
      const session = await this.get<SessionAnswer>('/session');
      this.csrfToken = session.csrfToken;
      return this.answered(session);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return undefined;
      throw error;
    }
  }

  /** Signs in; `code` is the authenticator's code or a recovery code when the server asked for one. */
  async signIn(email: string, password: string, code?: string): Promise<SignInResult> {
    const result = (await this.send<SignInResult>('/sign-in', { email, password, ...(code ? { code } : {}) }))!;
    this.csrfToken = result.csrfToken;
    return this.answered(result);
  }

  /** Confirms a second factor being enrolled with its first code. */
  async confirmSecondFactor(code: string): Promise<SessionAnswer> {
    const result = (await this.send<SessionAnswer>('/2fa/confirm', { code }))!;
    this.csrfToken = result.csrfToken;
    return this.answered(result);
  }

  /**
   * Replaces the user's password with `next`, `current` checked: in a limited session after a temporary password, the
   * answer is the next step (a session, or an enrolment); otherwise the same session goes on.
   */
  async changePassword(current: string, next: string): Promise<SignInResult> {
    const result = (await this.send<SignInResult>('/password', { current, next }))!;
    this.csrfToken = result.csrfToken;
    return this.answered(result);
  }

  /** Ends the session. */
  async signOut(): Promise<void> {
    try {
      await this.send('/sign-out', {});
    } finally {
      this.csrfToken = undefined;
      this.emit({ type: 'signed-out' });
    }
  }
}
