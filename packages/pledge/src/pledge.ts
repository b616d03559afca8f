import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { isSafeUrl, pledgeInput, type LocalizedText, type Pledge } from '@kommune-widgets/schema';
import { KommuneElement, emit, formatDate, formatNumber, parseKommuneDate, singleStops } from '@kommune-widgets/core';
import { formStyles, type SubmissionOutcome } from '@kommune-widgets/core/form';
import {
  endpointUrl,
  fetchAllPledges,
  fetchCampaign,
  type Campaign,
  type CampaignList,
  type CampaignProblem,
  type Signatory,
} from './campaign.js';
import { markerColor } from './colors.js';
import { roleLabel } from './labels.js';
import { pledgeStyles } from './pledge.styles.js';
import { emptyDraft, isDirty, type SignDraft } from './draft.js';
import type * as SignModule from './sign.js';
import type { SignAnswer, SignControllers } from './sign.js';
import type { SignField } from './sign-draft.js';
import type { SignProblem, SignState } from './sign-result.js';
import { coverage, groupSignatories, latestSignatories, searchSignatories, type SignatoryGroup } from './signatories.js';
import { builtInText, type ShownText } from './valgloftet.js';

/** Detail of `kommune-pledge-sign`: where the signature is and for which list — never the name or the e-mail. */
export interface PledgeSignDetail {
  /** `published`, or waiting: `pending-confirmation` (the e-mailed link) or `pending-moderation` (a moderator). */
  state: SignState;
  /** The campaign's list id, or `annen`. */
  list: string;
}

declare module '@kommune-widgets/core' {
  interface KommuneEventMap {
    'kommune-pledge-sign': PledgeSignDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kommune-pledge-sign': CustomEvent<PledgeSignDetail>;
  }
}

/** The sign part once fetched: its module and the controllers it made for this element. */
type Sign = { module: typeof SignModule } & SignControllers;

/** How `<kommune-pledge>` is drawn: everything, or the count and the latest names. */
export type PledgeVariant = 'full' | 'compact';

/** Names shown in the compact variant. */
const LATEST_COUNT = 5;

/**
 * Valgløftet: the campaign's pledge text (Valgløftet for the election year by default, in bokmål, nynorsk, English and
 * nordsamisk, or the kommune's own), what counts as a breach and where to report one (a `<kommune-hate-report>` on the
 * same page), the kommunestyre decision, and who has signed it, grouped by party or list with the coverage of the
 * campaign's lists, searchable. Parties and candidates sign it in the form; a signature is published at once, or after
 * its e-mail is confirmed, or after a moderator approves it. The list refreshes when the page is seen again.
 *
 * @tagname kommune-pledge
 * @summary Valgløftet: the pledge, its signatories by list, and the form to sign it.
 * @fires kommune-pledge-sign - The server took a signature. `detail: { state, list }` (never the name or the e-mail).
 * @csspart phase - When the campaign opens or closes, or that it is closed and the list is final.
 * @csspart text - The pledge text.
 * @csspart breach - What counts as a breach, and where to report one.
 * @csspart report-button - «Meld fra om brudd»: goes to the report form on the same page.
 * @csspart report-link - «Meld fra om brudd»: the kommune's page for reports, when no form is on this page.
 * @csspart decision - The kommunestyre decision that adopted the pledge.
 * @csspart count - The number of signatories.
 * @csspart coverage - «6 av 8 lister har signert», and which have not.
 * @csspart search - The search field over the names.
 * @csspart signatories - The signatories, grouped by party or list.
 * @csspart list-marker - The party's or list's colour beside its name.
 * @csspart latest - The latest names, in the compact variant.
 * @csspart list-link - «Se hele listen», in the compact variant.
 * @csspart sign-form - The sign form.
 * @csspart error-summary - The list of what must be fixed, at the top of the sign form.
 * @csspart sign-button - «Signer valgløftet».
 * @csspart send-status - Sending, waiting to try again, or why the signature was not taken.
 * @csspart confirmation - «Takk for at du signerte» and whether the name is published or waits.
 * @csspart another-button - «Signer for en annen person».
 */
