/**
 * A kommune that leaves a shared service: `kommune export` writes everything the service holds for it into a folder
 * (for its archive, its new service, or an access request), and `kommune purge` deletes it all. Both are audited:
 * the export before a file is written (an export that cannot be recorded is not made), the purge as the kommune's only
 * row left afterwards.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PurgeCounts, Storage } from './storage/types.js';

/** What an export holds, by kind. */
export interface ExportCounts {
  reports: number;
  attachments: number;
  users: number;
  auditEntries: number;
  mail: number;
  pledges: number;
}

/** The export's `manifest.json`: what, for whom, when, and each file's SHA-256 to check the copy by. */
export interface ExportManifest {
  kommune: string;
  exportedAt: string;
  counts: ExportCounts;
  files: Record<string, string>;
}

/** Why a kommune's data could not be exported or purged (said to the operator as is). */
export class KommuneDataError extends Error {
  override name = 'KommuneDataError';
}

/** The file extension for an attachment's type. */
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
};

/**
 * Write everything `storage` holds for `kommune` into the new or empty folder `out`: `reports.json` (each report with
 * its answers, status, hold, notes and status changes, decrypted), `attachments/<id>.<ext>`, `users.json` (no
 * secrets), `audit-log.json`, `mail.json`, `pledges.json` (by campaign, with e-mail addresses where still kept) and
 * `manifest.json`. Files are readable by their owner only. Audited as `kommune-exported` with the counts.
 */
export async function exportKommune(storage: Storage, kommune: string, out: string, now = Date.now()): Promise<ExportManifest> {
  if (existsSync(out) && readdirSync(out).length > 0) throw new KommuneDataError(`${out} is not empty: give a new or empty folder.`);
  const receipts = await storage.kommuner.receipts(kommune);
  const reports = [];
  const attachments: Array<{ id: string; type: string; bytes: Uint8Array }> = [];
  for (const receipt of receipts) {
    const report = await storage.getReport(kommune, receipt);
    if (!report) continue; // deleted meanwhile
    const history = await storage.inbox.history(kommune, receipt);
    for (const info of report.attachments) {
      const stored = await storage.getAttachment(kommune, info.id);
      if (stored) attachments.push({ id: stored.id, type: stored.type, bytes: stored.bytes });
    }
    reports.push({ ...report, notes: history?.notes ?? [], statusChanges: history?.statusChanges ?? [] });
  }
  const users = await storage.kommuner.users(kommune);
  const mail = await storage.listMail(kommune);
  const pledges: Record<string, unknown[]> = {};
  for (const campaign of await storage.kommuner.campaigns(kommune)) pledges[campaign] = await storage.pledges.list(kommune, campaign);
  const audit = await storage.auth.listAudit(kommune);
  const counts: ExportCounts = {
    reports: reports.length,
    attachments: attachments.length,
    users: users.length,
    auditEntries: audit.length,
    mail: mail.length,
    pledges: Object.values(pledges).reduce((n, list) => n + list.length, 0),
  };
  const exportedAt = new Date(now).toISOString();
  await storage.auth.audit({ at: exportedAt, kommune, userId: null, action: 'kommune-exported', detail: { ...counts } });

  mkdirSync(join(out, 'attachments'), { recursive: true, mode: 0o700 });
  const files: Record<string, string> = {};
  const write = (name: string, data: string | Uint8Array) => {
    writeFileSync(join(out, name), data, { mode: 0o600 });
    files[name] = createHash('sha256').update(data).digest('hex');
  };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  write('reports.json', json(reports));
  for (const file of attachments) write(`attachments/${file.id}.${EXTENSIONS[file.type] ?? 'bin'}`, file.bytes);
  write('users.json', json(users));
  write('audit-log.json', json(audit));
  write('mail.json', json(mail));
  write('pledges.json', json(pledges));
  const manifest: ExportManifest = { kommune, exportedAt, counts, files };
  writeFileSync(join(out, 'manifest.json'), json(manifest), { mode: 0o600 });
  return manifest;
}

/**
 * Delete everything `storage` holds for `kommune` (see {@link KommuneDataStore.purge}); the audit log keeps one row,
 * `kommune-purged`, with the counts. `stillServed`: the kommune is in the running configuration, which is refused.
 */
export async function purgeKommune(storage: Storage, kommune: string, stillServed: boolean, now = Date.now()): Promise<PurgeCounts> {
  if (stillServed)
    throw new KommuneDataError(`kommune ${kommune} is still in the configuration: remove it there (and reload the server) first.`);
  return storage.kommuner.purge(kommune, (counts) => ({
    at: new Date(now).toISOString(),
    kommune,
    userId: null,
    action: 'kommune-purged',
    detail: { ...counts },
  }));
}
