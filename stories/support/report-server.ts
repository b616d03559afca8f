/**
 * The kommune-widgets server as the hate-report stories meet it, inside the page: `window.fetch` is wrapped once and
 * answers only addresses under `/__storybook/report-api/` (no real server has them); every other request goes to the
 * real `fetch`. Three servers, one per endpoint: one that takes reports, one that does not answer, one that refuses
 * this page. A story picks one with {@link reportEndpoint}.
 */
const PREFIX = '/__storybook/report-api/';

/** How the story's server behaves. */
export type StoryServer = 'open' | 'down' | 'refuses';

let installed = false;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', 'Cache-Control': 'no-store', ...headers },
  });

let receipts = 0;

/** What the story's server answers for `path` (below `/v1/`). */
function answer(server: StoryServer, method: string, path: string): Response {
  if (server === 'down') throw new TypeError('Failed to fetch');
  if (server === 'refuses') return json(403, { type: 'origin-not-allowed', title: 'This origin may not use this kommune.', status: 403 });
  if (method === 'GET' && /^kommuner\/\d{4}$/.test(path))
    return json(200, { nummer: '9999', navn: 'Eksempel kommune', takesReports: true, retentionDays: 90 });
  if (method === 'POST' && path.startsWith('attachments'))
    return json(201, {
      id: `storybook${Date.now().toString(36)}attachment`,
      type: 'image/png',
      size: 1,
      expiresAt: new Date(Date.now() + 864e5).toISOString(),
    });
  if (method === 'POST' && path === 'reports')
    return json(201, { receipt: `HT-2026-STORY${++receipts}`, kommune: '9999', receivedAt: new Date().toISOString() });
  return json(404, { type: 'not-found', title: 'Not found.', status: 404 });
}

/** Installs the wrapper (idempotent) and returns the `report.endpoint` of the story's server. */
export function reportEndpoint(server: StoryServer): string {
  if (!installed) {
    installed = true;
    const realFetch = window.fetch;
    window.fetch = async function fetchWithStoryServer(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      if (!url.pathname.startsWith(PREFIX)) return realFetch.call(window, input, init);
      const [kind, , ...rest] = url.pathname.slice(PREFIX.length).split('/');
      return answer(kind as StoryServer, (init?.method ?? 'GET').toUpperCase(), rest.join('/'));
    };
  }
  return `${PREFIX}${server}/v1`;
}
