/**
 * Before the form is shown: does the server take reports for this kommune from this page? It answers
 * `GET {endpoint}/kommuner/:nummer` for an allowed origin with its retention period, contact person and response time.
 */
import { fetchWithTimeout } from '@kommune-widgets/core';
import type { LocalizedText } from '@kommune-widgets/schema';

/** What the server said about taking reports. */
export type Availability =
  | { state: 'checking' }
  /** The form can be sent: the server's own settings for the kommune. */
  | { state: 'open'; retentionDays?: number; responseTime?: LocalizedText; navn?: string }
  /** No answer (offline, timed out, server down): show the contact person instead, with «Prøv igjen». */
  | { state: 'unreachable'; detail: string }
  /** The server answered no (foreign origin, unknown kommune): show the contact person instead. */
  | { state: 'refused'; detail: string };

/** Seconds to wait for the server's answer before showing the contact person instead. */
export const AVAILABILITY_TIMEOUT_MS = 8000;

/** `endpoint` joined with `path`, resolved against the page (a relative endpoint such as `/api/v1` is the page's own server). */
export function endpointUrl(endpoint: string, path: string): string {
  return new URL(`${endpoint.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`, document.baseURI).href;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Ask the server; never throws. */
export async function checkAvailability(endpoint: string, kommune: string, signal?: AbortSignal): Promise<Availability> {
  const url = endpointUrl(endpoint, `kommuner/${encodeURIComponent(kommune)}`);
  let response: Response;
  try {
    response = await fetchWithTimeout(url, {
      timeout: AVAILABILITY_TIMEOUT_MS,
      signal,
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    const kind = (error as { kind?: string }).kind;
    // A refusal by CORS is the server saying no to this page's origin.
    return kind === 'cors' ? { state: 'refused', detail: String(error) } : { state: 'unreachable', detail: String(error) };
  }
  if (response.status >= 500 || response.status === 429) return { state: 'unreachable', detail: `GET ${url} answered ${response.status}` };
  if (!response.ok) return { state: 'refused', detail: `GET ${url} answered ${response.status}` };
  const body: unknown = await response.json().catch(() => undefined);
  if (!isRecord(body) || body['takesReports'] !== true) return { state: 'refused', detail: `GET ${url}: the server takes no reports` };
  const retention = body['retentionDays'];
  const responseTime = body['responseTime'];
  const navn = body['navn'];
  return {
    state: 'open',
    retentionDays: typeof retention === 'number' && Number.isInteger(retention) && retention > 0 ? retention : undefined,
    responseTime: typeof responseTime === 'string' || isRecord(responseTime) ? (responseTime as LocalizedText) : undefined,
    navn: typeof navn === 'string' ? navn : undefined,
  };
}
