// The contact person's inbox in Chromium, served by the kommune-widgets server under its own strict CSP, against a
// real SQLite file: signing in with a second factor enrolled at the first sign-in, the reports most urgent first,
// search by receipt, one report read, handled, held, exported and deleted, the audit log and the e-mail notices,
// the language switch, the warning before the session ends — and axe-core on every page.
/* global axe, navigator, location -- axe-core, evaluated into the page; the page's navigator and location */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import puppeteer from 'puppeteer-core';
import { addUser, silentLogger, startServer, withDemo } from '../packages/server/dist/index.js';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../scripts/find-chromium.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'riktig-hest-batteri-stift';
const EMAIL = 'kontakt@eksempel.kommune.no';

/** A report as the form sends it. */
function report(overrides) {
  return {
    kommune: '9999',
    triage: { danger: false },
    target: 'me',
    role: 'folkevalgt',
    kinds: ['hets'],
    where: { platform: 'Facebook' },
    when: '2026-11-30T21:15',
    description: 'Fikk en stygg kommentar etter kommunestyremøtet.',
    links: ['https://www.facebook.com/post/123'],
    attachments: [],
    reportedTo: {},
    help: ['samtale'],
    contact: { name: 'Kari Nordmann', phone: '+47 900 00 000' },
    website: '',
    startedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    ...overrides,
  };
}

/**
 * Chromium with a Norwegian page at 1280 px, collecting page errors, console errors (but the expected 401s) and 404s
 * into `problems`, and the helpers the tests act through.
 */
