import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { AnnouncerController } from '@kommune-widgets/core';
import {
  issuesByField,
  parseRetryAfter,
  SubmissionController,
  type SubmissionOptions,
  type SubmissionRequest,
} from '@kommune-widgets/core/form';
import { expectAccessible } from '../../../../test/helpers/axe.js';

/** A host with a live region, as a widget has one. */
class SubmissionHost extends LitElement {
  readonly announcer = new AnnouncerController(this);
  override render() {
    return litHtml`<p>Skjema</p>${this.announcer.render()}`;
  }
}
customElements.define('submission-host', SubmissionHost);

type Answer = Response | Error | (() => Response | Error);

/** A fetch that answers from a list, and records every request it was given. */
function fakeFetch(answers: Answer[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error('no answer left in the fake');
    const answer = typeof next === 'function' ? next() : next;
    if (answer instanceof Error) throw answer;
    return answer;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls, keys: () => calls.map((c) => (c.init.headers as Record<string, string>)['Idempotency-Key']) };
}

const problem = (status: number, type: string, headers: Record<string, string> = {}, extra: object = {}) =>
  new Response(JSON.stringify({ type, title: type, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
const created = () =>
  new Response(JSON.stringify({ receipt: 'KW-1234' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
const request: SubmissionRequest<{ receipt: string }> = { url: '/api/v1/reports', body: '{"a":1}', contentType: 'application/json' };

async function setup(answers: Answer[], options: Partial<SubmissionOptions> = {}) {
  const host = await fixture<SubmissionHost>(html`<submission-host></submission-host>`);
  const fake = fakeFetch(answers);
  const said: string[] = [];
  const controller = new SubmissionController<{ receipt: string }>(host, {
    announce: (text) => {
      said.push(text);
      host.announcer.announce(text);
    },
    fetch: fake.fetch,
    baseDelayMs: 1,
    maxDelayMs: 4,
    random: () => 0.5,
    ...options,
  });
  return { host, controller, said, ...fake };
}

/** Waits (in small steps, up to 2 s) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).to.equal(true);
}

describe('SubmissionController', () => {
  it('leaves its host accessible while it announces', async () => {
    const { host, controller } = await setup([created()]);
    await controller.submit(request);
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Sendt.');
    await expectAccessible(host);
  });

  it('sends once with the draft’s Idempotency-Key, no credentials, in cors mode, and reads the receipt', async () => {
    const { controller, calls } = await setup([created()]);
    const outcome = await controller.submit(request);
    expect(outcome).to.deep.equal({ kind: 'sent', result: { receipt: 'KW-1234' }, status: 201 });
    expect(controller.state).to.equal('sent');
    expect(calls).to.have.length(1);
    const { init, url } = calls[0]!;
    expect(url).to.equal('/api/v1/reports');
    expect(init.method).to.equal('POST');
    expect(init.credentials).to.equal('omit');
    expect(init.mode).to.equal('cors');
    expect(init.body).to.equal('{"a":1}');
    const headers = init.headers as Record<string, string>;
    expect(headers['Content-Type']).to.equal('application/json');
    expect(headers['Idempotency-Key']).to.equal(controller.key);
    expect(controller.key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('retries 503, 429, a network failure and a 409 still in flight, with the same key every time', async () => {
    const { controller, keys, said } = await setup([
      problem(503, 'unavailable', { 'Retry-After': '0' }),
      problem(429, 'rate-limited'),
      new TypeError('Failed to fetch'),
      problem(409, 'idempotency-in-flight'),
      created(),
    ]);
    const outcome = await controller.submit(request);
    expect(outcome.kind).to.equal('sent');
    expect(controller.attempts).to.equal(5);
    expect(new Set(keys()).size).to.equal(1);
    expect(keys()[0]).to.equal(controller.key);
    expect(said[0]).to.equal('Sender …');
    expect(said).to.include('Prøver igjen straks.');
    expect(said[said.length - 1]).to.equal('Sendt.');
  });

  it('waits as long as Retry-After asks (longer than its backoff), and retryNow() skips the wait', async () => {
    const { controller, said, calls } = await setup([problem(503, 'unavailable', { 'Retry-After': '120' }), created()]);
    const before = Date.now();
    const pending = controller.submit(request);
    await until(() => controller.state === 'waiting');
    expect(controller.waitingFor).to.equal('time');
    expect(controller.retryAt - before).to.be.within(119_000, 121_000);
    expect(said[said.length - 1]).to.match(/^Prøver igjen om 1(19|20) sekunder\.$/);
    expect(calls).to.have.length(1);
    controller.retryNow();
    expect((await pending).kind).to.equal('sent');
    expect(calls).to.have.length(2);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-02T10:00:00Z');
    expect(parseRetryAfter('7', now)).to.equal(7000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
  });

  for (const [status, type] of [
    [403, 'origin-not-allowed'],
    [413, 'too-large'],
    [415, 'unsupported-type'],
    [422, 'idempotency-mismatch'],
    [404, 'not-found'],
  ] as const) {
    it(`does not retry ${status} ${type}: refused, and says it could not send`, async () => {
      const { controller, calls, said } = await setup([problem(status, type), created()]);
      expect(await controller.submit(request)).to.deep.equal({ kind: 'refused', type, status });
      expect(calls).to.have.length(1);
      expect(controller.state).to.equal('failed');
      expect(said).to.deep.equal(['Sender …', 'Kunne ikke sende.']);
    });
  }

  it('does not retry a 400 validation answer, and gives its issues to map back to fields', async () => {
    const issues = [
      { path: 'description', code: 'too_small', message: 'Mangler' },
      { path: 'links[2]', code: 'invalid_format', message: 'Ikke en gyldig adresse' },
      { path: 'links[3]', code: 'invalid_format', message: 'Ikke en gyldig adresse' },
      { path: 'website', code: 'too_big', message: 'For lang' },
    ];
    const { controller, calls } = await setup([problem(400, 'validation', {}, { issues }), created()]);
    const outcome = await controller.submit(request);
    expect(calls).to.have.length(1);
    expect(controller.state).to.equal('idle');
    expect(outcome).to.deep.equal({ kind: 'invalid', issues });
    if (outcome.kind !== 'invalid') return;
    const map = (path: string) => (path === 'website' ? undefined : path.replace(/\[\d+\]$/, ''));
    expect(issuesByField(outcome.issues, map)).to.deep.equal([
      { name: 'description', message: 'Mangler' },
      { name: 'links', message: 'Ikke en gyldig adresse' },
    ]);
  });

  it('takes a new key for a new draft, and keeps it for every attempt of that draft', async () => {
    const { controller, keys } = await setup([created(), problem(503, 'unavailable'), created()]);
    const first = controller.key;
    await controller.submit(request);
    controller.newDraft();
    expect(controller.state).to.equal('idle');
    expect(controller.key).to.not.equal(first);
    await controller.submit(request);
    expect(keys()).to.deep.equal([first, controller.key, controller.key]);
  });

  it('waits for the browser to come online instead of trying, says so, and sends at once on `online`', async () => {
    let online = false;
    const { controller, calls, said } = await setup([created()], { isOnline: () => online });
    const pending = controller.submit(request);
    await until(() => controller.state === 'waiting');
    expect(controller.waitingFor).to.equal('network');
    expect(said).to.deep.equal(['Ingen forbindelse. Prøver igjen når du er på nett.']);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).to.have.length(0);
    online = true;
    window.dispatchEvent(new Event('online'));
    expect((await pending).kind).to.equal('sent');
    expect(calls).to.have.length(1);
  });

  it('goes offline after a network failure and waits for `online` rather than the clock', async () => {
    let online = true;
    const { controller, calls } = await setup(
      [
        () => {
          online = false;
          return new TypeError('Failed to fetch');
        },
        created(),
      ],
      { baseDelayMs: 60_000, maxDelayMs: 60_000, isOnline: () => online },
    );
    const pending = controller.submit(request);
    await until(() => controller.state === 'waiting');
    expect(controller.waitingFor).to.equal('network');
    online = true;
    window.dispatchEvent(new Event('online'));
    expect((await pending).kind).to.equal('sent');
    expect(calls).to.have.length(2);
  });

  it('gives up after maxAttempts with `failed`, and says so', async () => {
    const { controller, calls, said } = await setup(
      [problem(500, 'internal'), problem(502, 'bad-gateway'), problem(503, 'unavailable'), created()],
      { maxAttempts: 3 },
    );
    expect(await controller.submit(request)).to.deep.equal({ kind: 'failed', reason: 'unavailable', attempts: 3 });
    expect(calls).to.have.length(3);
    expect(controller.state).to.equal('failed');
    expect(said[said.length - 1]).to.equal('Kunne ikke sende.');
  });

  it('announces each state in the host’s language', async () => {
    const { host, controller, said } = await setup([problem(503, 'unavailable'), created()], {
      locale: () => 'en',
    });
    await import('@kommune-widgets/core').then(({ loadLocale }) => loadLocale('en'));
    await controller.submit(request);
    await host.updateComplete;
    expect(said).to.deep.equal(['Sending …', 'Trying again shortly.', 'Sending …', 'Sent.']);
  });

  it('sends once when submitted twice in a row, and cancel() ends a wait as `cancelled`', async () => {
    const { controller, calls } = await setup([problem(503, 'unavailable', { 'Retry-After': '60' })]);
    const first = controller.submit(request);
    expect(controller.submit(request)).to.equal(first);
    await until(() => controller.state === 'waiting');
    controller.cancel();
    expect(await first).to.deep.equal({ kind: 'failed', reason: 'cancelled', attempts: 1 });
    expect(controller.state).to.equal('idle');
    expect(calls).to.have.length(1);
  });

  it('leaves nothing in localStorage, sessionStorage, cookies or IndexedDB after sending', async () => {
    const databases = async () => ((await indexedDB.databases?.()) ?? []).map((d) => d.name).sort();
    const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, db: await databases() };
    const { controller } = await setup([new TypeError('Failed to fetch'), created()]);
    expect((await controller.submit(request)).kind).to.equal('sent');
    expect(localStorage.length).to.equal(before.local);
    expect(sessionStorage.length).to.equal(before.session);
    expect(document.cookie).to.equal(before.cookie);
    expect(await databases()).to.deep.equal(before.db);
    const stored = [...Object.values({ ...localStorage }), ...Object.values({ ...sessionStorage }), document.cookie].join(' ');
    expect(stored).to.not.include(controller.key);
  });
});
