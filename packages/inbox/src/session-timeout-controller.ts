import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, singleStops, withLocale } from '@kommune-widgets/core';
import { ApiError, type ApiEvent, type InboxApi, type SessionTimeout } from './api.js';
import type { InboxLocale } from './inbox-locale.js';
import { problemMessage } from './labels.js';
import { sessionStage, type EndReason, type SessionStage, type SessionTimes } from './session-timing.js';

/** The element the controller serves: its language, and the root its dialog is rendered into. */
export interface SessionTimeoutHost extends ReactiveControllerHost {
  readonly locale: InboxLocale;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The clock and timers the controller runs on: the page's, or a test's. */
export interface SessionClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Shorter limits than the server's, for tests: they apply to the running session and to later ones. */
export interface SessionTimeoutOverride {
  /** The idle limit, in ms. */
  idleMs?: number;
  /** The absolute end, in ms from when the session was answered (or from now, for the running one). */
  expiresInMs?: number;
  /** How long before the end the warning shows, in ms. */
  warnMs?: number;
}

/** What {@link SessionTimeoutController} needs from the app. */
export interface SessionTimeoutOptions {
  /** The session ended (`message` says why, in the host's language): show the sign-in page with it, and announce it. */
  expired: (message: string, reason: EndReason) => void;
  /** «Logg ut» in the warning. */
  signOut: () => void;
  /** The page's clock unless given. */
  clock?: SessionClock;
  /** Share activity with the inbox in the browser's other tabs (one session, one cookie); default true. */
  shareActivity?: boolean;
}

/** The warning shows this long before the session ends. */
export const SESSION_WARNING_MS = 2 * 60 * 1000;

const CHANNEL = 'kw-inbox-session';

const pageClock: SessionClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The focused element, inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/**
 * Warns before the inbox's session ends (WCAG 2.2.1 Timing adjustable), also while a second factor is being enrolled.
 * It learns the limits from the server's session answers (30 minutes idle, 21 hours in all), restarts the idle count
 * at every answer of the API (the server keeps the session alive at every request, from this tab or another), and
 * 2 minutes before the end shows a modal `<dialog role="alertdialog">` with focus on «Fortsett»: «Fortsett» (or
 * Escape) asks the server for the session, which keeps it alive; «Logg ut» signs out. Before the absolute end, which
 * nothing moves, the warning says so and «Fortsett» only closes it. When the time is up it signs out on the server
 * too and hands the app the reason, to show on the sign-in page. The host renders {@link render}; the controller opens
 * and closes the dialog and puts focus back where it was.
 */
export class SessionTimeoutController implements ReactiveController {
  private times: SessionTimes | undefined;
  private stage: SessionStage | undefined;
  private limits: SessionTimeout | undefined;
  /** The limits of the last session timed, kept after it stopped: the message says which one ended it. */
  private ended = { idleMs: 0, maxMs: 0 };
  private testLimits: SessionTimeoutOverride = {};
  private timer: unknown;
  private busy = false;
  private failure = '';
  private returnFocus: HTMLElement | null = null;
  private unobserve: (() => void) | undefined;
  private channel: BroadcastChannel | undefined;
  private readonly clock: SessionClock;

  constructor(
    private readonly host: SessionTimeoutHost,
    private readonly api: InboxApi,
    private readonly options: SessionTimeoutOptions,
  ) {
    this.clock = options.clock ?? pageClock;
    host.addController(this);
  }

  /** Whether a session is being timed. */
  get running(): boolean {
    return this.times !== undefined;
  }

  /** The warning showing, and why the session would end; undefined when none shows. */
  get warning(): EndReason | undefined {
    return this.stage?.stage === 'warning' ? this.stage.reason : undefined;
  }

  hostConnected(): void {
    this.unobserve = this.api.observe(this.onApi);
    if (this.options.shareActivity !== false && typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (event: MessageEvent<{ at?: unknown }>) => {
        if (typeof event.data?.at === 'number') this.activity(event.data.at, false);
      };
    }
    // A timer waits longer in a hidden tab or a sleeping computer: look again when the page is seen.
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.evaluate);
  }

