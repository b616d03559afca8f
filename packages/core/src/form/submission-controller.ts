import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { resolveLocale, type Locale } from '../locale.js';
import { withLocale } from '../localize.js';
import { parseRetryAfter, readProblem, type SubmissionIssue } from './problem.js';

/** Where a submission is: not sent, sending, waiting to try again, sent, or given up (or refused). */
export type SubmissionState = 'idle' | 'sending' | 'waiting' | 'sent' | 'failed';

/** Why a submission gave up after its last attempt (or was cancelled). */
export type SubmissionFailure =
  'network' | 'timeout' | 'rate-limited' | 'idempotency-in-flight' | 'unavailable' | 'server-error' | 'unreadable-answer' | 'cancelled';

/**
 * How a submission ended, read from the answer's status and problem `type`: `sent` (with the parsed answer),
 * `invalid` (400 `validation`: the issues to show at their fields), `refused` (an answer that sending again will not
 * change: 403 `origin-not-allowed`, 413 `too-large`, 415 `unsupported-type`, 422 `idempotency-mismatch`, other 4xx;
 * `type` is the problem type or `http-<status>`), `failed` (gave up after `maxAttempts`, or cancelled).
 */
export type SubmissionOutcome<TResult> =
  | { kind: 'sent'; result: TResult; status: number }
  | { kind: 'invalid'; issues: SubmissionIssue[] }
  | { kind: 'refused'; type: string; status: number }
  | { kind: 'failed'; reason: SubmissionFailure; attempts: number };

/** One request to send: where, the body and its media type, and how to read a successful answer (JSON by default). */
export interface SubmissionRequest<TResult> {
  url: string;
  body: BodyInit;
  contentType: string;
  parse?: (res: Response) => Promise<TResult>;
}

/** {@link SubmissionController}'s options. */
export interface SubmissionOptions {
  /** Says each state to screen readers (the host's `announcer.announce`). */
  announce: (text: string) => void;
  /** Attempts before giving up (waiting for the network does not count). Default 8. */
  maxAttempts?: number;
  /** The first retry's largest delay; each next one doubles it. Default 1000 ms. */
  baseDelayMs?: number;
  /** The largest delay backoff reaches (a longer `Retry-After` is still honoured). Default 30 000 ms. */
  maxDelayMs?: number;
  /** How long one attempt may wait for the answer's headers before it counts as a network failure. Default 30 000 ms. */
  timeoutMs?: number;
  /** The fetch to use (tests pass a fake). */
  fetch?: typeof fetch;
  /** A number in [0, 1) for jitter (tests pass a fixed one). */
  random?: () => number;
  /** Whether the browser is online (`navigator.onLine` by default; tests stub it). */
  isOnline?: () => boolean;
  /** The language of the announcements; by default the host element's (`lang`, resolved like every widget's). */
  locale?: () => Locale;
}