export class KommunePledge extends KommuneElement<Pledge> {
  static override styles = [...KommuneElement.styles, formStyles, pledgeStyles];

  protected readonly sectionInput = pledgeInput;

  /** `full` (the default): text, form and list; `compact`: the count and the latest names only. */
  @property({ reflect: true }) variant: PledgeVariant = 'full';

  /** In the compact variant: the page with the whole list (https or relative), linked as «Se hele listen». */
  @property({ attribute: 'list-url' }) listUrl = '';

  /** Shows the form as it is but sends nothing: «Signer» says that this is a preview. For the editors' page. */
  @property({ type: Boolean, reflect: true }) preview = false;

  /** The campaign, once read. */
  @state() private campaign?: Campaign;
  /** Every published signature, newest first, once read. */
  @state() private signatories?: Signatory[];
  /** The server's count of published signatures. */
  @state() private total = 0;
  /** Why the campaign could not be read (shown instead of the widget, with «Prøv igjen»). */
  @state() private campaignProblem?: CampaignProblem;
  /** The search over the names. */
  @state() private query = '';
  /** The sign form's answers, in memory only. */
  @state() private draft: SignDraft = emptyDraft(new Date());
  /** The server's answer to the signature. */
  @state() private signed?: { state: SignState; email?: string };
  /** Why the last signature was not taken. */
  @state() private problem?: SignProblem;
  /** The widget's background as drawn, for keeping the lists' colours at 3:1 against it. */
  private background = '#ffffff';

  /** The sign form and its controllers, once fetched (only for a campaign open for signatures). */
  @state() private sign?: Sign;
  /** Its fetch; a failed one is tried again at the next read. */
  private signLoad?: Promise<boolean>;

  /** The endpoint and campaign read, so a new section with the same campaign does not read it again. */
  private loadedFor?: string;
  private abort?: AbortController;
  /** The current read (first load or refresh), for `updateComplete`. */
  private reading?: Promise<void>;
  private etag?: string;
  /** The body last sent: a different one takes a new Idempotency-Key. */
  private lastBody?: string;
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** The reader pressed «Prøv igjen»: once the campaign is in (or failed again), focus goes on from there. */
  private refocusAfterRead = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    // Moved in the page while reading: leaving it cancelled the read, so start again.
    if (this.hasUpdated && this.loadedFor === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.abort?.abort();
    // A campaign already drawn stays; one still being read is read again when the element is back.
    if (!this.campaign || !this.signatories) this.loadedFor = undefined;
    clearTimeout(this.searchTimer);
  }

