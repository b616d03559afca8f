/**
 * A request that never gets an answer, for the Loading story: a server that is still thinking.
 *
 * {@link holdPendingRequest} wraps `window.fetch` once. The wrapper answers only {@link PENDING_PATH} (a made-up
 * address no server is asked for) with a promise that stays pending until the request is aborted — by the
 * widget when it leaves the page, or by its own `timeout`. Every other request goes to the real `fetch` untouched,
 * so the wrapper can stay installed: it changes nothing for any other story or test.
 */
export const PENDING_PATH = '/__storybook/pending/participation.json';

let installed = false;

function urlOf(input: RequestInfo | URL): URL {
  return new URL(input instanceof Request ? input.url : String(input), document.baseURI);
}

/** Installs the wrapper (idempotent) and returns the address whose request is held pending. */
export function holdPendingRequest(): string {
  if (!installed) {
    installed = true;
    const realFetch = window.fetch;
    window.fetch = function fetchWithPendingStory(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      if (urlOf(input).pathname !== PENDING_PATH) return realFetch.call(window, input, init);
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      return new Promise<Response>((_resolve, reject) => {
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    };
  }
  return PENDING_PATH;
}
