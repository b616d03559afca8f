import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { reportInput, type Report } from '@kommune-widgets/schema';
import { emit, KommuneElement } from '@kommune-widgets/core';
import {
  FormErrorsController,
  LeaveGuardController,
  SubmissionController,
  focusField,
  formStyles,
  issuesByField,
  renderErrorSummary,
  type SubmissionOutcome,
} from '@kommune-widgets/core/form';
import { renderAdvice } from './advice-panel.js';
import { contentStyles } from './content.styles.js';
import { renderContactFallback, telHref } from './contact-fallback.js';
import { hateReportStyles } from './hate-report.styles.js';
import { checkAvailability, endpointUrl, type Availability } from './kommune-availability.js';
import type * as FormStepsModule from './form-steps.js';
import type { GroupContext } from './question-groups.js';
import type { ReportReceipt } from './receipt-view.js';
import {
  emptyDraft,
  fieldOfPath,
  isDirty,
  toSubmission,
  type AttachmentDraft,
  type ReportDraft,
  type ReportField,
} from './report-draft.js';
import { REPORT_STEPS, stepOfField, stepTitle, type ReportStep } from './report-steps.js';
import { renderEmergency, renderTriage } from './triage-panel.js';
import type { DraftError } from './validate-draft.js';

/** Detail of `kommune-report-submit`: the body about to be sent. */
export interface ReportSubmitDetail {
  /** The report as it will be sent to `POST {endpoint}/reports`. */
  report: unknown;
}

/** Detail of `kommune-report-receipt`. */
export type ReportReceiptDetail = ReportReceipt;

declare module '@kommune-widgets/core' {
  interface KommuneEventMap {
    'kommune-report-submit': ReportSubmitDetail;
    'kommune-report-receipt': ReportReceiptDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kommune-report-submit': CustomEvent<ReportSubmitDetail>;
    'kommune-report-receipt': CustomEvent<ReportReceiptDetail>;
  }
}

/** What the server answers for an uploaded file. */
interface AttachmentAnswer {
  id: string;
}

/** Where the reader is: the triage question, a question group, or the receipt. */
type Place = 'triage' | ReportStep | 'receipt';

/** The part of the form fetched when a person starts on it (see form-steps.ts). */
type FormSteps = typeof FormStepsModule;

/**
 * Lets elected officials, candidates and the staff around them report online hate, harassment and threats to the
 * kommune's contact person, safely and privately. It asks first whether anyone is in danger (and shows 112), then one
 * question group at a time; it checks that the server takes reports from this page before showing the form and shows
 * the contact person's phone and e-mail instead when it does not. The draft lives in memory only; sending is retried
 * until it is through, and ends with a receipt number and a copy the person keeps.
 *
 * @tagname kommune-hate-report
 * @summary Report hate and threats to the kommune's contact person.
 * @fires kommune-report-submit - The report is about to be sent; cancelable (`preventDefault()` stops it). `detail: { report }`.
 * @fires kommune-report-receipt - The server stored the report. `detail: { receipt, kommune, receivedAt }`.
 * @csspart form - The form (the question groups and the buttons).
 * @csspart progress - «Steg 2 av 8».
 * @csspart error-summary - The list of what must be fixed, at the top of the form.
 * @csspart triage - The first question: is anyone in immediate danger?
 * @csspart emergency - «Ring 112 nå», shown when someone is in danger.
 * @csspart police-numbers - The police's 02800 and 112, in one line, when nobody is in danger.
 * @csspart next-button - «Neste» and «Send meldingen».
 * @csspart back-button - «Tilbake».
 * @csspart change-button - «Endre» beside each answer before sending.
 * @csspart answers - Every answer as a list, before sending and on the receipt.
 * @csspart attachment-list - The chosen files and where each one is.
 * @csspart send-status - Sending, waiting to try again, or not sent.
 * @csspart advice - The advice beside the form.
 * @csspart privacy - The privacy notice.
 * @csspart not-police - «Dette er ikke en politianmeldelse», in the privacy notice.
 * @csspart contact-card - The contact person's name, role, phone and e-mail.
 * @csspart contact-fallback - The contact person, shown instead of the form when the server cannot take reports.
 * @csspart receipt - The receipt after sending.
 * @csspart receipt-number - The receipt number.
 * @csspart download-button - «Last ned kopi».
 * @csspart print-button - «Skriv ut».
 * @csspart new-button - «Send en ny melding».
 */
