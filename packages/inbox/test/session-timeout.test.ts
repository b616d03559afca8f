// The warning before an inbox session ends (WCAG 2.2.1), without a browser: the arithmetic of session-timing.ts, and
// SessionTimeoutController on a clock the test moves, with the real InboxApi answering through a stand-in fetch.
// test/e2e-inbox.test.mjs shows the dialog itself in Chromium against the real server.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReactiveController } from 'lit';
import { InboxApi } from '../src/api.js';
import { SESSION_WARNING_MS, SessionTimeoutController, type SessionClock } from '../src/session-timeout-controller.js';
import { sessionStage, type SessionTimes } from '../src/session-timing.js';

const MINUTE = 60_000;
const IDLE = 30 * MINUTE;
const MAX = 21 * 60 * MINUTE;

describe('sessionStage', () => {
  const times = (over: Partial<SessionTimes> = {}): SessionTimes => ({
    lastActivity: 0,
    idleMs: IDLE,
    expiresAt: MAX,
    warnMs: 2 * MINUTE,
    absoluteAcknowledged: false,
    ...over,
  });

  it('warns 2 minutes before the idle limit and ends at it', () => {
    assert.deepEqual(sessionStage(times(), 0), { stage: 'active', reason: 'idle', endsAt: IDLE, next: 28 * MINUTE });
    assert.deepEqual(sessionStage(times(), 28 * MINUTE), { stage: 'warning', reason: 'idle', endsAt: IDLE, next: IDLE });
    assert.deepEqual(sessionStage(times(), IDLE), { stage: 'ended', reason: 'idle', endsAt: IDLE });
  });

  it('counts the idle limit from the last request', () => {
    assert.equal(sessionStage(times({ lastActivity: 20 * MINUTE }), 29 * MINUTE).stage, 'active');
    assert.equal(sessionStage(times({ lastActivity: 20 * MINUTE }), 48 * MINUTE).stage, 'warning');
  });

  it('warns before the absolute end when it comes first, and once only', () => {
    const late = times({ lastActivity: MAX - 10 * MINUTE });
    assert.deepEqual(sessionStage(late, MAX - 2 * MINUTE), { stage: 'warning', reason: 'absolute', endsAt: MAX, next: MAX });
    const seen = { ...late, absoluteAcknowledged: true };
    assert.deepEqual(sessionStage(seen, MAX - MINUTE), { stage: 'active', reason: 'absolute', endsAt: MAX, next: MAX });
    assert.deepEqual(sessionStage(seen, MAX), { stage: 'ended', reason: 'absolute', endsAt: MAX });
  });
});

/** A clock whose timers run when the test moves it. */
class TestClock implements SessionClock {
  private at = Date.parse('2026-12-02T10:00:00Z');
  private timers = new Map<number, { due: number; fn: () => void }>();
  private nextId = 1;
  now = () => this.at;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { due: this.at + ms, fn });
    return id;
  };
  clearTimeout = (handle: unknown) => void this.timers.delete(handle as number);
  /** Moves the clock on by `ms`, running each timer that falls due on the way. */
  advance(ms: number) {
    const end = this.at + ms;
    for (;;) {
      const [id, timer] = [...this.timers].sort((a, b) => a[1].due - b[1].due)[0] ?? [];
      if (id === undefined || timer!.due > end) break;
      this.timers.delete(id);
      this.at = timer!.due;
      timer!.fn();
    }
    this.at = end;
  }
}

