/**
 * The pages behind the links in a signatory's e-mail: `GET /api/v1/pledges/confirm?token=…` and
 * `GET /api/v1/pledges/withdraw?token=…` only show what the link would do, with a button (mail scanners follow links,
 * so a GET never changes anything); the button POSTs to the same URL, which confirms or withdraws and says so. Small
 * server-rendered pages in bokmål with an English line, every text escaped, under a CSP that allows no script, no
 * style and a form only to this server. A forged token answers `400`, an expired one or a pledge that is gone `410`.
 */
import { Hono, type Context } from 'hono';
import { localize } from '@kommune-widgets/schema';
import type { PledgeChange, Storage, StoredPledge } from '../storage/types.js';
import { verifyLink, type LinkAction } from './links.js';
import type { PublishedCache } from './published-cache.js';
import { listName, type Campaign } from './registry.js';

/** The pages' policy: nothing loads, nothing runs, the form posts only here, no framing. */
export const LINK_PAGE_CSP = "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** What the link pages need from the app. */
export interface LinkPageOptions {
  storage: Storage;
  campaigns: ReadonlyMap<string, Campaign>;
  cache: PublishedCache;
  now: () => number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe in HTML text and in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** One page: a heading, paragraphs, an optional button that posts back, and a line in English. */
interface Page {
  status: number;
  title: string;
  paragraphs: string[];
  english: string;
  button?: { label: string; token: string };
}

/** The HTML of `page`. */
export function renderPage(page: Page): string {
  const form = page.button
    ? `<form method="post" action="?token=${escapeHtml(encodeURIComponent(page.button.token))}"><button type="submit">${escapeHtml(page.button.label)}</button></form>\n`
    : '';
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
${page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>\n`).join('')}${form}<p lang="en">${escapeHtml(page.english)}</p>
</main>
</body>
</html>
`;
}

function answer(page: Page): Response {
  return new Response(renderPage(page), {
    status: page.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': LINK_PAGE_CSP,
      'Cache-Control': 'no-store',
    },
  });
}

const INVALID: Page = {
  status: 400,
  title: 'Lenken virker ikke',
  paragraphs: ['Lenken er ikke gyldig. Kopier hele lenken fra e-posten og prøv igjen, eller spør kommunen om hjelp.'],
  english: 'This link is not valid: copy the whole link from the e-mail.',
};
const EXPIRED: Record<LinkAction, Page> = {
  confirm: {
    status: 410,
    title: 'Lenken er utløpt',
    paragraphs: ['Lenken for å bekrefte virket i sju dager. Signer på nytt på kommunens nettside.'],
    english: 'This link has expired: sign again on the kommune’s website.',
  },
  withdraw: {
    status: 410,
    title: 'Lenken er utløpt',
    paragraphs: ['Lenken for å trekke signaturen virker ikke lenger. Spør kommunen om du vil trekke den.'],
    english: 'This link has expired: ask the kommune to withdraw your signature.',
  },
};
const GONE: Page = {
  status: 410,
  title: 'Signaturen finnes ikke',
  paragraphs: ['Vi finner ikke signaturen. Den kan være slettet fordi den ikke ble bekreftet i tide.'],
  english: 'This signature no longer exists.',
};

/** What the link is about: the name, the list and the campaign, in one sentence. */
const about = (campaign: Campaign, pledge: StoredPledge) =>
  `«${pledge.name}» (${listName(campaign, pledge.list, pledge.otherList)}) på «${localize(campaign.config.title, 'nb')}»`;

/** Where the pledge stands after it was confirmed. */
function confirmedText(pledge: StoredPledge): string {
  switch (pledge.state) {
    case 'published':
      return 'Navnet ditt står nå på den offentlige lista.';
    case 'pending-moderation':
      return 'En moderator i kommunen ser over signaturen før navnet publiseres.';
    default:
      return 'Signaturen er ikke publisert. Spør kommunen om du lurer på hvorfor.';
  }
}

/** The `/api/v1/pledges/confirm` and `/api/v1/pledges/withdraw` pages, to mount with `app.route('/', …)`. */
export function pledgeLinkPages(options: LinkPageOptions): Hono {
  const { storage, campaigns, cache, now } = options;
  const app = new Hono();

  /** The token's campaign and pledge, or the page that says why there are none. */
  async function resolve(c: Context, action: LinkAction): Promise<{ campaign: Campaign; pledge: StoredPledge; token: string } | Page> {
    const token = c.req.query('token');
    const claims = verifyLink(await storage.pledges.linkSecret(), action, token, now());
    if (claims === 'invalid') return INVALID;
    if (claims === 'expired') return EXPIRED[action];
    const campaign = campaigns.get(claims.campaign);
    const pledge = campaign && (await storage.pledges.get(claims.campaign, claims.pledge));
    if (!campaign || !pledge) return GONE;
    return { campaign, pledge, token: token! };
  }

  const withdrawnPage = (campaign: Campaign, pledge: StoredPledge): Page => ({
    status: 200,
    title: 'Signaturen er trukket tilbake',
    paragraphs: [`Signaturen ${about(campaign, pledge)} er trukket tilbake og vises ikke på lista. E-postadressen din er slettet.`],
    english: 'Your signature has been withdrawn and is no longer listed.',
  });

  app.get('/api/v1/pledges/confirm', async (c) => {
    const found = await resolve(c, 'confirm');
    if (!('campaign' in found)) return answer(found);
    const { campaign, pledge, token } = found;
    if (pledge.state === 'withdrawn') return answer(withdrawnPage(campaign, pledge));
    if (pledge.confirmedAt !== null)
      return answer({
        status: 200,
        title: 'Signaturen er bekreftet',
        paragraphs: [`Du har allerede bekreftet signaturen ${about(campaign, pledge)}.`, confirmedText(pledge)],
        english: 'Your signature is already confirmed.',
      });
    return answer({
      status: 200,
      title: 'Bekreft signaturen',
      paragraphs: [`Du er i ferd med å bekrefte signaturen ${about(campaign, pledge)}.`],
      english: 'Press the button to confirm your signature.',
      button: { label: 'Bekreft signaturen', token },
    });
  });

  app.post('/api/v1/pledges/confirm', async (c) => {
    const found = await resolve(c, 'confirm');
    if (!('campaign' in found)) return answer(found);
    const { campaign, pledge } = found;
    const change = await storage.pledges.confirm(campaign.config.id, pledge.id, now(), campaign.config.moderation);
    return answer(confirmed(campaign, change));
  });

  function confirmed(campaign: Campaign, change: PledgeChange): Page {
    if (change.outcome === 'withdrawn') return withdrawnPage(campaign, change.pledge);
    if (change.outcome !== 'done') return GONE;
    cache.invalidate(campaign.config.id);
    return {
      status: 200,
      title: 'Signaturen er bekreftet',
      paragraphs: [`Takk! Signaturen ${about(campaign, change.pledge)} er bekreftet.`, confirmedText(change.pledge)],
      english: 'Thank you: your signature is confirmed.',
    };
  }

  app.get('/api/v1/pledges/withdraw', async (c) => {
    const found = await resolve(c, 'withdraw');
    if (!('campaign' in found)) return answer(found);
    const { campaign, pledge, token } = found;
    if (pledge.state === 'withdrawn') return answer(withdrawnPage(campaign, pledge));
    return answer({
      status: 200,
      title: 'Trekk signaturen',
      paragraphs: [
        `Du er i ferd med å trekke signaturen ${about(campaign, pledge)}.`,
        'Navnet fjernes fra den offentlige lista, og e-postadressen din slettes.',
      ],
      english: 'Press the button to withdraw your signature.',
      button: { label: 'Trekk signaturen', token },
    });
  });

  app.post('/api/v1/pledges/withdraw', async (c) => {
    const found = await resolve(c, 'withdraw');
    if (!('campaign' in found)) return answer(found);
    const { campaign, pledge } = found;
    const at = now();
    const change = await storage.pledges.withdraw(campaign.config.id, pledge.id, at, {
      at: new Date(at).toISOString(),
      kommune: campaign.kommune.nummer,
      userId: null,
      action: 'pledge-withdrawn',
      target: pledge.id,
      detail: { via: 'link' },
    });
    if (change.outcome !== 'done') return answer(GONE);
    cache.invalidate(campaign.config.id);
    return answer(withdrawnPage(campaign, change.pledge));
  });

  return app;
}
