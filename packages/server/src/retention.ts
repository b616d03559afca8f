/**
 * Retention: a closed report is deleted with its attachments `retentionDays` (the kommune's setting) after it was
 * closed, unless a hold stands; open reports are kept. Each deletion is audited (no user: the server did it). Also
 * forgets expired sessions and old sign-in failures. The server runs it at start and then every hour.
 */
import { FAILURE_MEMORY_MS } from './auth/lockout.js';
import { SESSION_IDLE_MS } from './auth/sessions.js';
import type { ServerConfig } from './config.js';
import type { Storage } from './storage/types.js';

/** How often the server runs {@link runRetention}. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What one run deleted: receipts per kommune, and how many sessions and sign-in failures. */
export interface RetentionResult {
  reports: Record<string, string[]>;
  sessions: number;
  failures: number;
}

/** Delete, for each kommune in `config`, its closed reports without a hold whose retention has run out at `now`. */
export async function runRetention(storage: Storage, config: ServerConfig, now: number): Promise<RetentionResult> {
  const at = new Date(now).toISOString();
  const reports: Record<string, string[]> = {};
  // All kommuner at once: their writes share one commit.
  const deleted = await Promise.all(
    config.kommuner.map((kommune) =>
      storage.inbox.deleteClosed(kommune.nummer, new Date(now - kommune.retentionDays * DAY_MS).toISOString(), (receipt) => ({
        at,
        kommune: kommune.nummer,
        userId: null,
        action: 'report-retention-deleted',
        target: receipt,
      })),
    ),
  );
  config.kommuner.forEach((kommune, i) => {
    if (deleted[i]!.length > 0) reports[kommune.nummer] = deleted[i]!;
  });
  const swept = await storage.auth.sweep(now, now - SESSION_IDLE_MS, now - FAILURE_MEMORY_MS);
  return { reports, ...swept };
}