/** A fresh Idempotency-Key: `crypto.randomUUID()`, or a v4 UUID from `getRandomValues` where that is missing (plain http). */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((n) => n.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What one attempt came to: an answer, a failure worth retrying, or the caller's cancel. */
type Attempt = { response: Response } | { failure: 'network' | 'timeout' } | { aborted: true };

/** What an answer means: a final outcome, or a retry (with the server's `Retry-After`, if any). */
type Verdict<TResult> = { outcome: SubmissionOutcome<TResult> } | { retry: SubmissionFailure; retryAfterMs?: number };

/**
 * Sends a form's body and keeps trying until it is sent or can never be: one `Idempotency-Key` per draft (memory
 * only, never stored), retries only what can succeed later — a network failure, 409 `idempotency-in-flight`, 429,
 * 5xx — with exponential backoff and full jitter that honours `Retry-After`, and while the browser is offline waits
 * for the `online` event instead. Each state change updates the host and is announced. A host that leaves the page
 * does not stop it: a form moved in the page (disconnected, then connected) must not lose its submission.
 */
export class SubmissionController<TResult = unknown> implements ReactiveController {
  /** The Idempotency-Key of the current draft: the same for every attempt, new after {@link newDraft}. */
  key = newKey();
  /** Where the submission is now. */
  state: SubmissionState = 'idle';
  /** While waiting for time: when the next attempt starts (ms since the epoch); else 0. */
  retryAt = 0;
  /** While `waiting`: for the clock (`time`) or for the browser to come online (`network`). */
  waitingFor: 'time' | 'network' | undefined = undefined;
  /** Attempts made for the current submission. */
  attempts = 0;

  private run?: { promise: Promise<SubmissionOutcome<TResult>>; abort: AbortController };
  private wake?: () => void;
  private readonly fetchImpl: typeof fetch;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SubmissionOptions,
  ) {
    host.addController(this);
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** True while sending or waiting to try again. */
  get busy(): boolean {
    return this.run !== undefined;
  }

  /** Starts a new draft: cancels what is in flight, takes a new key, and goes back to `idle`. */
  newDraft(): void {
    this.cancel();
    this.key = newKey();
    this.attempts = 0;
    if (this.state !== 'idle') this.setState('idle');
  }

  /**
   * Sends `request` with this draft's key and resolves with how it ended. While one submission runs, calling it again
   * returns the same promise (a double click sends once).
   */
  submit(request: SubmissionRequest<TResult>): Promise<SubmissionOutcome<TResult>> {
    if (this.run) return this.run.promise;
    const abort = new AbortController();
    const promise = this.attemptAll(request, abort.signal).finally(() => {
      if (this.run?.abort === abort) this.run = undefined;
    });
    this.run = { promise, abort };
    return promise;
  }

  /** Stops sending or waiting; the submission resolves as `failed` with reason `cancelled`, the state is `idle`. */
  cancel(): void {
    if (!this.run) return;
    this.run.abort.abort();
    this.run = undefined;
    this.setState('idle');
  }

  /** Nothing to do on connect: the key and state live as long as the controller, whatever the host's place in the page. */
  hostConnected(): void {}

  /** Skips the wait and tries again at once. */
  retryNow(): void {
    this.wake?.();
  }

  private get online(): boolean {
    return this.options.isOnline ? this.options.isOnline() : navigator.onLine !== false;
  }

  private async attemptAll(request: SubmissionRequest<TResult>, signal: AbortSignal): Promise<SubmissionOutcome<TResult>> {
    const { maxAttempts = 8, baseDelayMs = 1000, maxDelayMs = 30000, random = Math.random } = this.options;
    // Counted here too: newDraft() resets the controller's count before a cancelled run has resolved.
    let attempts = 0;
    const cancelled = (): SubmissionOutcome<TResult> => ({ kind: 'failed', reason: 'cancelled', attempts });
    this.attempts = 0;
    for (;;) {
      if (!this.online) {
        this.setState('waiting', 'network');
        await this.pause(signal);
        if (signal.aborted) return cancelled();
      }
      this.attempts = ++attempts;
      this.setState('sending');
      const attempt = await this.attempt(request, signal);
      if ('aborted' in attempt || signal.aborted) return cancelled();
      const verdict: Verdict<TResult> = 'failure' in attempt ? { retry: attempt.failure } : await this.judge(attempt.response, request);
      if (signal.aborted) return cancelled();
      if ('outcome' in verdict) {
        const { outcome } = verdict;
        this.setState(outcome.kind === 'sent' ? 'sent' : outcome.kind === 'invalid' ? 'idle' : 'failed');
        return outcome;
      }
      if (attempts >= maxAttempts) {
        this.setState('failed');
        return { kind: 'failed', reason: verdict.retry, attempts };
      }
      if (!this.online) continue; // wait for `online` at the top of the loop
      // Full jitter (a random delay up to the doubled ceiling), never shorter than the server asked for.
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempts - 1));
      const delay = Math.max(verdict.retryAfterMs ?? 0, Math.floor(random() * ceiling));
      this.retryAt = Date.now() + delay;
      this.setState('waiting', 'time');
      await this.pause(signal, delay);
      if (signal.aborted) return cancelled();
    }
  }

  /** One request; a network error or the timeout is a failure worth retrying. */
  private async attempt(request: SubmissionRequest<TResult>, signal: AbortSignal): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort();
    signal.addEventListener('abort', onAbort);
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs ?? 30000);
    try {
      const response = await this.fetchImpl(request.url, {
        method: 'POST',
        body: request.body,
        headers: {
          'Content-Type': request.contentType,
          'Idempotency-Key': this.key,
          Accept: 'application/json, application/problem+json',
        },
        credentials: 'omit',
        mode: 'cors',
        cache: 'no-store',
        signal: controller.signal,
      });
      return { response };
    } catch {
      if (signal.aborted) return { aborted: true };
      return { failure: timedOut ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** Reads an answer: sent, invalid, refused, or worth another try. */
  private async judge(response: Response, request: SubmissionRequest<TResult>): Promise<Verdict<TResult>> {
    const { status } = response;
    if (response.ok) {
      try {
        const result = request.parse ? await request.parse(response) : await readJson<TResult>(response);
        return { outcome: { kind: 'sent', result, status } };
      } catch {
        // The server has it; sending again with the same key gets the stored answer back.
        return { outcome: { kind: 'failed', reason: 'unreadable-answer', attempts: this.attempts } };
      }
    }
    const problem = await readProblem(response);
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    const retry = (reason: SubmissionFailure): Verdict<TResult> => ({
      retry: reason,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    if (status === 409 && problem.type === 'idempotency-in-flight') return retry('idempotency-in-flight');
    if (status === 429) return retry('rate-limited');
    if (status >= 500) return retry(problem.type === 'unavailable' ? 'unavailable' : 'server-error');
    if (status === 400 && problem.type === 'validation') return { outcome: { kind: 'invalid', issues: problem.issues } };
    return { outcome: { kind: 'refused', type: problem.type ?? `http-${status}`, status } };
  }

  /** Waits for `ms`, or without `ms` for the `online` event; `retryNow()` and `cancel()` end it early. */
  private pause(signal: AbortSignal, ms?: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        window.removeEventListener('online', done);
        signal.removeEventListener('abort', done);
        if (this.wake === done) this.wake = undefined;
        resolve();
      };
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      if (ms === undefined) window.addEventListener('online', done);
      signal.addEventListener('abort', done);
      this.wake = done;
    });
  }

  private setState(state: SubmissionState, waitingFor?: 'time' | 'network'): void {
    this.state = state;
    this.waitingFor = state === 'waiting' ? waitingFor : undefined;
    if (waitingFor !== 'time') this.retryAt = 0;
    this.host.requestUpdate();
    const text = this.message();
    if (text) this.options.announce(text);
  }

  /** The announcement for the state now, in the host's language; none for `idle`. */
  private message(): string | undefined {
    const host = this.host as unknown;
    const locale = this.options.locale?.() ?? (host instanceof Element ? resolveLocale(host) : 'nb');
    return withLocale(locale, () => {
      switch (this.state) {
        case 'sending':
          return msg('Sender …', { id: 'form.submission.sending' });
        case 'waiting': {
          if (this.waitingFor === 'network')
            return msg('Ingen forbindelse. Prøver igjen når du er på nett.', { id: 'form.submission.offline' });
          const seconds = Math.ceil((this.retryAt - Date.now()) / 1000);
          return seconds <= 1
            ? msg('Prøver igjen straks.', { id: 'form.submission.retryingSoon' })
            : msg(str`Prøver igjen om ${seconds} sekunder.`, { id: 'form.submission.retrying' });
        }
        case 'sent':
          return msg('Sendt.', { id: 'form.submission.sent' });
        case 'failed':
          return msg('Kunne ikke sende.', { id: 'form.submission.failed' });
        default:
          return undefined;
      }
    });
  }
}

/** A successful answer's JSON body, or `undefined` for an answer without one. */
async function readJson<T>(response: Response): Promise<T> {
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
