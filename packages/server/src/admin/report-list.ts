/**
 * The inbox's list of reports: what one row shows (never the description or contact details), the query's filters,
 * and the order (someone in danger first, then threats, then newest).
 */
import type { ReportListItem } from '../storage/types.js';

/** One report as the list shows it. */
export interface ReportSummary {
  receipt: string;
  receivedAt: string;
  status: string;
  danger: boolean;
  kinds: string[];
  role: string | null;
  possibleSpam: boolean;
  attachmentCount: number;
}

/** The list's query, parsed. */
export interface ListQuery {
  status?: string;
  kind?: string;
  role?: string;
  /** `YYYY-MM-DD` (UTC), inclusive. */
  from?: string;
  /** `YYYY-MM-DD` (UTC), inclusive. */
  to?: string;
  /** Reports marked possible spam instead of the others. */
  spam: boolean;
  /** An exact receipt number: that report alone, whatever the other filters. */
  receipt?: string;
  limit: number;
  offset: number;
}

/** The most rows one page holds. */
export const LIST_MAX_LIMIT = 100;
const DEFAULT_LIMIT = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WORD = /^[a-z0-9-]{1,40}$/;
const RECEIPT = /^[A-Z0-9-]{1,40}$/;

/** Parse the list's query string; undefined when a parameter is not valid. */
export function listQuery(params: URLSearchParams): ListQuery | undefined {
  const query: ListQuery = { spam: false, limit: DEFAULT_LIMIT, offset: 0 };
  for (const name of ['status', 'kind', 'role'] as const) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    if (!WORD.test(value)) return undefined;
    query[name] = value;
  }
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    if (!DATE.test(value) || Number.isNaN(Date.parse(value))) return undefined;
    query[name] = value;
  }
  const spam = params.get('spam');
  if (spam !== null && spam !== '' && spam !== 'true' && spam !== 'false') return undefined;
  query.spam = spam === 'true';
  const receipt = params.get('receipt')?.trim().toUpperCase();
  if (receipt) {
    if (!RECEIPT.test(receipt)) return undefined;
    query.receipt = receipt;
  }
  for (const name of ['limit', 'offset'] as const) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    if (!/^\d{1,7}$/.test(value)) return undefined;
    query[name] = Number(value);
  }
  if (query.limit < 1 || query.limit > LIST_MAX_LIMIT) return undefined;
  return query;
}

/** The list's row for a stored report: only what the list shows. */
export function summarize(item: ReportListItem): ReportSummary {
  const body = (typeof item.body === 'object' && item.body !== null ? item.body : {}) as Record<string, unknown>;
  const triage = body['triage'] as { danger?: unknown } | undefined;
  const kinds = Array.isArray(body['kinds']) ? body['kinds'].filter((k): k is string => typeof k === 'string') : [];
  return {
    receipt: item.receipt,
    receivedAt: item.receivedAt,
    status: item.status,
    danger: triage?.danger === true,
    kinds,
    role: typeof body['role'] === 'string' ? body['role'] : null,
    possibleSpam: item.possibleSpam,
    attachmentCount: item.attachmentCount,
  };
}

/** Urgency for sorting: danger first, then threats. */
const urgency = (r: ReportSummary) => (r.danger ? 2 : 0) + (r.kinds.includes('trussel') ? 1 : 0);

/** One page of the list, with the number of new reports and of those marked possible spam. */
export function selectReports(
  all: readonly ReportSummary[],
  query: ListQuery,
): { reports: ReportSummary[]; total: number; counts: { ny: number; possibleSpam: number }; nextOffset: number | null } {
  const counts = {
    ny: all.filter((r) => !r.possibleSpam && r.status === 'ny').length,
    possibleSpam: all.filter((r) => r.possibleSpam).length,
  };
  const matching =
    query.receipt !== undefined
      ? all.filter((r) => r.receipt === query.receipt)
      : all.filter(
          (r) =>
            r.possibleSpam === query.spam &&
            (query.status === undefined || r.status === query.status) &&
            (query.kind === undefined || r.kinds.includes(query.kind)) &&
            (query.role === undefined || r.role === query.role) &&
            (query.from === undefined || r.receivedAt.slice(0, 10) >= query.from) &&
            (query.to === undefined || r.receivedAt.slice(0, 10) <= query.to),
        );
  // Stable: within one urgency the storage's order (newest first) stays.
  const sorted = [...matching].sort((a, b) => urgency(b) - urgency(a) || b.receivedAt.localeCompare(a.receivedAt));
  const reports = sorted.slice(query.offset, query.offset + query.limit);
  const next = query.offset + reports.length;
  return { reports, total: sorted.length, counts, nextOffset: next < sorted.length ? next : null };
}
