import { syntaxErrorLocation } from '@kommune-widgets/schema';
import { DataError } from './errors.js';

/** Options for {@link loadJson}. */
export interface LoadJsonOptions {
  /** Give up after this many milliseconds. */
  timeout: number;
  /** Aborts the request when the element's source changes or it leaves the page. */
  signal: AbortSignal;
}

/**
 * Fetches and parses a JSON document, turning every failure into a {@link DataError}
 * (`network` with status or time-out, `parse` with the parser's message).
 * Rejects with the signal's reason (an `AbortError`) when aborted by the caller.
 */
export async function loadJson(url: string, { timeout, signal }: LoadJsonOptions): Promise<unknown> {
  const timer = AbortSignal.timeout(timeout);
  const combined = AbortSignal.any([signal, timer]);
  let text: string;
  try {
    const response = await fetch(url, {
      signal: combined,
      credentials: 'same-origin',
      headers: { accept: 'application/json, text/calendar;q=0.9' },
    });
    if (!response.ok) {
      throw new DataError({
        kind: 'network',
        url,
        status: response.status,
        message: `GET ${url} answered ${response.status} ${response.statusText}`,
      });
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof DataError) throw error;
    if (signal.aborted) throw signal.reason;
    if (timer.aborted) throw new DataError({ kind: 'network', url, timedOut: true, message: `GET ${url} timed out after ${timeout} ms` });
    throw new DataError({ kind: 'network', url, message: `GET ${url} failed: ${String(error)}` });
  }
  return parseJson(text, url);
}

/** Parses JSON text, or throws a `parse` {@link DataError} saying where it broke. */
export function parseJson(text: string, url?: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const where = syntaxErrorLocation(text, error as Error);
    throw new DataError({
      kind: 'parse',
      ...(url ? { url } : {}),
      ...where,
      message: `Not valid JSON${url ? ` in ${url}` : ''}: ${(error as Error).message}`,
    });
  }
}
