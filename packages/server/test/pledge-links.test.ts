import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { LINK_PAGE_CSP, runRetention, signLink, verifyLink } from '../src/index.js';
import { DAY, pledgeServer } from './pledge-helpers.js';
import { sql } from './backend.js';

/** The token of a link. */
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

test('opening the confirmation link shows a page with a button and changes nothing (mail scanners follow links)', async () => {
  const s = await pledgeServer();
  try {
    const { id } = await s.signed('valg-2027', { name: 'Kari <b>Nordmann</b> & co' });
    const { confirm } = await s.mailLinks();
    for (let i = 0; i < 3; i++) {
      const response = await fetch(s.local(confirm));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(response.headers.get('content-security-policy'), LINK_PAGE_CSP);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      const html = await response.text();
      assert.match(html, /<html lang="nb">/);
      assert.match(html, /<form method="post" action="\?token=[^"]+"><button type="submit">Bekreft signaturen<\/button><\/form>/);
      assert.match(html, /Kari &lt;b&gt;Nordmann&lt;\/b&gt; &amp; co/, 'the name is escaped');
      assert.ok(!html.includes('<b>'));
      assert.ok(!/<script|style=|<style/i.test(html), 'no script, no style');
      assert.match(html, /<p lang="en">/);
    }
    assert.equal((await s.storage.pledges.get('valg-2027', id))?.state, 'pending-confirmation');
  } finally {
    await s.close();
  }
});

test('pressing the button confirms: the signature is published and the public list changes', async () => {
  const s = await pledgeServer();
  try {
    const { id } = await s.signed('valg-2027');
    const { confirm } = await s.mailLinks();
    const list = `${s.url}/api/v1/campaigns/valg-2027/pledges`;
    const before = await fetch(list);
    const etag = before.headers.get('etag')!;
    assert.equal(((await before.json()) as { total: number }).total, 0);

    const response = await fetch(s.local(confirm), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /Signaturen er bekreftet/);
    assert.match(html, /står nå på den offentlige lista/);
    const pledge = await s.storage.pledges.get('valg-2027', id);
    assert.equal(pledge?.state, 'published');
    assert.equal(pledge?.confirmedAt, new Date(s.clock.now).toISOString());

    const after = await fetch(list, { headers: { 'If-None-Match': etag } });
    assert.equal(after.status, 200, 'the cache was invalidated at once');
    const body = (await after.json()) as { total: number; pledges: Array<{ id: string; name: string }> };
    assert.deepEqual(
      body.pledges.map((p) => [p.id, p.name]),
      [[id, 'Kari Nordmann']],
    );

    const again = await fetch(s.local(confirm), { method: 'POST' });
    assert.equal(again.status, 200, 'confirming twice is harmless');
    assert.match(await (await fetch(s.local(confirm))).text(), /allerede bekreftet/);
  } finally {
    await s.close();
  }
});

test('with moderation a confirmed signature still waits for the moderator', async () => {
  const s = await pledgeServer();
  try {
    const { id } = await s.signed('valg-moderert');
    const { confirm } = await s.mailLinks();
    const html = await (await fetch(s.local(confirm), { method: 'POST' })).text();
    assert.match(html, /En moderator i kommunen ser over signaturen/);
    const pledge = await s.storage.pledges.get('valg-moderert', id);
    assert.equal(pledge?.state, 'pending-moderation');
    assert.ok(pledge?.confirmedAt);
  } finally {
    await s.close();
  }
});

test('an expired confirmation link answers 410 and confirms nothing', async () => {
  const s = await pledgeServer();
  try {
    const { id } = await s.signed('valg-2027');
    const { confirm } = await s.mailLinks();
    s.clock.now += 7 * DAY - 1000;
    assert.equal((await fetch(s.local(confirm))).status, 200, 'still valid just before seven days');
    s.clock.now += 2000;
    for (const method of ['GET', 'POST']) {
      const response = await fetch(s.local(confirm), { method });
      assert.equal(response.status, 410, method);
      assert.equal(response.headers.get('content-security-policy'), LINK_PAGE_CSP);
      assert.match(await response.text(), /Lenken er utløpt/);
    }
    assert.equal((await s.storage.pledges.get('valg-2027', id))?.state, 'pending-confirmation');
  } finally {
    await s.close();
  }
});

test('a forged, changed, truncated or missing token answers 400 and changes nothing', async () => {
  const s = await pledgeServer();
  try {
    const { id } = await s.signed('valg-2027');
    const { confirm, withdraw } = await s.mailLinks();
    const token = tokenOf(confirm);
    const [payload, mac] = token.split('.') as [string, string];
    const otherPayload = Buffer.from(
      Buffer.from(payload, 'base64url')
        .toString('utf8')
        .replace(/\n(\d+)$/, (_, n: string) => `\n${Number(n) + 86_400}`),
    ).toString('base64url');
    const forged = [
      `${payload}.${mac.slice(0, -2)}AA`, // another MAC
      `${otherPayload}.${mac}`, // a later expiry under the old MAC
      signLink(randomBytes(32), { action: 'confirm', campaign: 'valg-2027', pledge: id, expiresAt: s.clock.now + DAY }), // another secret
      tokenOf(withdraw), // a withdrawal token used to confirm
      token.slice(0, 20),
      '',
    ];
    for (const bad of forged) {
      for (const method of ['GET', 'POST']) {
        const response = await fetch(`${s.url}/api/v1/pledges/confirm?token=${encodeURIComponent(bad)}`, { method });
        assert.equal(response.status, 400, `${method} ${bad}`);
        assert.match(await response.text(), /Lenken virker ikke/);
      }
    }
    assert.equal((await fetch(`${s.url}/api/v1/pledges/confirm`)).status, 400, 'no token at all');
    assert.equal((await s.storage.pledges.get('valg-2027', id))?.state, 'pending-confirmation');
  } finally {
    await s.close();
  }
});

