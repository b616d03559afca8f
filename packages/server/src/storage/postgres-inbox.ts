/**
 * The inbox's handling of reports, and a kommune's data as a whole (export and purge), in PostgreSQL: every
 * transaction is scoped to the kommune it serves.
 */
import type { PgStoreContext } from './postgres-auth.js';
import { insertAudit } from './postgres-writes.js';
import { dayAfter, holdContext, listItem, noteContext, userSummary, type ListRow, type UserRow } from './rows.js';
import type { PgTx } from './postgres-db.js';
import type { KommuneDataStore, PurgeCounts, ReportInboxStore, ReportListQuery, ReportNote } from './types.js';

/** The id of `kommune`'s report `receipt`, if any (locked for the transaction when `lock`). */
async function reportId(tx: PgTx, kommune: string, receipt: string): Promise<number | undefined> {
  return (await tx.one<{ id: number }>('SELECT id FROM reports WHERE kommune = $1 AND receipt = $2', [kommune, receipt]))?.id;
}

/** One page of the list, its total and the kommune's counts: SQL over the clear list columns and their indexes. */
async function listPage(tx: PgTx, kommune: string, query: ReportListQuery) {
  const params: unknown[] = [kommune];
  const where = ['kommune = $1'];
  const add = (clause: (p: string) => string, value: unknown) => where.push(clause(`$${params.push(value)}`));
  if (query.receipt !== undefined) add((p) => `receipt = ${p}`, query.receipt);
  else {
    add((p) => `possible_spam = ${p}`, query.spam);
    if (query.status !== undefined) add((p) => `status = ${p}`, query.status);
    if (query.kind !== undefined) add((p) => `kinds LIKE '%,' || ${p} || ',%'`, query.kind);
    if (query.role !== undefined) add((p) => `role = ${p}`, query.role);
    if (query.from !== undefined) add((p) => `created_at >= ${p}`, query.from);
    if (query.to !== undefined) add((p) => `created_at < ${p}`, dayAfter(query.to));
  }
  const filter = where.join(' AND ');
  const filterParams = [...params];
  // The page's ids first, from the list's covering index alone (every column the filters and the order need is in
  // reports_list or reports_by_status), then its rows by id. Asked for in one step, the planner misjudged the rows that
  // row-level security lets through (its OR of two settings) as one, and read every row of the kommune from the table
  // to sort them: 550 ms for the first page of a kommune of 15 000 reports, where this takes 4-7 ms.
  const { rows } = await tx.query<ListRow>(
    `WITH page AS (
       SELECT id FROM reports WHERE ${filter}
       ORDER BY danger DESC, threat DESC, created_at DESC, id DESC LIMIT $${params.push(query.limit)} OFFSET $${params.push(query.offset)}
     )
     SELECT receipt, created_at, status, danger, kinds, role, possible_spam, closed_at, hold_at IS NOT NULL AS held,
       (SELECT count(*) FROM attachments a WHERE a.report_id = r.id) AS attachment_count
     FROM page JOIN reports r USING (id)
     ORDER BY r.danger DESC, r.threat DESC, r.created_at DESC, r.id DESC`,
    params,
  );
  // Each count on its own, so that each gets the index that fits it (a count over the kommune's covering index reads
  // no table page once autovacuum has marked them visible).
  const total = (await tx.one<{ n: number }>(`SELECT count(*) AS n FROM reports WHERE ${filter}`, filterParams))!.n;
  const counts = (await tx.one<{ ny: number; spam: number }>(
    `SELECT count(*) FILTER (WHERE NOT possible_spam AND status = 'ny') AS ny, count(*) FILTER (WHERE possible_spam) AS spam
     FROM reports WHERE kommune = $1`,
    [kommune],
  ))!;
  return { reports: rows.map(listItem), total, counts: { ny: counts.ny, possibleSpam: counts.spam } };
}