  hostDisconnected(): void {
    this.unobserve?.();
    this.channel?.close();
    this.channel = undefined;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.evaluate);
    this.clearTimer();
  }

  /** Shortens the limits (tests); the running session is timed again at once. */
  override(limits: SessionTimeoutOverride): void {
    this.testLimits = { ...limits };
    if (this.limits) this.start(this.limits);
  }

  private readonly onApi = (event: ApiEvent): void => {
    if (event.type === 'session') this.start(event.timeout);
    else if (event.type === 'signed-out' || (event.type === 'answer' && event.status === 401)) this.stop();
    // A server error or a proxy's answer may not have reached the session: only a 2xx–4xx answer counts as kept.
    else if (event.type === 'answer' && event.status < 500) this.activity(this.clock.now(), true);
  };

  private start(limits: SessionTimeout): void {
    const now = this.clock.now();
    this.limits = limits;
    this.times = {
      lastActivity: now,
      idleMs: this.testLimits.idleMs ?? limits.idleMs,
      expiresAt: now + (this.testLimits.expiresInMs ?? limits.expiresInMs),
      warnMs: this.testLimits.warnMs ?? SESSION_WARNING_MS,
      absoluteAcknowledged: false,
    };
    this.ended = { idleMs: this.times.idleMs, maxMs: limits.maxMs };
    this.evaluate();
  }

  private stop(): void {
    this.clearTimer();
    this.times = undefined;
    this.stage = undefined;
    this.limits = undefined;
    this.failure = '';
    this.host.requestUpdate();
  }

  /** The server answered a request of the session at `at`: the idle count starts again (and the other tabs are told). */
  private activity(at: number, share: boolean): void {
    if (!this.times) return;
    this.times.lastActivity = Math.max(this.times.lastActivity, at);
    if (share) this.channel?.postMessage({ at });
    this.evaluate();
  }

  private readonly evaluate = (): void => {
    if (!this.times) return;
    const before = this.stage;
    const stage = sessionStage(this.times, this.clock.now());
    this.stage = stage;
    this.clearTimer();
    if (stage.stage === 'ended') {
      this.expire(stage.reason);
      return;
    }
    this.timer = this.clock.setTimeout(this.evaluate, Math.max(0, stage.next - this.clock.now()));
    if (before?.stage !== stage.stage || before.reason !== stage.reason || before.endsAt !== stage.endsAt) {
      if (stage.stage !== 'warning') this.failure = '';
      this.host.requestUpdate();
    }
  };

  private clearTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private expire(reason: EndReason): void {
    const limits = this.ended;
    this.stop();
    // The server has ended it already, unless this page's clock ran ahead of the server's: then this ends it. (Called
    // before the app forgets the session's CSRF token.)
    void this.api.signOut().catch(() => undefined);
    this.options.expired(
      withLocale(this.host.locale, () => endedMessage(reason, limits)),
      reason,
    );
  }

  /** «Fortsett», or Escape: keeps the session alive (before the absolute end: closes the warning). */
  async continue(): Promise<void> {
    const reason = this.warning;
    if (!this.times || reason === undefined || this.busy) return;
    if (reason === 'absolute') {
      this.times.absoluteAcknowledged = true;
      this.evaluate();
      return;
    }
    this.busy = true;
    this.failure = '';
    this.host.requestUpdate();
    try {
      // Any answer restarts the idle count (onApi).
      await this.api.get('/session');
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      if (problem.status === 401) this.expire('idle');
      // 403: a session still enrolling its second factor, kept alive like any other.
      else if (problem.status !== 403) this.failure = withLocale(this.host.locale, () => problemMessage(problem.kind));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private readonly onCancel = (event: Event): void => {
    // Escape: the browser would close the dialog; continuing closes it once the session is kept.
    event.preventDefault();
    void this.continue();
  };

  private readonly onClose = (): void => {
    if (!this.running) return;
    // Closed by the browser although the warning stands (Escape without a user activation, in Chromium).
    if (this.warning !== undefined && !this.busy) void this.continue();
    this.restoreFocus();
  };

  /** Focus back where it was when the warning opened. */
  private restoreFocus(): void {
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected && deepActiveElement() !== back) back.focus();
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector?.<HTMLDialogElement>('dialog.session-warning');
    if (!dialog) return;
    const show = this.warning !== undefined && !this.busy;
    if (show && !dialog.open) {
      this.returnFocus = deepActiveElement();
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    } else if (!show && dialog.open) {
      dialog.close();
      this.restoreFocus();
    }
  }

  /** The warning: a modal dialog, closed until the warning shows. Nothing while no session is timed. */
  render(): TemplateResult | typeof nothing {
    if (!this.times) return nothing;
    const reason = this.warning ?? 'idle';
    const time = formatDate(new Date(this.stage?.endsAt ?? this.clock.now()), this.host.locale, { timeStyle: 'short' });
    const hours = Math.round((this.limits?.maxMs ?? 0) / 3_600_000);
    return html`<dialog
      class="session-warning"
      role="alertdialog"
      aria-labelledby="session-warning-title"
      aria-describedby="session-warning-text"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <h2 id="session-warning-title">${msg('Økten din avsluttes snart', { id: 'inbox.session.warning.title' })}</h2>
      <p id="session-warning-text">
        ${
          reason === 'absolute'
            ? singleStops(
                msg(
                  str`Av sikkerhetshensyn varer en innlogging høyst ${hours} timer, og du blir logget ut kl. ${time}. Det kan ikke forlenges. Lagre det du holder på med. Etterpå kan du logge inn igjen.`,
                  { id: 'inbox.session.warning.absolute' },
                ),
              )
            : msg(
                str`Du har ikke brukt innboksen på en stund. Av sikkerhetshensyn blir du logget ut kl. ${time} hvis du ikke velger «Fortsett». Det du har skrevet og ikke lagret, går da tapt.`,
                { id: 'inbox.session.warning.idle' },
              )
        }
      </p>
      ${this.failure ? html`<p class="notice notice-error" role="alert">${this.failure}</p>` : nothing}
      <div class="kw-actions">
        <button type="button" class="kw-button-primary" autofocus @click=${() => void this.continue()}>
          ${msg('Fortsett', { id: 'inbox.session.continue' })}
        </button>
        <button type="button" class="kw-button-secondary" @click=${() => this.options.signOut()}>
          ${msg('Logg ut', { id: 'inbox.sign-out' })}
        </button>
      </div>
    </dialog>`;
  }
}

/** Why the user was signed out, for the sign-in page. */
function endedMessage(reason: EndReason, limits: { idleMs: number; maxMs: number }): string {
  if (reason === 'absolute') {
    const hours = Math.round(limits.maxMs / 3_600_000);
    return msg(
      str`Du ble logget ut fordi du hadde vært logget inn i ${hours} timer, som er det lengste en innlogging varer. Logg inn igjen for å fortsette.`,
      { id: 'inbox.session.ended.absolute' },
    );
  }
  const minutes = Math.max(1, Math.round(limits.idleMs / 60_000));
  return msg(str`Du ble logget ut fordi du ikke hadde brukt innboksen på ${minutes} minutter. Logg inn igjen for å fortsette.`, {
    id: 'inbox.session.ended.idle',
  });
}
