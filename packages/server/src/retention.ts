/**
 * Retention: a closed report is deleted with its attachments `retentionDays` (the kommune's setting) after it was
 * closed, unless a hold stands; open reports are kept. Each deletion is audited (no user: the server did it). A
 * campaign's e-mail addresses (and its confirmation mail) are forgotten `emailRetentionDays` after it closed, while the
 * published names stay; a signature never confirmed is deleted when its link has expired. Also forgets expired
 * sessions and old sign-in failures. The server runs it at start and then every hour.
 */
import { FAILURE_MEMORY_MS } from './auth/lockout.js';
import { SESSION_IDLE_MS } from './auth/sessions.js';
import { CONFIRM_LINK_TTL_MS } from './campaigns/links.js';
import { campaignRegistry } from './campaigns/registry.js';
import type { ServerConfig } from './config.js';
import type { Storage } from './storage/types.js';

/** How often the server runs {@link runRetention}. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What one run deleted: receipts per kommune, e-mail addresses forgotten per campaign, unconfirmed signatures, and how
 * many sessions and sign-in failures.
 */
export interface RetentionResult {
  reports: Record<string, string[]>;
  pledgeEmails: Record<string, number>;
  unconfirmedPledges: number;
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
  const pledgeEmails: Record<string, number> = {};
  const due = [...campaignRegistry(config).values()].filter((c) => now > c.period.closes + c.emailRetentionDays * DAY_MS);
  const forgotten = await Promise.all(
    due.map((campaign) =>
      storage.pledges.forgetEmails(campaign.kommune.nummer, campaign.config.id, (count) => ({
        at,
        kommune: campaign.kommune.nummer,
        userId: null,
        action: 'pledge-emails-retention-deleted',
        target: campaign.config.id,
        detail: { count },
      })),
    ),
  );
  due.forEach((campaign, i) => {
    if (forgotten[i]! > 0) pledgeEmails[campaign.config.id] = forgotten[i]!;
  });
  const unconfirmedPledges = await storage.pledges.deleteUnconfirmed(new Date(now - CONFIRM_LINK_TTL_MS).toISOString());
  const swept = await storage.auth.sweep(now, now - SESSION_IDLE_MS, now - FAILURE_MEMORY_MS);
  return { reports, pledgeEmails, unconfirmedPledges, ...swept };
}