async function openBrowser(t) {
  const chromium = findChromium();
  assert.ok(chromium, NO_CHROMIUM);
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage();
  // A Norwegian browser: the inbox starts in bokmål (it follows the browser's language until one is chosen).
  await page.evaluateOnNewDocument(() => Object.defineProperty(navigator, 'languages', { get: () => ['nb-NO', 'nb'] }));
  await page.setViewport({ width: 1280, height: 900 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  // A 401 is the answer while signed out or to a wrong password: the browser logs it, the inbox expects it.
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()) && !/status of 401/.test(message.text())) problems.push(message.text());
  });
  page.on('response', (response) => response.status() === 404 && problems.push(`404 ${response.url()}`));

  /**
   * The first element matching `selector` anywhere in the page's shadow roots (with `text` in it), once it is there
   * (within `ms`).
   */
  const find = async (selector, text, ms = 5_000) => {
    const until = Date.now() + ms;
    for (;;) {
      for (const handle of await page.$$(`>>> ${selector}`)) {
        if (text === undefined || (await handle.evaluate((el) => el.textContent)).includes(text)) return handle;
      }
      if (Date.now() > until) throw new Error(`${selector}${text ? ` with «${text}»` : ''} did not appear`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const click = async (selector, text) => (await find(selector, text)).click();
  const fill = async (selector, value) => {
    const input = await find(selector);
    await input.click({ count: 3 });
    await input.type(value);
  };
  /** Waits until `fn` is true in the page (page.waitForFunction builds a function in the page, which the CSP forbids). */
  const until = async (fn) => {
    const limit = Date.now() + 5_000;
    while (!(await page.evaluate(fn))) {
      if (Date.now() > limit) throw new Error(`not true in time: ${fn}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const heading = async () => (await find('h1')).evaluate((el) => el.textContent.trim());
  /** axe-core on the whole page, shadow roots included: the violations' ids and where. */
  const axeViolations = async () => {
    await page.evaluate(AXE);
    const results = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };

  return { page, problems, find, click, fill, until, heading, axeViolations };
}

test('a contact person signs in with a second factor and reads, handles, exports and deletes a report in the inbox', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-inbox-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  // Not demo mode: the second factor is required. The kommune is the demo's (its contact gets the notices).
  const demo = withDemo({ kommuner: [] }, 0);
  const server = await startServer({
    config: { kommuner: demo.kommuner },
    db: join(dir, 'inbox.sqlite'),
    port: 0,
    hostname: '127.0.0.1',
    log: silentLogger,
  });
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${server.port}`;
  await addUser(server.storage, { kommune: '9999', email: EMAIL, name: 'Ola Hansen', role: 'contact' }, PASSWORD);
  await addUser(server.storage, { kommune: '1111', email: 'kontakt@annen.kommune.no', name: 'Annen', role: 'contact' }, PASSWORD);

  const receipts = [];
  for (const body of [
    report({}),
    report({ triage: { danger: true }, kinds: ['trussel'], description: 'Noen truer med å oppsøke meg hjemme i kveld.' }),
  ]) {
    const response = await fetch(`${server.url}/api/v1/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Origin: 'http://127.0.0.1:0' },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 201, await response.clone().text());
    receipts.push((await response.json()).receipt);
  }
  const [plain, danger] = receipts;

  const { page, problems, find, click, fill, until, heading, axeViolations } = await openBrowser(t);
  const rowCount = () =>
    document.querySelector('kw-inbox-app').shadowRoot.querySelector('kw-report-list')?.shadowRoot.querySelectorAll('tbody tr').length;

  await page.goto(`${origin}/admin`, { waitUntil: 'load' });
  assert.equal(new URL(page.url()).pathname, '/admin/');
  const csp = await page.evaluate(() => fetch('/admin/', { cache: 'no-store' }).then((r) => r.headers.get('content-security-policy')));
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  await find('#field-email');
  assert.equal(await heading(), 'Logg inn i innboksen');
  assert.deepEqual(await axeViolations(), [], 'sign-in page');

  // Nothing typed: the error summary names both fields.
  await click('kw-sign-in >>> button[type="submit"]');
  const summary = await find('.kw-error-summary');
  assert.match(await summary.evaluate((el) => el.textContent), /Skriv e-postadressen din\.[\s\S]*Skriv passordet ditt\./);
  assert.deepEqual(await axeViolations(), [], 'sign-in page with errors');

  await fill('#field-email', EMAIL);
  await fill('#field-password', 'feil-passord-her');
  await click('kw-sign-in >>> button[type="submit"]');
  await find('.notice-error', 'E-postadressen eller passordet er feil.');

  await fill('#field-password', PASSWORD);
  await click('kw-sign-in >>> button[type="submit"]');
  // First sign-in: the second factor is set up before anything else.
  await find('kw-enrolment >>> img.qr');
  assert.equal(await heading(), 'Sett opp innlogging med kode');
  assert.equal((await page.$$('>>> .codes li')).length, 10, 'ten recovery codes, shown once');
  assert.deepEqual(await axeViolations(), [], 'enrolment page');
  const secret = (await (await find('.secret')).evaluate((el) => el.textContent)).replace(/\s+/g, '');
  await click('#field-kept');
  await fill('#field-code', new TOTP({ secret: Secret.fromBase32(secret) }).generate());
  await click('kw-enrolment >>> button[type="submit"]');

  // The list: the report where someone is in danger comes first, though it came last.
  await find('kw-report-list >>> tbody tr');
  assert.equal(await heading(), 'Meldinger');
  const rows = await Promise.all((await page.$$('>>> tbody tr')).map((row) => row.evaluate((el) => el.textContent.replace(/\s+/g, ' '))));
  assert.equal(rows.length, 2);
  assert.match(rows[0], new RegExp(`${danger}.*Fare nå.*Trussel`));
  assert.match(rows[1], new RegExp(`${plain}.*Hets`));
  await find('.counts', '2 nye meldinger venter.');
  assert.deepEqual(await axeViolations(), [], 'list page');
  // A contact person handles reports: Valgløftet is the moderator's, neither in the menu nor at its address.
  assert.equal(
    await (await find('nav')).evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim()),
    'Meldinger Revisjonslogg E-postvarsler',
  );
  await page.evaluate(() => (location.hash = '#/valgloftet'));
  await until(() => location.hash === '#/');
  await find('kw-report-list >>> tbody tr');

  // The person who reported phones and quotes the receipt: it finds that report alone.
  await fill('#receipt', plain.toLowerCase());
  await click('form.search button[type="submit"]');
  await until(`(${rowCount})() === 1`);
  await click('kw-report-list >>> button', 'Vis alle meldingene');
  await until(`(${rowCount})() === 2`);

  // One report: everything sent, as text.
  await click('tbody a', danger);
  await find('kw-report-detail >>> dd', 'Noen truer med å oppsøke meg hjemme i kveld.');
  assert.equal(await heading(), `Melding ${danger}`);
  await find('kw-report-detail >>> .notice-error', 'umiddelbar fare');
  assert.deepEqual(await axeViolations(), [], 'report page');

  await click(`#status-avsluttet`);
  await click('kw-report-detail >>> button', 'Lagre status');
  await find('kw-report-detail >>> #hold-reason');
  await fill('#hold-reason', 'Politisak 26-12345');
  await click('kw-report-detail >>> button', 'Sett på vent');
  await find('kw-report-detail >>> q', 'Politisak 26-12345');
  await fill('#note', 'Ringte Kari, avtalt møte i morgen.');
  await click('kw-report-detail >>> button', 'Legg til notat');
  await find('kw-report-detail >>> .note-text', 'Ringte Kari, avtalt møte i morgen.');
  assert.deepEqual(await axeViolations(), [], 'report page after handling');

  // The printable export, marked exempt from public access.
  await click('kw-report-detail >>> a', 'Skriv ut eller eksporter');
  await find('kw-report-print >>> dd', 'Noen truer med å oppsøke meg hjemme i kveld.');
  await find('kw-report-print >>> .notice', 'Unntatt offentlighet');
  assert.equal(await page.$('>>> nav'), null, 'no navigation on the printable page');
  assert.deepEqual(await axeViolations(), [], 'print page');

  // The audit log shows who read, changed, held, noted and exported it, never the content.
  await page.goto(`${origin}/admin/#/logg`, { waitUntil: 'load' });
  await find('kw-audit-log >>> tbody tr');
  const log = await (await find('kw-audit-log >>> tbody')).evaluate((el) => el.textContent.replace(/\s+/g, ' '));
  for (const action of [
    'Åpnet en melding',
    'Endret status',
    'Satte en melding på vent',
    'La til et notat',
    'Eksporterte en melding',
    'Logget inn',
  ]) {
    assert.ok(log.includes(action), `the log shows «${action}»`);
  }
  assert.ok(log.includes(danger));
  assert.ok(!log.includes('Politisak') && !log.includes('Ringte Kari'), 'no content in the log');
  assert.deepEqual(await axeViolations(), [], 'audit page');

  // Without SMTP the notices wait in the outbox, where the contact person reads them.
  await click('nav a', 'E-postvarsler');
  await find('kw-mail-log >>> td', 'I utboksen');
  const subjects = await (await find('kw-mail-log >>> tbody')).evaluate((el) => el.textContent);
  assert.match(subjects, /Haster:/, 'the danger report’s notice is marked urgent');
  assert.deepEqual(await axeViolations(), [], 'mail page');

  // Nynorsk, and back.
  const language = await find('.language select');
  await language.select('nn');
  await until(() => document.documentElement.lang === 'nn');
  await find('kw-mail-log >>> td', 'I utboksen (ikkje sendt)');
  assert.deepEqual(await axeViolations(), [], 'mail page in nynorsk');
  await language.select('nb');
  await until(() => document.documentElement.lang === 'nb');

  // Deleting needs the receipt typed; then the report is gone.
  await page.goto(`${origin}/admin/#/meldinger/${plain}`, { waitUntil: 'load' });
  await find('kw-report-detail >>> dd', 'Fikk en stygg kommentar');
  await click('kw-report-detail >>> .danger-zone summary');
  await fill('#delete-confirm', 'HT-FEIL');
  await click('kw-report-detail >>> button', 'Slett for godt');
  await find('kw-report-detail >>> .notice-error', 'Skriv kvitteringsnummeret');
  await fill('#delete-confirm', plain);
  await click('kw-report-detail >>> button', 'Slett for godt');
  await find('kw-report-list >>> tbody tr');
  await until(`(${rowCount})() === 1`);
  assert.equal(await server.storage.getReport('9999', plain), undefined);

  // Signing out ends the session on the server too.
  await click('kw-inbox-app >>> button', 'Logg ut');
  await find('kw-sign-in >>> #field-email');
  const after = await page.evaluate(() => fetch('/admin/api/session').then((r) => r.status));
  assert.equal(after, 401);

  const audit = await server.storage.auth.listAudit('9999');
  assert.ok(audit.some((e) => e.action === 'report-deleted' && e.target === plain));
  assert.ok(audit.some((e) => e.action === 'report-exported' && e.target === danger));
  assert.deepEqual(problems, []);
});

/** Signs in as `email` for the first time: password, then the second factor enrolled from the QR code's secret. */
async function signInFirstTime({ page, find, click, fill }, origin, email) {
  await page.goto(`${origin}/admin/`, { waitUntil: 'load' });
  await fill('#field-email', email);
  await fill('#field-password', PASSWORD);
  await click('kw-sign-in >>> button[type="submit"]');
  await find('kw-enrolment >>> img.qr');
  const secret = (await (await find('.secret')).evaluate((el) => el.textContent)).replace(/\s+/g, '');
  await click('#field-kept');
  await fill('#field-code', new TOTP({ secret: Secret.fromBase32(secret) }).generate());
  await click('kw-enrolment >>> button[type="submit"]');
}

/** A signature as `<kommune-pledge>` sends it: no e-mail address, so a moderator must approve it. */
function pledge(campaign, overrides) {
  return {
    campaign,
    name: 'Kari Nordmann',
    list: 'ap',
    role: 'kandidat',
    consent: true,
    website: '',
    startedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    ...overrides,
  };
}

test('a moderator approves one Valgløftet signature and rejects another, and only the approved name is public', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-pledges-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  const day = 24 * 60 * 60_000;
  const campaign = {
    id: 'valgloftet-e2e',
    title: { nb: 'Valgløftet 2027 i Eksempel', nn: 'Valløftet 2027 i Eksempel' },
    lists: [
      { id: 'ap', name: 'Arbeiderpartiet' },
      { id: 'h', name: 'Høyre' },
    ],
    opens: new Date(Date.now() - day).toISOString(),
    closes: new Date(Date.now() + 30 * day).toISOString(),
    // Without moderation a confirmed e-mail address publishes a signature; without an address a moderator must approve.
    moderation: false,
  };
  // Not demo mode (the second factor is required); the demo kommune with this campaign only.
  const [kommune] = withDemo({ kommuner: [] }, 0).kommuner;
  const server = await startServer({
    config: { kommuner: [{ ...kommune, campaigns: [campaign] }] },
    db: join(dir, 'pledges.sqlite'),
    port: 0,
    hostname: '127.0.0.1',
    log: silentLogger,
  });
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${server.port}`;
  const MODERATOR = 'moderator@eksempel.kommune.no';
  await addUser(server.storage, { kommune: '9999', email: MODERATOR, name: 'Mona Moderator', role: 'moderator' }, PASSWORD);

  // Three signatures without e-mail, from the kommune's page: all wait for a moderator, none is public.
  const ids = {};
  for (const body of [
    pledge(campaign.id, {}),
    pledge(campaign.id, { name: 'Per Hansen', list: 'annen', otherList: 'Bygdelista', role: 'listetopp' }),
    pledge(campaign.id, { name: 'Ola Berg', list: 'h', role: 'folkevalgt' }),
  ]) {
    const response = await fetch(`${server.url}/api/v1/campaigns/${campaign.id}/pledges`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Origin: 'http://127.0.0.1:0' },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 201, await response.clone().text());
    const answer = await response.json();
    assert.equal(answer.state, 'pending-moderation');
    ids[body.name] = String(answer.id);
  }
  const publicList = async () => (await fetch(`${server.url}/api/v1/campaigns/${campaign.id}/pledges`)).json();
  assert.equal((await publicList()).total, 0, 'nothing is public before a moderator approves');

  const browser = await openBrowser(t);
  const { page, problems, find, click, until, heading, axeViolations } = browser;
  await signInFirstTime(browser, origin, MODERATOR);

  // A moderator starts on Valgløftet and sees no reports: only the signatures and their confirmation mails.
  await find('kw-pledge-moderation >>> tbody tr');
  assert.equal(await heading(), 'Valgløftet');
  assert.equal(new URL(page.url()).hash, '#/valgloftet');
  const nav = await (await find('nav')).evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());
  assert.equal(nav, 'Valgløftet E-postvarsler');
  await page.evaluate(() => (location.hash = '#/logg'));
  await until(() => location.hash === '#/valgloftet');
  const campaignRow = await (await find('kw-pledge-moderation >>> tbody tr')).evaluate((el) => el.textContent.replace(/\s+/g, ' '));
  assert.match(campaignRow, /Valgløftet 2027 i Eksempel.*Åpen for signaturer.* 3 0 0/);
  assert.deepEqual(await axeViolations(), [], 'campaign list');

  // The campaign: the signatures wait, newest first, with the list as given and «uten e-post».
  await click('kw-pledge-moderation >>> tbody a', 'Valgløftet 2027 i Eksempel');
  await find('kw-pledge-moderation >>> #table-pending-moderation');
  assert.equal(await heading(), 'Valgløftet 2027 i Eksempel');
  const rowText = (state) =>
    `[...document.querySelector('kw-inbox-app').shadowRoot.querySelector('kw-pledge-moderation').shadowRoot.querySelectorAll('#table-${state} tbody tr')].map((r) => r.textContent.replace(/\\s+/g, ' ').trim())`;
  const pending = await page.evaluate(rowText('pending-moderation'));
  assert.equal(pending.length, 3);
  assert.match(pending[0], /^Ola Berg Godkjenn Avvis h Folkevalgt uten e-post/);
  assert.match(pending[1], /^Per Hansen Godkjenn Avvis Annen: Bygdelista Listetopp uten e-post/);
  assert.match(pending[2], /^Kari Nordmann Godkjenn Avvis ap Kandidat uten e-post/);
  assert.deepEqual(await axeViolations(), [], 'campaign page');

  /** The element focused inside the shadow roots: its tag and text. */
  const focused = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return `${el?.tagName} ${el?.textContent.replace(/\s+/g, ' ').trim()}`;
    });
  /** The button `label` in the row of `name`. */
  const rowButton = async (name, label) => {
    for (const row of await page.$$('>>> kw-pledge-moderation >>> tbody tr')) {
      if (!(await row.evaluate((el) => el.textContent)).includes(name)) continue;
      for (const button of await row.$$('button')) if ((await button.evaluate((el) => el.textContent)).includes(label)) return button;
    }
    throw new Error(`no «${label}» for ${name}`);
  };

  // By keyboard: approve Kari; focus moves on to the next waiting signature, and the approval is announced.
  await (await rowButton('Kari Nordmann', 'Godkjenn')).focus();
  await page.keyboard.press('Enter');
  await find('kw-pledge-moderation >>> #table-published', 'Kari Nordmann');
  await find('kw-inbox-app >>> [role="status"]', 'Signaturen fra Kari Nordmann er godkjent og vises offentlig.');
  assert.equal(await focused(), 'BUTTON Godkjenn');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'BUTTON Avvis');
  await page.keyboard.press('Enter');
  await find('kw-pledge-moderation >>> h2', 'Venter på godkjenning (1)');
  await find('kw-inbox-app >>> [role="status"]', 'Signaturen fra Per Hansen er avvist.');
  assert.equal(await focused(), 'BUTTON Godkjenn', 'focus moves on to the last waiting signature');

  // Ola Berg withdraws meanwhile (another moderator, on his request): approving the stale row fails beside it, and the
  // list stays as it was until it is fetched again.
  await page.evaluate(
    (path) => document.querySelector('kw-inbox-app').api.send(path, {}),
    `/campaigns/${campaign.id}/pledges/${ids['Ola Berg']}/withdraw`,
  );
  await page.keyboard.press('Enter');
  const failure = await find('kw-pledge-moderation >>> #table-pending-moderation .row-error');
  assert.match(
    await failure.evaluate((el) => `${el.getAttribute('role')} ${el.closest('tr').textContent}`.replace(/\s+/g, ' ')),
    /^alert Ola Berg.*Den som signerte, kan ha trukket den/s,
  );
  assert.equal(await focused(), 'BUTTON Godkjenn', 'focus stays on the button that failed');
  assert.deepEqual(await axeViolations(), [], 'campaign page with a failed action');
  await click('kw-pledge-moderation >>> button', 'Hent nye signaturer');
  await find('kw-pledge-moderation >>> h2', 'Venter på godkjenning (0)');
  await find('kw-pledge-moderation >>> summary', 'Trukket tilbake (1)');
  await click('kw-pledge-moderation >>> summary', 'Avvist (1)');
  const rejected = await page.evaluate(rowText('rejected'));
  assert.equal(rejected.length, 1);
  assert.match(rejected[0], /^Per Hansen/);

  // Withdrawing asks first; cancelling leaves the signature public and puts focus back.
  await (await rowButton('Kari Nordmann', 'Trekk tilbake')).click();
  await find('kw-pledge-moderation >>> .confirm', 'ba om det');
  assert.equal(await focused(), 'BUTTON Bekreft');
  assert.deepEqual(await axeViolations(), [], 'campaign page after moderation, withdrawal asked');
  await click('kw-pledge-moderation >>> .confirm button', 'Avbryt');
  assert.equal(await focused(), 'BUTTON Trekk tilbake');

  // The public list shows the approved name only, without its e-mail field.
  const listed = await publicList();
  assert.equal(listed.total, 1);
  assert.deepEqual(
    listed.pledges.map((p) => [p.name, p.list, p.role]),
    [['Kari Nordmann', 'ap', 'kandidat']],
  );
  assert.ok(!('email' in listed.pledges[0]));

  // The CSV holds the published names only.
  const csv = await page.evaluate(
    (id) =>
      fetch(`/admin/api/campaigns/${id}/pledges.csv`).then(async (r) => `${r.status} ${r.headers.get('content-type')}\n${await r.text()}`),
    campaign.id,
  );
  assert.match(csv, /^200 text\/csv/);
  assert.ok(csv.includes('Kari Nordmann') && !csv.includes('Per Hansen'), csv);
  await find('kw-pledge-moderation >>> a', 'Last ned signaturlisten som CSV');

  // In nynorsk, with the campaign's own nynorsk title; nothing breaks in a 320 px column (only a table's region scrolls).
  const language = await find('.language select');
  await language.select('nn');
  await until(() => document.documentElement.lang === 'nn');
  await find('kw-pledge-moderation >>> h2', 'Ventar på godkjenning (0)');
  assert.equal(await heading(), 'Valløftet 2027 i Eksempel');
  await page.setViewport({ width: 320, height: 800 });
  await until(() => document.documentElement.scrollWidth <= 320);
  assert.deepEqual(await axeViolations(), [], 'campaign page in nynorsk at 320 px');

  // The audit log names the signatures by id, never by name.
  const audit = await server.storage.auth.listAudit('9999');
  assert.ok(audit.some((e) => e.action === 'pledge-approved' && e.target === ids['Kari Nordmann']));
  assert.ok(audit.some((e) => e.action === 'pledge-rejected' && e.target === ids['Per Hansen']));
  assert.ok(audit.some((e) => e.action === 'pledge-withdrawn' && e.target === ids['Ola Berg']));
  assert.ok(audit.some((e) => e.action === 'pledges-exported'));
  assert.ok(!/Kari Nordmann|Per Hansen|Ola Berg/.test(JSON.stringify(audit)), 'no names in the log');
  // The browser logs the one refusal the test provoked: approving the withdrawn signature.
  assert.deepEqual(problems, ['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
});

test('the inbox warns before the session ends, keeps it with «Fortsett» or Escape, and says why when the time ran out', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-timeout-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // Demo mode: no second factor, so the test is about the session alone.
  const server = await startServer({
    config: withDemo({ kommuner: [] }, 0),
    db: join(dir, 'timeout.sqlite'),
    port: 0,
    hostname: '127.0.0.1',
    log: silentLogger,
  });
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${server.port}`;
  await addUser(server.storage, { kommune: '9999', email: EMAIL, name: 'Ola Hansen', role: 'contact' }, PASSWORD);

  const { page, problems, find, click, fill, until, heading, axeViolations } = await openBrowser(t);
  const sessionChecks = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/admin/api/session')) sessionChecks.push(request.method());
  });
  /** The element focused inside the shadow roots: its tag and text or value. */
  const focused = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return `${el?.tagName} ${el?.tagName === 'INPUT' ? el.value : el?.textContent.replace(/\s+/g, ' ').trim()}`;
    });
  const warningOpen = () => document.querySelector('kw-inbox-app').shadowRoot.querySelector('dialog.session-warning')?.open === true;

  await page.goto(`${origin}/admin/`, { waitUntil: 'load' });
  await find('#field-email');
  // The server's limits are 30 minutes idle and 21 hours: the test shortens them in the page to 12 s, warning after 6 s.
  await page.evaluate(() => document.querySelector('kw-inbox-app').sessionTimeout.override({ idleMs: 12_000, warnMs: 6_000 }));
  await fill('#field-email', EMAIL);
  await fill('#field-password', PASSWORD);
  await click('kw-sign-in >>> button[type="submit"]');
  await find('kw-report-list >>> h1');
  // The contact person is typing when the warning comes.
  await fill('#receipt', 'HT-12');

  const dialog = await find('dialog.session-warning[open]', undefined, 15_000);
  assert.deepEqual(
    await dialog.evaluate((el) => {
      const named = (attribute) => el.getRootNode().getElementById(el.getAttribute(attribute));
      return [el.getAttribute('role'), named('aria-labelledby').textContent.trim(), named('aria-describedby').tagName];
    }),
    ['alertdialog', 'Økten din avsluttes snart', 'P'],
  );
  assert.match(
    await dialog.evaluate((el) => el.textContent.replace(/\s+/g, ' ')),
    /Av sikkerhetshensyn blir du logget ut kl\. \d\d:\d\d hvis du ikke velger «Fortsett»\. .*Fortsett Logg ut/,
  );
  assert.equal(await focused(), 'BUTTON Fortsett', 'focus moves into the warning');
  assert.deepEqual(await axeViolations(), [], 'the warning');

  // «Fortsett» asks the server for the session (which keeps it alive) and gives focus back to the field, text kept.
  const checksBefore = sessionChecks.length;
  await page.keyboard.press('Enter');
  await until(() => !document.querySelector('kw-inbox-app').shadowRoot.querySelector('dialog.session-warning').open);
  assert.equal(sessionChecks.length, checksBefore + 1, '«Fortsett» asks for the session');
  assert.equal(await focused(), 'INPUT HT-12', 'focus back in the field, with what was typed');
  assert.equal(await heading(), 'Meldinger', 'still signed in');

  // Escape is «Fortsett» too.
  await find('dialog.session-warning[open]', undefined, 15_000);
  await page.keyboard.press('Escape');
  await until(() => !document.querySelector('kw-inbox-app').shadowRoot.querySelector('dialog.session-warning').open);
  assert.equal(sessionChecks.length, checksBefore + 2, 'Escape asks for the session');
  assert.equal(await focused(), 'INPUT HT-12');

  // Nobody answers the warning: the time runs out, the sign-in page says why, and the reason is announced.
  await find('dialog.session-warning[open]', undefined, 15_000);
  // (The minutes in it are the shortened limit's, rounded up to one.)
  const reason = 'Du ble logget ut fordi du ikke hadde brukt innboksen på 1 minutter. Logg inn igjen for å fortsette.';
  await find('kw-sign-in >>> .notice', reason, 15_000);
  assert.equal(await page.evaluate(warningOpen), false);
  assert.equal(await heading(), 'Logg inn i innboksen');
  await find('kw-inbox-app >>> [role="status"]', reason);
  assert.deepEqual(await axeViolations(), [], 'sign-in page after the session ended');
  // The page ended the session on the server too (its shortened clock ran ahead of the server's 30 minutes).
  assert.equal(await page.evaluate(() => fetch('/admin/api/session').then((r) => r.status)), 401);
  assert.deepEqual(problems, []);
});

test('an admin adds a user and hands over the temporary password shown once; the user chooses a new one, then enrols; an admin deactivates a user after confirming', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-users-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  // Not demo mode: a new user must enrol the second factor. The demo kommune, and another whose users stay apart.
  const demo = withDemo({ kommuner: [] }, 0);
  const server = await startServer({
    config: { kommuner: demo.kommuner },
    db: join(dir, 'users.sqlite'),
    port: 0,
    hostname: '127.0.0.1',
    log: silentLogger,
  });
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${server.port}`;
  const ADMIN = 'admin@eksempel.kommune.no';
  await addUser(server.storage, { kommune: '9999', email: ADMIN, name: 'Anne Admin', role: 'admin' }, PASSWORD);
  await addUser(server.storage, { kommune: '9999', email: EMAIL, name: 'Ola Hansen', role: 'contact' }, PASSWORD);
  await addUser(server.storage, { kommune: '1111', email: 'kontakt@annen.kommune.no', name: 'Annen Kommune', role: 'contact' }, PASSWORD);

  const browser = await openBrowser(t);
  const { page, problems, find, click, fill, until, heading, axeViolations } = browser;
  await page.browserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  await signInFirstTime(browser, origin, ADMIN);

  /** The element focused inside the shadow roots: its tag and text. */
  const focused = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return `${el?.tagName} ${el?.textContent.replace(/\s+/g, ' ').trim()}`;
    });
  const rows = () =>
    page.evaluate(() =>
      [...document.querySelector('kw-inbox-app').shadowRoot.querySelector('kw-user-admin').shadowRoot.querySelectorAll('tbody tr')].map(
        (r) => r.textContent.replace(/\s+/g, ' ').trim(),
      ),
    );

  // An admin starts on the users page: the kommune's users only, and no reports.
  await find('kw-user-admin >>> tbody tr');
  assert.equal(await heading(), 'Brukere');
  assert.equal(new URL(page.url()).hash, '#/brukere');
  assert.equal(
    await (await find('nav')).evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim()),
    'Brukere Revisjonslogg E-postvarsler',
  );
  const before = await rows();
  assert.equal(before.length, 2);
  assert.match(
    before[0],
    /^Anne Admin \(deg\) admin@eksempel\.kommune\.no Administrator Aktiv Satt opp .* Endres av en annen administrator eller IT$/,
  );
  assert.match(
    before[1],
    /^Ola Hansen kontakt@eksempel\.kommune\.no Kontaktperson Aktiv Ikke satt opp .* Deaktiver Nytt midlertidig passord$/,
  );
  assert.ok(!before.join(' ').includes('Annen Kommune'));
  assert.deepEqual(await axeViolations(), [], 'users page');

  // Nothing filled in: the error summary names the three fields, and takes focus.
  await click('kw-user-admin >>> form.add-user button[type="submit"]');
  const summary = await find('kw-user-admin >>> .kw-error-summary');
  assert.match(
    await summary.evaluate((el) => el.textContent),
    /Skriv navnet til brukeren\.[\s\S]*Skriv e-postadressen til brukeren\.[\s\S]*Velg en rolle\./,
  );
  assert.match(await focused(), /^DIV Dette må rettes/);
  assert.deepEqual(await axeViolations(), [], 'users page with errors');

  // A taken address is refused at its field.
  await fill('#field-name', 'Siri Stedfortreder');
  await fill('#field-email', EMAIL);
  await click('#field-role-contact');
  await click('kw-user-admin >>> form.add-user button[type="submit"]');
  await find('kw-user-admin >>> #field-email-error', 'Det finnes alt en bruker med denne e-postadressen');

  // Added: the temporary password is shown once, in its own box, which takes focus.
  await fill('#field-email', 'siri@eksempel.kommune.no');
  await click('kw-user-admin >>> form.add-user button[type="submit"]');
  const box = await find('kw-user-admin >>> .secret-box');
  assert.equal(await focused(), 'H2 Midlertidig passord for Siri Stedfortreder');
  assert.match(await box.evaluate((el) => el.textContent.replace(/\s+/g, ' ')), /Passordet vises bare nå, og ikke igjen\./);
  await find('kw-inbox-app >>> [role="status"]', 'Siri Stedfortreder er lagt til. Det midlertidige passordet vises øverst på siden.');
  const password = await (await find('kw-user-admin >>> .secret-box code')).evaluate((el) => el.textContent.trim());
  assert.match(password, /^[a-km-zA-HJ-NP-Z2-9]{20}$/, 'the password, shown in groups, copies without spaces');
  assert.equal((await rows()).length, 3);
  assert.deepEqual(await axeViolations(), [], 'users page with the temporary password, 1280 px');

  // The copy button puts it on the clipboard.
  await click('kw-user-admin >>> .secret-box button', 'Kopier passordet');
  await find('kw-user-admin >>> .secret-box p', 'Kopiert.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), password);

  // Nothing breaks in a 320 px column (only the table's region scrolls).
  await page.setViewport({ width: 320, height: 800 });
  await until(() => document.documentElement.scrollWidth <= 320);
  assert.deepEqual(await axeViolations(), [], 'users page with the temporary password, 320 px');
  await page.setViewport({ width: 1280, height: 900 });

  assert.match(
    await box.evaluate((el) => el.textContent.replace(/\s+/g, ' ')),
    /Passordet er midlertidig: ved første innlogging må brukeren velge sitt eget/,
  );
  // The new user signs in with it and must choose a new password first (the browser does it below).
  const signIn = await fetch(`${origin}/admin/api/sign-in`, {
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'siri@eksempel.kommune.no', password }),
  });
  assert.equal(signIn.status, 200);
  const first = await signIn.json();
  assert.equal(first.passwordChange, true, 'the first sign-in asks for a new password');
  assert.equal(first.enrolment, undefined, 'and enrols no second factor with the temporary password alone');

  // Done: the password is gone from the page, and focus goes to the list of users.
  await click('kw-user-admin >>> .secret-box button', 'Ferdig, skjul passordet');
  await until(
    () => !document.querySelector('kw-inbox-app').shadowRoot.querySelector('kw-user-admin').shadowRoot.querySelector('.secret-box'),
  );
  assert.equal(await focused(), 'H2 Kommunens brukere');
  assert.ok(!(await page.content()).includes(password));

  // Deactivating asks first (cancel puts focus back); confirmed by keyboard, the row says so and focus stays in it.
  const rowButton = async (name, label) => {
    for (const row of await page.$$('>>> kw-user-admin >>> tbody tr')) {
      if (!(await row.evaluate((el) => el.textContent)).includes(name)) continue;
      for (const button of await row.$$('button')) if ((await button.evaluate((el) => el.textContent)).includes(label)) return button;
    }
    throw new Error(`no «${label}» for ${name}`);
  };
  await (await rowButton('Ola Hansen', 'Deaktiver')).click();
  await find('kw-user-admin >>> .confirm', 'Deaktivere Ola Hansen?');
  assert.equal(await focused(), 'BUTTON Ja, deaktiver');
  assert.deepEqual(await axeViolations(), [], 'users page, deactivation asked');
  await click('kw-user-admin >>> .confirm button', 'Avbryt');
  assert.equal(await focused(), 'BUTTON Deaktiver');
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'BUTTON Ja, deaktiver');
  await page.keyboard.press('Enter');
  await find('kw-inbox-app >>> [role="status"]', 'Ola Hansen er deaktivert og logget ut.');
  assert.equal(await focused(), 'BUTTON Aktiver');
  assert.match(
    (await rows()).find((r) => r.startsWith('Ola Hansen')),
    /Deaktivert/,
  );
  assert.equal((await server.storage.auth.findUserByEmail(EMAIL))?.disabled, true);

  // In nynorsk and English the page speaks the language.
  const language = await find('.language select');
  await language.select('nn');
  await until(() => document.documentElement.lang === 'nn');
  assert.equal(await heading(), 'Brukarar');
  await language.select('en');
  await until(() => document.documentElement.lang === 'en');
  await find('kw-user-admin >>> h2', 'Add a user');
  assert.deepEqual(await axeViolations(), [], 'users page in English');
  await language.select('nb');
  await until(() => document.documentElement.lang === 'nb');

  // The audit log names who did it and whom it concerned, never the password.
  await click('nav a', 'Revisjonslogg');
  await find('kw-audit-log >>> tbody tr');
  const log = await (await find('kw-audit-log >>> tbody')).evaluate((el) => el.textContent.replace(/\s+/g, ' '));
  assert.match(log, /Anne Admin Deaktiverte en bruker Ola Hansen \(user:\d+\)/);
  assert.match(log, /Anne Admin La til en bruker Siri Stedfortreder \(user:\d+\)/);
  const audit = await server.storage.auth.listAudit('9999');
  assert.ok(!JSON.stringify(audit).includes(password), 'no password in the log');

  // The new user signs in with the temporary password: a new password comes first, then the second factor.
  await click('kw-inbox-app >>> .tools button', 'Logg ut');
  await fill('#field-email', 'siri@eksempel.kommune.no');
  await fill('#field-password', password);
  await click('kw-sign-in >>> button[type="submit"]');
  await find('kw-password-change >>> #field-next');
  assert.equal(await heading(), 'Velg nytt passord');
  await until(() => document.title.startsWith('Velg nytt passord'));
  const inputs = () =>
    page.evaluate(() =>
      [...document.querySelector('kw-inbox-app').shadowRoot.querySelector('kw-password-change').shadowRoot.querySelectorAll('input')].map(
        (i) => `${i.name} ${i.type} ${i.autocomplete} ${i.getAttribute('aria-describedby') ?? '-'} ${i.getAttribute('aria-invalid')}`,
      ),
    );
  // The rules are shown before typing, and read with the field; nothing is prefilled.
  await find('kw-password-change >>> #field-next-hint', 'Minst 12 tegn');
  assert.deepEqual(await inputs(), [
    'current password current-password - false',
    'next password new-password field-next-hint false',
    'repeat password new-password - false',
  ]);
  assert.equal(await (await find('kw-password-change >>> #field-current')).evaluate((el) => el.value), '');
  await find('kw-inbox-app >>> .tools button', 'Logg ut');
  assert.deepEqual(await axeViolations(), [], 'choose a new password, 1280 px');
  await page.setViewport({ width: 320, height: 800 });
  await until(() => document.documentElement.scrollWidth <= 320);
  assert.deepEqual(await axeViolations(), [], 'choose a new password, 320 px');
  await page.setViewport({ width: 1280, height: 900 });

  // Nothing typed, then two different new passwords: the summary takes focus and each error is linked to its field.
  await click('kw-password-change >>> button[type="submit"]');
  await find('kw-password-change >>> .kw-error-summary', 'Skriv det midlertidige passordet du fikk.');
  assert.match(await focused(), /^DIV Dette må rettes/);
  const NEW = 'siris egne lange passord';
  await fill('#field-current', password);
  await fill('#field-next', NEW);
  await fill('#field-repeat', 'noe helt annet her');
  await click('kw-password-change >>> button[type="submit"]');
  await find('kw-password-change >>> #field-repeat-error', 'Skriv det samme nye passordet i begge feltene.');
  assert.deepEqual(await inputs(), [
    'current password current-password - false',
    'next password new-password field-next-hint false',
    'repeat password new-password field-repeat-error true',
  ]);
  assert.deepEqual(await axeViolations(), [], 'choose a new password, with an error');
  await fill('#field-repeat', NEW);
  await click('kw-password-change >>> button[type="submit"]');

  // Then the second factor, and the inbox.
  await find('kw-enrolment >>> img.qr');
  assert.equal(await heading(), 'Sett opp innlogging med kode');
  await find('kw-inbox-app >>> [role="status"]', 'Passordet er byttet.');
  const siriSecret = (await (await find('kw-enrolment >>> .secret')).evaluate((el) => el.textContent)).replace(/\s+/g, '');
  await click('#field-kept');
  await fill('#field-code', new TOTP({ secret: Secret.fromBase32(siriSecret) }).generate());
  await click('kw-enrolment >>> button[type="submit"]');
  // Signed in, on the page the browser was on (the audit log, which a contact person reads too).
  await find('kw-audit-log');
  assert.equal(await heading(), 'Revisjonslogg');
  const stored = await server.storage.auth.findUserByEmail('siri@eksempel.kommune.no');
  assert.equal(stored?.mustChangePassword, false);
  assert.ok(stored?.totpEnrolledAt, 'enrolled after the password was chosen');
  const old = await fetch(`${origin}/admin/api/sign-in`, {
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'siri@eksempel.kommune.no', password }),
  });
  assert.equal(old.status, 401, 'the temporary password is gone');

  // Everyone can change the own password later, from the menu.
  await click('kw-inbox-app >>> .tools a', 'Bytt passord');
  await find('kw-password-change >>> #field-current');
  assert.equal(await heading(), 'Bytt passord');
  assert.equal(new URL(page.url()).hash, '#/passord');
  assert.deepEqual(await axeViolations(), [], 'change password from the menu');

  // The browser logs the one refusal the test provoked: the address that was taken.
  assert.deepEqual(problems, ['Failed to load resource: the server responded with a status of 409 (Conflict)']);
});
