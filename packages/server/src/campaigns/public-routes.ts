/**
 * The public pledge API under `/api/v1/campaigns/:id`: the campaign, its published list (serialized pages from
 * {@link PublishedCache}, with `ETag` and `304`), and signing: first what costs no write (campaign, origin, type, size,
 * key, body), then ONE storage write that counts the rate limits, looks the key up, checks the period and duplicates
 * and stores the pledge with its confirmation mail and its answer; `201` only after that write's commit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlockList } from 'node:net';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { describeIssue, localize, pledgeSubmissionSchema, toSchemaIssues, type PledgeSubmission } from '@kommune-widgets/schema';
import { readJsonSubmission } from '../body.js';
import { OTHER_LIST, type RateLimit } from '../config.js';
import { pledgeConfirmationMail } from '../mail/pledge-confirmation.js';
import type { Logger } from '../log.js';
import { problemResponse, type ProblemIssue } from '../problem.js';
import { SECURITY_HEADERS } from '../security-headers.js';
import { clientAddress } from '../client-address.js';
import { MIN_FORM_TIME_MS, idempotencyKey, retryAfter, sha256, storedAnswer } from '../reports.js';
import type { NewMail, PledgeState, SavedPledge, Storage } from '../storage/types.js';
import { CONFIRM_LINK_TTL_MS, WITHDRAW_LINK_AFTER_CLOSE_MS, signLink, type LinkAction } from './links.js';
import { listKey, nameKey, tidyName } from './names.js';
import { matchesEtag, type CachedPage, type PublishedCache } from './published-cache.js';
import { ReadLog } from './read-log.js';
import { listName, publicCampaign, type Campaign } from './registry.js';

/** The most pledges one page of the public list holds. */
export const PLEDGES_MAX_LIMIT = 200;
/** The page size when `limit` is not given. */
export const PLEDGES_DEFAULT_LIMIT = 100;

/** The caching of the campaign (its count changes, its text seldom). */
const CAMPAIGN_CACHE = 'public, max-age=30';
/** The caching of the public list: a CDN may serve a stale copy while it asks again. */
const LIST_CACHE = 'public, max-age=30, stale-while-revalidate=300';

/** What the public pledge routes need from the app. */
export interface PledgeRouteOptions {
  storage: Storage;
  campaigns: ReadonlyMap<string, Campaign>;
  cache: PublishedCache;
  limits: { perIp: RateLimit; perCampaign: RateLimit };
  /** Salt for the hashed client address used as rate-limit key. */
  addressSalt: string;
  /** The service's own proxies, whose `X-Forwarded-For` names the client (see client-address.ts). */
  trustedProxies?: BlockList;
  now: () => number;
  /** The server's public address, for the links in the confirmation mail. */
  publicUrl: () => string;
  /** Whether SMTP is configured: mail is then queued for sending, else kept in the outbox. */
  deliver: boolean;
  /** Called after a pledge and its mail were stored (the mail worker's nudge). */
  onStored?: () => void;
}

