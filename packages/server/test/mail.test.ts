import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import {
  MAIL_MAX_ATTEMPTS,
  ConfigError,
  mailBackoffMs,
  parseConfig,
  silentLogger,
  startServer,
  type RunningServer,
  type ServerConfig,
} from '../src/index.js';
import { newKey, postAttachment, postReport, reportRows, testConfig, validReport } from './helpers.js';
import { newDatabase, openTestStorage, sql } from './backend.js';

/** A message the loopback SMTP server accepted. */
interface Received {
  from: string;
  to: string[];
  /** The raw message with quoted-printable undone. */
  text: string;
}

/** Undo quoted-printable (soft line breaks and `=XX` bytes) so the test reads the text as the contact person would. */
const unquote = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

/** A real SMTP server on loopback that collects what it accepts (or refuses every recipient with 550). */
class SmtpSink {
  messages: Received[] = [];
  #server: SMTPServer;

  constructor(options: { refuse?: boolean } = {}) {
    this.#server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (_address, _session, callback) =>
        callback(options.refuse ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : null),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            text: unquote(Buffer.concat(chunks).toString('latin1')),
          });
          callback();
        });
      },
    });
  }

  listen(port = 0): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#server.server.once('error', reject);
      this.#server.listen(port, '127.0.0.1', () => resolve((this.#server.server.address() as AddressInfo).port));
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const FROM = 'hets@kommune-widgets.example';
const smtpAt = (port: number): NonNullable<ServerConfig['smtp']> => ({ host: '127.0.0.1', port, secure: false, from: FROM });

const running: Array<{ close(): Promise<void> }> = [];
after(async () => {
  for (const r of running.splice(0).reverse()) await r.close();
});

/** A server on a real SQLite file with a clock the test moves; the mail worker runs only when the test ticks it. */
async function startMailServer(config: ServerConfig) {
  let clock = Date.now();
  const db = await newDatabase('reports');
  const storage = openTestStorage(db, { now: () => clock });
  const server = await startServer({ config, storage, port: 0, hostname: '127.0.0.1', log: silentLogger, mail: { intervalMs: 0 } });
  running.push(server);
  return {
    server,
    db,
    advance: (ms: number) => (clock += ms),
  };
}

/** The mail_queue rows, read from the file. */
function mailRows(db: string): Promise<Array<Record<string, any>>> {
  return sql(db, 'SELECT * FROM mail_queue ORDER BY id');
}

async function submit(server: RunningServer, body = validReport()): Promise<string> {
  const response = await postReport(server, body);
  assert.equal(response.status, 201);
  return ((await response.json()) as { receipt: string }).receipt;
}

