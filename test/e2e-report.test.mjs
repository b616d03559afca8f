// End to end, as `npm start` runs it: the demo page served by the kommune-widgets server, a person filling in
// <kommune-hate-report> in Chromium, and the report as a row in the server's SQLite file, with its screenshot.
/* global Event -- the functions given to page.evaluate run in the page */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ensureDemoUser } from '../packages/server/dist/index.js';
import { openPage, startDemo } from './helpers/e2e-demo.mjs';

/** A 1×1 PNG, the screenshot the person attaches. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('a report filled in on the demo page in Chromium is stored as a row in the SQLite file, with its screenshot, and the contact person reads it in the inbox', async (t) => {
  const { dir, db, port, server } = await startDemo(t, 'kw-e2e-', 'reports.sqlite');
  const screenshot = join(dir, 'skjermbilde.png');
  writeFileSync(screenshot, PNG);
  const { page, problems } = await openPage(t);

  await page.goto(`http://127.0.0.1:${port}/#hets`, { waitUntil: 'load' });
  const form = await page.waitForSelector('kommune-hate-report[state="ready"]');

  /** Runs `fn(shadowRoot, ...args)` in the page and waits for the widget to draw. */
  const inForm = async (fn, ...args) => {
    await form.evaluate(
      async (el, source, rest) => {
        new Function('root', '...args', `return (${source})(root, ...args)`)(el.shadowRoot, ...rest);
        await el.updateComplete;
      },
      fn.toString(),
      args,
    );
  };
  const click = (selector) => inForm((root, s) => root.querySelector(s).click(), selector);
  const type = (selector, value) =>
    inForm(
      (root, s, v) => {
        const input = root.querySelector(s);
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      selector,
      value,
    );
  const next = () => click('[part="next-button"]');

  await click('#field-danger-no');
  await next();
  // The server said it takes reports from this page: the question groups follow the triage, not the contact person.
  await page.waitForFunction((el) => el.shadowRoot.querySelector('.step-who:not([hidden])') !== null, {}, form);
  assert.equal(await form.evaluate((el) => el.shadowRoot.querySelector('[part="contact-fallback"]')), null);
  await click('#field-target-me');
  await click('#field-role-kandidat');
  await next();
  await click('#field-kinds-trussel');
  await type('#field-description', 'Ende-til-ende: en truende melding etter debatten.');
  await next();
  await inForm((root) => {
    const select = root.querySelector('#field-platform');
    select.value = 'Instagram';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await type('#field-whenDate', '2026-11-30');
  await next();
  await type('#field-links', 'https://www.instagram.com/p/abc123');
  const [chooser] = await Promise.all([page.waitForFileChooser(), click('#field-attachments')]);
  await chooser.accept([screenshot]);
  await page.waitForFunction(
    (el) => el.shadowRoot.querySelector('.attachment-uploaded') !== null || el.shadowRoot.querySelector('.attachment-failed') !== null,
    {},
    form,
  );
  assert.equal(await form.evaluate((el) => el.shadowRoot.querySelector('.attachment-failed')), null, 'the screenshot was uploaded');
  await next();
  await next();
  await click('#field-help-samtale');
  await next();
  await click('#field-anonymous-anonymous');
  await next();
  // The spam trap counts the seconds on the form: a person takes longer than three.
  await new Promise((resolve) => setTimeout(resolve, 3100));
  await click('[part="next-button"]');
  const receiptHandle = await page.waitForFunction((el) => el.shadowRoot.querySelector('[part="receipt-number"]')?.textContent, {}, form);
  const receipt = await receiptHandle.jsonValue();
  assert.match(receipt, /^HT-\d{4}-[0-9A-Z]+$/);

  const reader = new Database(db, { readonly: true });
  t.after(() => reader.close());
  const rows = reader.prepare('SELECT kommune, receipt, status, possible_spam, body FROM reports').all();
  assert.equal(rows.length, 1);
  const [row] = rows;
  assert.deepEqual(
    { kommune: row.kommune, receipt: row.receipt, status: row.status, possible_spam: row.possible_spam },
    {
      kommune: '9999',
      receipt,
      status: 'ny',
      possible_spam: 0,
    },
  );
  const body = JSON.parse(row.body);
  assert.equal(body.description, 'Ende-til-ende: en truende melding etter debatten.');
  assert.deepEqual(body.links, ['https://www.instagram.com/p/abc123']);
  assert.equal(body.role, 'kandidat');
  assert.equal(body.contact, undefined, 'sent anonymously');
  assert.equal(body.attachments.length, 1);
  const attachment = await server.storage.getAttachment('9999', body.attachments[0]);
  assert.ok(attachment, 'the screenshot is stored with the report');
  assert.deepEqual(Buffer.from(attachment.bytes), PNG);

  // The contact person signs in to the inbox on the same server (the demo user, no second factor in demo mode) and
  // reads the report; the audit log records the read.
  const contact = await ensureDemoUser(server.storage);
  await page.goto(`http://127.0.0.1:${port}/admin/`, { waitUntil: 'load' });
  const deep = async (selector, text) => {
    const until = Date.now() + 10_000;
    for (;;) {
      for (const handle of await page.$$(`>>> ${selector}`))
        if (text === undefined || (await handle.evaluate((el) => el.textContent)).includes(text)) return handle;
      if (Date.now() > until) throw new Error(`${selector} ${text ?? ''} did not appear`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await (await deep('#field-email')).type(contact.email);
  await (await deep('#field-password')).type(contact.password);
  await (await deep('kw-sign-in >>> button[type="submit"]')).click();
  await (await deep('kw-report-list >>> tbody a', receipt)).click();
  await deep('kw-report-detail >>> dd', 'Ende-til-ende: en truende melding etter debatten.');
  await deep('kw-report-detail >>> a[download][href$="/attachments/' + body.attachments[0] + '"]');
  const read = (await server.storage.auth.listAudit('9999')).filter((e) => e.action === 'report-read' && e.target === receipt);
  assert.equal(read.length, 1, 'the read is in the audit log');
  assert.equal(read[0].userId, (await server.storage.auth.findUserByEmail(contact.email)).id);
  assert.deepEqual(problems, []);
});