/** A link to the confirm or withdraw page for `token`. */
export function linkUrl(publicUrl: string, action: LinkAction, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/api/v1/pledges/${action}?token=${encodeURIComponent(token)}`;
}

/** Whether the signature was caught by the spam trap: a filled honeypot, or sent less than 3 s after the form opened. */
function isPossibleSpam(pledge: PledgeSubmission, receivedAt: number): boolean {
  if (pledge.website.trim() !== '') return true;
  const started = Date.parse(pledge.startedAt);
  return Number.isNaN(started) || receivedAt - started < MIN_FORM_TIME_MS;
}

/** Where a new pledge starts: moderation or no e-mail waits for a moderator, an e-mail for its confirmation link. */
function firstState(campaign: Campaign, email: string | null, spam: boolean): PledgeState {
  if (campaign.config.moderation || email === null || spam) return 'pending-moderation';
  return 'pending-confirmation';
}

/** A whole number in `[min, max]` from a query parameter, its `fallback` when absent, undefined when malformed. */
function whole(value: string | undefined, fallback: number, min: number, max: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  if (!/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** The public routes, to mount with `app.route('/', …)`. */
export function pledgeRoutes(options: PledgeRouteOptions): Hono {
  const { storage, campaigns, cache, limits, now } = options;
  const app = new Hono();
  const check = (key: string, limit: RateLimit) => ({ key, windowMs: limit.windowSeconds * 1000, limit: limit.max });
  const notFound = () => problemResponse(404, 'not-found', { detail: 'This server has no campaign with that id.' });

  app.get('/api/v1/campaigns/:id', async (c) => {
    const campaign = campaigns.get(c.req.param('id'));
    if (!campaign) return notFound();
    const count = await cache.count(campaign.config.id);
    return Response.json(publicCampaign(campaign, now(), count), { headers: { 'Cache-Control': CAMPAIGN_CACHE } });
  });

  app.get('/api/v1/campaigns/:id/pledges', async (c) => {
    const campaign = campaigns.get(c.req.param('id'));
    if (!campaign) return notFound();
    const limit = whole(c.req.query('limit'), PLEDGES_DEFAULT_LIMIT, 1, PLEDGES_MAX_LIMIT);
    const offset = whole(c.req.query('offset'), 0, 0, 100_000_000);
    if (limit === undefined || offset === undefined)
      return problemResponse(400, 'validation', {
        detail: `limit is a whole number from 1 to ${PLEDGES_MAX_LIMIT}; offset a whole number from 0.`,
      });
    const page = await cache.page(campaign.config.id, limit, offset);
    const headers = { ETag: page.etag, 'Cache-Control': LIST_CACHE };
    if (matchesEtag(c.req.header('if-none-match'), page.etag)) return new Response(null, { status: 304, headers });
    return new Response(page.bytes, { headers: { ...headers, 'Content-Type': 'application/json' } });
  });

  app.post('/api/v1/campaigns/:id/pledges', async (c: Context): Promise<Response> => {
    const campaign = campaigns.get(c.req.param('id') ?? '');
    if (!campaign) return notFound();
    const origin = c.req.header('origin');
    if (origin !== undefined && !campaign.kommune.origins.includes(origin))
      return problemResponse(403, 'origin-not-allowed', { detail: 'This page may not send signatures to this campaign.' });
    const submission = await readJsonSubmission(c.req.raw, 'signature');
    if (!submission.ok) return submission.response;
    const { bytes, json } = submission;
    const key = idempotencyKey(c.req.header('idempotency-key'));
    if (key === undefined)
      return problemResponse(400, 'validation', {
        detail: 'The Idempotency-Key header is required: one random key (a UUID) per signature.',
      });

    const parsed = pledgeSubmissionSchema.safeParse(json, { reportInput: true });
    const issues: ProblemIssue[] = parsed.success
      ? []
      : toSchemaIssues(parsed.error.issues).map((issue) => ({ path: issue.path, code: issue.code, message: describeIssue(issue) }));
    const pledge: PledgeSubmission | undefined = parsed.success ? parsed.data : undefined;
    if (pledge) {
      if (pledge.campaign !== campaign.config.id)
        issues.push({ path: 'campaign', code: 'unknown_reference', message: `Signaturen gjelder ikke kampanjen «${campaign.config.id}».` });
      if (!campaign.listIds.has(pledge.list))
        issues.push({ path: 'list', code: 'unknown_reference', message: `Kampanjen har ingen liste «${pledge.list}».` });
      if (pledge.list === OTHER_LIST && (pledge.otherList === undefined || tidyName(pledge.otherList) === ''))
        issues.push({ path: 'otherList', code: 'required', message: 'Skriv navnet på partiet eller lista.' });
      if (tidyName(pledge.name) === '') issues.push({ path: 'name', code: 'required', message: 'Skriv navnet ditt.' });
    }
    if (!pledge || issues.length > 0) return problemResponse(400, 'validation', { issues });

    const name = tidyName(pledge.name);
    const otherList = pledge.list === OTHER_LIST ? tidyName(pledge.otherList ?? '') : null;
    const email = pledge.email?.trim() || null;
    const spam = isPossibleSpam(pledge, now());
    const state = firstState(campaign, email, spam);
    const secret = await storage.pledges.linkSecret();
    const id = campaign.config.id;

    const notify = (saved: SavedPledge): NewMail[] => {
      if (email === null || spam) return [];
      const base = options.publicUrl();
      const sign = (action: LinkAction, expiresAt: number) =>
        linkUrl(base, action, signLink(secret, { action, campaign: id, pledge: saved.id, expiresAt }));
      const signedAt = Date.parse(saved.signedAt);
      return [
        pledgeConfirmationMail({
          kommune: campaign.kommune.nummer,
          campaign: id,
          recipient: email,
          title: localize(campaign.config.title, 'nb'),
          name,
          list: listName(campaign, pledge.list, otherList),
          confirmUrl: sign('confirm', signedAt + CONFIRM_LINK_TTL_MS),
          withdrawUrl: sign('withdraw', campaign.period.closes + WITHDRAW_LINK_AFTER_CLOSE_MS),
          moderation: campaign.config.moderation,
          deliver: options.deliver,
        }),
      ];
    };

    const result = await storage.pledges.submit({
      limits: [
        check(`pledge-ip:${sha256(options.addressSalt + clientAddress(c, options.trustedProxies)).slice(0, 32)}`, limits.perIp),
        check(`campaign:${id}`, limits.perCampaign),
      ],
      idempotency: { key, fingerprint: sha256(bytes) },
      period: campaign.period,
      pledge: {
        kommune: campaign.kommune.nummer,
        campaign: id,
        name,
        nameKey: nameKey(name),
        list: pledge.list,
        otherList,
        listKey: listKey(pledge.list, otherList),
        role: pledge.role,
        email,
        state,
      },
      respond: (saved) => ({ status: 201, body: JSON.stringify({ id: saved.id, state: saved.state }) }),
      notify,
    });
    switch (result.outcome) {
      case 'created':
        if (result.saved.state === 'published') cache.invalidate(id);
        if (email !== null && !spam) options.onStored?.();
        return storedAnswer(result.response);
      case 'done':
        return storedAnswer(result.response);
      case 'rate-limited':
        return problemResponse(429, 'rate-limited', { headers: retryAfter(result.resetMs) });
      case 'mismatch':
        return problemResponse(422, 'idempotency-mismatch', { detail: 'Use a new Idempotency-Key for a different signature.' });
      case 'in-flight':
        return problemResponse(409, 'idempotency-in-flight', { headers: { 'Retry-After': '1' } });
      case 'closed':
        return problemResponse(403, 'campaign-closed', { detail: 'The campaign takes no signatures now.' });
      case 'duplicate':
        return problemResponse(409, 'duplicate-pledge', {
          detail: 'This name has already signed on this list.',
        });
    }
  });

  return app;
}

const LIST_PATH = /^\/api\/v1\/campaigns\/([^/]+)\/pledges$/;
/** The route pattern the fast path logs, as the request log names routes. */
const LIST_ROUTE = '/api/v1/campaigns/:id/pledges';

const readLogs = new WeakMap<CachedListOptions, ReadLog>();
/** The summed request log of one app's list answers. */
function readLog(options: CachedListOptions): ReadLog {
  let log = readLogs.get(options);
  if (!log) readLogs.set(options, (log = new ReadLog(options.log, LIST_ROUTE)));
  return log;
}

/** What {@link cachedListAnswers} needs. */
export interface CachedListOptions {
  campaigns: ReadonlyMap<string, Campaign>;
  cache: PublishedCache;
  log: Logger;
  /** The answer headers the API's other middleware would set: CORS for the campaign's origins, and `Vary`. */
  exposeHeaders: string;
}

/** One `200` or `304` answer of the public list: every header it needs, and the page's bytes (none for `304`). */
export interface CachedListAnswer {
  status: 200 | 304;
  /** Shared between answers: never change it. */
  headers: Readonly<Record<string, string>>;
  body: Uint8Array<ArrayBuffer> | null;
}

/** What a request for the list carries that its answer depends on. */
interface ListRequest {
  method: string;
  path: string;
  /** The query string, without its `?`. */
  query: string;
  origin: string | undefined;
  ifNoneMatch: string | undefined;
}

/** The headers of a list answer, kept per page, status and allowed origin: built once, not per read. */
const answerHeaders = new WeakMap<CachedPage, Map<string, Readonly<Record<string, string>>>>();

/** The `status` answer's headers for `page` (security headers, CORS for `allowOrigin`, caching), built once. */
function headersFor(options: CachedListOptions, page: CachedPage, status: 200 | 304, allowOrigin: string | undefined) {
  let byKey = answerHeaders.get(page);
  if (!byKey) answerHeaders.set(page, (byKey = new Map()));
  const key = `${status} ${allowOrigin ?? ''}`;
  let headers = byKey.get(key);
  if (!headers) {
    headers = {
      ...SECURITY_HEADERS,
      ETag: page.etag,
      'Cache-Control': LIST_CACHE,
      'Access-Control-Expose-Headers': options.exposeHeaders,
      Vary: 'Origin',
      ...(allowOrigin === undefined ? {} : { 'Access-Control-Allow-Origin': allowOrigin }),
      ...(status === 200 ? { 'Content-Type': 'application/json' } : {}),
    };
    byKey.set(key, headers);
  }
  return headers;
}

/** The campaign and page a list request asks for, or undefined when it is not one the cache answers. */
function listTarget(options: CachedListOptions, request: ListRequest): { campaign: Campaign; limit: number; offset: number } | undefined {
  if (request.method !== 'GET') return undefined;
  const id = LIST_PATH.exec(request.path)?.[1];
  const campaign = id === undefined ? undefined : options.campaigns.get(id);
  if (!campaign) return undefined;
  const query = request.query === '' ? undefined : new URLSearchParams(request.query);
  const limit = whole(query?.get('limit') ?? undefined, PLEDGES_DEFAULT_LIMIT, 1, PLEDGES_MAX_LIMIT);
  const offset = whole(query?.get('offset') ?? undefined, 0, 0, 100_000_000);
  if (limit === undefined || offset === undefined) return undefined;
  return { campaign, limit, offset };
}

/** The answer to `request` from `page`, counted in the summed request log ({@link ReadLog}). */
function answerFrom(
  options: CachedListOptions,
  request: ListRequest,
  campaign: Campaign,
  page: CachedPage,
  start: number,
): CachedListAnswer {
  const allowOrigin = request.origin !== undefined && campaign.kommune.origins.includes(request.origin) ? request.origin : undefined;
  const status = matchesEtag(request.ifNoneMatch, page.etag) ? 304 : 200;
  readLog(options).add(status, performance.now() - start);
  return { status, headers: headersFor(options, page, status, allowOrigin), body: status === 304 ? null : page.bytes };
}

/**
 * The public list's `200` or `304` answer from the server's cache, with every header (security headers, CORS,
 * caching) in a plain object, counted in the summed request log ({@link ReadLog}); undefined for anything else
 * (another route, a bad `limit`, an unknown campaign), which the route answers the ordinary way. Synchronous when the
 * page is in memory and current ({@link PublishedCache.peek}), the case of a campaign gone viral.
 */
function cachedListAnswer(
  options: CachedListOptions,
  request: ListRequest,
): CachedListAnswer | undefined | Promise<CachedListAnswer | undefined> {
  const start = performance.now();
  const target = listTarget(options, request);
  if (!target) return undefined;
  const { campaign, limit, offset } = target;
  const page = options.cache.peek(campaign.config.id, limit, offset);
  if (page) return answerFrom(options, request, campaign, page, start);
  return options.cache.page(campaign.config.id, limit, offset).then((read) => answerFrom(options, request, campaign, read, start));
}

/**
 * The public list's answers from the cache as hono middleware, ahead of the app's other middleware (for
 * `app.request` and servers that run the app through hono alone).
 */
export function cachedListAnswers(options: CachedListOptions): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const answer = await cachedListAnswer(options, {
      method: c.req.method,
      path: url.pathname,
      query: url.search.slice(1),
      origin: c.req.header('origin'),
      ifNoneMatch: c.req.header('if-none-match'),
    });
    return answer ? new Response(answer.body, { status: answer.status, headers: answer.headers }) : next();
  };
}

/** Answers node's request itself when it can: true, or a promise of it; false hands the request on. */
export type NodeListAnswer = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/**
 * The same answers straight on node's request and response, before hono builds a `Request` and reads back a
 * `Response` (a campaign gone viral is read 20 000 times a second: that conversion was half the server's time per
 * read), and without waiting for a promise when the page is in memory. True when it answered (or a promise of it when
 * it had to read first); false hands the request on.
 */
export function nodeListAnswers(options: CachedListOptions): NodeListAnswer {
  const send = (res: ServerResponse, answer: CachedListAnswer | undefined) => {
    if (!answer) return false;
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body ?? undefined);
    return true;
  };
  return (req, res) => {
    const raw = req.url ?? '';
    if (req.method !== 'GET' || !raw.startsWith('/api/v1/campaigns/')) return false;
    const mark = raw.indexOf('?');
    const answer = cachedListAnswer(options, {
      method: 'GET',
      path: mark < 0 ? raw : raw.slice(0, mark),
      query: mark < 0 ? '' : raw.slice(mark + 1),
      origin: req.headers.origin,
      ifNoneMatch: req.headers['if-none-match'],
    });
    return answer instanceof Promise ? answer.then((read) => send(res, read)) : send(res, answer);
  };
}