export function postgresInboxStore({ db, sealer }: PgStoreContext): ReportInboxStore {
  return {
    list: (kommune, query) =>
      db.tx(kommune, async (tx) => {
        // Plans made for this kommune's own values: one kommune may hold a hundred times the reports of another, and
        // a plan cached for the average kommune is the wrong one for the largest.
        await tx.query("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)");
        return listPage(tx, kommune, query);
      }),
    history: (kommune, receipt) =>
      db.tx(kommune, async (tx) => {
        const id = await reportId(tx, kommune, receipt);
        if (id === undefined) return undefined;
        const notes = await tx.query<{ id: number; user_id: number | null; at: string; text: string }>(
          'SELECT id, user_id, at, text FROM report_notes WHERE report_id = $1 ORDER BY id',
          [id],
        );
        const changes = await tx.query<{ user_id: number | null; at: string; from_status: string; to_status: string }>(
          'SELECT user_id, at, from_status, to_status FROM report_status_changes WHERE report_id = $1 ORDER BY id',
          [id],
        );
        return {
          notes: notes.rows.map((n) => ({
            id: n.id,
            userId: n.user_id,
            at: n.at,
            text: sealer.openText(noteContext(kommune, receipt), n.text),
          })),
          statusChanges: changes.rows.map((c) => ({ userId: c.user_id, at: c.at, from: c.from_status, to: c.to_status })),
        };
      }),
    setStatus: (kommune, receipt, status, userId, now) =>
      db.tx(kommune, async (tx) => {
        const row = await tx.one<{ id: number; status: string }>(
          'SELECT id, status FROM reports WHERE kommune = $1 AND receipt = $2 FOR UPDATE',
          [kommune, receipt],
        );
        if (!row) return undefined;
        const at = new Date(now).toISOString();
        // Closing records when (retention counts from it); closing again keeps the first time; reopening clears it.
        await tx.query(
          `UPDATE reports SET status = $1,
             closed_at = CASE WHEN $1 <> 'avsluttet' THEN NULL WHEN status = 'avsluttet' THEN closed_at ELSE $2 END
           WHERE id = $3`,
          [status, at, row.id],
        );
        await tx.query('INSERT INTO report_status_changes (report_id, user_id, at, from_status, to_status) VALUES ($1, $2, $3, $4, $5)', [
          row.id,
          userId,
          at,
          row.status,
          status,
        ]);
        return row.status;
      }),
    addNote: (kommune, receipt, text, userId, now) =>
      db.tx(kommune, async (tx): Promise<ReportNote | undefined> => {
        const id = await reportId(tx, kommune, receipt);
        if (id === undefined) return undefined;
        const at = new Date(now).toISOString();
        const row = await tx.one<{ id: number }>(
          'INSERT INTO report_notes (report_id, user_id, at, text) VALUES ($1, $2, $3, $4) RETURNING id',
          [id, userId, at, sealer.sealText(noteContext(kommune, receipt), text)],
        );
        return { id: row!.id, userId, at, text };
      }),
    delete: (kommune, receipt) =>
      db.tx(
        kommune,
        async (tx) => (await tx.query('DELETE FROM reports WHERE kommune = $1 AND receipt = $2', [kommune, receipt])).count === 1,
      ),
    setHold: (kommune, receipt, hold) =>
      db.tx(kommune, async (tx) => {
        const row = await tx.one<{ id: number; hold_at: string | null }>(
          'SELECT id, hold_at FROM reports WHERE kommune = $1 AND receipt = $2 FOR UPDATE',
          [kommune, receipt],
        );
        if (!row) return undefined;
        if (!hold && row.hold_at === null) return false;
        await tx.query('UPDATE reports SET hold_reason = $1, hold_at = $2, hold_by = $3 WHERE id = $4', [
          hold ? sealer.sealText(holdContext(kommune, receipt), hold.reason) : null,
          hold?.at ?? null,
          hold?.by ?? null,
          row.id,
        ]);
        return true;
      }),
    deleteClosed: (kommune, closedBefore, audit) =>
      db.tx(kommune, async (tx) => {
        const { rows } = await tx.query<{ receipt: string }>(
          `DELETE FROM reports WHERE kommune = $1 AND closed_at IS NOT NULL AND hold_at IS NULL AND closed_at <= $2
           AND status = 'avsluttet' RETURNING receipt`,
          [kommune, closedBefore],
        );
        for (const { receipt } of rows) await insertAudit(tx, audit(receipt));
        return rows.map((r) => r.receipt);
      }),
  };
}

export function postgresKommuneDataStore({ db }: PgStoreContext): KommuneDataStore {
  return {
    receipts: (kommune) =>
      db.tx(kommune, async (tx) =>
        (await tx.query<{ receipt: string }>('SELECT receipt FROM reports WHERE kommune = $1 ORDER BY created_at, id', [kommune])).rows.map(
          (r) => r.receipt,
        ),
      ),
    users: (kommune) =>
      db.tx(kommune, async (tx) =>
        (await tx.query<UserRow>('SELECT * FROM users WHERE kommune = $1 ORDER BY id', [kommune])).rows.map(userSummary),
      ),
    campaigns: (kommune) =>
      db.tx(kommune, async (tx) =>
        (
          await tx.query<{ campaign: string }>('SELECT DISTINCT campaign FROM pledges WHERE kommune = $1 ORDER BY campaign', [kommune])
        ).rows.map((r) => r.campaign),
      ),
    purge: (kommune, audit) =>
      db.tx(kommune, async (tx): Promise<PurgeCounts> => {
        const run = async (sql: string) => (await tx.query(sql, [kommune])).count;
        // Attachments of the kommune's reports go with them (ON DELETE CASCADE), as do notes and status changes.
        const attachments = (await tx.one<{ n: number }>('SELECT count(*) AS n FROM attachments WHERE kommune = $1', [kommune]))!.n;
        const campaigns = (await tx.query<{ campaign: string }>('SELECT DISTINCT campaign FROM pledges WHERE kommune = $1', [kommune]))
          .rows;
        const counts: PurgeCounts = {
          reports: await run('DELETE FROM reports WHERE kommune = $1'),
          attachments,
          users: 0,
          auditEntries: 0,
          mail: await run('DELETE FROM mail_queue WHERE kommune = $1'),
          pledges: await run('DELETE FROM pledges WHERE kommune = $1'),
        };
        await run('DELETE FROM attachments WHERE kommune = $1');
        await run('DELETE FROM sessions WHERE kommune = $1');
        counts.users = await run('DELETE FROM users WHERE kommune = $1');
        counts.auditEntries = await run('DELETE FROM audit_log WHERE kommune = $1');
        for (const { campaign } of campaigns) await tx.query('DELETE FROM campaign_changes WHERE campaign = $1', [campaign]);
        await insertAudit(tx, audit(counts));
        return counts;
      }),
  };
}
