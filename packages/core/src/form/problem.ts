/** One field problem in a `validation` answer: a JSON path into the body (`links[2]`), a stable code, a message. */
export interface SubmissionIssue {
  path: string;
  code: string;
  message: string;
}

/** What the client reads of an `application/problem+json` answer (RFC 9457): its stable `type` and any issues. */
export interface ProblemAnswer {
  type?: string;
  issues: SubmissionIssue[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads the problem `type` and `issues` of an error answer; an answer that is not JSON gives neither. */
export async function readProblem(response: Response): Promise<ProblemAnswer> {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return { issues: [] };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { issues: [] };
  }
  if (!isRecord(body)) return { issues: [] };
  const issues = Array.isArray(body.issues)
    ? body.issues.filter(isRecord).map((issue) => ({
        path: String(issue.path ?? ''),
        code: String(issue.code ?? ''),
        message: String(issue.message ?? ''),
      }))
    : [];
  return { ...(typeof body.type === 'string' ? { type: body.type } : {}), issues };
}

/**
 * Milliseconds a `Retry-After` header asks to wait: seconds (`120`) or an HTTP date. `undefined` when absent or
 * unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The server's issues as field errors, for `FormErrorsController.set()`: `map` turns an issue's path (`links[2]`,
 * `where.platform`) into the name of the field that shows it, or `undefined` to leave it out (map anything unknown
 * to a field that can show it, so no issue is lost). The first issue per field wins; `message` words it (the
 * server's bokmål message by default, so pass one that speaks the form's language).
 */
export function issuesByField(
  issues: readonly SubmissionIssue[],
  map: (path: string) => string | undefined,
  message: (issue: SubmissionIssue) => string = (issue) => issue.message,
): { name: string; message: string }[] {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const name = map(issue.path);
    if (name !== undefined && !errors.has(name)) errors.set(name, message(issue));
  }
  return [...errors].map(([name, text]) => ({ name, message: text }));
}