/** The controller on a stand-in host, the API answering from `answers` (path → status), every request recorded. */
function setUp(expiresInMs = MAX) {
  const clock = new TestClock();
  const requests: string[] = [];
  const answers = new Map<string, number>([['GET /session', 200]]);
  globalThis.fetch = (async (input: string, init?: RequestInit) => {
    const path = String(input).replace('/admin/api', '');
    const key = `${init?.method ?? 'GET'} ${path}`;
    requests.push(key);
    const status = answers.get(key) ?? 200;
    if (status === 204) return new Response(null, { status });
    const body =
      status === 200 && path === '/session'
        ? { user: { name: 'Ola' }, csrfToken: 'token', timeout: { idleMs: IDLE, maxMs: MAX, expiresInMs } }
        : status === 200
          ? {}
          : { type: `https://kommune-widgets.example/problems/${status === 401 ? 'unauthorized' : 'internal'}` };
    return Response.json(body, { status });
  }) as typeof fetch;
  const controllers: ReactiveController[] = [];
  const host = {
    locale: 'nb' as const,
    renderRoot: {} as HTMLElement,
    updates: 0,
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  const api = new InboxApi();
  const ended: string[] = [];
  let signOuts = 0;
  const timeout = new SessionTimeoutController(host, api, {
    expired: (message) => ended.push(message),
    signOut: () => signOuts++,
    clock,
    shareActivity: false,
  });
  for (const c of controllers) c.hostConnected?.();
  return { clock, api, timeout, requests, answers, ended, signOuts: () => signOuts };
}

/** Lets the stand-in fetch and the promises after it settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SessionTimeoutController', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('shows the warning 2 minutes before the idle limit, and every answer of the API restarts the count', async () => {
    const { clock, api, timeout } = setUp();
    assert.equal(timeout.running, false, 'nothing is timed before a session is answered');
    await api.session();
    assert.equal(timeout.running, true);
    clock.advance(IDLE - SESSION_WARNING_MS - 1);
    assert.equal(timeout.warning, undefined);
    clock.advance(1);
    assert.equal(timeout.warning, 'idle');
    await api.get('/reports');
    assert.equal(timeout.warning, undefined, 'a request keeps the session: the warning goes');
    clock.advance(IDLE - SESSION_WARNING_MS - 1);
    assert.equal(timeout.warning, undefined, 'counted from the last request');
    clock.advance(1);
    assert.equal(timeout.warning, 'idle');
  });

  it('keeps the session with «Fortsett»: it asks the server for the session, and the count starts again', async () => {
    const { clock, timeout, api, requests, ended } = setUp();
    await api.session();
    clock.advance(IDLE - 60_000);
    assert.equal(timeout.warning, 'idle');
    await timeout.continue();
    assert.deepEqual(requests, ['GET /session', 'GET /session']);
    assert.equal(timeout.warning, undefined);
    clock.advance(IDLE - SESSION_WARNING_MS - 1);
    assert.equal(timeout.warning, undefined);
    assert.deepEqual(ended, []);
  });

  it('ends the session at the idle limit: the app is told why, and the server is asked to end it too', async () => {
    const { clock, timeout, api, requests, ended } = setUp();
    await api.session();
    clock.advance(IDLE);
    await settle();
    assert.equal(timeout.running, false);
    assert.deepEqual(ended, ['Du ble logget ut fordi du ikke hadde brukt innboksen på 30 minutter. Logg inn igjen for å fortsette.']);
    assert.deepEqual(requests, ['GET /session', 'POST /sign-out']);
  });

  it('ends the session when «Fortsett» finds it already gone', async () => {
    const { clock, timeout, api, answers, ended } = setUp();
    await api.session();
    clock.advance(IDLE - 60_000);
    answers.set('GET /session', 401);
    await timeout.continue();
    assert.deepEqual(ended, ['Du ble logget ut fordi du ikke hadde brukt innboksen på 30 minutter. Logg inn igjen for å fortsette.']);
    assert.equal(timeout.running, false);
  });

  it('keeps the warning with the reason when «Fortsett» gets no answer', async () => {
    const { clock, timeout, api, answers } = setUp();
    await api.session();
    clock.advance(IDLE - 60_000);
    answers.set('GET /session', 500);
    await timeout.continue();
    assert.equal(timeout.warning, 'idle', 'still warned: the session was not kept');
  });

  it('warns before the absolute end, which «Fortsett» cannot move, and ends the session there', async () => {
    const { clock, timeout, api, requests, ended } = setUp(10 * MINUTE);
    await api.session();
    clock.advance(8 * MINUTE);
    assert.equal(timeout.warning, 'absolute');
    await timeout.continue();
    assert.equal(timeout.warning, undefined, '«Fortsett» closes it');
    assert.deepEqual(requests, ['GET /session'], 'and asks nothing of the server');
    await api.get('/reports');
    clock.advance(MINUTE);
    assert.equal(timeout.warning, undefined, 'shown once');
    clock.advance(MINUTE);
    assert.deepEqual(ended, [
      'Du ble logget ut fordi du hadde vært logget inn i 21 timer, som er det lengste en innlogging varer. Logg inn igjen for å fortsette.',
    ]);
  });

  it('stops timing when the user signs out or the server answers 401', async () => {
    const first = setUp();
    await first.api.session();
    await first.api.signOut();
    assert.equal(first.timeout.running, false);
    first.clock.advance(IDLE);
    assert.deepEqual(first.ended, []);

    const second = setUp();
    await second.api.session();
    second.answers.set('GET /reports', 401);
    await assert.rejects(second.api.get('/reports'));
    assert.equal(second.timeout.running, false);
  });

  it('keeps a session enrolling its second factor, which the server answers 403 for', async () => {
    const { clock, timeout, api, answers, ended } = setUp();
    await api.session();
    clock.advance(IDLE - 60_000);
    answers.set('GET /session', 403);
    await timeout.continue();
    assert.equal(timeout.warning, undefined);
    assert.equal(timeout.running, true);
    assert.deepEqual(ended, []);
  });

  it('takes shorter limits for tests', async () => {
    const { clock, timeout, api } = setUp();
    await api.session();
    timeout.override({ idleMs: 8_000, warnMs: 5_000 });
    clock.advance(3_000);
    assert.equal(timeout.warning, 'idle');
  });
});
