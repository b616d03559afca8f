/**
 * The kommune's mail under `/admin/api/mail` (JSON, newest first): the outbox (no SMTP configured), what waits to be
 * sent, what was sent and what failed, with its error code. A `contact` or `admin` user sees the notices of new
 * reports, which hold no personal data by design (see `mail/notice.ts`); a `moderator` sees the confirmation mails of
 * Valgløftet signatures (a signatory's address and links, which are the moderator's to see), and nobody else does.
 * Reading mail is not audited.
 */
import { Hono } from 'hono';
import { problemResponse } from '../problem.js';
import type { MailMessage, MailState, Storage } from '../storage/types.js';
import { PLEDGE_CONFIRMATION_KIND } from '../mail/pledge-confirmation.js';
import { requireRole, type UserEnv } from './audit-routes.js';
import { ADMIN_API } from './session-routes.js';

/** What {@link adminMailRoutes} needs. */
export interface MailRouteOptions {
  storage: Storage;
}

/** One notice as the inbox shows it. */
export interface MailView {
  id: number;
  to: string;
  subject: string;
  text: string;
  state: MailState;
  /** Delivery attempts made so far. */
  attempts: number;
  /** The last failure's code (e.g. `ECONNECTION`), never content. */
  lastError: string | null;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** ISO 8601, UTC; null until sent. */
  sentAt: string | null;
  /** ISO 8601, UTC: when the next attempt is due; null unless `queued`. */
  nextAttemptAt: string | null;
}

/** The states the `state` filter takes. */
export const MAIL_STATES: readonly MailState[] = ['outbox', 'queued', 'sent', 'failed'];

/** A stored message as the inbox shows it. */
export function mailView(message: MailMessage): MailView {
  return {
    id: message.id,
    to: message.recipient,
    subject: message.subject,
    text: message.bodyText,
    state: message.state,
    attempts: message.attempts,
    lastError: message.lastError ?? null,
    createdAt: message.createdAt,
    sentAt: message.sentAt ?? null,
    nextAttemptAt: message.state === 'queued' ? new Date(message.nextAttemptAt).toISOString() : null,
  };
}

/** The `/admin/api/mail` route, to mount with `app.route('/', …)` after the session routes. */
export function adminMailRoutes(options: MailRouteOptions): Hono<UserEnv> {
  const { storage } = options;
  const app = new Hono<UserEnv>();
  const path = `${ADMIN_API}/mail`;
  app.use(path, requireRole(storage, ['contact', 'admin', 'moderator']));

  app.get(path, async (c) => {
    const state = c.req.query('state');
    if (state !== undefined && state !== '' && !(MAIL_STATES as readonly string[]).includes(state))
      return problemResponse(400, 'validation', { detail: `state is one of ${MAIL_STATES.join(', ')}.` });
    const filter = state ? { state: state as MailState } : {};
    const user = c.get('user');
    const pledgeMail = user.role === 'moderator';
    const messages = (await storage.listMail(user.kommune, filter))
      .filter((m) => (m.kind === PLEDGE_CONFIRMATION_KIND) === pledgeMail)
      .map(mailView);
    return Response.json({ messages }, { headers: { 'Cache-Control': 'no-store' } });
  });

  return app;
}