  /** The page is seen again: read the list again (an unchanged one costs a 304), keeping the one drawn meanwhile. */
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible') void this.refresh();
  };

  /** Resolves once the element has drawn its latest state, the campaign and its list included while they are read. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.reading) {
      await this.reading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.state !== 'error') this.campaignProblem = undefined;
    const section = this.section;
    if (this.state !== 'ready' || !section) return;
    const key = `${section.endpoint}|${section.campaign}`;
    if (key !== this.loadedFor) this.startLoad(section, key);
    // The campaign and its list are part of what the widget waits for: until they are in, it is loading.
    if (!this.campaign || !this.signatories) this.state = 'loading';
    else if (this.campaign.lists.some((list) => list.color)) this.measureBackground();
  }

  /** Reads the widget's background as drawn (the theme's, or the page's tokens). */
  private measureBackground(): void {
    const base = this.renderRoot.querySelector('.base');
    if (!base) return;
    const color = getComputedStyle(base).backgroundColor;
    if (color && !/^transparent$|rgba\([^)]*,\s*0\)$/.test(color)) this.background = color;
  }

  /** Fetches the sign part once; resolves false when it could not be fetched. */
  private loadSign(): Promise<boolean> {
    this.signLoad ??= import('./sign.js').then(
      (module) => {
        const controllers = module.signControllers(this, {
          announce: (text) => this.announcer.announce(text),
          isDirty: () => this.signed === undefined && isDirty(this.draft),
        });
        this.sign = { module, ...controllers };
        return true;
      },
      (error: unknown) => {
        this.signLoad = undefined;
        console.error('[kommune-widgets] <kommune-pledge>: the sign form could not be loaded.', error);
        return false;
      },
    );
    return this.signLoad;
  }

  /** First read of the campaign and its list; a problem turns the widget to its error state. */
  private startLoad(section: Pledge, key: string): void {
    this.loadedFor = key;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.campaign = undefined;
    this.signatories = undefined;
    this.etag = undefined;
    const options = { timeout: this.timeout, signal: abort.signal };
    // The full widget fetches its form beside the campaign: drawn together, nothing moves when the form arrives.
    const sign = this.variant === 'compact' ? undefined : this.loadSign();
    const read = (async () => {
      const [campaign, pledges] = await Promise.all([
        fetchCampaign(section.endpoint, section.campaign, options),
        fetchAllPledges(section.endpoint, section.campaign, options),
      ]);
      if (abort.signal.aborted) return;
      const problem = !campaign.ok ? campaign.problem : !pledges.ok ? pledges.problem : undefined;
      if (problem) return this.failWith(problem);
      if (!campaign.ok || !pledges.ok || pledges.unchanged) return;
      if (campaign.campaign.state === 'open' && sign) await sign;
      this.campaign = campaign.campaign;
      this.signatories = pledges.pledges;
      this.total = pledges.total;
      this.etag = pledges.etag;
    })()
      .catch(() => undefined)
      .finally(() => {
        if (this.reading === read) this.reading = undefined;
      });
    this.reading = read;
  }

  /** Shows why the campaign could not be read: in the widget, once on the console, and as `kommune-data-error`. */
  private failWith(problem: CampaignProblem): void {
    this.campaignProblem = problem;
    this.loadedFor = undefined;
    this.dataController.fail({
      kind: 'network',
      url: problem.url,
      ...(problem.status ? { status: problem.status } : {}),
      ...(problem.kind === 'timeout' ? { timedOut: true } : {}),
      ...(problem.kind === 'offline' ? { offline: true } : {}),
      ...(problem.kind === 'cors' ? { cors: true } : {}),
      message: problem.message,
    });
  }

  /**
   * Reads the campaign and the list again, keeping what is drawn until the new list is in (nothing moves while it
   * is read); an unchanged list (304) is kept as it is. A failed refresh keeps the list too.
   */
  async refresh(): Promise<void> {
    const section = this.section;
    if (!section || !this.campaign || !this.signatories || this.reading) return;
    if (!this.abort || this.abort.signal.aborted) this.abort = new AbortController();
    const signal = this.abort.signal;
    const options = { timeout: this.timeout, signal };
    const read = (async () => {
      const [campaign, first] = await Promise.all([
        fetchCampaign(section.endpoint, section.campaign, options),
        fetchAllPledges(section.endpoint, section.campaign, { ...options, ...(this.etag ? { etag: this.etag } : {}) }),
      ]);
      let pledges = first;
      if (signal.aborted) return;
      if (campaign.ok && campaign.campaign.state === 'open' && this.variant !== 'compact') await this.loadSign();
      if (campaign.ok) this.campaign = campaign.campaign;
      // A server that does not allow If-None-Match from this page (CORS): ask for the whole list instead.
      if (!pledges.ok && this.etag) {
        this.etag = undefined;
        pledges = await fetchAllPledges(section.endpoint, section.campaign, options);
        if (signal.aborted) return;
      }
      if (pledges.ok && !pledges.unchanged) {
        this.signatories = pledges.pledges;
        this.total = pledges.total;
        this.etag = pledges.etag;
      }
    })()
      .catch(() => undefined)
      .finally(() => {
        if (this.reading === read) this.reading = undefined;
      });
    this.reading = read;
    return read;
  }

  /** «Prøv igjen» after the campaign could not be read. */
  private retryCampaign(): void {
    this.refocusAfterRead = true;
    this.campaignProblem = undefined;
    this.loadedFor = undefined;
    this.reload();
    this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('.loading-status'), undefined, { byUser: true });
  }

  /** Changes answers; an answered field's error goes away. */
  private set = (patch: Partial<SignDraft>): void => {
    this.draft = { ...this.draft, ...patch };
    const errors = this.sign?.errors;
    for (const key of Object.keys(patch)) if (errors?.get(key)) errors.clear(key);
    if (this.problem) this.problem = undefined;
  };

  /** «Signer valgløftet». */
  private async send(): Promise<void> {
    const section = this.section;
    const sign = this.sign;
    if (!section || !sign || sign.submission.busy) return;
    const errors = sign.module.validateDraft(this.draft);
    if (errors.length > 0) {
      sign.errors.set(errors);
      sign.errors.showSummary();
      return;
    }
    sign.errors.clear();
    if (this.preview) {
      this.problem = 'preview';
      this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('.send-problem'), undefined, { byUser: true });
      return;
    }
    this.problem = undefined;
    const body = sign.module.toSubmission(this.draft, section.campaign);
    const json = JSON.stringify(body);
    if (this.lastBody !== undefined && this.lastBody !== json) sign.submission.newDraft();
    this.lastBody = json;
    const outcome = await sign.submission.submit({
      url: endpointUrl(section.endpoint, `campaigns/${encodeURIComponent(section.campaign)}/pledges`),
      body: json,
      contentType: 'application/json',
    });
    this.sendOutcome(sign, outcome, body.list, body.email);
  }

  private sendOutcome(sign: Sign, outcome: SubmissionOutcome<SignAnswer>, list: string, email: string | undefined): void {
    switch (outcome.kind) {
      case 'sent': {
        const answered = outcome.result?.state;
        const signState: SignState = answered === 'published' || answered === 'pending-confirmation' ? answered : 'pending-moderation';
        this.signed = { state: signState, ...(email ? { email } : {}) };
        this.lastBody = undefined;
        emit(this, 'kommune-pledge-sign', { state: signState, list });
        this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('.confirmation-title'), undefined, { byUser: true });
        if (signState === 'published') void this.refresh();
        return;
      }
      case 'invalid': {
        const errors = sign.module.issuesByField(outcome.issues, sign.module.fieldOfPath, () =>
          msg('Dette svaret ble ikke godtatt. Sjekk det og send igjen.', { id: 'pledge.error.server' }),
        );
        sign.errors.set(
          errors.length
            ? errors
            : [{ name: 'name', message: msg('Dette svaret ble ikke godtatt. Sjekk det og send igjen.', { id: 'pledge.error.server' }) }],
        );
        sign.errors.showSummary();
        return;
      }
      case 'refused':
        this.problem = outcome.type === 'duplicate-pledge' ? 'duplicate' : outcome.type === 'campaign-closed' ? 'closed' : 'refused';
        if (this.problem === 'closed') {
          // The campaign closed while the form was open: once it is read again, the form is gone and the line that
          // says signing has ended (and that the list is final) takes focus, so the reader is not left on nothing.
          void this.refresh().then(() => this.focusPhase());
          return;
        }
        break;
      case 'failed':
        if (outcome.reason === 'cancelled') return;
        this.problem = 'failed';
        break;
    }
    this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('.send-problem'), undefined, { byUser: true });
  }

  /** Moves focus to the campaign's phase line (made focusable for it): where the reader goes when signing closed. */
  private focusPhase(): void {
    this.focusAfterUpdate.request(
      () => {
        const phase = this.renderRoot.querySelector<HTMLElement>('.phase');
        phase?.setAttribute('tabindex', '-1');
        return phase;
      },
      () => this.renderRoot.querySelector<HTMLElement>('.send-problem'),
      { byUser: true },
    );
  }

  /** «Signer for en annen person»: a fresh draft and key, focus on the name. */
  private signAnother(): void {
    this.sign?.submission.newDraft();
    this.lastBody = undefined;
    this.draft = emptyDraft(new Date());
    this.signed = undefined;
    this.problem = undefined;
    this.sign?.errors.clear();
    this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('#field-name'), undefined, { byUser: true });
  }

  private search(query: string): void {
    this.query = query;
    clearTimeout(this.searchTimer);
    // Said once the reader pauses, not at every key.
    this.searchTimer = setTimeout(() => this.announcer.announce(this.localized(() => this.resultLine())), 600);
  }

  /** «3 treff» / «Ingen navn passer til «x»». */
  private resultLine(): string {
    const found = searchSignatories(this.signatories ?? [], this.query).length;
    if (!this.query.trim()) return '';
    if (found === 0) return msg(str`Ingen navn passer til «${this.query.trim()}».`, { id: 'pledge.search.none' });
    return found === 1
      ? msg('1 navn passer.', { id: 'pledge.search.one' })
      : msg(str`${formatNumber(found, this.locale)} navn passer.`, { id: 'pledge.search.many' });
  }

  /** The `<kommune-hate-report>` on this page (or in the same shadow root), if any. */
  private reportForm(): HTMLElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.querySelector?.<HTMLElement>('kommune-hate-report') ?? document.querySelector<HTMLElement>('kommune-hate-report');
  }

  /** «Meld fra om brudd»: scrolls to the report form on the page and moves focus to its heading. */
  private goToReport(): void {
    const form = this.reportForm();
    if (!form) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    const target = form.shadowRoot?.querySelector<HTMLElement>('h2, h3, h4, h5, h6') ?? form;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    form.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
  }

  /**
   * The text to show: the campaign's, else the document's, else Valgløftet for the campaign's election year — the year
   * it closes, on or just after election day (a campaign for the 2027 election may open in the autumn of 2026).
   */
  private shownText(section: Pledge, campaign: Campaign): ShownText {
    const year = Number(/^\d{4}/.exec(campaign.closes)?.[0] ?? this.now.getFullYear());
    const own = campaign.text ?? section.text;
    if (!own) return builtInText(year);
    return {
      title: this.textPart(own.title),
      body: own.body.map((paragraph) => this.textPart(paragraph)),
      // A text without its own list of breaches keeps Valgløftet's.
      breach: own.breach ? own.breach.map((item) => this.textPart(item)) : builtInText(year).breach,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.refocusAfterRead || this.state === 'loading') return;
    this.refocusAfterRead = false;
    const active = document.activeElement;
    if (!this.matches(':focus-within') && active !== null && active !== document.body) return;
    const target = this.renderRoot.querySelector<HTMLElement>('button.retry, .widget-title');
    if (!target) return;
    if (!target.hasAttribute('tabindex') && !(target instanceof HTMLButtonElement)) target.tabIndex = -1;
    queueMicrotask(() => target.focus());
  }

  protected override renderPlaceholder(): TemplateResult {
    return html`<div class="placeholder" aria-hidden="true"></div>`;
  }

  protected override render(): TemplateResult {
    const problem = this.campaignProblem;
    if (this.state !== 'error' || !problem) return super.render();
    return html`<div class="base" part="base" lang=${this.locale} aria-busy="false">
      ${this.renderCampaignProblem(problem)} ${this.announcer.render()}
    </div>`;
  }

  private renderCampaignProblem(problem: CampaignProblem): TemplateResult {
    let text: string;
    switch (problem.kind) {
      case 'not-found':
        text = msg('Fant ikke kampanjen på serveren. Nettredaktøren må sjekke kampanjens id og serverens adresse.', {
          id: 'pledge.error.not-found',
        });
        break;
      case 'timeout':
        text = msg('Serveren for valgløftet svarte ikke i tide. Prøv igjen om litt.', { id: 'pledge.error.timeout' });
        break;
      case 'cors':
        text = msg(
          'Serveren for valgløftet tillater ikke denne siden. Nettredaktøren må be om at sidens adresse blir lagt inn som tillatt.',
          {
            id: 'pledge.error.cors',
          },
        );
        break;
      case 'status':
        text = singleStops(
          msg(str`Serveren for valgløftet svarte med feilkode ${problem.status ?? 0}. Prøv igjen om litt.`, { id: 'pledge.error.status' }),
        );
        break;
      case 'unreadable':
        text = msg('Serveren for valgløftet svarte noe widgeten ikke kan lese. Prøv igjen om litt.', { id: 'pledge.error.unreadable' });
        break;
      default:
        text = msg('Fikk ikke kontakt med serveren for valgløftet. Sjekk nettforbindelsen og prøv igjen.', { id: 'pledge.error.network' });
    }
    return html`<div class="error" part="error" role="alert" data-problem=${problem.kind}>
        <p class="error-title">${msg('Kunne ikke hente valgløftet', { id: 'pledge.error.title' })}</p>
        <p>${text}</p>
        <button type="button" class="retry kw-button primary" part="retry-button" @click=${() => this.retryCampaign()}>
          ${msg('Prøv igjen', { id: 'pledge.retry' })}
        </button>
      </div>
      <slot></slot>`;
  }

  protected override renderContent(section: Pledge): TemplateResult {
    const campaign = this.campaign;
    const signatories = this.signatories;
    if (!campaign || !signatories) return html``;
    if (this.variant === 'compact') return this.renderCompact(campaign, signatories);
    const text = this.shownText(section, campaign);
    return html`<div class="pledge">
      ${this.heading(0, this.textPart(campaign.title), { className: 'widget-title' })} ${this.renderPhase(campaign)}
      ${this.renderText(text)} ${this.renderBreach(section, text)} ${this.renderDecision(section)}
      ${campaign.state === 'open' ? this.renderSign(campaign) : nothing} ${this.renderSignatories(campaign, signatories)}
    </div>`;
  }

  /** When the campaign opens or closes, or that it is closed and the list is final. */
  private renderPhase(campaign: Campaign): TemplateResult {
    const opens = formatDate(new Date(campaign.opens), this.locale);
    const closes = formatDate(new Date(campaign.closes), this.locale);
    const line =
      campaign.state === 'upcoming'
        ? singleStops(msg(str`Valgløftet kan signeres fra ${opens}.`, { id: 'pledge.phase.upcoming' }))
        : campaign.state === 'open'
          ? singleStops(msg(str`Åpent for signering til og med ${closes}.`, { id: 'pledge.phase.open' }))
          : singleStops(msg(str`Signeringen ble avsluttet ${closes}. Dette er den endelige listen.`, { id: 'pledge.phase.closed' }));
    return html`<p class="phase phase-${campaign.state}" part="phase">${line}</p>`;
  }

  private renderText(text: ShownText): TemplateResult {
    return html`<section class="text" part="text" aria-labelledby="pledge-text-title">
      ${this.heading(1, text.title, { id: 'pledge-text-title' })} ${text.body.map((paragraph) => html`<p>${paragraph}</p>`)}
      ${text.source ? html`<p class="source">${text.source}</p>` : nothing}
    </section>`;
  }

  private renderBreach(section: Pledge, text: ShownText): TemplateResult {
    const form = this.reportForm();
    const reportUrl = section.reportUrl;
    return html`<section class="breach" part="breach" aria-labelledby="pledge-breach-title">
      ${this.heading(1, msg('Hva er brudd på løftet?', { id: 'pledge.breach.title' }), { id: 'pledge-breach-title' })}
      <ul>
        ${text.breach.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${
        form
          ? html`<p>
                ${msg('Har du opplevd et brudd, kan du melde fra til kommunens kontaktperson i skjemaet på denne siden.', { id: 'pledge.breach.form' })}
              </p>
              <button type="button" class="kw-button" part="report-button" @click=${() => this.goToReport()}>
                ${msg('Meld fra om brudd', { id: 'pledge.breach.report' })}
              </button>`
          : reportUrl
            ? html`<p><a href=${reportUrl} part="report-link">${msg('Meld fra om brudd', { id: 'pledge.breach.report' })}</a></p>`
            : nothing
      }
    </section>`;
  }

  private renderDecision(section: Pledge): TemplateResult | typeof nothing {
    const decision = section.decision;
    if (!decision) return nothing;
    const date = parseKommuneDate(decision.date);
    const when = date ? formatDate(date, this.locale) : decision.date;
    const caseNumber = decision.caseNumber;
    const calendar = decision.meeting && document.querySelector('kommune-meeting-calendar');
    return html`<p class="decision" part="decision">
      ${singleStops(msg(str`Kommunestyret sluttet seg til valgløftet ${when} (sak ${caseNumber}).`, { id: 'pledge.decision' }))}
      ${decision.url ? html`<a href=${decision.url}>${msg('Les vedtaket', { id: 'pledge.decision.link' })}</a>` : nothing}
      ${calendar ? html`<span class="decision-meeting">${msg('Møtet står i møtekalenderen på denne siden.', { id: 'pledge.decision.calendar' })}</span>` : nothing}
    </p>`;
  }

  private renderSign(campaign: Campaign): TemplateResult {
    const signed = this.signed;
    const sign = this.sign;
    return html`<section class="sign" aria-labelledby="pledge-sign-title">
      ${this.heading(1, msg('Signer valgløftet', { id: 'pledge.sign.title' }), { id: 'pledge-sign-title' })}
      ${
        !sign
          ? html`<p>${msg('Skjemaet kunne ikke lastes. Last inn siden på nytt for å signere.', { id: 'pledge.sign.unavailable' })}</p>`
          : signed
            ? sign.module.renderConfirmation({
                state: signed.state,
                ...(signed.email ? { email: signed.email } : {}),
                headingLevel: this.headingLevel + 2,
                onAnother: () => this.signAnother(),
              })
            : html`<p class="sign-intro">
                  ${msg('For kandidater, folkevalgte, listetopper og partilag. Navnet ditt vises på listen nedenfor.', { id: 'pledge.sign.intro' })}
                </p>
                ${sign.module.renderSignForm({
                  draft: this.draft,
                  lists: campaign.lists,
                  moderation: campaign.moderation,
                  errors: sign.errors.list,
                  error: (name: SignField) => sign.errors.get(name),
                  set: this.set,
                  text: (t: LocalizedText) => this.text(t),
                  headingLevel: this.headingLevel + 1,
                  busy: sign.submission.busy,
                  onSubmit: () => void this.send(),
                  onSelectError: (name: string) => void sign.module.focusField(this.renderRoot, name),
                  status: sign.module.renderSendStatus({
                    state: sign.submission.state,
                    waitingFor: sign.submission.waitingFor,
                    problem: this.problem,
                    onRetryNow: () => sign.submission.retryNow(),
                  }),
                })}`
      }
    </section>`;
  }

  /** «42 har signert». */
  private countLine(): string {
    const count = formatNumber(this.total, this.locale);
    return this.total === 1
      ? msg('1 har signert', { id: 'pledge.count.one' })
      : this.total === 0
        ? msg('Ingen har signert ennå', { id: 'pledge.count.none' })
        : msg(str`${count} har signert`, { id: 'pledge.count.many' });
  }

  private renderSignatories(campaign: Campaign, signatories: Signatory[]): TemplateResult {
    const lists = campaign.lists;
    const found = searchSignatories(signatories, this.query);
    const groups = groupSignatories(found, lists, this.locale);
    const searching = this.query.trim() !== '';
    return html`<section class="signatories" part="signatories" aria-labelledby="pledge-signatories-title">
      ${this.heading(1, msg('Disse har signert', { id: 'pledge.signatories.title' }), { id: 'pledge-signatories-title' })}
      <p class="count" part="count">${this.countLine()}</p>
      ${lists.length > 0 ? this.renderCoverage(signatories, lists) : nothing}
      ${
        signatories.length > 0
          ? html`<div class="search" part="search">
              <label for="pledge-search">${msg('Søk etter navn', { id: 'pledge.search.label' })}</label>
              <input
                id="pledge-search"
                class="kw-input"
                type="search"
                autocomplete="off"
                .value=${this.query}
                @input=${(event: Event) => this.search((event.target as HTMLInputElement).value)}
              />
              ${
                searching
                  ? html`<p class="search-result">
                      ${msg(str`Viser ${formatNumber(found.length, this.locale)} av ${formatNumber(signatories.length, this.locale)}`, {
                        id: 'pledge.search.shown',
                      })}
                    </p>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        searching && found.length === 0
          ? html`<p class="no-match">${this.resultLine()}</p>`
          : html`<div class="groups">${groups.map((group) => this.renderGroup(group))}</div>`
      }
    </section>`;
  }

  private renderCoverage(signatories: Signatory[], lists: CampaignList[]): TemplateResult {
    const { signed, total, missing } = coverage(signatories, lists);
    const names = missing.map((list) => this.text(list.name)).join(', ');
    return html`<div class="coverage" part="coverage">
      <p class="coverage-count">${msg(str`${signed} av ${total} lister har signert`, { id: 'pledge.coverage' })}</p>
      ${missing.length ? html`<p class="coverage-missing">${singleStops(msg(str`Ikke signert ennå: ${names}.`, { id: 'pledge.coverage.missing' }))}</p>` : nothing}
    </div>`;
  }

  /** A list's colour marker: the campaign's colour, darkened until it has 3:1 against the background. */
  private marker(list: CampaignList | undefined): TemplateResult {
    const color = list?.color ? markerColor(list.color, this.background) : undefined;
    return html`<svg class="list-marker" part="list-marker" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      ${
        color
          ? svg`<circle cx="8" cy="8" r="7" fill=${color} data-color=${list!.color!}></circle>`
          : svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"></circle>`
      }
    </svg>`;
  }

  private renderGroup(group: SignatoryGroup): TemplateResult {
    const name = group.list ? this.textPart(group.list.name) : group.otherName;
    const id = `group-${group.key.replace(/[^a-z0-9-]/gi, '_')}`;
    return html`<div class="group">
      ${this.heading(
        2,
        html`${this.marker(group.list)}<span class="group-name">${name}</span>
          <span class="group-count">(${formatNumber(group.signatories.length, this.locale)})</span>`,
        { id, className: 'group-title' },
      )}
      <ul class="names">
        ${group.signatories.map((s) => html`<li><span class="name">${s.name}</span>, <span class="role">${roleLabel(s.role).toLocaleLowerCase(this.locale === 'se' ? 'se' : 'nb')}</span></li>`)}
      </ul>
    </div>`;
  }

  private renderCompact(campaign: Campaign, signatories: Signatory[]): TemplateResult {
    const latest = latestSignatories(signatories, LATEST_COUNT);
    const lists = new Map(campaign.lists.map((list) => [list.id, list]));
    const listName = (s: Signatory) => {
      const list = lists.get(s.list);
      return list ? this.text(list.name) : (s.otherList ?? s.list);
    };
    const url = this.listUrl && isSafeUrl(this.listUrl) ? this.listUrl : undefined;
    return html`<div class="pledge compact">
      ${this.heading(0, this.textPart(campaign.title), { className: 'widget-title' })}
      <p class="count" part="count">${this.countLine()}</p>
      ${
        latest.length
          ? html`<p class="latest-title">${msg('Sist signert:', { id: 'pledge.latest' })}</p>
              <ul class="latest" part="latest">
                ${latest.map((s) => html`<li>${this.marker(lists.get(s.list))}<span class="name">${s.name}</span> <span class="latest-list">(${listName(s)})</span></li>`)}
              </ul>`
          : nothing
      }
      ${url ? html`<p><a href=${url} part="list-link">${msg('Se hele listen', { id: 'pledge.list-link' })}</a></p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kommune-pledge': KommunePledge;
  }
}
