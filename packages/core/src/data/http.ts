/** Why a request made with {@link fetchWithTimeout} did not get an answer. */
export type FetchFailureKind = 'timeout' | 'offline' | 'cors' | 'network';

/** A request that got no HTTP answer: timed out, offline, refused by CORS, or another network failure. */
export class FetchFailure extends Error {
  constructor(
    readonly kind: FetchFailureKind,
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

/** Options for {@link fetchWithTimeout}: a `fetch` init plus the time to wait. */
export interface FetchWithTimeoutOptions extends RequestInit {
  /** Give up after this many milliseconds. */
  timeout: number;
}

/**
 * The one way core talks to a server, GET or POST: `fetch` with a time-out and the caller's abort signal.
 * Resolves with the response whatever its status; rejects with a {@link FetchFailure} when no answer came,
 * or with the caller's abort reason when the caller aborted.
 */
export async function fetchWithTimeout(url: string, { timeout, signal, ...init }: FetchWithTimeoutOptions): Promise<Response> {
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  const method = (init.method ?? 'GET').toUpperCase();
  try {
    return await fetch(url, { credentials: 'same-origin', ...init, signal: combined });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timer.aborted) throw new FetchFailure('timeout', url, `${method} ${url} timed out after ${timeout} ms`);
    if (typeof navigator !== 'undefined' && navigator.onLine === false)
      throw new FetchFailure('offline', url, `${method} ${url} failed: offline`);
    if (await refusedByCors(url, signal)) {
      throw new FetchFailure(
        'cors',
        url,
        `${method} ${url} was refused by the browser: the server does not allow this page's origin (CORS)`,
      );
    }
    throw new FetchFailure('network', url, `${method} ${url} failed: ${String(error)}`);
  }
}

/**
 * A failed cross-origin request whose server answers an opaque `no-cors` request was refused by CORS, not by the
 * network: the browser hides the reason from scripts, so ask the same server once more without reading the answer.
 */
async function refusedByCors(url: string, signal: AbortSignal | null | undefined): Promise<boolean> {
  if (typeof location === 'undefined' || new URL(url, location.href).origin === location.origin) return false;
  try {
    const probe = await fetch(url, {
      mode: 'no-cors',
      credentials: 'omit',
      method: 'HEAD',
      signal: AbortSignal.any([AbortSignal.timeout(3000), ...(signal ? [signal] : [])]),
    });
    return probe.type === 'opaque';
  } catch {
    return false;
  }
}
