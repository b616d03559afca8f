/**
 * The campaign on the server, as `<kommune-pledge>` reads it: `GET {endpoint}/campaigns/:id` and every page of
 * `GET {endpoint}/campaigns/:id/pledges`, with `If-None-Match` so an unchanged list costs a 304. Answers are checked
 * field by field: a server that says something else gives a problem, never a half-drawn widget.
 */
import { FetchFailure, fetchWithTimeout } from '@kommune-widgets/core';
import type { LocalizedText, PledgeRole, PledgeText } from '@kommune-widgets/schema';

/** A party or list of the campaign, with its colour where the campaign gives one. */
export interface CampaignList {
  id: string;
  name: LocalizedText;
  color?: string;
}

/** Where the campaign is: not open yet, open for signatures, or closed (the list is final). */
export type CampaignState = 'upcoming' | 'open' | 'closed';

/** What `GET /campaigns/:id` answers. */
export interface Campaign {
  id: string;
  kommune: string;
  title: LocalizedText;
  /** The campaign's own text; `null` means the built-in Valgløftet for the campaign's election year. */
  text: PledgeText | null;
  lists: CampaignList[];
  opens: string;
  closes: string;
  state: CampaignState;
  /** Every signature waits for a moderator before it is published. */
  moderation: boolean;
  count: number;
}

/** One published signature. */
export interface Signatory {
  id: string;
  name: string;
  list: string;
  otherList?: string;
  role: PledgeRole | string;
  signedAt: string;
}

/** Why the campaign or its list could not be read. */
export interface CampaignProblem {
  kind: 'not-found' | 'status' | 'timeout' | 'offline' | 'cors' | 'network' | 'unreadable';
  url: string;
  status?: number;
  message: string;
}

/** The campaign, or why not. */
export type CampaignAnswer = { ok: true; campaign: Campaign } | { ok: false; problem: CampaignProblem };

/** Every published signature (newest first) and the list's ETag; `unchanged` after a 304; or why not. */
export type PledgesAnswer =
  | { ok: true; unchanged: false; pledges: Signatory[]; total: number; etag?: string }
  | { ok: true; unchanged: true }
  | { ok: false; problem: CampaignProblem };

/** How long to wait for one answer, and the caller's abort. */
export interface CampaignFetchOptions {
  timeout: number;
  signal?: AbortSignal;
}

/** Signatures asked for per page (the server's most). */
export const PAGE_SIZE = 200;
/** Pages read at most (100 000 signatures): a server that never ends its list cannot hold the page. */
const MAX_PAGES = 500;

/** `endpoint` joined with `path`, resolved against the page (a relative endpoint such as `/api/v1` is the page's own server). */
export function endpointUrl(endpoint: string, path: string): string {
  return new URL(`${endpoint.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`, document.baseURI).href;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is LocalizedText =>
  (typeof value === 'string' && value !== '') || (isRecord(value) && typeof value['nb'] === 'string');
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function readList(value: unknown): CampaignList | undefined {
  if (!isRecord(value) || typeof value['id'] !== 'string' || !isText(value['name'])) return undefined;
  const color = value['color'];
  return { id: value['id'], name: value['name'], ...(typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? { color } : {}) };
}

function readText(value: unknown): PledgeText | null | undefined {
  if (value === null) return null;
  if (!isRecord(value) || typeof value['version'] !== 'string' || !isText(value['title'])) return undefined;
  const body = value['body'];
  const breach = value['breach'];
  if (!Array.isArray(body) || body.length === 0 || !body.every(isText)) return undefined;
  return {
    version: value['version'],
    title: value['title'],
    body,
    ...(Array.isArray(breach) && breach.every(isText) ? { breach } : {}),
  };
}

/** The campaign in a server's answer, or `undefined` when the answer is not one. */
export function readCampaign(body: unknown): Campaign | undefined {
  if (!isRecord(body)) return undefined;
  const { id, kommune, title, lists, opens, closes, state, moderation, count } = body;
  const text = readText(body['text']);
  if (typeof id !== 'string' || typeof kommune !== 'string' || !isText(title) || text === undefined) return undefined;
  if (!Array.isArray(lists) || !isDate(opens) || !isDate(closes)) return undefined;
  if (state !== 'upcoming' && state !== 'open' && state !== 'closed') return undefined;
  const read = lists.map(readList);
  if (read.some((list) => list === undefined)) return undefined;
  return {
    id,
    kommune,
    title,
    text,
    lists: read as CampaignList[],
    opens,
    closes,
    state,
    moderation: moderation === true,
    count: typeof count === 'number' && count >= 0 ? count : 0,
  };
}

function readSignatory(value: unknown): Signatory | undefined {
  if (!isRecord(value)) return undefined;
  const { id, name, list, otherList, role, signedAt } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof list !== 'string' || typeof role !== 'string' || !isDate(signedAt))
    return undefined;
  return { id, name, list, role, signedAt, ...(typeof otherList === 'string' && otherList ? { otherList } : {}) };
}

