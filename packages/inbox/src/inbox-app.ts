import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { loadLocale, singleStops, themeTokens } from '@kommune-widgets/core';
import { formStyles } from '@kommune-widgets/core/form';
import { ApiError, InboxApi, type Enrolment, type InboxUser } from './api.js';
import { InboxElement } from './inbox-element.js';
import { INBOX_LOCALES, preferredInboxLocale, type InboxLocale } from './inbox-locale.js';
import { inboxStyles } from './inbox.styles.js';
import { appStyles } from './inbox-app.styles.js';
import { problemMessage } from './labels.js';
import { pagesFor, parseRoute, routeFor, routeHash, type InboxRoute } from './routes.js';
import { SessionTimeoutController } from './session-timeout-controller.js';
import { sessionTimeoutStyles } from './session-timeout.styles.js';

/**
 * Where the app is: finding out, signed out, replacing a temporary password, enrolling a second factor (in that
 * order), or signed in.
 */
type Phase = 'loading' | 'signed-out' | 'changing-password' | 'enrolling' | 'signed-in' | 'failed';

/**
 * The contact person's inbox at `/admin/`: signing in (with the second factor and its enrolment), then the reports,
 * the audit log and the e-mail notices of the user's kommune (for an admin, its users instead of the reports), or for a
 * moderator the Valgløftet signatures. Holds the session and the language, shows one page at a time by the address's
 * hash (only the pages the user's role works in), moves focus to each page's heading and announces what changed.
 *
 * @fires kw-navigate - (from its pages) show another page.
 */
