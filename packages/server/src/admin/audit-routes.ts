/**
 * The inbox's audit log under `/admin/api/audit` (JSON, newest first, paged) and `/admin/api/audit.csv` (the whole log,
 * for a spreadsheet), for a signed-in `contact` or `admin` user: only the user's own kommune's entries. Mounted after
 * {@link adminSessionRoutes}, whose guard has checked the session (and sets `Cache-Control: no-store`). Viewing the log
 * is not audited (it would fill with itself); exporting it is (`audit-exported`).
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem.js';
import type { AuditEntry, SessionRecord, Storage, UserRecord, UserRole } from '../storage/types.js';
import { ADMIN_API } from './session-routes.js';

/** What {@link adminAuditRoutes} needs. */
export interface AuditRouteOptions {
  storage: Storage;
  now: () => number;
}

/** One entry as the inbox shows it. */
export interface AuditView {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  /** Who acted; null for the server itself or the command line. */
  user: { email: string; name: string } | null;
  action: string;
  target: string | null;
  /** For a target `user:<id>` of the same kommune: that user, so the log says whom a change concerned. */
  targetUser?: { email: string; name: string };
  detail: Record<string, string | number | boolean>;
}

/** The most entries one page holds. */
export const AUDIT_MAX_LIMIT = 200;
const DEFAULT_LIMIT = 50;

/** The context of a route behind {@link requireRole}: the signed-in user. */
export type UserEnv = { Variables: { session: SessionRecord | undefined; user: UserRecord } };

/**
 * Let a signed-in, enabled user with one of `roles` through and set `user`: no session or a disabled user answers
 * `401 unauthorized`, another role `403 forbidden`.
 */
export function requireRole(storage: Storage, roles: readonly UserRole[]): MiddlewareHandler<UserEnv> {
  return async (c, next) => {
    const session = c.get('session');
    if (!session) return problemResponse(401, 'unauthorized');
    const user = await storage.auth.getUser(session.userId);
    if (!user || user.disabled) return problemResponse(401, 'unauthorized');
    if (!roles.includes(user.role)) return problemResponse(403, 'forbidden');
    c.set('user', user);
    await next();
    return undefined;
  };
}

/** A stored entry with its id. */
type NumberedEntry = AuditEntry & { id: number };

/** One page of `kommune`'s log, newest first: at most `limit` entries with an id below `beforeId`, and whether older ones remain. */
async function auditPage(
  storage: Storage,
  kommune: string,
  limit: number,
  beforeId: number | undefined,
): Promise<{ entries: NumberedEntry[]; more: boolean }> {
  // One entry more than the page: whether it comes back says if there is a next page.
  const entries = await storage.auth.listAudit(kommune, { limit: limit + 1, ...(beforeId === undefined ? {} : { beforeId }) });
  return { entries: entries.slice(0, limit), more: entries.length > limit };
}

/** Parse `limit` and `before`; undefined when one is not a positive whole number (or `limit` is too large). */
function pageQuery(params: URLSearchParams): { limit: number; before?: number } | undefined {
  const whole = (name: string) => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    return /^\d{1,12}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
  };
  const limit = whole('limit');
  const before = whole('before');
  if (limit === undefined || before === undefined || (limit ?? 0) > AUDIT_MAX_LIMIT) return undefined;
  return { limit: limit ?? DEFAULT_LIMIT, ...(before === null ? {} : { before }) };
}

/** The entries with their users looked up (each user once per request). */
async function viewEntries(storage: Storage, entries: readonly NumberedEntry[]): Promise<AuditView[]> {
  const users = new Map<number, Promise<UserRecord | undefined>>();
  const userOf = (id: number) => {
    let user = users.get(id);
    if (!user) users.set(id, (user = storage.auth.getUser(id)));
    return user;
  };
  return Promise.all(
    entries.map(async (entry) => {
      const user = entry.userId === null ? undefined : await userOf(entry.userId);
      const targetId = /^user:(\d{1,12})$/.exec(entry.target ?? '')?.[1];
      const target = targetId === undefined ? undefined : await userOf(Number(targetId));
      return {
        id: entry.id,
        at: entry.at,
        user: user ? { email: user.email, name: user.name } : null,
        action: entry.action,
        target: entry.target ?? null,
        ...(target && target.kommune === entry.kommune ? { targetUser: { email: target.email, name: target.name } } : {}),
        detail: entry.detail ?? {},
      };
    }),
  );
}

/** The CSV's columns, as a spreadsheet shows them. */
const CSV_COLUMNS = ['tidspunkt', 'bruker', 'handling', 'mål', 'detaljer'];

/**
 * One CSV cell: a text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) gets a leading `'`; a cell holding the separator, a quote or a line break is quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;,"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The log as CSV for a spreadsheet, oldest first: UTF-8 with a byte order mark, `;` between cells (the list separator
 * of Excel in Norwegian locales, where `,` is the decimal sign) and CRLF line ends.
 */
export function auditCsv(entries: readonly AuditView[]): string {
  const rows = entries.map((e) => [
    e.at,
    e.user ? `${e.user.name} <${e.user.email}>` : '',
    e.action,
    e.target ?? '',
    Object.entries(e.detail)
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(', '),
  ]);
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** The `/admin/api/audit` routes, to mount with `app.route('/', …)` after the session routes. */
export function adminAuditRoutes(options: AuditRouteOptions): Hono<UserEnv> {
  const { storage, now } = options;
  const app = new Hono<UserEnv>();
  const base = `${ADMIN_API}/audit`;
  const allow = requireRole(storage, ['contact', 'admin']);
  app.use(base, allow);
  app.use(`${base}.csv`, allow);

  app.get(base, async (c: Context<UserEnv>) => {
    const query = pageQuery(new URL(c.req.url).searchParams);
    if (!query) return problemResponse(400, 'validation', { detail: `limit is 1 to ${AUDIT_MAX_LIMIT}; before is an entry id.` });
    const user = c.get('user');
    const page = await auditPage(storage, user.kommune, query.limit, query.before);
    const entries = await viewEntries(storage, page.entries);
    const nextBefore = page.more ? (entries.at(-1)?.id ?? null) : null;
    return Response.json({ entries, nextBefore }, { headers: { 'Cache-Control': 'no-store' } });
  });

  app.get(`${base}.csv`, async (c: Context<UserEnv>) => {
    const user = c.get('user');
    const at = now();
    const entries = await viewEntries(storage, await storage.auth.listAudit(user.kommune));
    // Audited before anything is sent: an export that cannot be recorded is not made.
    await storage.auth.audit({
      at: new Date(at).toISOString(),
      kommune: user.kommune,
      userId: user.id,
      action: 'audit-exported',
      target: user.kommune,
      detail: { count: entries.length },
    });
    const name = `revisjonslogg-${user.kommune}-${new Date(at).toISOString().slice(0, 10)}.csv`.replace(/[^A-Za-z0-9._-]/g, '_');
    return new Response(auditCsv(entries), {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });

  return app;
}
