/**
 * The mail worker: claims due `queued` messages (atomically, with a lease, so two server processes never send one
 * twice), sends them, and marks them `sent`, or retries with exponential backoff and marks them `failed` after
 * {@link MAIL_MAX_ATTEMPTS} attempts.
 */
import type { Logger } from '../log.js';
import type { Storage } from '../storage/types.js';
import { mailErrorCode, type MailTransport } from './transport.js';

/** Attempts before a message is marked `failed` (with the backoff below: about 8.5 hours). */
export const MAIL_MAX_ATTEMPTS = 10;
/** How long a claimed message is held by one worker. */
export const MAIL_LEASE_MS = 5 * 60_000;
const MINUTE = 60_000;
const MAX_BACKOFF_MS = 6 * 60 * MINUTE;

/** The wait after failed attempt number `attempt` (1-based): 1 min, 2, 4, … at most 6 h. */
export function mailBackoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, MINUTE * 2 ** Math.max(0, attempt - 1));
}

/** What {@link MailWorker} needs. */
export interface MailWorkerOptions {
  storage: Storage;
  transport: MailTransport;
  log?: Logger;
  /** How often to look for due messages (default 10 s); 0: only when {@link MailWorker.tick} is called. */
  intervalMs?: number;
  maxAttempts?: number;
  /** Messages claimed per round (default 10). */
  batch?: number;
}

/** What one round did. */
export interface MailTick {
  sent: number;
  /** Attempts that failed (retried later or given up). */
  failed: number;
}

/** Sends the queued mail of one server process. */
export class MailWorker {
  #options: MailWorkerOptions;
  #timer: ReturnType<typeof setInterval> | undefined;
  #running: Promise<MailTick> | undefined;
  #stopped = false;

  constructor(options: MailWorkerOptions) {
    this.#options = options;
  }

  /** Look for due messages every `intervalMs` (nothing when it is 0). */
  start(): void {
    const interval = this.#options.intervalMs ?? 10_000;
    if (interval <= 0 || this.#timer) return;
    this.#timer = setInterval(() => void this.tick().catch(() => undefined), interval);
    this.#timer.unref();
  }

  /** A report was stored: send its notice soon rather than at the next interval (not when ticks are manual). */
  nudge(): void {
    if ((this.#options.intervalMs ?? 10_000) > 0 && !this.#stopped) setImmediate(() => void this.tick().catch(() => undefined));
  }

  /** One round: claim the due messages and try each once. A round already running is joined, not doubled. */
  tick(): Promise<MailTick> {
    this.#running ??= this.#round().finally(() => (this.#running = undefined));
    return this.#running;
  }

  async #round(): Promise<MailTick> {
    const { storage, transport } = this.#options;
    const log = this.#options.log ?? (() => undefined);
    const maxAttempts = this.#options.maxAttempts ?? MAIL_MAX_ATTEMPTS;
    const result: MailTick = { sent: 0, failed: 0 };
    if (this.#stopped) return result;
    const claimed = await storage.claimMail(this.#options.batch ?? 10, MAIL_LEASE_MS);
    for (const mail of claimed) {
      try {
        await transport.send({ to: mail.recipient, subject: mail.subject, text: mail.bodyText });
      } catch (error) {
        const code = mailErrorCode(error);
        const attempt = mail.attempts + 1;
        const giveUp = attempt >= maxAttempts;
        await storage.markMailFailed(mail.id, code, giveUp ? undefined : mailBackoffMs(attempt));
        log({ level: giveUp ? 'error' : 'warn', msg: 'mail', id: mail.id, attempt, state: giveUp ? 'failed' : 'queued', error: code });
        result.failed++;
        continue;
      }
      await storage.markMailSent(mail.id);
      log({ msg: 'mail', id: mail.id, state: 'sent' });
      result.sent++;
    }
    return result;
  }

  /** Stop looking, wait for the running round, close the transport. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running?.catch(() => undefined);
    this.#options.transport.close();
  }
}
