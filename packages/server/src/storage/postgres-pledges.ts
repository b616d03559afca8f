/**
 * Pledges (Valgløftet) in PostgreSQL. Signing and moderating are scoped to the campaign's kommune; the public list,
 * the signatory's own links and retention across campaigns are the service's own work. The unique index on a standing
 * signature (migrations.ts) settles two processes signing the same name at once: one stands, the other is a duplicate.
 */
import { randomBytes } from 'node:crypto';
import type { PgStoreContext } from './postgres-auth.js';
import { SERVICE, type PgTx } from './postgres-db.js';
import { headFields, sharedOutcome } from './postgres-submit.js';
import { insertAudit } from './postgres-writes.js';
import {
  MODERATED_STATE,
  PLEDGE_MAIL_KIND,
  derivedLinkSecret,
  newPledgeId,
  noPledges,
  pledgeEmailContext,
  publicPledge,
  type PledgeRow,
} from './rows.js';
import { StorageError, type PledgeChange, type PledgeState, type PledgeStore, type SavedPledge } from './types.js';

export function postgresPledgeStore(
  { db, sealer, now: clock, counted, submits }: PgStoreContext,
  cipherKey: () => Uint8Array | undefined,
): PledgeStore {
  const row = (tx: PgTx, campaign: string, id: string, lock = false) =>
    tx.one<PledgeRow>(`SELECT * FROM pledges WHERE campaign = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`, [campaign, id]);

  /** Whether another standing signature has the same name on the same list. */
  const standing = async (tx: PgTx, pledge: Pick<PledgeRow, 'campaign' | 'list_key' | 'name_key'>, except?: number) =>
    (await tx.one(
      `SELECT 1 FROM pledges WHERE campaign = $1 AND list_key = $2 AND name_key = $3 AND state NOT IN ('rejected', 'withdrawn')
       AND seq IS DISTINCT FROM $4`,
      [pledge.campaign, pledge.list_key, pledge.name_key, except ?? null],
    )) !== undefined;

  /**
   * Record a change of the campaign's published list. A row added, never one updated: concurrent signatures of one
   * campaign then wait on no common row (a counter row would hold each of them until the one before committed).
   */
  const bumpVersion = (tx: PgTx, campaign: string) => tx.query('INSERT INTO campaign_changes (campaign) VALUES ($1)', [campaign]);

  /** Set a pledge's state (and what goes with it), bumping the version when the public list changes. */
  const setState = async (
    tx: PgTx,
    r: PledgeRow,
    state: PledgeState,
    fields: { confirmedAt?: string; moderatedAt?: string; moderatedBy?: number },
  ) => {
    await tx.query(
      `UPDATE pledges SET state = $1, confirmed_at = coalesce($2, confirmed_at), moderated_at = coalesce($3, moderated_at),
         moderated_by = coalesce($4, moderated_by), email = CASE WHEN $1 = 'withdrawn' THEN NULL ELSE email END
       WHERE seq = $5`,
      [state, fields.confirmedAt ?? null, fields.moderatedAt ?? null, fields.moderatedBy ?? null, r.seq],
    );
    if ((r.state === 'published') !== (state === 'published')) await bumpVersion(tx, r.campaign);
  };

  const changed = async (tx: PgTx, r: PledgeRow, didChange: boolean): Promise<PledgeChange> => ({
    outcome: 'done',
    pledge: sealer.pledge((await row(tx, r.campaign, r.id))!),
    before: r.state,
    changed: didChange,
  });

  let linkSecret: Promise<Uint8Array> | undefined;

  return {
    // With the next call of the submission queue (postgres-submit.ts, migration 9): the limits in a transaction that
    // waits for no disk, then the signature with its list change, mail and answer under its key in a durable one.
    submit: async (write) => {
      const now = clock();
      counted(write.limits.length, now);
      const { pledge } = write;
      const saved: SavedPledge = { id: newPledgeId(), state: pledge.state, signedAt: new Date(now).toISOString() };
      const response = write.respond(saved);
      const head = { kommune: pledge.kommune, limits: write.limits, now, idempotency: write.idempotency, response };
      const result = await submits.submit({
        kind: 'pledge',
        ...headFields({ ...head, mail: write.notify?.(saved) ?? [] }),
        closed: now < write.period.opens || now > write.period.closes,
        id: saved.id,
        campaign: pledge.campaign,
        name: pledge.name,
        nameKey: pledge.nameKey,
        list: pledge.list,
        otherList: pledge.otherList,
        listKey: pledge.listKey,
        role: pledge.role,
        email: pledge.email === null ? null : sealer.sealText(pledgeEmailContext(pledge.campaign, saved.id), pledge.email),
        state: pledge.state,
        signedAt: saved.signedAt,
      });
      const shared = sharedOutcome(result);
      if (shared) return shared;
      if (result.outcome === 'created') return { outcome: 'created', saved, response };
      if (result.outcome === 'closed' || result.outcome === 'duplicate') return { outcome: result.outcome };
      throw new StorageError(`kw_submit_batch answered «${result.outcome}» for a signature.`);
    },

    published: (campaign, limit, offset) =>
      db.tx(SERVICE, async (tx) => {
        const { rows } = await tx.query<PledgeRow>(
          `SELECT id, name, list, other_list, role, signed_at FROM pledges WHERE campaign = $1 AND state = 'published'
           ORDER BY signed_at DESC, seq DESC LIMIT $2 OFFSET $3`,
          [campaign, limit, offset],
        );
        const total = (await tx.one<{ n: number }>("SELECT count(*) AS n FROM pledges WHERE campaign = $1 AND state = 'published'", [
          campaign,
        ]))!.n;
        return { pledges: rows.map(publicPledge), total };
      }),

    version: (campaign) =>
      db.tx(
        SERVICE,
        async (tx) =>
          (await tx.one<{ version: number | null }>('SELECT max(id) AS version FROM campaign_changes WHERE campaign = $1', [campaign]))
            ?.version ?? 0,
      ),

    counts: (kommune, campaign) =>
      db.tx(kommune, async (tx) => {
        const counts = noPledges();
        const { rows } = await tx.query<{ state: PledgeState; n: number }>(
          'SELECT state, count(*) AS n FROM pledges WHERE kommune = $1 AND campaign = $2 GROUP BY state',
          [kommune, campaign],
        );
        for (const r of rows) counts[r.state] = r.n;
        return counts;
      }),

    list: (kommune, campaign, state) =>
      db.tx(kommune, async (tx) => {
        const { rows } =
          state === undefined
            ? await tx.query<PledgeRow>('SELECT * FROM pledges WHERE kommune = $1 AND campaign = $2 ORDER BY signed_at DESC, seq DESC', [
                kommune,
                campaign,
              ])
            : await tx.query<PledgeRow>(
                'SELECT * FROM pledges WHERE kommune = $1 AND campaign = $2 AND state = $3 ORDER BY signed_at DESC, seq DESC',
                [kommune, campaign, state],
              );
        return rows.map((r) => sealer.pledge(r));
      }),

    get: (campaign, id) =>
      db.tx(SERVICE, async (tx) => {
        const r = await row(tx, campaign, id);
        return r && sealer.pledge(r);
      }),

    moderate: (kommune, campaign, id, action, userId, now, audit) =>
      db.tx(kommune, async (tx): Promise<PledgeChange> => {
        const r = await row(tx, campaign, id, true);
        if (!r || r.kommune !== kommune) return { outcome: 'not-found' };
        const target = MODERATED_STATE[action];
        if (r.state === 'withdrawn' && target !== 'withdrawn') return { outcome: 'withdrawn', pledge: sealer.pledge(r) };
        if (r.state === target) return changed(tx, r, false);
        if (r.state === 'rejected' && target !== 'withdrawn' && (await standing(tx, r, r.seq))) return { outcome: 'duplicate' };
        await setState(tx, r, target, { moderatedAt: new Date(now).toISOString(), moderatedBy: userId });
        await insertAudit(tx, audit);
        return changed(tx, r, true);
      }),

    confirm: (campaign, id, now, moderation) =>
      db.tx(SERVICE, async (tx): Promise<PledgeChange> => {
        const r = await row(tx, campaign, id, true);
        if (!r) return { outcome: 'not-found' };
        if (r.state === 'withdrawn') return { outcome: 'withdrawn', pledge: sealer.pledge(r) };
        if (r.confirmed_at !== null) return changed(tx, r, false);
        const state = r.state === 'pending-confirmation' ? (moderation ? 'pending-moderation' : 'published') : r.state;
        await setState(tx, r, state, { confirmedAt: new Date(now).toISOString() });
        return changed(tx, r, true);
      }),

    withdraw: (campaign, id, _now, audit) =>
      db.tx(SERVICE, async (tx): Promise<PledgeChange> => {
        const r = await row(tx, campaign, id, true);
        if (!r) return { outcome: 'not-found' };
        if (r.state === 'withdrawn') return changed(tx, r, false);
        await setState(tx, r, 'withdrawn', {});
        await insertAudit(tx, audit);
        return changed(tx, r, true);
      }),

    forgetEmails: (kommune, campaign, audit) =>
      db.tx(kommune, async (tx) => {
        const count = (
          await tx.query('UPDATE pledges SET email = NULL WHERE kommune = $1 AND campaign = $2 AND email IS NOT NULL', [kommune, campaign])
        ).count;
        const mails = (
          await tx.query('DELETE FROM mail_queue WHERE kommune = $1 AND ref = $2 AND kind = $3', [kommune, campaign, PLEDGE_MAIL_KIND])
        ).count;
        if (count + mails > 0) await insertAudit(tx, audit(count));
        return count;
      }),

    deleteUnconfirmed: (signedBefore) =>
      db.tx(
        SERVICE,
        async (tx) => (await tx.query("DELETE FROM pledges WHERE state = 'pending-confirmation' AND signed_at < $1", [signedBefore])).count,
      ),

    linkSecret: () => {
      const key = cipherKey();
      linkSecret ??= key
        ? Promise.resolve(derivedLinkSecret(key))
        : db.tx(SERVICE, async (tx) => {
            // Made once by whichever process comes first; every process then reads the same.
            await tx.query("INSERT INTO server_secrets (name, value) VALUES ('pledge-links', $1) ON CONFLICT (name) DO NOTHING", [
              randomBytes(32),
            ]);
            return Uint8Array.from(
              (await tx.one<{ value: Buffer }>("SELECT value FROM server_secrets WHERE name = 'pledge-links'"))!.value,
            );
          });
      return linkSecret;
    },
  };
}
