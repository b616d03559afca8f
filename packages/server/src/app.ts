/** The HTTP API under `/api/v1` (hono), independent of how it is served. */
import { randomBytes } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { matchedRoutes } from 'hono/route';
import { attachmentHandler } from './attachments.js';
import { trustedProxyList } from './client-address.js';
import { DEFAULT_RATE_LIMITS, isDemoConfig, type KommuneConfig, type ServerConfig } from './config.js';
import { adminAuditRoutes } from './admin/audit-routes.js';
import { adminMailRoutes } from './admin/mail-routes.js';
import { adminPledgeRoutes } from './admin/pledge-routes.js';
import { pledgeLinkPages } from './campaigns/link-pages.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cachedListAnswers, nodeListAnswers, pledgeRoutes } from './campaigns/public-routes.js';
import { PublishedCache } from './campaigns/published-cache.js';
import { campaignRegistry } from './campaigns/registry.js';
import { adminReportRoutes } from './admin/report-routes.js';
import { adminSessionRoutes } from './admin/session-routes.js';
import { adminUserRoutes } from './admin/user-routes.js';
import { inboxAppDir, inboxPages } from './admin/inbox-pages.js';
import { jsonLineLogger, type Logger } from './log.js';
import { newReportNotices } from './mail/notice.js';
import { problemResponse } from './problem.js';
import { reportHandler } from './reports.js';
import { securityHeaders } from './security-headers.js';
import { siteHandler, type SiteOptions } from './site.js';
import { StorageError, type Storage } from './storage/types.js';

/** What {@link createApp} needs. */
export interface AppOptions {
  config: ServerConfig;
  storage: Storage;
  log?: Logger;
  now?: () => number;
  /** Static files served beside the API (the demo page for `npm start`). */
  site?: SiteOptions;
  /** The folder of the built inbox pages served at `/admin/` (default: `@kommune-widgets/inbox`'s `dist/app/`). */
  inboxDir?: string;
  /** `--demo`: inbox users need no second factor (default: whether `config` came from `withDemo`). */
  demo?: boolean;
  /** The server's public address for the inbox link in notices (default: `config.publicUrl`). */
  publicUrl?: () => string;
  /** Called after a new report and its notices, or a pledge and its confirmation mail, were stored (the mail worker's nudge). */
  onReportStored?: () => void;
  /** The salt of the hashed client addresses the rate limits count (default: new and random). */
  addressSalt?: string;
}

/** Seconds a client should wait after `503 unavailable`. */
export const UNAVAILABLE_RETRY_AFTER = 5;

/** The answer headers a page's script may read (CORS). */
const EXPOSE_HEADERS = 'Retry-After, ETag';

const KOMMUNE_PATH = /^\/api\/v1\/kommuner\/([^/]+)$/;
const CAMPAIGN_PATH = /^\/api\/v1\/campaigns\/([^/]+)(?:\/pledges)?$/;

/** Logs one line per request: method, route pattern (never the concrete path), status, milliseconds. */
function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const route = matchedRoutes(c).findLast((r) => r.method !== 'ALL')?.path ?? '(none)';
    log({ method: c.req.method, route, status: c.res.status, ms: Math.round((performance.now() - start) * 10) / 10 });
  };
}

/** Answers node's request itself when it can (true), before the app: see {@link nodeFastPath}. */
export type NodeFastPath = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

const NODE_FAST_PATHS = new WeakMap<Hono, NodeFastPath>();

/**
 * What a node server should try before handing a request to `app`: the public list of signatures from the cache,
 * answered on node's own request and response (the same answers as the app's route).
 */
export function nodeFastPath(app: Hono): NodeFastPath | undefined {
  return NODE_FAST_PATHS.get(app);
}

