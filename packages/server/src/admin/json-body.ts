/** The small JSON bodies of the inbox's API. */
import type { Context } from 'hono';
import { readLimitedBody } from '../body.js';

/** Read a JSON object body of at most `limit` bytes; undefined when it is not one (wrong type, too large, not JSON). */
export async function jsonBody(c: Context, limit: number): Promise<Record<string, unknown> | undefined> {
  if (!(c.req.header('content-type') ?? '').startsWith('application/json')) return undefined;
  const bytes = await readLimitedBody(c.req.raw, limit);
  if (bytes === 'too-large') return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
