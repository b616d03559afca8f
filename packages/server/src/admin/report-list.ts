/**
 * The inbox's list of reports: the query string parsed into filters and a page, and the answer's shape. The storage
 * selects, sorts (someone in danger first, then threats, then newest) and counts in SQL over clear-text columns that hold
 * no personal content (never the description or contact details).
 */
import type { ReportListItem, ReportListPage, ReportListQuery } from '../storage/types.js';

/** One report as the list shows it. */
export type ReportSummary = ReportListItem;

/** The list's query, parsed. */
export type ListQuery = ReportListQuery;

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

/** The route's answer for one page: the page, its total and counts, and the offset of the next page (null at the end). */
export function listAnswer(
  page: ReportListPage,
  query: ListQuery,
): { reports: ReportSummary[]; total: number; counts: { ny: number; possibleSpam: number }; nextOffset: number | null } {
  const next = query.offset + page.reports.length;
  return {
    reports: page.reports,
    total: page.total,
    counts: page.counts,
    nextOffset: page.reports.length > 0 && next < page.total ? next : null,
  };
}
