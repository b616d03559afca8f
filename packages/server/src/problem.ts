/**
 * Error answers: `application/problem+json` (RFC 9457) with a short, stable `type` that clients branch on
 * (SPEC §6). The type is the bare name (`"validation"`), never a URL, and never changes meaning.
 */

/** The stable problem types this server answers with. */
export type ProblemType =
  | 'validation'
  | 'origin-not-allowed'
  | 'idempotency-in-flight'
  | 'idempotency-mismatch'
  | 'duplicate-pledge'
  | 'campaign-closed'
  | 'too-large'
  | 'unsupported-type'
  | 'rate-limited'
  | 'unavailable'
  | 'not-found'
  | 'internal'
  | 'unauthorized'
  | 'second-factor-required'
  | 'forbidden'
  | 'csrf'
  | 'email-taken'
  | 'own-account'
  | 'last-admin';

/** One field problem in a `validation` answer: a JSON path such as `links[2]`, a stable code and a message in bokmål. */
export interface ProblemIssue {
  path: string;
  code: string;
  message: string;
}

/** The body of an error answer. */
export interface Problem {
  type: ProblemType;
  title: string;
  status: number;
  detail?: string;
  issues?: ProblemIssue[];
}

const TITLES: Record<ProblemType, string> = {
  validation: 'The request body is not valid.',
  'origin-not-allowed': 'This origin may not use this kommune.',
  'idempotency-in-flight': 'A request with this Idempotency-Key is still being processed.',
  'idempotency-mismatch': 'This Idempotency-Key was used with a different request body.',
  'duplicate-pledge': 'This name has already signed on this list.',
  'campaign-closed': 'The campaign is not open for signatures now.',
  'too-large': 'The request body is too large.',
  'unsupported-type': 'The request body has an unsupported media type.',
  'rate-limited': 'Too many requests.',
  unavailable: 'The service cannot store anything right now.',
  'not-found': 'Not found.',
  internal: 'Internal error.',
  unauthorized: 'Not signed in, or the e-mail or password is wrong.',
  'second-factor-required': 'The code from the authenticator app (or a recovery code) is needed.',
  forbidden: 'Not allowed for this user or session.',
  csrf: 'The request lacks a valid X-CSRF-Token or comes from another origin.',
  'email-taken': 'A user with this e-mail address exists already.',
  'own-account': 'An admin does not change their own user here.',
  'last-admin': 'The kommune would have no enabled admin left.',
};

/** The media type of every error answer. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An error answer as a `Response`; `headers` adds e.g. `Retry-After`. */
export function problemResponse(
  status: number,
  type: ProblemType,
  extra: { detail?: string; issues?: ProblemIssue[]; headers?: Record<string, string> } = {},
): Response {
  const body: Problem = { type, title: TITLES[type], status };
  if (extra.detail !== undefined) body.detail = extra.detail;
  if (extra.issues !== undefined) body.issues = extra.issues;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...extra.headers },
  });
}