/** A page of the list in a server's answer, or `undefined`. */
export function readPage(body: unknown): { pledges: Signatory[]; total: number; nextOffset: number | null } | undefined {
  if (!isRecord(body) || !Array.isArray(body['pledges'])) return undefined;
  const pledges = body['pledges'].map(readSignatory);
  if (pledges.some((p) => p === undefined)) return undefined;
  const next = body['nextOffset'];
  const total = body['total'];
  return {
    pledges: pledges as Signatory[],
    total: typeof total === 'number' ? total : pledges.length,
    nextOffset: typeof next === 'number' && next > 0 ? next : null,
  };
}

/** A request that got no answer, as a problem (the caller's own abort is thrown on). */
function noAnswer(error: unknown, url: string, signal?: AbortSignal): CampaignProblem {
  if (signal?.aborted) throw error;
  if (error instanceof FetchFailure) {
    const kind = error.kind === 'timeout' || error.kind === 'offline' || error.kind === 'cors' ? error.kind : 'network';
    return { kind, url, message: error.message };
  }
  return { kind: 'network', url, message: String(error) };
}

function badStatus(response: Response, url: string): CampaignProblem {
  return {
    kind: response.status === 404 ? 'not-found' : 'status',
    url,
    status: response.status,
    message: `GET ${url} answered ${response.status}`,
  };
}

/**
 * GET `url` as JSON. `cache` is the request's cache mode: the list of signatories is asked for with `no-cache`, so
 * the browser revalidates it (a 304 costs no body) instead of showing a copy up to 30 s old after a refresh.
 */
async function getJson(
  url: string,
  options: CampaignFetchOptions,
  headers: Record<string, string> = {},
  cache: RequestCache = 'default',
): Promise<Response> {
  return fetchWithTimeout(url, {
    timeout: options.timeout,
    ...(options.signal ? { signal: options.signal } : {}),
    credentials: 'omit',
    cache,
    headers: { Accept: 'application/json', ...headers },
  });
}

/** `GET {endpoint}/campaigns/:id`; never throws but for the caller's abort. */
export async function fetchCampaign(endpoint: string, id: string, options: CampaignFetchOptions): Promise<CampaignAnswer> {
  const url = endpointUrl(endpoint, `campaigns/${encodeURIComponent(id)}`);
  let response: Response;
  try {
    response = await getJson(url, options);
  } catch (error) {
    return { ok: false, problem: noAnswer(error, url, options.signal) };
  }
  if (!response.ok) return { ok: false, problem: badStatus(response, url) };
  const campaign = readCampaign(await response.json().catch(() => undefined));
  if (!campaign) return { ok: false, problem: { kind: 'unreadable', url, message: `GET ${url}: the answer is not a campaign` } };
  return { ok: true, campaign };
}

/**
 * Every page of `GET {endpoint}/campaigns/:id/pledges`. With `etag`, the first page is asked for with `If-None-Match`
 * and a 304 answers `unchanged`. Never throws but for the caller's abort.
 */
export async function fetchAllPledges(
  endpoint: string,
  id: string,
  options: CampaignFetchOptions & { etag?: string },
): Promise<PledgesAnswer> {
  const base = endpointUrl(endpoint, `campaigns/${encodeURIComponent(id)}/pledges`);
  const pledges: Signatory[] = [];
  let offset = 0;
  let total = 0;
  let etag: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = `${base}?limit=${PAGE_SIZE}&offset=${offset}`;
    let response: Response;
    try {
      response = await getJson(url, options, page === 0 && options.etag ? { 'If-None-Match': options.etag } : {}, 'no-cache');
    } catch (error) {
      return { ok: false, problem: noAnswer(error, url, options.signal) };
    }
    if (response.status === 304 && page === 0) return { ok: true, unchanged: true };
    if (!response.ok) return { ok: false, problem: badStatus(response, url) };
    if (page === 0) etag = response.headers.get('ETag') ?? undefined;
    const read = readPage(await response.json().catch(() => undefined));
    if (!read) return { ok: false, problem: { kind: 'unreadable', url, message: `GET ${url}: the answer is not a list of signatures` } };
    pledges.push(...read.pledges);
    total = read.total;
    if (read.nextOffset === null || read.nextOffset <= offset) break;
    offset = read.nextOffset;
  }
  // A signature published while the pages were read may show twice: once is enough.
  const seen = new Set<string>();
  const unique = pledges.filter((p) => !seen.has(p.id) && seen.add(p.id));
  return { ok: true, unchanged: false, pledges: unique, total: Math.max(total, unique.length), etag };
}
