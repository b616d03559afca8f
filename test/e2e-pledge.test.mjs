// End to end, as `npm start` runs it: a candidate signs Valgløftet in <kommune-pledge> on the demo page in Chromium,
// without an e-mail address, so the signature waits; the kommune's moderator approves it in the inbox; then it is on
// the public list, and the widget shows it. Against the real server and its SQLite file.
/* global navigator -- the page's */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { ensureDemoUser } from '../packages/server/dist/index.js';
import { openPage, startDemo } from './helpers/e2e-demo.mjs';

const CAMPAIGN = 'valgloftet-2027';
const NAME = 'Kari Ende-til-ende Nordmann';

test('a signature made in <kommune-pledge> on the demo page waits, is approved in the inbox, and is then on the public list', async (t) => {
  const { db, origin, server } = await startDemo(t, 'kw-e2e-pledge-', 'pledges.sqlite');
  const publicNames = async () => {
    const response = await fetch(`${origin}/api/v1/campaigns/${CAMPAIGN}/pledges`, { headers: { Origin: origin } });
    assert.equal(response.status, 200);
    return (await response.json()).pledges.map((p) => p.name);
  };

  const { page, problems } = await openPage(t);
  await page.evaluateOnNewDocument(() => Object.defineProperty(navigator, 'languages', { get: () => ['nb-NO', 'nb'] }));

  /** The first element matching `selector` through shadow roots (with `text` in it), once it is there. */
  const find = async (selector, text) => {
    const until = Date.now() + 10_000;
    for (;;) {
      for (const handle of await page.$$(`>>> ${selector}`))
        if (text === undefined || (await handle.evaluate((el) => el.textContent)).includes(text)) return handle;
      if (Date.now() > until) throw new Error(`${selector} ${text ?? ''} did not appear`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  await page.goto(`${origin}/#valgloftet`, { waitUntil: 'load' });
  await page.waitForSelector('kommune-pledge[state="ready"]');
  await (await find('kommune-pledge >>> #field-name')).type(NAME);
  await (await find('kommune-pledge >>> #field-list')).select('ap');
  await (await find('kommune-pledge >>> #field-role-kandidat')).click();
  await (await find('kommune-pledge >>> #field-consent-yes')).click();
  // A person takes more than the spam trap's three seconds.
  await new Promise((resolve) => setTimeout(resolve, 3100));
  await (await find('kommune-pledge >>> [part="sign-button"]')).click();
  await find('kommune-pledge >>> [part="confirmation"]');

  const reader = new Database(db, { readonly: true });
  t.after(() => reader.close());
  const rows = reader.prepare('SELECT campaign, name, list, role, state, email FROM pledges').all();
  assert.deepEqual(rows, [{ campaign: CAMPAIGN, name: NAME, list: 'ap', role: 'kandidat', state: 'pending-moderation', email: null }]);
  assert.deepEqual(await publicNames(), [], 'not public before a moderator approves it');

  // The moderator signs in (demo mode: no second factor) and approves it.
  const { moderatorEmail, password } = await ensureDemoUser(server.storage);
  await page.goto(`${origin}/admin/`, { waitUntil: 'load' });
  await (await find('#field-email')).type(moderatorEmail);
  await (await find('#field-password')).type(password);
  await (await find('kw-sign-in >>> button[type="submit"]')).click();
  await (await find('kw-pledge-moderation >>> a', 'Valgløftet')).click();
  const row = await find('kw-pledge-moderation >>> tr', NAME);
  await (
    await row.$('>>> button')
  ).evaluate((button) => button.textContent.includes('Godkjenn') || Promise.reject(new Error(button.textContent)));
  await (await row.$('>>> button')).click();
  const until = Date.now() + 10_000;
  while (!(await publicNames()).includes(NAME)) {
    assert.ok(Date.now() < until, 'the approved signature is public');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const moderator = await server.storage.auth.findUserByEmail(moderatorEmail);
  const approvals = (await server.storage.auth.listAudit('9999')).filter((e) => e.action === 'pledge-approved');
  assert.equal(approvals.length, 1);
  assert.equal(approvals[0].userId, moderator.id);
  assert.ok(!JSON.stringify(approvals[0]).includes('Nordmann'), 'no name in the audit log');

  // The widget on the demo page now shows the name.
  await page.goto(`${origin}/#valgloftet`, { waitUntil: 'load' });
  await page.waitForSelector('kommune-pledge[state="ready"]');
  await find('kommune-pledge >>> [part="signatories"]', NAME);
  assert.deepEqual(problems, []);
});
