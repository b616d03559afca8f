/**
 * The inbox's reports API under `/admin/api/reports` (JSON), for a signed-in `contact` user: the list, one report, its
 * status, notes, deletion and attachments. Mounted after {@link adminSessionRoutes}, whose guard has already checked
 * the session and CSRF token and sets `Cache-Control: no-store`. Also the export of one report (the detail's JSON, for
 * a printable page) and holds that keep a closed report from retention. Every route looks a report up by (the user's kommune,
 * receipt), so another kommune's receipt or attachment id answers `404 not-found` exactly like one that does not
 * exist. Every read, change and deletion is audited (who, what, when; never the report's content or a note's text).
 */
import { Hono, type Context } from 'hono';
import { ATTACHMENT_TYPES } from '../attachments.js';
import { problemResponse } from '../problem.js';
import type { SessionRecord, Storage, StoredReport, UserRecord } from '../storage/types.js';
import { jsonBody } from './json-body.js';
import { ADMIN_API } from './session-routes.js';
import { listAnswer, listQuery } from './report-list.js';

/** What {@link adminReportRoutes} needs. */
export interface ReportRouteOptions {
  storage: Storage;
  now: () => number;
  /** A kommune's retention in days (its `retentionDays` in the config), for a report's `deleteAfter`; none: null. */
  retentionDays?: (kommune: string) => number | undefined;
}

/** The statuses a report can have; a new report is `ny`. */
export const REPORT_STATUSES = ['ny', 'under-behandling', 'avsluttet'] as const;

/** The longest note, in characters. */
export const NOTE_MAX_LENGTH = 5000;

/** The longest reason for a hold, in characters. */
export const HOLD_REASON_MAX_LENGTH = 500;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day (ISO date) retention deletes a report closed at `closedAt` and not held; null while open or held. */
export function deleteAfter(report: Pick<StoredReport, 'closedAt' | 'hold'>, retentionDays: number | undefined): string | null {
  if (report.closedAt === null || report.hold !== null || retentionDays === undefined) return null;
  return new Date(Date.parse(report.closedAt) + retentionDays * DAY_MS).toISOString().slice(0, 10);
}

type Env = { Variables: { session: SessionRecord | undefined; user: UserRecord } };

const NO_STORE = { 'Cache-Control': 'no-store' };
/** The largest body these routes read. */
const BODY_LIMIT = 32 * 1024;

const invalid = () => problemResponse(400, 'validation', { detail: 'Expected a JSON object with the fields described in docs/server.md.' });
const notFound = () => problemResponse(404, 'not-found');

