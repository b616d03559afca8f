/** The inbox's pages and their addresses (`#/…`, so the server serves one page and any address can be bookmarked). */

/** One page of the inbox. */
export type InboxRoute =
  | { page: 'list' }
  | { page: 'report'; receipt: string }
  | { page: 'print'; receipt: string }
  | { page: 'audit' }
  | { page: 'mail' }
  | { page: 'users' }
  | { page: 'password' }
  | { page: 'pledges' }
  | { page: 'campaign'; campaign: string };

const RECEIPT = /^[A-Z0-9-]{1,40}$/;
/** A campaign id as the config allows it: no spaces, and short. */
const CAMPAIGN = /^\S{1,100}$/;

/** The page a location hash names; the list for anything it does not know. */
export function parseRoute(hash: string): InboxRoute {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    // A malformed escape (`%E0`) in a typed address: treat it as unknown.
    return { page: 'list' };
  }
  if (parts[0] === 'meldinger' && parts[1] !== undefined && RECEIPT.test(parts[1])) {
    return parts[2] === 'utskrift' ? { page: 'print', receipt: parts[1] } : { page: 'report', receipt: parts[1] };
  }
  if (parts[0] === 'logg') return { page: 'audit' };
  if (parts[0] === 'varsler') return { page: 'mail' };
  if (parts[0] === 'brukere') return { page: 'users' };
  if (parts[0] === 'passord') return { page: 'password' };
  if (parts[0] === 'valgloftet') {
    return parts[1] !== undefined && CAMPAIGN.test(parts[1]) ? { page: 'campaign', campaign: parts[1] } : { page: 'pledges' };
  }
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
    case 'users':
      return '#/brukere';
    case 'password':
      return '#/passord';
    case 'pledges':
      return '#/valgloftet';
    case 'campaign':
      return `#/valgloftet/${encodeURIComponent(route.campaign)}`;
    default:
      return '#/';
  }
}

/**
 * The pages a role works in, its start page first: a moderator moderates Valgløftet signatures and sees their
 * confirmation mails; a contact person reads reports; an admin manages the kommune's users and sees the audit log and
 * the notices; neither moderates signatures.
 */
export function pagesFor(role: string): readonly InboxRoute['page'][] {
  switch (role) {
    case 'moderator':
      return ['pledges', 'campaign', 'mail'];
    case 'contact':
      return ['list', 'report', 'print', 'audit', 'mail'];
    case 'admin':
      return ['users', 'audit', 'mail'];
    default:
      return ['audit', 'mail'];
  }
}

/** `route` when `role` works there (every role changes its own password), else the role's start page. */
export function routeFor(role: string, route: InboxRoute): InboxRoute {
  const pages = pagesFor(role);
  return route.page === 'password' || pages.includes(route.page) ? route : ({ page: pages[0] } as InboxRoute);
}
