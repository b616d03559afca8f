/**
 * The kommune-widgets server's campaign routes as the pledge stories meet them, inside the page: `window.fetch` is
 * wrapped once and answers only addresses under `/__storybook/pledge-api/` (no real server has them); every other
 * request goes to the real `fetch`. One server per endpoint: a campaign open for signatures, one closed, one not open
 * yet, one whose campaign does not exist, and one that does not answer. A story picks one with {@link pledgeEndpoint}.
 */
import { SIGNATORIES, campaignFixture } from '../../packages/pledge/test/fixtures/pledge-fixtures.js';

const PREFIX = '/__storybook/pledge-api/';

/** How the story's server behaves. */
export type PledgeStoryServer = 'open' | 'closed' | 'upcoming' | 'missing' | 'down';

let installed = false;
let signed = 0;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', 'Cache-Control': 'no-store', ...headers },
  });

/** What the story's server answers for `path` (below `/v1/`). */
function answer(server: PledgeStoryServer, method: string, path: string, body: string | undefined): Response {
  if (server === 'down') throw new TypeError('Failed to fetch');
  const notFound = () => json(404, { type: 'not-found', title: 'Not found.', status: 404 });
  if (server === 'missing' || !path.startsWith('campaigns/valgloftet-2027')) return notFound();
  const phase = server;
  if (method === 'GET' && path === 'campaigns/valgloftet-2027') return json(200, campaignFixture(phase));
  if (method === 'GET' && path === 'campaigns/valgloftet-2027/pledges') {
    const pledges = phase === 'upcoming' ? [] : SIGNATORIES;
    return json(200, { pledges, total: pledges.length, nextOffset: null }, { ETag: `"${phase}-${pledges.length}"` });
  }
  if (method === 'POST' && path === 'campaigns/valgloftet-2027/pledges') {
    if (phase !== 'open') return json(403, { type: 'campaign-closed', title: 'The campaign is not open.', status: 403 });
    const email = (JSON.parse(body ?? '{}') as { email?: string }).email;
    return json(201, { id: `story${++signed}`, state: email ? 'pending-confirmation' : 'pending-moderation' });
  }
  return notFound();
}

/** Installs the wrapper (idempotent) and returns the `pledge.endpoint` of the story's server. */
export function pledgeEndpoint(server: PledgeStoryServer): string {
  if (!installed) {
    installed = true;
    const realFetch = window.fetch;
    window.fetch = async function fetchWithPledgeServer(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      if (!url.pathname.startsWith(PREFIX)) return realFetch.call(window, input, init);
      const [kind, , ...rest] = url.pathname.slice(PREFIX.length).split('/');
      const body = typeof init?.body === 'string' ? init.body : undefined;
      return answer(kind as PledgeStoryServer, (init?.method ?? 'GET').toUpperCase(), rest.join('/'), body);
    };
  }
  return `${PREFIX}${server}/v1`;
}