export class KommuneHateReport extends KommuneElement<Report> {
  static override styles = [...KommuneElement.styles, formStyles, contentStyles, hateReportStyles];

  protected readonly sectionInput = reportInput;

  /**
   * Shows the form as it is but sends nothing: the server is not asked whether it takes reports (the form is shown),
   * a chosen file is not taken (the field says why), and «Send meldingen» says that this is a preview. For the
   * editors' page.
   */
  @property({ type: Boolean, reflect: true }) preview = false;

  /** Every answer, in memory only. */
  @state() private draft: ReportDraft = emptyDraft(new Date());
  /** The triage question, a question group, or the receipt. */
  @state() private place: Place = 'triage';
  /** Whether the server takes reports from this page. */
  @state() private availability: Availability = { state: 'checking' };
  /** The server's answer once the report is stored. */
  @state() private receipt?: ReportReceipt;
  /** Why the last send ended without a receipt (refused by the server, or given up). */
  @state() private sendProblem?: 'refused' | 'failed' | 'preview';
  /** The question groups, checks and receipt, once fetched. */
  @state() private steps?: FormSteps;
  /** True while the person changes an answer from «Se over og send»: «Neste» then goes back there. */
  @state() private changingFromReview = false;
  /** True while «Neste» waits for the rest of the form to arrive. */
  @state() private waitingForSteps = false;
  /** Their fetch while it runs (`updateComplete` waits for it). */
  private stepsLoad?: Promise<FormSteps | undefined>;

  private readonly errors = new FormErrorsController(this);
  private readonly submission = new SubmissionController<ReportReceipt>(this, {
    announce: (text) => this.announcer.announce(text),
  });
  private readonly uploads = new Map<string, SubmissionController<AttachmentAnswer>>();

  /** Asks before the page is left while the form holds unsent answers. */
  protected readonly leaveGuard = new LeaveGuardController(this, {
    isDirty: () => this.receipt === undefined && isDirty(this.draft),
  });

