import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { formatDate, formatDateTime, formatNumber, singleStops, themeTokens } from '@kommune-widgets/core';
import { formStyles } from '@kommune-widgets/core/form';
import { ADMIN_API, ApiError } from './api.js';
import { InboxElement } from './inbox-element.js';
import { inboxStyles } from './inbox.styles.js';
import { detailStyles } from './report-detail.styles.js';
import { renderAnswers } from './report-answers.js';
import { problemMessage, statusLabel } from './labels.js';
import { STATUSES, type ReportDetail } from './report-types.js';
import { routeHash } from './routes.js';

/** The longest note and hold reason the server takes. */
const NOTE_MAX = 5000;
const REASON_MAX = 500;

/**
 * One report: everything the person sent, its attachments as downloads, its status, the contact person's notes, a
 * hold against retention once it is closed, a printable export, and deletion confirmed by typing the receipt number.
 * Every change is saved at once and said aloud; a failure says what to do and keeps what was typed.
 */
export class ReportDetailView extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles, detailStyles];

  /** The report's receipt number. */
  @property() receipt = '';

  @state() private detail: ReportDetail | undefined;
  @state() private failure = '';
  @state() private actionFailure: { where: string; text: string } | undefined;
  @state() private busy = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.failure = '';
    try {
      this.detail = await this.api.get<ReportDetail>(`/reports/${encodeURIComponent(this.receipt)}`);
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      if (problem.status === 401) return this.sessionEnded();
      this.failure = this.speak(() => problemMessage(problem.kind, problem.retryAfter));
    }
  }

  /** Runs one change; on success reloads and announces `done`, on failure shows why beside the form `where`. */
  private async act(where: string, change: () => Promise<unknown>, done: () => string): Promise<boolean> {
    if (this.busy) return false;
    this.busy = where;
    this.actionFailure = undefined;
    try {
      await change();
      await this.load();
      this.announce(this.speak(done));
      return true;
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      if (problem.status === 401) {
        this.sessionEnded();
        return false;
      }
      this.actionFailure = { where, text: this.speak(() => problemMessage(problem.kind, problem.retryAfter)) };
      return false;
    } finally {
      this.busy = '';
    }
  }

  private path(suffix = ''): string {
    return `/reports/${encodeURIComponent(this.receipt)}${suffix}`;
  }

  private async saveStatus(event: Event): Promise<void> {
    event.preventDefault();
    const status = String(new FormData(event.target as HTMLFormElement).get('status') ?? '');
    await this.act(
      'status',
      () => this.api.send(this.path('/status'), { status }),
      () => singleStops(msg(str`Status lagret: ${statusLabel(status)}.`, { id: 'inbox.detail.status.saved' })),
    );
  }

  private async addNote(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = String(new FormData(form).get('note') ?? '').trim();
    if (!text) {
      this.actionFailure = { where: 'note', text: this.speak(() => msg('Skriv notatet først.', { id: 'inbox.detail.note.empty' })) };
      return;
    }
    if (
      await this.act(
        'note',
        () => this.api.send(this.path('/notes'), { text }),
        () => msg('Notatet er lagret.', { id: 'inbox.detail.note.saved' }),
      )
    )
      form.reset();
  }

  private async setHold(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    if (!reason) {
      this.actionFailure = {
        where: 'hold',
        text: this.speak(() => msg('Skriv hvorfor meldingen skal tas vare på.', { id: 'inbox.detail.hold.empty' })),
      };
      return;
    }
    await this.act(
      'hold',
      () => this.api.send(this.path('/hold'), { reason }),
      () => msg('Meldingen er satt på vent og slettes ikke automatisk.', { id: 'inbox.detail.hold.saved' }),
    );
  }

  private async liftHold(): Promise<void> {
    await this.act(
      'hold',
      () => this.api.send(this.path('/hold'), {}, 'DELETE'),
      () => msg('Venten er fjernet.', { id: 'inbox.detail.hold.lifted' }),
    );
  }

  private async deleteReport(event: Event): Promise<void> {
    event.preventDefault();
    const confirm = String(new FormData(event.target as HTMLFormElement).get('confirm') ?? '')
      .trim()
      .toUpperCase();
    if (confirm !== this.receipt) {
      this.actionFailure = {
        where: 'delete',
        text: this.speak(() => msg(str`Skriv kvitteringsnummeret ${this.receipt} for å bekrefte.`, { id: 'inbox.detail.delete.mismatch' })),
      };
      return;
    }
    this.busy = 'delete';
    this.actionFailure = undefined;
    try {
      await this.api.send(this.path(), { confirm }, 'DELETE');
      this.announce(this.speak(() => msg(str`Melding ${this.receipt} er slettet.`, { id: 'inbox.detail.deleted' })));
      this.navigate(routeHash({ page: 'list' }));
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      if (problem.status === 401) return this.sessionEnded();
      this.actionFailure = { where: 'delete', text: this.speak(() => problemMessage(problem.kind, problem.retryAfter)) };
    } finally {
      this.busy = '';
    }
  }

  private failureAt(where: string): TemplateResult | typeof nothing {
    return this.actionFailure?.where === where ? html`<p class="notice notice-error" role="alert">${this.actionFailure.text}</p>` : nothing;
  }

  protected override render(): TemplateResult {
    const back = html`<p class="no-print">
      <a href=${routeHash({ page: 'list' })}>${msg('Tilbake til meldingene', { id: 'inbox.detail.back' })}</a>
    </p>`;
    if (this.failure)
      return html`${back}
        <h1>${msg(str`Melding ${this.receipt}`, { id: 'inbox.title.report' })}</h1>
        <p class="notice notice-error">${this.failure}</p>`;
    const d = this.detail;
    if (!d)
      return html`${back}
        <h1>${msg(str`Melding ${this.receipt}`, { id: 'inbox.title.report' })}</h1>
        <p>${msg('Henter …', { id: 'inbox.loading' })}</p>`;
    return html`
      ${back}
      <h1>${msg(str`Melding ${d.receipt}`, { id: 'inbox.title.report' })}</h1>
      <p class="meta">
        ${msg('Mottatt', { id: 'inbox.list.col.received' })}
        <time datetime=${d.receivedAt}>${formatDateTime(new Date(d.receivedAt), this.locale)}</time> ·
        ${msg('Status', { id: 'inbox.list.status' })}: <strong>${statusLabel(d.status)}</strong>
        ${d.possibleSpam ? html` · <span class="badge">${msg('Mulig spam', { id: 'inbox.list.spam.title' })}</span>` : nothing}
      </p>
      ${
        d.report.triage?.danger
          ? html`<div class="notice notice-error">
              <strong>${msg('Den som meldte, svarte at noen er i umiddelbar fare.', { id: 'inbox.detail.danger' })}</strong>
              ${msg('Ta kontakt straks. Er faren der fortsatt, skal politiet varsles på 112.', { id: 'inbox.detail.danger.advice' })}
            </div>`
          : nothing
      }
      <p class="no-print">
        <a href=${routeHash({ page: 'print', receipt: d.receipt })}>${msg('Skriv ut eller eksporter', { id: 'inbox.detail.print' })}</a>
      </p>
      ${renderAnswers(d.report, this.locale)} ${this.renderAttachments(d)} ${this.renderStatus(d)} ${this.renderRetention(d)}
      ${this.renderNotes(d)} ${this.renderHistory(d)} ${this.renderDelete(d)}
    `;
  }

  private renderAttachments(d: ReportDetail): TemplateResult {
    return html`<h2>${msg('Skjermbilder og vedlegg', { id: 'inbox.detail.attachments' })}</h2>
      ${
        d.attachments.length === 0
          ? html`<p class="muted">${msg('Ingen vedlegg.', { id: 'inbox.detail.attachments.none' })}</p>`
          : html`<p class="muted">
                ${msg('Vedlegg lastes ned og åpnes ikke i nettleseren. Åpne dem på en kommunal maskin.', { id: 'inbox.detail.attachments.hint' })}
              </p>
              <ul>
                ${d.attachments.map(
                  (a, i) =>
                    html`<li>
                      <a href=${`${ADMIN_API}${this.path(`/attachments/${encodeURIComponent(a.id)}`)}`} download
                        >${msg(str`Last ned vedlegg ${i + 1}`, { id: 'inbox.detail.attachment' })}</a
                      >
                      <span class="muted">(${a.type}, ${formatNumber(Math.max(1, Math.round(a.size / 1024)), this.locale)} kB)</span>
                    </li>`,
                )}
              </ul>`
      }`;
  }

  private renderStatus(d: ReportDetail): TemplateResult {
    return html`<h2 id="status-heading">${msg('Status', { id: 'inbox.list.status' })}</h2>
      <form class="kw-form no-print" @submit=${this.saveStatus} aria-labelledby="status-heading">
        <fieldset class="kw-fieldset">
          <legend class="visually-hidden">${msg('Status', { id: 'inbox.list.status' })}</legend>
          <div class="kw-choices">
            ${STATUSES.map(
              (s) =>
                html`<div class="kw-choice">
                  <input type="radio" id="status-${s}" name="status" value=${s} ?checked=${d.status === s} />
                  <label for="status-${s}">${statusLabel(s)}</label>
                </div>`,
            )}
          </div>
        </fieldset>
        ${this.failureAt('status')}
        <button class="kw-button-primary" type="submit" ?disabled=${this.busy !== ''}>
          ${msg('Lagre status', { id: 'inbox.detail.status.save' })}
        </button>
      </form>`;
  }

  private renderRetention(d: ReportDetail): TemplateResult | typeof nothing {
    if (d.status !== 'avsluttet') return nothing;
    const hold = d.hold;
    return html`<h2>${msg('Oppbevaring', { id: 'inbox.detail.retention' })}</h2>
      ${
        hold
          ? html`<p>
                ${msg('Meldingen er satt på vent og slettes ikke automatisk.', { id: 'inbox.detail.hold.saved' })}
                ${msg('Grunn:', { id: 'inbox.detail.hold.reason.label' })} <q>${hold.reason}</q>
                (${formatDate(new Date(hold.at), this.locale)}${hold.by ? `, ${hold.by}` : ''})
              </p>
              ${this.failureAt('hold')}
              <button type="button" class="kw-button-secondary no-print" ?disabled=${this.busy !== ''} @click=${() => void this.liftHold()}>
                ${msg('Fjern vent', { id: 'inbox.detail.hold.lift' })}
              </button>`
          : html`<p>
                ${
                  d.deleteAfter
                    ? msg(str`Meldingen slettes automatisk ${formatDate(new Date(d.deleteAfter), this.locale)}, med vedleggene.`, {
                        id: 'inbox.detail.delete-after',
                      })
                    : msg('Meldingen slettes automatisk når oppbevaringstiden er ute.', { id: 'inbox.detail.delete-after.unknown' })
                }
              </p>
              <form class="kw-form no-print" @submit=${this.setHold}>
                <div class="kw-field">
                  <label class="kw-label" for="hold-reason"
                    >${msg('Sett på vent: hvorfor må meldingen tas vare på?', { id: 'inbox.detail.hold.reason' })}</label
                  >
                  <div class="kw-hint" id="hold-hint">
                    ${msg('For eksempel en politisak eller en klage. Grunnen står i meldingen, ikke i revisjonsloggen.', { id: 'inbox.detail.hold.hint' })}
                  </div>
                  <input class="kw-input" id="hold-reason" name="reason" maxlength=${REASON_MAX} aria-describedby="hold-hint" />
                </div>
                ${this.failureAt('hold')}
                <button class="kw-button-secondary" type="submit" ?disabled=${this.busy !== ''}>
                  ${msg('Sett på vent', { id: 'inbox.detail.hold.set' })}
                </button>
              </form>`
      }`;
  }

  private renderNotes(d: ReportDetail): TemplateResult {
    return html`<h2>${msg('Notater', { id: 'inbox.detail.notes' })}</h2>
      ${
        d.notes.length === 0
          ? html`<p class="muted">${msg('Ingen notater ennå.', { id: 'inbox.detail.notes.none' })}</p>`
          : html`<ol class="notes">
              ${d.notes.map(
                (n) =>
                  html`<li>
                    <p class="muted">
                      <time datetime=${n.at}>${formatDateTime(new Date(n.at), this.locale)}</time>${n.by ? ` · ${n.by}` : ''}
                    </p>
                    <p class="note-text">${n.text}</p>
                  </li>`,
              )}
            </ol>`
      }
      <form class="kw-form no-print" @submit=${this.addNote}>
        <div class="kw-field">
          <label class="kw-label" for="note">${msg('Nytt notat', { id: 'inbox.detail.note.label' })}</label>
          <div class="kw-hint" id="note-hint">
            ${msg('Hva er gjort, avtalt eller vurdert. Notatet lagres kryptert med meldingen.', { id: 'inbox.detail.note.hint' })}
          </div>
          <textarea class="kw-textarea" id="note" name="note" rows="4" maxlength=${NOTE_MAX} aria-describedby="note-hint"></textarea>
        </div>
        ${this.failureAt('note')}
        <button class="kw-button-secondary" type="submit" ?disabled=${this.busy !== ''}>
          ${msg('Legg til notat', { id: 'inbox.detail.note.add' })}
        </button>
      </form>`;
  }

  private renderHistory(d: ReportDetail): TemplateResult | typeof nothing {
    if (d.statusChanges.length === 0) return nothing;
    return html`<h2>${msg('Statusendringer', { id: 'inbox.detail.history' })}</h2>
      <ol class="history">
        ${d.statusChanges.map(
          (c) =>
            html`<li>
              <time datetime=${c.at}>${formatDateTime(new Date(c.at), this.locale)}</time>: ${statusLabel(c.from)} →
              ${statusLabel(c.to)}${c.by ? ` (${c.by})` : ''}
            </li>`,
        )}
      </ol>`;
  }

  private renderDelete(d: ReportDetail): TemplateResult {
    return html`<details class="danger-zone no-print">
      <summary>${msg('Slett meldingen', { id: 'inbox.detail.delete' })}</summary>
      <p>
        ${msg(
          'Meldingen, vedleggene og notatene slettes for godt og kan ikke hentes tilbake. Revisjonsloggen viser at den ble slettet, og av hvem.',
          {
            id: 'inbox.detail.delete.hint',
          },
        )}
      </p>
      <form class="kw-form" @submit=${this.deleteReport}>
        <div class="kw-field">
          <label class="kw-label" for="delete-confirm"
            >${msg(str`Skriv kvitteringsnummeret ${d.receipt} for å bekrefte`, { id: 'inbox.detail.delete.label' })}</label
          >
          <input class="kw-input" id="delete-confirm" name="confirm" autocomplete="off" spellcheck="false" />
        </div>
        ${this.failureAt('delete')}
        <button class="kw-button-primary danger" type="submit" ?disabled=${this.busy !== ''}>
          ${msg('Slett for godt', { id: 'inbox.detail.delete.confirm' })}
        </button>
      </form>
    </details>`;
  }
}
