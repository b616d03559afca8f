/** The inbox's pages and their addresses (`#/…`, so the server serves one page and any address can be bookmarked). */

/** One page of the inbox. */
export type InboxRoute =
  { page: 'list' } | { page: 'report'; receipt: string } | { page: 'print'; receipt: string } | { page: 'audit' } | { page: 'mail' };

const RECEIPT = /^[A-Z0-9-]{1,40}$/;

/** The page a location hash names; the list for anything it does not know. */
export function parseRoute(hash: string): InboxRoute {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'meldinger' && parts[1] !== undefined && RECEIPT.test(parts[1])) {
    return parts[2] === 'utskrift' ? { page: 'print', receipt: parts[1] } : { page: 'report', receipt: parts[1] };
  }
  if (parts[0] === 'logg') return { page: 'audit' };
  if (parts[0] === 'varsler') return { page: 'mail' };
  return { page: 'list' };
}

/** The hash of a page. */
export function routeHash(route: InboxRoute): string {
  switch (route.page) {
    case 'report':
      return `#/meldinger/${encodeURIComponent(route.receipt)}`;
    case 'print':
      return `#/meldinger/${encodeURIComponent(route.receipt)}/utskrift`;
    case 'audit':
      return '#/logg';
    case 'mail':
      return '#/varsler';
    default:
      return '#/';
  }
}