  /** The endpoint and kommune the availability was asked for. */
  private askedFor?: string;
  private availabilityAbort?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    // The first touch of the form (a tap, a click, a Tab into it) fetches the rest of it.
    this.addEventListener('focusin', this.startSteps);
    this.addEventListener('pointerdown', this.startSteps);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.availabilityAbort?.abort();
    this.askedFor = undefined;
    this.removeEventListener('focusin', this.startSteps);
    this.removeEventListener('pointerdown', this.startSteps);
  }

  private readonly startSteps = (): void => void this.loadSteps();

  /** Fetches the question groups once; a failed fetch is tried again on the next touch. */
  private loadSteps(): Promise<FormSteps | undefined> {
    if (this.steps) return Promise.resolve(this.steps);
    this.stepsLoad ??= import('./form-steps.js').then(
      (steps) => {
        this.steps = steps;
        this.stepsLoad = undefined;
        return steps;
      },
      (error: unknown) => {
        this.stepsLoad = undefined;
        console.error('[kommune-widgets] <kommune-hate-report>: the form could not be loaded.', error);
        return undefined;
      },
    );
    return this.stepsLoad;
  }

  /** Resolves once the element has drawn its latest state, the form's own part included while it is being fetched. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.stepsLoad) {
      await this.stepsLoad;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const section = this.section;
    if (this.state === 'ready' && section && this.askedFor !== `${section.endpoint}|${section.kommune}`) this.askAvailability(section);
  }

  /** Asks the server whether it takes reports from this page; until it answers, the triage question is shown. */
  private askAvailability(section: Report): void {
    this.askedFor = `${section.endpoint}|${section.kommune}`;
    this.availabilityAbort?.abort();
    const abort = new AbortController();
    this.availabilityAbort = abort;
    if (this.preview) {
      this.availability = { state: 'open' };
      return;
    }
    this.availability = { state: 'checking' };
    checkAvailability(section.endpoint, section.kommune, abort.signal).then(
      (availability) => {
        if (abort.signal.aborted) return;
        const closes = availability.state === 'unreachable' || availability.state === 'refused';
        // A person already in the form, whose group is now replaced by the contact person: focus goes there.
        if (closes && this.place !== 'triage' && this.matches(':focus-within'))
          this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('#contact-fallback-heading'));
        this.availability = availability;
        // The person sees the contact person instead; the details are for the site's developers.
        if (closes)
          console.info(`[kommune-widgets] <kommune-hate-report>: the server cannot take reports from this page: ${availability.detail}`);
      },
      () => undefined,
    );
  }

  /** «Prøv igjen» when the server did not answer. */
  private retryAvailability(): void {
    if (!this.section) return;
    this.askAvailability(this.section);
    this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('.availability-status'), undefined, { byUser: true });
  }

  /** Changes answers; an answered field's error goes away. */
  private set = (patch: Partial<ReportDraft>): void => {
    this.draft = { ...this.draft, ...patch };
    for (const key of Object.keys(patch)) if (this.errors.get(key)) this.errors.clear(key);
  };

  private groupContext(): GroupContext {
    return { draft: this.draft, error: (name: ReportField) => this.errors.get(name), set: this.set };
  }

  /** Goes to `place` and moves focus to its heading (for the reader's own action). */
  private go(place: Place): void {
    this.place = place;
    this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('.place-title'), undefined, { byUser: true });
  }

  private showErrors(errors: DraftError[]): void {
    this.errors.set(errors);
    this.errors.showSummary();
  }

  /** «Neste»: checks this group, then goes on. */
  private next(): void {
    if (this.place === 'triage') {
      if (this.draft.danger === undefined) {
        this.showErrors([{ name: 'danger', message: msg('Svar på om noen er i fare akkurat nå.', { id: 'hate-report.error.danger' }) }]);
        return;
      }
      this.errors.clear();
      this.waitingForSteps = !this.steps;
      void this.loadSteps().then((steps) => {
        this.waitingForSteps = false;
        if (steps) this.go(REPORT_STEPS[0]!);
        else
          this.showErrors([
            {
              name: 'danger',
              message: msg('Skjemaet kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen.', { id: 'hate-report.error.load' }),
            },
          ]);
      });
      return;
    }
    if (this.place === 'receipt' || !this.steps) return;
    const errors = this.steps.validateStep(this.place, this.draft, this.now);
    if (errors.length > 0) return this.showErrors(errors);
    this.errors.clear();
    const index = REPORT_STEPS.indexOf(this.place);
    const onward = this.changingFromReview ? 'review' : (REPORT_STEPS[index + 1] ?? 'review');
    if (onward === 'review') this.changingFromReview = false;
    this.go(onward);
  }

  /** «Endre» beside an answer: its group, and «Neste» comes back to the summary. */
  private change(step: ReportStep): void {
    this.changingFromReview = true;
    this.go(step);
  }

  /** «Tilbake»: the group before, every answer kept. */
  private back(): void {
    if (this.place === 'triage' || this.place === 'receipt') return;
    this.errors.clear();
    const index = REPORT_STEPS.indexOf(this.place);
    this.go(index === 0 ? 'triage' : REPORT_STEPS[index - 1]!);
  }

  /** Shows errors on the group of the first one, the summary focused. */
  private showErrorsWhereTheyAre(errors: DraftError[]): void {
    const first = errors[0];
    const step = first ? stepOfField(first.name) : undefined;
    if (step) this.place = step;
    const here = errors.filter((error) => stepOfField(error.name) === this.place);
    this.showErrors(here.length ? here : errors);
  }

  /** «Send meldingen». */
  private async send(): Promise<void> {
    const section = this.section;
    const steps = this.steps;
    if (!section || !steps || this.submission.busy) return;
    const errors = steps.validateSubmission(this.draft, section.kommune, this.now);
    if (errors.length > 0) return this.showErrorsWhereTheyAre(errors);
    this.errors.clear();
    const report = toSubmission(this.draft, section.kommune);
    if (!emit(this, 'kommune-report-submit', { report }, { cancelable: true })) return;
    if (this.preview) {
      this.sendProblem = 'preview';
      this.focusSendStatus();
      return;
    }
    this.sendProblem = undefined;
    const outcome = await this.submission.submit({
      url: endpointUrl(section.endpoint, 'reports'),
      body: JSON.stringify(report),
      contentType: 'application/json',
    });
    this.sendOutcome(outcome);
  }

  private sendOutcome(outcome: SubmissionOutcome<ReportReceipt>): void {
    switch (outcome.kind) {
      case 'sent':
        this.receipt = outcome.result;
        this.errors.clear();
        emit(this, 'kommune-report-receipt', outcome.result);
        this.go('receipt');
        return;
      case 'invalid': {
        // A screenshot the server no longer has (uploaded more than 24 hours ago): upload it again.
        const lost = new Set(
          outcome.issues.flatMap((issue) => {
            const index = /^attachments\[(\d+)\]/.exec(issue.path)?.[1];
            return index === undefined ? [] : [this.draft.attachments.filter((a) => a.id)[Number(index)]?.key];
          }),
        );
        if (lost.size > 0) {
          const again = msg('Last opp skjermbildet på nytt.', { id: 'hate-report.attachment.upload-again' });
          this.draft = {
            ...this.draft,
            attachments: this.draft.attachments.map((a) => (lost.has(a.key) ? { ...a, state: 'failed', id: undefined, error: again } : a)),
          };
        }
        // The server's messages are in bokmål: the form says the same in the reader's language.
        const errors = issuesByField(
          outcome.issues,
          (path) => fieldOfPath(path) ?? 'description',
          () => msg('Svaret her ble ikke godtatt. Se over det og prøv igjen.', { id: 'hate-report.error.server-field' }),
        ) as DraftError[];
        if (errors.length === 0)
          errors.push({ name: 'description', message: msg('Serveren godtok ikke meldingen.', { id: 'hate-report.error.server' }) });
        this.showErrorsWhereTheyAre(errors);
        return;
      }
      case 'refused':
        console.error(`[kommune-widgets] <kommune-hate-report>: the server refused the report (${outcome.status} ${outcome.type}).`);
        this.sendProblem = 'refused';
        this.focusSendStatus();
        return;
      case 'failed':
        if (outcome.reason === 'cancelled') return;
        console.error(
          `[kommune-widgets] <kommune-hate-report>: the report could not be sent after ${outcome.attempts} attempts (${outcome.reason}).`,
        );
        this.sendProblem = 'failed';
        this.focusSendStatus();
        return;
    }
  }

  private focusSendStatus(): void {
    this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('.send-problem'), undefined, { byUser: true });
  }

  /** Files chosen: each checked by its content, then uploaded on its own. */
  private async chooseFiles(files: File[]): Promise<void> {
    const steps = this.steps;
    if (!steps) return;
    if (this.preview) {
      const message = msg('Filer lastes ikke opp i en forhåndsvisning.', { id: 'hate-report.preview.not-uploaded' });
      this.errors.set([{ name: 'attachments', message }]);
      return;
    }
    const problems: string[] = [];
    for (const file of files) {
      const problem = await steps.attachmentProblem(file, this.draft.attachments.length);
      if (problem) {
        problems.push(problem);
        continue;
      }
      const attachment: AttachmentDraft = { key: crypto.randomUUID(), file, state: 'uploading' };
      this.draft = { ...this.draft, attachments: [...this.draft.attachments, attachment] };
      void this.upload(attachment.key);
    }
    if (problems.length) {
      this.errors.set([{ name: 'attachments', message: problems.join(' ') }]);
      this.announcer.announce(problems.join(' '));
    } else this.errors.clear('attachments');
  }

  private patchAttachment(key: string, patch: Partial<AttachmentDraft>): void {
    this.draft = { ...this.draft, attachments: this.draft.attachments.map((a) => (a.key === key ? { ...a, ...patch } : a)) };
  }

  /** Uploads one file as raw bytes to `POST {endpoint}/attachments`, retried like the report. */
  private async upload(key: string): Promise<void> {
    const section = this.section;
    const steps = this.steps;
    const attachment = this.draft.attachments.find((a) => a.key === key);
    if (!section || !steps || !attachment) return;
    let controller = this.uploads.get(key);
    if (!controller) {
      controller = new SubmissionController<AttachmentAnswer>(this, {
        announce: () => undefined,
      });
      this.uploads.set(key, controller);
    }
    this.patchAttachment(key, { state: 'uploading', error: undefined });
    const type = (await steps.sniffAttachmentType(attachment.file)) ?? 'application/octet-stream';
    const request = controller.submit({
      url: endpointUrl(section.endpoint, `attachments?kommune=${encodeURIComponent(section.kommune)}`),
      body: attachment.file,
      contentType: type,
    });
    const outcome = await request;
    if (!this.draft.attachments.some((a) => a.key === key)) return;
    if (outcome.kind === 'sent') {
      this.patchAttachment(key, { state: 'uploaded', id: outcome.result.id });
      this.announcer.announce(msg(str`${attachment.file.name} er lastet opp.`, { id: 'hate-report.attachment.done' }));
    } else if (outcome.kind !== 'failed' || outcome.reason !== 'cancelled') {
      const error =
        outcome.kind === 'refused' && outcome.type === 'unsupported-type'
          ? msg('Filtypen ble ikke godtatt.', { id: 'hate-report.attachment.refused-type' })
          : outcome.kind === 'refused' && outcome.type === 'too-large'
            ? msg('Filen er for stor.', { id: 'hate-report.attachment.refused-size' })
            : msg('Kunne ikke lastes opp.', { id: 'hate-report.attachment.failed' });
      this.patchAttachment(key, { state: 'failed', error });
      this.announcer.announce(msg(str`${attachment.file.name}: ${error}`, { id: 'hate-report.attachment.failed-announce' }));
    }
  }

  private removeFile(key: string): void {
    this.uploads.get(key)?.cancel();
    this.uploads.delete(key);
    const removed = this.draft.attachments.find((a) => a.key === key);
    this.draft = { ...this.draft, attachments: this.draft.attachments.filter((a) => a.key !== key) };
    this.errors.clear('attachments');
    if (removed) this.announcer.announce(msg(str`${removed.file.name} er fjernet.`, { id: 'hate-report.attachment.removed' }));
    this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('#field-attachments'), undefined, { byUser: true });
  }

  private retryFile(key: string): void {
    this.uploads.get(key)?.newDraft();
    void this.upload(key);
  }

  /** «Send en ny melding»: a fresh draft, a new key, back to the first question. */
  private startOver(): void {
    for (const controller of this.uploads.values()) controller.cancel();
    this.uploads.clear();
    this.submission.newDraft();
    this.draft = emptyDraft(new Date());
    this.receipt = undefined;
    this.sendProblem = undefined;
    this.changingFromReview = false;
    this.errors.clear();
    this.go('triage');
  }

  private async downloadCopy(): Promise<void> {
    const receipt = this.receipt;
    const section = this.section;
    if (!receipt || !section) return;
    // Fetched only when a person asks for the copy: most never do, and the form's page stays small.
    const { buildEvidencePackage, downloadEvidencePackage, evidenceFileName } = await import('./evidence-package.js');
    const html = await this.localized(() =>
      buildEvidencePackage({
        receipt: receipt.receipt,
        receivedAt: receipt.receivedAt,
        kommuneName: this.kommuneName(),
        contactName: section.contact.name,
        draft: this.draft,
        lang: this.locale,
      }),
    );
    downloadEvidencePackage(html, evidenceFileName(receipt.receipt));
  }

  /** The kommune's name: from the document, else from the server. */
  private kommuneName(): string | undefined {
    if (this.kommune) return this.text(this.kommune.navn);
    return this.availability.state === 'open' ? this.availability.navn : undefined;
  }

  protected override renderContent(section: Report): TemplateResult {
    const availability = this.availability;
    return html`<div class="layout">
      <div class="main">
        ${this.heading(0, msg('Meld fra om hets og trusler', { id: 'hate-report.title' }), { className: 'widget-title' })}
        ${
          this.place === 'receipt' && this.receipt && this.steps
            ? this.renderReceipt(this.steps, section, this.receipt)
            : this.renderForm(section, availability)
        }
      </div>
      ${renderAdvice({
        report: section,
        text: (t) => this.text(t),
        headingLevel: this.headingLevel + 1,
        kommuneName: this.kommuneName(),
        retentionDays: availability.state === 'open' ? availability.retentionDays : undefined,
        locale: this.locale,
      })}
    </div>`;
  }

  private renderForm(section: Report, availability: Availability): TemplateResult {
    const place = this.place;
    const triage = place === 'triage';
    const closed = availability.state === 'unreachable' || availability.state === 'refused';
    return html`<form class="kw-form report-form" part="form" novalidate @submit=${(event: Event) => event.preventDefault()}>
      ${renderErrorSummary({
        errors: this.errors.list,
        headingLevel: this.headingLevel + 1,
        onSelect: (name) => focusField(this.renderRoot, name),
      })}
      <div class="place" ?hidden=${!triage}>
        ${
          triage
            ? html`${renderTriage({
                answer: this.draft.danger,
                error: this.errors.get('danger'),
                onAnswer: (danger: boolean) => this.set({ danger }),
                headingLevel: this.headingLevel + 1,
              })}
              ${
                this.draft.danger !== undefined
                  ? renderEmergency({ danger: this.draft.danger, headingLevel: this.headingLevel + 2, onContinue: () => this.next() })
                  : nothing
              }`
            : nothing
        }
      </div>
      ${
        closed
          ? renderContactFallback({
              contact: section.contact,
              text: (t) => this.text(t),
              reason: availability.state === 'refused' ? 'refused' : 'unreachable',
              headingLevel: this.headingLevel + 1,
              onRetry: availability.state === 'unreachable' ? () => this.retryAvailability() : undefined,
            })
          : this.waitingForSteps
            ? html`<p class="availability-status" role="status">${msg('Laster skjemaet …', { id: 'hate-report.loading-form' })}</p>`
            : availability.state === 'checking' && !triage
              ? html`<p class="availability-status" role="status" tabindex="-1">
                  ${msg('Sjekker at skjemaet kan sendes …', { id: 'hate-report.checking' })}
                </p>`
              : nothing
      }
      ${closed || !this.steps ? nothing : REPORT_STEPS.map((step) => this.renderGroup(this.steps!, step, section, availability))}
      ${closed ? nothing : this.renderButtons()}
      <div class="honeypot" aria-hidden="true">
        <label for="kw-website">${msg('La dette feltet stå tomt', { id: 'hate-report.honeypot' })}</label>
        <input
          id="kw-website"
          name="kw-website"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${this.draft.website}
          @input=${(event: Event) => (this.draft = { ...this.draft, website: (event.target as HTMLInputElement).value })}
        />
      </div>
    </form>`;
  }

  /** One question group: every group is drawn, only the current one shown (printing shows them all). */
  private renderGroup(steps: FormSteps, step: ReportStep, section: Report, availability: Availability): TemplateResult {
    const current = this.place === step;
    const index = REPORT_STEPS.indexOf(step);
    const ctx = this.groupContext();
    let content: TemplateResult;
    switch (step) {
      case 'who':
        content = steps.renderWho(ctx);
        break;
      case 'what':
        content = steps.renderWhat(ctx);
        break;
      case 'where':
        content = steps.renderWhere(ctx);
        break;
      case 'evidence':
        content = html`${steps.renderLinks(ctx)}
        ${steps.renderAttachmentField({
          attachments: this.draft.attachments,
          locale: this.locale,
          error: this.errors.get('attachments'),
          onChoose: (files) => void this.chooseFiles(files),
          onRemove: (key) => this.removeFile(key),
          onRetry: (key) => this.retryFile(key),
        })}`;
        break;
      case 'reported':
        content = steps.renderReported(ctx);
        break;
      case 'help':
        content = steps.renderHelp(ctx);
        break;
      case 'contact':
        content = steps.renderContact(ctx);
        break;
      case 'review':
        content = html`${steps.renderAnswersSummary({ draft: this.draft, locale: this.locale, onChange: (to) => this.change(to) })}
        ${steps.renderPrivacyNotice({
          contact: section.contact,
          text: (t) => this.text(t),
          retentionDays: availability.state === 'open' ? availability.retentionDays : undefined,
          privacyUrl: section.privacyUrl,
          kommuneName: this.kommuneName(),
          headingLevel: this.headingLevel + 2,
          locale: this.locale,
        })}`;
        break;
    }
    return html`<div class="place step step-${step}" ?hidden=${!current}>
      <p class="progress" part="progress">${msg(str`Steg ${index + 1} av ${REPORT_STEPS.length}`, { id: 'hate-report.progress' })}</p>
      ${this.heading(1, stepTitle(step), { id: `title-${step}`, className: current ? 'place-title' : 'step-title', focusable: true })}
      ${content}
    </div>`;
  }

  private renderButtons(): TemplateResult {
    const place = this.place;
    const state = this.submission.state;
    const review = place === 'review';
    const sending = state === 'sending' || state === 'waiting';
    // In the triage, «Ja» shows its own «Fortsett til skjemaet» in the emergency box.
    const nextHidden = place === 'triage' && this.draft.danger === true;
    return html`${review ? this.renderSendStatus() : nothing}
      <div class="kw-actions form-actions">
        ${
          place !== 'triage'
            ? html`<button type="button" class="kw-button-secondary" part="back-button" ?disabled=${sending} @click=${() => this.back()}>
                ${msg('Tilbake', { id: 'hate-report.back' })}
              </button>`
            : nothing
        }
        ${
          nextHidden
            ? nothing
            : review
              ? html`<button
                  type="submit"
                  class="kw-button-primary"
                  part="next-button"
                  ?disabled=${sending}
                  @click=${() => void this.send()}
                >
                  ${msg('Send meldingen', { id: 'hate-report.send' })}
                </button>`
              : html`<button type="submit" class="kw-button-primary" part="next-button" @click=${() => this.next()}>
                  ${
                    this.changingFromReview && place !== 'triage'
                      ? msg('Tilbake til oversikten', { id: 'hate-report.back-to-review' })
                      : msg('Neste', { id: 'hate-report.next' })
                  }
                </button>`
        }
        ${review ? html`<button type="button" class="kw-button-secondary print-button" @click=${() => window.print()}>${msg('Skriv ut', { id: 'hate-report.receipt.print' })}</button>` : nothing}
      </div>`;
  }

  /** Sending, waiting to try again, or not sent: said in words, with what to do. */
  private renderSendStatus(): TemplateResult {
    const submission = this.submission;
    const contact = this.section?.contact;
    if (submission.state === 'sending')
      return html`<p class="send-status" part="send-status">${msg('Sender meldingen …', { id: 'hate-report.sending' })}</p>`;
    if (submission.state === 'waiting')
      return html`<div class="send-status send-waiting" part="send-status">
        <p>
          ${
            submission.waitingFor === 'network'
              ? msg('Du er uten nett. Meldingen sendes av seg selv når du er på nett igjen. Ikke lukk siden.', {
                  id: 'hate-report.waiting-network',
                })
              : msg('Meldingen er ikke sendt ennå. Vi prøver igjen av oss selv. Ikke lukk siden.', { id: 'hate-report.waiting-time' })
          }
        </p>
        ${
          submission.waitingFor === 'time'
            ? html`<button type="button" class="kw-button-secondary" @click=${() => submission.retryNow()}>
                ${msg('Prøv igjen nå', { id: 'hate-report.retry-now' })}
              </button>`
            : nothing
        }
      </div>`;
    if (this.sendProblem === 'preview')
      return html`<div class="send-status send-problem" part="send-status" tabindex="-1">
        <p class="send-problem-title">
          ${msg('Dette er en forhåndsvisning. Meldingen er ikke sendt.', { id: 'hate-report.preview.not-sent' })}
        </p>
      </div>`;
    if (this.sendProblem && contact)
      return html`<div class="send-status send-problem" part="send-status" tabindex="-1">
        <p class="send-problem-title">
          ${
            this.sendProblem === 'refused'
              ? msg('Meldingen ble ikke tatt imot, og den er ikke sendt.', { id: 'hate-report.refused' })
              : msg('Meldingen er ikke sendt. Svarene dine er tatt vare på her så lenge siden er åpen.', { id: 'hate-report.failed' })
          }
        </p>
        ${
          this.sendProblem === 'failed'
            ? html`<button type="button" class="kw-button-primary" @click=${() => void this.send()}>
                ${msg('Prøv å sende igjen', { id: 'hate-report.try-again' })}
              </button>`
            : nothing
        }
        <p>
          ${msg(str`Du kan også kontakte ${contact.name} direkte:`, { id: 'hate-report.contact-directly' })}
          ${contact.phone ? html`<a href=${telHref(contact.phone)}>${contact.phone}</a>` : nothing}
          ${contact.email ? html`<a href="mailto:${contact.email}">${contact.email}</a>` : nothing}
        </p>
      </div>`;
    return html``;
  }

  private renderReceipt(steps: FormSteps, section: Report, receipt: ReportReceipt): TemplateResult {
    const availability = this.availability;
    // The document's words come in the reader's language; the server's setting is the fallback.
    const responseTime = section.responseTime ?? (availability.state === 'open' ? availability.responseTime : undefined);
    return html`${steps.renderReceiptView({
        receipt,
        locale: this.locale,
        headingLevel: this.headingLevel + 1,
        contactName: section.contact.name,
        responseTime: responseTime === undefined ? undefined : this.textPart(responseTime),
        anonymous: this.draft.anonymous === true,
        onDownload: () => void this.downloadCopy(),
        onPrint: () => window.print(),
        onNew: () => this.startOver(),
      })}
      <div class="receipt-answers">
        ${this.heading(2, msg('Dette sendte du', { id: 'hate-report.receipt.answers' }))}
        ${steps.renderAnswersSummary({ draft: this.draft, locale: this.locale })}
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('place' as keyof KommuneHateReport) && this.place === 'receipt') {
      this.renderRoot.querySelector<HTMLElement>('.receipt-title')?.focus();
    }
  }
}