export class InboxApp extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles, appStyles, sessionTimeoutStyles];

  @state() private phase: Phase = 'loading';
  @state() private user: InboxUser | undefined;
  @state() private enrolment: Enrolment | undefined;
  @state() private route: InboxRoute = parseRoute(location.hash);
  @state() private notice = '';
  @state() private announcement = '';
  @state() private failure = '';

  /** Warns before the session ends (WCAG 2.2.1); tests shorten its limits with `override()`. */
  readonly sessionTimeout: SessionTimeoutController;

  constructor() {
    super();
    this.api = new InboxApi();
    this.locale = preferredInboxLocale();
    this.sessionTimeout = new SessionTimeoutController(this, this.api, {
      expired: (message) => this.sessionExpired(message),
      signOut: () => void this.signOut(),
    });
    this.addEventListener('kw-navigate', (event) => this.go((event as CustomEvent<{ path: string }>).detail.path));
    this.addEventListener('kw-session-ended', () => this.endSession(true));
    this.addEventListener('kw-announce', (event) => this.say((event as CustomEvent<{ text: string }>).detail.text));
    this.addEventListener('kw-signed-in', (event) => {
      const detail = (
        event as CustomEvent<{ user?: InboxUser; enrolment?: Enrolment; passwordChange?: boolean; passwordChanged?: boolean }>
      ).detail;
      const changed = detail.passwordChanged ? this.speak(() => msg('Passordet er byttet.', { id: 'inbox.password.changed' })) : '';
      if (detail.passwordChange) {
        this.phase = 'changing-password';
      } else if (detail.enrolment) {
        this.enrolment = detail.enrolment;
        this.phase = 'enrolling';
        if (changed) this.say(changed);
      } else if (detail.user) {
        this.signedIn(detail.user, true, changed);
      }
    });
  }

  private readonly onHashChange = () => this.show(parseRoute(location.hash));

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.start();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private async start(): Promise<void> {
    await this.setLocale(this.locale);
    try {
      const session = await this.api.session();
      if (session) this.signedIn(session.user, false);
      else this.phase = 'signed-out';
    } catch (error) {
      this.failure = this.speak(() => problemMessage(error instanceof ApiError ? error.kind : 'internal'));
      this.phase = 'failed';
    }
  }

  private signedIn(user: InboxUser, announce = true, before = ''): void {
    this.user = user;
    this.enrolment = undefined;
    this.notice = '';
    this.phase = 'signed-in';
    this.show(this.route);
    if (announce)
      this.say(
        [before, this.speak(() => singleStops(msg(str`Logget inn som ${user.name}.`, { id: 'inbox.signed-in' })))]
          .filter(Boolean)
          .join(' '),
      );
  }

  private endSession(expired: boolean): void {
    this.user = undefined;
    this.api.csrfToken = undefined;
    this.phase = 'signed-out';
    this.notice = expired ? this.speak(() => msg('Økten er over. Logg inn igjen.', { id: 'inbox.problem.unauthorized' })) : '';
  }

  private sessionExpired(message: string): void {
    this.endSession(false);
    this.notice = message;
    this.say(message);
  }

  private async signOut(): Promise<void> {
    try {
      await this.api.signOut();
    } catch {
      // The session is gone from this page either way; the server ends it when it is idle.
    }
    this.endSession(false);
    this.say(this.speak(() => msg('Du er logget ut.', { id: 'inbox.signed-out' })));
  }

  private go(hash: string): void {
    if (location.hash !== hash) location.hash = hash;
    this.show(parseRoute(hash));
  }

  /** Shows `route`, or the user's start page where the user's role does not work; the address follows. */
  private show(route: InboxRoute): void {
    const allowed = this.user ? routeFor(this.user.role, route) : route;
    if (allowed !== route) history.replaceState(history.state, '', routeHash(allowed));
    this.route = allowed;
  }

  private say(text: string): void {
    // Cleared first, so the same words said twice are read twice.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private async setLocale(locale: InboxLocale): Promise<void> {
    await loadLocale(locale);
    this.locale = locale;
    document.documentElement.lang = locale;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('locale') || changed.has('phase') || changed.has('route')) {
      document.title = this.speak(() => `${this.pageTitle()} – ${msg('Innboks', { id: 'inbox.title.short' })}`);
    }
    if ((changed.has('route') && changed.get('route') !== undefined) || (changed.has('phase') && changed.get('phase') !== undefined)) {
      // A new page: its heading takes focus, so a screen reader starts there and Tab goes on from it.
      void this.focusHeading();
    }
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    const page = this.renderRoot.querySelector('main > *') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await page?.updateComplete;
    const heading = (page?.shadowRoot ?? page)?.querySelector('h1') as HTMLElement | null | undefined;
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }

  private pageTitle(): string {
    if (this.phase === 'changing-password') return msg('Velg nytt passord', { id: 'inbox.password.title.required' });
    if (this.phase !== 'signed-in') return msg('Logg inn', { id: 'inbox.nav.sign-in' });
    switch (this.route.page) {
      case 'password':
        return msg('Bytt passord', { id: 'inbox.password.title' });
      case 'audit':
        return msg('Revisjonslogg', { id: 'inbox.nav.audit' });
      case 'mail':
        return msg('E-postvarsler', { id: 'inbox.nav.mail' });
      case 'users':
        return msg('Brukere', { id: 'inbox.nav.users' });
      case 'pledges':
      case 'campaign':
        return msg('Valgløftet', { id: 'inbox.nav.pledges' });
      case 'report':
      case 'print':
        return msg(str`Melding ${this.route.receipt}`, { id: 'inbox.title.report' });
      default:
        return msg('Meldinger', { id: 'inbox.nav.reports' });
    }
  }

  protected override render(): TemplateResult {
    const printing = this.phase === 'signed-in' && this.route.page === 'print';
    return html`
      <div class="base">
        ${printing ? nothing : this.renderHeader()}
        <main id="innhold" tabindex="-1">${this.renderPage()}</main>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${this.sessionTimeout.render()}
      </div>
    `;
  }

  private skipToContent(event: Event): void {
    event.preventDefault();
    void this.focusHeading();
  }

  private renderHeader(): TemplateResult {
    const signedIn = this.phase === 'signed-in' && this.user;
    const signOut = html`<button type="button" class="kw-button-secondary" @click=${() => void this.signOut()}>
      ${msg('Logg ut', { id: 'inbox.sign-out' })}
    </button>`;
    return html`
      <header class="banner no-print">
        <a class="skip-link" href=${`#${this.id || 'innboks'}`} @click=${this.skipToContent}
          >${msg('Hopp til innholdet', { id: 'inbox.skip' })}</a
        >
        <p class="product">
          ${
            this.user?.role === 'moderator' && signedIn
              ? msg('Innboks: Valgløftet', { id: 'inbox.title.pledges' })
              : msg('Innboks: hets og trusler', { id: 'inbox.title' })
          }${signedIn ? html` <span class="muted">· ${msg(str`kommune ${this.user!.kommune}`, { id: 'inbox.kommune' })}</span>` : nothing}
        </p>
        <div class="tools">
          <label class="language"
            >${msg('Språk', { id: 'inbox.language' })}
            <select class="kw-select" @change=${(e: Event) => void this.setLocale((e.target as HTMLSelectElement).value as InboxLocale)}>
              ${INBOX_LOCALES.map((l) => html`<option value=${l} ?selected=${l === this.locale} lang=${l}>${LANGUAGE_NAMES[l]}</option>`)}
            </select></label
          >
          ${
            signedIn
              ? html`<span class="who">${this.user!.name}</span>
                  <a href=${routeHash({ page: 'password' })} aria-current=${this.route.page === 'password' ? 'page' : 'false'}
                    >${msg('Bytt passord', { id: 'inbox.password.title' })}</a
                  >
                  ${signOut}`
              : this.phase === 'changing-password'
                ? signOut
                : nothing
          }
        </div>
        ${signedIn ? this.renderNav() : nothing}
      </header>
    `;
  }

  private renderNav(): TemplateResult {
    const page = this.route.page === 'report' ? 'list' : this.route.page === 'campaign' ? 'pledges' : this.route.page;
    const pages = pagesFor(this.user?.role ?? '');
    const labels: [InboxRoute['page'], string][] = [
      ['pledges', msg('Valgløftet', { id: 'inbox.nav.pledges' })],
      ['list', msg('Meldinger', { id: 'inbox.nav.reports' })],
      ['users', msg('Brukere', { id: 'inbox.nav.users' })],
      ['audit', msg('Revisjonslogg', { id: 'inbox.nav.audit' })],
      ['mail', msg('E-postvarsler', { id: 'inbox.nav.mail' })],
    ];
    return html`
      <nav aria-label=${msg('Innboksen', { id: 'inbox.nav.label' })}>
        <ul>
          ${labels
            .filter(([target]) => pages.includes(target))
            .map(
              ([target, label]) =>
                html`<li>
                  <a href=${routeHash({ page: target } as InboxRoute)} aria-current=${page === target ? 'page' : 'false'}>${label}</a>
                </li>`,
            )}
        </ul>
      </nav>
    `;
  }

  private renderPage(): TemplateResult {
    const common = { locale: this.locale, api: this.api };
    switch (this.phase) {
      case 'loading':
        return html`<p>${msg('Henter …', { id: 'inbox.loading' })}</p>`;
      case 'failed':
        return html`<h1>${msg('Innboksen kunne ikke åpnes', { id: 'inbox.failed.title' })}</h1>
          <p class="notice notice-error">${this.failure}</p>
          <button type="button" class="kw-button-primary" @click=${() => void this.start()}>
            ${msg('Prøv igjen', { id: 'inbox.retry' })}
          </button>`;
      case 'signed-out':
        return html`<kw-sign-in .locale=${common.locale} .api=${common.api} .notice=${this.notice}></kw-sign-in>`;
      case 'changing-password':
        return html`<kw-password-change .locale=${common.locale} .api=${common.api} required></kw-password-change>`;
      case 'enrolling':
        return html`<kw-enrolment .locale=${common.locale} .api=${common.api} .enrolment=${this.enrolment}></kw-enrolment>`;
      default:
        return this.renderSignedIn(common);
    }
  }

  private renderSignedIn(common: { locale: InboxLocale; api: InboxApi }): TemplateResult {
    const route = this.route;
    switch (route.page) {
      case 'audit':
        return html`<kw-audit-log .locale=${common.locale} .api=${common.api}></kw-audit-log>`;
      case 'mail':
        return html`<kw-mail-log .locale=${common.locale} .api=${common.api}></kw-mail-log>`;
      case 'users':
        return html`<kw-user-admin .locale=${common.locale} .api=${common.api}></kw-user-admin>`;
      case 'password':
        return html`<kw-password-change .locale=${common.locale} .api=${common.api}></kw-password-change>`;
      case 'report':
        return html`<kw-report-detail .locale=${common.locale} .api=${common.api} .receipt=${route.receipt}></kw-report-detail>`;
      case 'print':
        return html`<kw-report-print .locale=${common.locale} .api=${common.api} .receipt=${route.receipt}></kw-report-print>`;
      case 'pledges':
      case 'campaign':
        // One template for both, so the page stays the same element and only loads the other campaign.
        return html`<kw-pledge-moderation
          .locale=${common.locale}
          .api=${common.api}
          .campaign=${route.page === 'campaign' ? route.campaign : ''}
        ></kw-pledge-moderation>`;
      default:
        return html`<kw-report-list .locale=${common.locale} .api=${common.api}></kw-report-list>`;
    }
  }
}

/** Each language's name in itself. */
const LANGUAGE_NAMES: Record<InboxLocale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
