/**
 * Pledge moderation under `/admin/api/campaigns` (JSON, and CSV), for a signed-in `moderator` of the campaign's
 * kommune (`contact` and `admin` answer `403`): the kommune's campaigns with their counts, every signature of one
 * (with e-mail addresses), approve / reject / hide / withdraw, and the published list as CSV. Mounted after
 * {@link adminSessionRoutes}, whose guard checks the session and CSRF token and sets `Cache-Control: no-store`.
 * Another kommune's campaign or pledge answers `404` like one that does not exist. Every action and the export are
 * audited in the same write as the change (target: the pledge's id or the campaign's, never a name).
 */
import { Hono } from 'hono';
import { campaignState } from '../campaigns/period.js';
import type { PublishedCache } from '../campaigns/published-cache.js';
import { listName, type Campaign } from '../campaigns/registry.js';
import { problemResponse } from '../problem.js';
import { PLEDGE_STATES, type PledgeAction, type PledgeState, type Storage, type StoredPledge } from '../storage/types.js';
import { csvCell, requireRole, type UserEnv } from './audit-routes.js';
import { ADMIN_API } from './session-routes.js';

/** What {@link adminPledgeRoutes} needs. */
export interface PledgeAdminRouteOptions {
  storage: Storage;
  campaigns: ReadonlyMap<string, Campaign>;
  cache: PublishedCache;
  now: () => number;
}

/** The moderator's actions and what each is audited as. */
export const PLEDGE_AUDIT_ACTIONS: Readonly<Record<PledgeAction, string>> = {
  approve: 'pledge-approved',
  reject: 'pledge-rejected',
  hide: 'pledge-hidden',
  withdraw: 'pledge-withdrawn',
};

/** One pledge as the moderator sees it. */
export function pledgeView(pledge: StoredPledge) {
  const { id, name, list, otherList, role, email, state, signedAt, confirmedAt, moderatedAt } = pledge;
  return { id, name, list, otherList, role, email, state, signedAt, confirmedAt, moderatedAt };
}

/** The CSV's columns. */
const CSV_COLUMNS = ['navn', 'liste', 'rolle', 'signert'];

/** The published list as CSV for a spreadsheet, as the audit CSV: UTF-8 with BOM, `;`, CRLF, formulas defused. */
export function pledgesCsv(campaign: Campaign, pledges: readonly StoredPledge[]): string {
  const rows = pledges.map((p) => [p.name, listName(campaign, p.list, p.otherList), p.role, p.signedAt]);
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The `/admin/api/campaigns` routes, to mount with `app.route('/', …)` after the session routes. */
export function adminPledgeRoutes(options: PledgeAdminRouteOptions): Hono<UserEnv> {
  const { storage, campaigns, cache, now } = options;
  const app = new Hono<UserEnv>();
  const base = `${ADMIN_API}/campaigns`;
  const allow = requireRole(storage, ['moderator']);
  app.use(base, allow);
  app.use(`${base}/*`, allow);

  /** The campaign when it is the user's kommune's, else undefined (answered 404). */
  const own = (kommune: string, id: string) => {
    const campaign = campaigns.get(id);
    return campaign?.kommune.nummer === kommune ? campaign : undefined;
  };
  const notFound = () => problemResponse(404, 'not-found');

  app.get(base, async (c) => {
    const kommune = c.get('user').kommune;
    const at = now();
    const mine = [...campaigns.values()].filter((campaign) => campaign.kommune.nummer === kommune);
    const list = await Promise.all(
      mine.map(async (campaign) => ({
        id: campaign.config.id,
        title: campaign.config.title,
        state: campaignState(campaign.period, at),
        opens: new Date(campaign.period.opens).toISOString(),
        closes: new Date(campaign.period.closes).toISOString(),
        moderation: campaign.config.moderation,
        counts: await storage.pledges.counts(kommune, campaign.config.id),
      })),
    );
    return Response.json({ campaigns: list }, { headers: NO_STORE });
  });

  app.get(`${base}/:id/pledges.csv`, async (c) => {
    const user = c.get('user');
    const campaign = own(user.kommune, c.req.param('id'));
    if (!campaign) return notFound();
    const pledges = await storage.pledges.list(user.kommune, campaign.config.id, 'published');
    const at = now();
    // Audited before anything is sent: an export that cannot be recorded is not made.
    await storage.auth.audit({
      at: new Date(at).toISOString(),
      kommune: user.kommune,
      userId: user.id,
      action: 'pledges-exported',
      target: campaign.config.id,
      detail: { count: pledges.length },
    });
    const name = `signaturer-${campaign.config.id}-${new Date(at).toISOString().slice(0, 10)}.csv`.replace(/[^A-Za-z0-9._-]/g, '_');
    return new Response(pledgesCsv(campaign, pledges), {
      headers: {
        ...NO_STORE,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });

  app.get(`${base}/:id/pledges`, async (c) => {
    const user = c.get('user');
    const campaign = own(user.kommune, c.req.param('id'));
    if (!campaign) return notFound();
    const state = c.req.query('state');
    if (state !== undefined && state !== '' && !(PLEDGE_STATES as readonly string[]).includes(state))
      return problemResponse(400, 'validation', { detail: `state is one of ${PLEDGE_STATES.join(', ')}.` });
    const pledges = await storage.pledges.list(user.kommune, campaign.config.id, state ? (state as PledgeState) : undefined);
    // The moderator's list holds what the public one does not (e-mail addresses, waiting and rejected signatures): read
    // like the list of reports, audited (which campaign, which state, how many; never a name).
    await storage.auth.audit({
      at: new Date(now()).toISOString(),
      kommune: user.kommune,
      userId: user.id,
      action: 'pledges-listed',
      target: campaign.config.id,
      detail: { state: state || 'all', count: pledges.length },
    });
    return Response.json({ pledges: pledges.map(pledgeView) }, { headers: NO_STORE });
  });

  app.post(`${base}/:id/pledges/:pledgeId/:action`, async (c) => {
    const user = c.get('user');
    const campaign = own(user.kommune, c.req.param('id'));
    const action = c.req.param('action') as PledgeAction;
    if (!campaign || !Object.hasOwn(PLEDGE_AUDIT_ACTIONS, action)) return notFound();
    const pledgeId = c.req.param('pledgeId');
    const at = now();
    const change = await storage.pledges.moderate(user.kommune, campaign.config.id, pledgeId, action, user.id, at, {
      at: new Date(at).toISOString(),
      kommune: user.kommune,
      userId: user.id,
      action: PLEDGE_AUDIT_ACTIONS[action],
      target: pledgeId,
    });
    switch (change.outcome) {
      case 'not-found':
        return notFound();
      case 'duplicate':
        return problemResponse(409, 'duplicate-pledge', {
          detail: 'The same name has signed on this list since: approve that one instead.',
        });
      case 'withdrawn':
        return problemResponse(400, 'validation', { detail: 'The signatory withdrew this signature: it can only stay withdrawn.' });
      case 'done':
        if (change.changed && (change.before === 'published' || change.pledge.state === 'published')) cache.invalidate(campaign.config.id);
        return Response.json(pledgeView(change.pledge), { headers: NO_STORE });
    }
  });

  return app;
}