describe('the contact person is told of a new report by e-mail', () => {
  test('one mail to the contact person, saying only that a report waits, with the inbox link', async () => {
    const sink = new SmtpSink();
    running.push(sink);
    const { server } = await startMailServer(testConfig({ smtp: smtpAt(await sink.listen()) }));
    const report = validReport();
    const receipt = await submit(server, report);

    assert.deepEqual(await server.mail!.tick(), { sent: 1, failed: 0 });
    assert.equal(sink.messages.length, 1);
    const [mail] = sink.messages;
    assert.deepEqual(mail!.to, ['kontakt@rakkestad.kommune.no']);
    assert.equal(mail!.from, FROM);
    assert.match(mail!.text, /^Subject: Ny melding om hets eller trusler$/m);
    assert.match(mail!.text, /En ny melding om hets eller trusler venter i innboksen\./);
    assert.ok(mail!.text.includes(`http://localhost:${server.port}/admin/`), 'the inbox link');
    for (const secret of [
      receipt,
      report['description'],
      'truende',
      'Per Hansen',
      'per@example.no',
      'facebook.com',
      'Facebook',
      'FB-991',
      'Haster',
    ])
      assert.ok(!mail!.text.includes(secret), `the mail does not hold «${secret}»`);

    const [stored] = await server.storage.listMail('3120');
    assert.equal(stored!.state, 'sent');
    assert.equal(stored!.attempts, 1);
    assert.ok(stored!.sentAt);
    assert.deepEqual(await server.mail!.tick(), { sent: 0, failed: 0 }, 'sent once only');
    assert.equal(sink.messages.length, 1);
  });

  test('a report saying someone is in danger gives an urgent subject and first line', async () => {
    const sink = new SmtpSink();
    running.push(sink);
    const { server } = await startMailServer(testConfig({ smtp: smtpAt(await sink.listen()) }));
    await submit(server, validReport({ triage: { danger: true } }));
    await server.mail!.tick();
    assert.equal(sink.messages.length, 1);
    assert.match(sink.messages[0]!.text, /^Subject: Haster: ny melding om hets eller trusler$/m);
    assert.match(sink.messages[0]!.text, /\r?\n\r?\nHaster: En ny melding om hets eller trusler venter i innboksen\./);
  });

  test('SMTP down: retried with backoff, delivered once it is back', async () => {
    const port = await freePort();
    const { server, db, advance } = await startMailServer(testConfig({ smtp: smtpAt(port) }));
    await submit(server);

    assert.deepEqual(await server.mail!.tick(), { sent: 0, failed: 1 });
    let [row] = await mailRows(db);
    assert.equal(row!['state'], 'queued');
    assert.equal(row!['attempts'], 1);
    assert.match(row!['last_error'], /^E[A-Z]+$/, 'a code only');
    assert.deepEqual(await server.mail!.tick(), { sent: 0, failed: 0 }, 'not due before its backoff');

    advance(mailBackoffMs(1));
    assert.deepEqual(await server.mail!.tick(), { sent: 0, failed: 1 });
    row = (await mailRows(db))[0];
    assert.equal(row!['attempts'], 2);
    advance(mailBackoffMs(2) - 1);
    assert.deepEqual(await server.mail!.tick(), { sent: 0, failed: 0 }, 'the second wait is twice the first');

    const sink = new SmtpSink();
    running.push(sink);
    await sink.listen(port);
    advance(1);
    assert.deepEqual(await server.mail!.tick(), { sent: 1, failed: 0 });
    assert.equal(sink.messages.length, 1);
    row = (await mailRows(db))[0];
    assert.equal(row!['state'], 'sent');
    assert.equal(row!['attempts'], 3);
    assert.equal(row!['last_error'], null);
  });

  test(`a message the SMTP server keeps refusing is marked failed after ${MAIL_MAX_ATTEMPTS} attempts, with a code only`, async () => {
    const sink = new SmtpSink({ refuse: true });
    running.push(sink);
    const { server, db, advance } = await startMailServer(testConfig({ smtp: smtpAt(await sink.listen()) }));
    await submit(server);
    for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt++) {
      assert.deepEqual(await server.mail!.tick(), { sent: 0, failed: 1 }, `attempt ${attempt}`);
      advance(mailBackoffMs(attempt));
    }
    assert.deepEqual(await server.mail!.tick(), { sent: 0, failed: 0 }, 'no attempt after giving up');
    const [row] = await mailRows(db);
    assert.equal(row!['state'], 'failed');
    assert.equal(row!['attempts'], MAIL_MAX_ATTEMPTS);
    assert.equal(row!['last_error'], 'EENVELOPE 550');
    assert.equal(mailBackoffMs(20), 6 * 3600_000, 'the wait stops growing at 6 h');
    const failed = await server.storage.listMail('3120', { state: 'failed' });
    assert.equal(failed.length, 1, 'the inbox can show it');
  });

  test('without smtp in the config the notice goes to the local outbox, to every `notify` address', async () => {
    const config = testConfig();
    config.kommuner[0] = { ...config.kommuner[0]!, notify: ['a@rakkestad.kommune.no', 'b@rakkestad.kommune.no'] };
    const { server } = await startMailServer(config);
    assert.equal(server.mail, undefined, 'no worker without SMTP');
    await submit(server);
    const outbox = await server.storage.listMail('3120', { state: 'outbox' });
    assert.deepEqual(outbox.map((m) => m.recipient).sort(), ['a@rakkestad.kommune.no', 'b@rakkestad.kommune.no']);
    assert.ok(outbox.every((m) => m.kind === 'new-report' && m.bodyText.includes('/admin/')));
    assert.deepEqual(await server.storage.listMail('3101'), [], "another kommune's list is empty");
    assert.deepEqual(await server.storage.listMail('3120', { state: 'queued' }), []);
  });

  test('a mail row exists only with its report: rejected, refused and replayed reports enqueue nothing', async () => {
    const { server, db } = await startMailServer(testConfig());
    // Fails validation.
    assert.equal((await postReport(server, validReport({ description: '' }))).status, 400);
    // Names an attachment that does not exist: nothing of the report is stored.
    assert.equal((await postReport(server, validReport({ attachments: ['a'.repeat(32)] }))).status, 400);
    assert.equal((await reportRows(db)).length, 0);
    assert.equal((await mailRows(db)).length, 0);

    // Stored, then replayed with the same key: one report, one notice.
    const key = newKey();
    const body = validReport();
    for (let i = 0; i < 2; i++) assert.equal((await postReport(server, body, { 'Idempotency-Key': key })).status, 201);
    assert.equal((await reportRows(db)).length, 1);
    assert.equal((await mailRows(db)).length, 1);
    // A kommune whose contact has no e-mail and no `notify`: the report is stored, no notice.
    const halden = validReport({ kommune: '3101' });
    assert.equal((await postReport(server, halden, { Origin: 'https://www.halden.kommune.no' })).status, 201);
    assert.equal((await reportRows(db)).length, 2);
    assert.equal((await mailRows(db)).length, 1);
    // An uploaded (free) attachment still links as before, with its notice in the same write.
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const uploaded = await postAttachment(server, pdf, { type: 'application/pdf' });
    assert.equal(uploaded.status, 201);
    const { id } = (await uploaded.json()) as { id: string };
    assert.equal((await postReport(server, validReport({ attachments: [id] }))).status, 201);
    assert.equal((await mailRows(db)).length, 2);
  });

  test('a notice that cannot be stored takes its report with it (one savepoint)', async () => {
    const { server, db } = await startMailServer(testConfig());
    const bad = { kommune: '3120', recipient: 'x@y.no', subject: 's', bodyText: 't', kind: 'new-report', state: 'bogus' as 'outbox' };
    await assert.rejects(
      server.storage.submitReport({
        kommune: '3120',
        limits: [],
        idempotency: { key: newKey(), fingerprint: 'f' },
        report: { body: validReport(), possibleSpam: false },
        respond: () => ({ status: 201, body: '{}' }),
        notify: [bad],
      }),
    );
    assert.equal((await reportRows(db)).length, 0);
    assert.equal((await mailRows(db)).length, 0);
  });

  test('the config takes smtp, publicUrl and notify, and refuses a wrong address or an unknown smtp key', () => {
    const base = testConfig();
    const kommune = { ...base.kommuner[0]!, notify: ['a@rakkestad.kommune.no'] };
    const smtp = { host: 'smtp.example.no', port: 587, secure: false, user: 'hets', from: FROM };
    const parsed = parseConfig({ kommuner: [kommune], smtp, publicUrl: 'https://hets.example.no' });
    assert.deepEqual(parsed.smtp, smtp);
    assert.throws(() => parseConfig({ kommuner: [{ ...kommune, notify: ['not an address'] }] }), ConfigError);
    assert.throws(() => parseConfig({ kommuner: [kommune], smtp: { ...smtp, password: 'x' } }), ConfigError);
  });

  test('two workers sharing the database never claim one message twice', async () => {
    const { server, db } = await startMailServer(testConfig({ smtp: smtpAt(await freePort()) }));
    await submit(server);
    await submit(server);
    const other = openTestStorage(db);
    running.push(other);
    const [mine, theirs] = await Promise.all([server.storage.claimMail(10, 60_000), other.claimMail(10, 60_000)]);
    const ids = [...mine, ...theirs].map((m) => m.id).sort();
    assert.deepEqual(ids, [1, 2], 'each message claimed exactly once');
    assert.deepEqual(await server.storage.claimMail(10, 60_000), [], 'held while the lease runs');
  });
});