test('the withdrawal link withdraws on the button only: the name leaves the list, the address is forgotten, audited', async () => {
  const s = await pledgeServer();
  try {
    const { id } = await s.signed('valg-2027');
    const { confirm, withdraw } = await s.mailLinks();
    await fetch(s.local(confirm), { method: 'POST' });
    const page = await fetch(s.local(withdraw));
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<button type="submit">Trekk signaturen<\/button>/);
    assert.equal((await s.storage.pledges.get('valg-2027', id))?.state, 'published', 'the GET changed nothing');

    const done = await fetch(s.local(withdraw), { method: 'POST' });
    assert.equal(done.status, 200);
    assert.match(await done.text(), /trukket tilbake/);
    const pledge = await s.storage.pledges.get('valg-2027', id);
    assert.equal(pledge?.state, 'withdrawn');
    assert.equal(pledge?.email, null, 'the address is forgotten');
    const list = (await (await fetch(`${s.url}/api/v1/campaigns/valg-2027/pledges`)).json()) as { total: number };
    assert.equal(list.total, 0);
    const entry = (await s.storage.auth.listAudit('3120')).find((e) => e.action === 'pledge-withdrawn');
    assert.deepEqual([entry?.userId, entry?.target, entry?.detail], [null, id, { via: 'link' }]);

    assert.match(await (await fetch(s.local(withdraw), { method: 'POST' })).text(), /trukket tilbake/, 'twice is harmless');
    const confirmAgain = await fetch(s.local(confirm), { method: 'POST' });
    assert.match(await confirmAgain.text(), /trukket tilbake/, 'a withdrawn signature cannot be confirmed again');
    assert.equal((await s.storage.pledges.get('valg-2027', id))?.state, 'withdrawn');
    assert.equal((await s.storage.auth.listAudit('3120')).filter((e) => e.action === 'pledge-withdrawn').length, 1);
  } finally {
    await s.close();
  }
});

test('the withdrawal link works after the campaign closed, until a year after', async () => {
  const s = await pledgeServer();
  try {
    const { id } = await s.signed('valg-2027');
    const { withdraw } = await s.mailLinks();
    s.clock.now = Date.parse('2028-09-01T00:00:00Z');
    assert.equal((await fetch(s.local(withdraw))).status, 200);
    s.clock.now = Date.parse('2028-09-14T00:00:00Z');
    const late = await fetch(s.local(withdraw), { method: 'POST' });
    assert.equal(late.status, 410);
    assert.notEqual((await s.storage.pledges.get('valg-2027', id))?.state, 'withdrawn');
  } finally {
    await s.close();
  }
});

test('a signature never confirmed is deleted after its link expired, and its link then says so with 410', async () => {
  const s = await pledgeServer();
  try {
    await s.signed('valg-2027');
    const { withdraw } = await s.mailLinks();
    s.clock.now += 7 * DAY + 1000;
    const result = await runRetention(s.storage, s.config, s.clock.now);
    assert.equal(result.unconfirmedPledges, 1);
    assert.equal((await s.rows()).length, 0);
    const response = await fetch(s.local(withdraw));
    assert.equal(response.status, 410);
    assert.match(await response.text(), /finnes ikke/);
  } finally {
    await s.close();
  }
});

test('without KW_REPORT_KEY the links’ secret is made once and kept in the database, so links outlive a restart', async () => {
  const s = await pledgeServer();
  const db = s.db;
  let confirm: string;
  try {
    await s.signed('valg-2027');
    confirm = (await s.mailLinks()).confirm;
  } finally {
    await s.close();
  }
  assert.equal((await sql(db, 'SELECT count(*) AS n FROM server_secrets'))[0]!['n'], 1);
  const again = await pledgeServer({ db });
  try {
    assert.equal((await fetch(again.local(confirm))).status, 200);
  } finally {
    await again.close();
  }
});

test('with KW_REPORT_KEY the links’ secret is derived from the key and not stored', async () => {
  const key = randomBytes(32);
  const s = await pledgeServer({ reportKey: key });
  try {
    await s.signed('valg-2027');
    const { confirm } = await s.mailLinks();
    assert.equal((await fetch(s.local(confirm))).status, 200);
    assert.equal((await sql(s.db, 'SELECT count(*) AS n FROM server_secrets'))[0]!['n'], 0);
    const secret = await s.storage.pledges.linkSecret();
    assert.notDeepEqual(Buffer.from(secret), key, 'never the key itself');
    assert.notEqual(verifyLink(secret, 'confirm', tokenOf(confirm), s.clock.now), 'invalid');
  } finally {
    await s.close();
  }
});