/** A file name for an attachment's download: its id and an extension from its type. */
const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/** The `/admin/api/reports` routes, to mount with `app.route('/', …)` after the session routes. */
export function adminReportRoutes(options: ReportRouteOptions): Hono<Env> {
  const { storage, now } = options;
  const retentionDays = options.retentionDays ?? (() => undefined);
  const app = new Hono<Env>();
  const base = `${ADMIN_API}/reports`;

  const audit = (user: UserRecord, action: string, target: string, detail?: Record<string, string | number | boolean>) =>
    storage.auth.audit({
      at: new Date(now()).toISOString(),
      kommune: user.kommune,
      userId: user.id,
      action,
      target,
      ...(detail ? { detail } : {}),
    });

  // Only a contact user of a kommune opens its reports; an admin never does.
  app.use(base, async (c, next) => (await allowContact(c)) ?? next());
  app.use(`${base}/*`, async (c, next) => (await allowContact(c)) ?? next());
  async function allowContact(c: Context<Env>): Promise<Response | undefined> {
    const session = c.get('session');
    if (!session) return problemResponse(401, 'unauthorized');
    const user = await storage.auth.getUser(session.userId);
    if (!user || user.disabled) return problemResponse(401, 'unauthorized');
    if (user.role !== 'contact') return problemResponse(403, 'forbidden', { detail: 'Only a contact person opens reports.' });
    c.set('user', user);
    return undefined;
  }

  app.get(base, async (c) => {
    const query = listQuery(new URL(c.req.url).searchParams);
    if (!query) return invalid();
    const user = c.get('user');
    const page = await storage.inbox.list(user.kommune, query);
    await audit(user, 'reports-listed', user.kommune, { count: page.reports.length });
    return Response.json(listAnswer(page, query), { headers: NO_STORE });
  });

  /** The detail of one report (everything the person sent, its handling and retention), or undefined. */
  async function detail(kommune: string, receipt: string) {
    const report = await storage.getReport(kommune, receipt);
    const history = report && (await storage.inbox.history(kommune, receipt));
    if (!report || !history) return undefined;
    const { receipt: r, body, status, possibleSpam, receivedAt, closedAt, hold, attachments } = report;
    return {
      receipt: r,
      status,
      possibleSpam,
      receivedAt,
      closedAt,
      hold,
      deleteAfter: deleteAfter(report, retentionDays(kommune)),
      report: body,
      attachments: attachments.map(({ id, type, size }) => ({ id, type, size })),
      ...history,
    };
  }

  app.get(`${base}/:receipt`, async (c) => {
    const user = c.get('user');
    const receipt = c.req.param('receipt');
    const found = await detail(user.kommune, receipt);
    if (!found) return notFound();
    await audit(user, 'report-read', receipt);
    return Response.json(found, { headers: NO_STORE });
  });

  // The same as the detail, for the printable page: audited apart, since it leaves the inbox.
  app.get(`${base}/:receipt/export`, async (c) => {
    const user = c.get('user');
    const receipt = c.req.param('receipt');
    const found = await detail(user.kommune, receipt);
    if (!found) return notFound();
    await audit(user, 'report-exported', receipt);
    return Response.json(found, { headers: NO_STORE });
  });

  app.post(`${base}/:receipt/hold`, async (c) => {
    const user = c.get('user');
    const receipt = c.req.param('receipt');
    const reason = (await jsonBody(c, BODY_LIMIT))?.['reason'];
    if (typeof reason !== 'string' || reason.trim().length === 0 || reason.length > HOLD_REASON_MAX_LENGTH) return invalid();
    const hold = { reason, at: new Date(now()).toISOString(), by: user.email };
    if ((await storage.inbox.setHold(user.kommune, receipt, hold)) === undefined) return notFound();
    await audit(user, 'report-hold-set', receipt);
    return Response.json({ receipt, hold, deleteAfter: null }, { headers: NO_STORE });
  });

  app.delete(`${base}/:receipt/hold`, async (c) => {
    const user = c.get('user');
    const receipt = c.req.param('receipt');
    const lifted = await storage.inbox.setHold(user.kommune, receipt, undefined);
    if (lifted === undefined) return notFound();
    if (lifted) await audit(user, 'report-hold-lifted', receipt);
    const report = await storage.getReport(user.kommune, receipt);
    if (!report) return notFound();
    return Response.json({ receipt, hold: null, deleteAfter: deleteAfter(report, retentionDays(user.kommune)) }, { headers: NO_STORE });
  });

  app.post(`${base}/:receipt/status`, async (c) => {
    const user = c.get('user');
    const receipt = c.req.param('receipt');
    const status = (await jsonBody(c, BODY_LIMIT))?.['status'];
    if (typeof status !== 'string' || !(REPORT_STATUSES as readonly string[]).includes(status)) return invalid();
    const before = await storage.inbox.setStatus(user.kommune, receipt, status, user.id, now());
    if (before === undefined) return notFound();
    await audit(user, 'report-status-changed', receipt, { from: before, to: status });
    return Response.json({ receipt, status }, { headers: NO_STORE });
  });

  app.post(`${base}/:receipt/notes`, async (c) => {
    const user = c.get('user');
    const receipt = c.req.param('receipt');
    const text = (await jsonBody(c, BODY_LIMIT))?.['text'];
    if (typeof text !== 'string' || text.trim().length === 0 || text.length > NOTE_MAX_LENGTH) return invalid();
    const note = await storage.inbox.addNote(user.kommune, receipt, text, user.id, now());
    if (!note) return notFound();
    await audit(user, 'report-note-added', receipt, { note: note.id });
    return Response.json(note, { status: 201, headers: NO_STORE });
  });

  app.delete(`${base}/:receipt`, async (c) => {
    const user = c.get('user');
    const receipt = c.req.param('receipt');
    const confirm = (await jsonBody(c, BODY_LIMIT))?.['confirm'];
    if (confirm !== receipt)
      return problemResponse(400, 'validation', { detail: 'Confirm the deletion with { "confirm": "<the receipt number>" }.' });
    if (!(await storage.inbox.delete(user.kommune, receipt))) return notFound();
    await audit(user, 'report-deleted', receipt);
    return new Response(null, { status: 204, headers: NO_STORE });
  });

  app.get(`${base}/:receipt/attachments/:id`, async (c) => {
    const user = c.get('user');
    const receipt = c.req.param('receipt');
    const id = c.req.param('id');
    const attachment = await storage.getAttachment(user.kommune, id);
    if (!attachment || attachment.receipt !== receipt || !(ATTACHMENT_TYPES as readonly string[]).includes(attachment.type))
      return notFound();
    await audit(user, 'attachment-read', receipt, { attachment: id });
    const name = `${receipt}-${id}.${EXTENSIONS[attachment.type] ?? 'bin'}`.replace(/[^A-Za-z0-9._-]/g, '_');
    return new Response(Uint8Array.from(attachment.bytes), {
      headers: {
        ...NO_STORE,
        'Content-Type': attachment.type,
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  });

  return app;
}