/** The API application. */
export function createApp(options: AppOptions): Hono {
  const { config, storage } = options;
  const log = options.log ?? jsonLineLogger;
  const now = options.now ?? Date.now;
  const kommuner = new Map<string, KommuneConfig>(config.kommuner.map((k) => [k.nummer, k]));
  const everyOrigin = new Set(config.kommuner.flatMap((k) => k.origins));
  const campaigns = campaignRegistry(config);

  /**
   * The origins allowed for a request: the kommune's own for `/kommuner/:nummer`, the campaign's kommune's for
   * `/campaigns/:id` and its pledges, else those of any kommune.
   */
  const allowedOrigins = (path: string): ReadonlySet<string> | readonly string[] => {
    const campaign = CAMPAIGN_PATH.exec(path)?.[1];
    if (campaign !== undefined) return campaigns.get(campaign)?.kommune.origins ?? [];
    const nummer = KOMMUNE_PATH.exec(path)?.[1];
    return nummer === undefined ? everyOrigin : (kommuner.get(nummer)?.origins ?? []);
  };
  const isAllowed = (origin: string, path: string) => {
    const allowed = allowedOrigins(path);
    return allowed instanceof Set ? allowed.has(origin) : (allowed as readonly string[]).includes(origin);
  };

  const app = new Hono();
  const cache = new PublishedCache(storage, now);
  // First: the public list's cached answers carry every header themselves (the hot path of a campaign gone viral).
  const listOptions = { campaigns, cache, log, exposeHeaders: EXPOSE_HEADERS };
  app.use('/api/v1/campaigns/*', cachedListAnswers(listOptions));
  NODE_FAST_PATHS.set(app, nodeListAnswers(listOptions));
  app.use('*', requestLog(log));
  app.use('*', securityHeaders);
  const preflight = cors({
    origin: (origin, c) => (isAllowed(origin, c.req.path) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match'],
    exposeHeaders: [EXPOSE_HEADERS],
    maxAge: 600,
    credentials: false,
  });
  // Preflights are hono's CORS middleware's. Other requests get the same headers set on the route's answer afterwards:
  // hono's middleware touches the answer before the route runs, and hono then rebuilds the route's Response as an
  // undici one read back through a web stream (4 % of the server's time in the bench).
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const headers = c.res.headers;
    const origin = c.req.header('origin');
    if (origin !== undefined && isAllowed(origin, c.req.path)) headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    headers.append('Vary', 'Origin');
    return undefined;
  });

  app.get('/api/v1/health', async () =>
    (await storage.health())
      ? Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } })
      : problemResponse(503, 'unavailable', { headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER) } }),
  );

  app.get('/api/v1/kommuner/:nummer', (c) => {
    const kommune = kommuner.get(c.req.param('nummer'));
    if (!kommune) return problemResponse(404, 'not-found', { detail: 'This server takes no reports for that kommune.' });
    const origin = c.req.header('origin');
    if (origin !== undefined && !kommune.origins.includes(origin)) return problemResponse(403, 'origin-not-allowed');
    const { nummer, navn, retentionDays, contact, responseTime } = kommune;
    return Response.json(
      { nummer, navn, takesReports: true, retentionDays, contact, responseTime },
      { headers: { 'Cache-Control': 'no-cache' } },
    );
  });

  const limits = { ...DEFAULT_RATE_LIMITS, ...config.rateLimits };
  const addressSalt = options.addressSalt ?? randomBytes(16).toString('hex');
  const trustedProxies = trustedProxyList(config.trustedProxies);
  app.post(
    '/api/v1/attachments',
    attachmentHandler({
      storage,
      kommuner,
      limits: { perIp: limits.attachmentsPerIp, perKommune: limits.attachmentsPerKommune },
      addressSalt,
      trustedProxies,
    }),
  );
  const publicUrl = options.publicUrl ?? (() => config.publicUrl ?? '');
  app.post(
    '/api/v1/reports',
    reportHandler({
      storage,
      kommuner,
      limits,
      addressSalt,
      trustedProxies,
      now,
      notices: (kommune, report) =>
        newReportNotices(kommune, report.triage.danger, { publicUrl: publicUrl(), deliver: config.smtp !== undefined }),
      ...(options.onReportStored ? { onStored: options.onReportStored } : {}),
    }),
  );

  app.route(
    '/',
    pledgeRoutes({
      storage,
      campaigns,
      cache,
      limits: { perIp: limits.pledgesPerIp, perCampaign: limits.pledgesPerCampaign },
      addressSalt,
      trustedProxies,
      now,
      publicUrl,
      deliver: config.smtp !== undefined,
      ...(options.onReportStored ? { onStored: options.onReportStored } : {}),
    }),
  );
  app.route('/', pledgeLinkPages({ storage, campaigns, cache, now }));

  app.route('/', adminSessionRoutes({ storage, now, demo: options.demo ?? isDemoConfig(config), addressSalt, trustedProxies, log }));
  app.route('/', adminReportRoutes({ storage, now, retentionDays: (nummer) => kommuner.get(nummer)?.retentionDays }));
  app.route('/', adminAuditRoutes({ storage, now }));
  app.route('/', adminMailRoutes({ storage }));
  app.route('/', adminUserRoutes({ storage, now }));
  app.route('/', adminPledgeRoutes({ storage, campaigns, cache, now }));

  const pages = inboxPages(options.inboxDir ?? inboxAppDir());
  app.get('/admin', pages);
  app.get('/admin/*', pages);

  if (options.site) app.use('*', siteHandler(options.site));

  app.notFound(() => problemResponse(404, 'not-found'));
  app.onError((error) => {
    if (error instanceof StorageError) {
      log({ level: 'error', error: error.name, message: error.message });
      return problemResponse(503, 'unavailable', { headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER) } });
    }
    log({ level: 'error', error: error.name });
    return problemResponse(500, 'internal');
  });
  return app;
}
