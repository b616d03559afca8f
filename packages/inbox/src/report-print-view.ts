import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { formatDateTime, themeTokens } from '@kommune-widgets/core';
import { formStyles } from '@kommune-widgets/core/form';
import { ApiError } from './api.js';
import { InboxElement } from './inbox-element.js';
import { inboxStyles } from './inbox.styles.js';
import { detailStyles } from './report-detail.styles.js';
import { renderAnswers } from './report-answers.js';
import { problemMessage, statusLabel } from './labels.js';
import type { ReportDetail } from './report-types.js';
import { routeHash } from './routes.js';

/**
 * One report as a printable page (the export the server audits): marked «unntatt offentlighet», with every answer,
 * the attachments by name, the notes and the status history, and nothing to click when printed. «Skriv ut» opens the
 * browser's print dialog, where it can also be saved as PDF for the kommune's case system.
 */
export class ReportPrintView extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles, detailStyles];

  /** The report's receipt number. */
  @property() receipt = '';

  @state() private detail: ReportDetail | undefined;
  @state() private failure = '';
  private readonly printedAt = new Date();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.detail = await this.api.get<ReportDetail>(`/reports/${encodeURIComponent(this.receipt)}/export`);
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      if (problem.status === 401) return this.sessionEnded();
      this.failure = this.speak(() => problemMessage(problem.kind, problem.retryAfter));
    }
  }

  protected override render(): TemplateResult {
    const d = this.detail;
    return html`
      <p class="no-print">
        <a href=${routeHash({ page: 'report', receipt: this.receipt })}>${msg('Tilbake til meldingen', { id: 'inbox.print.back' })}</a>
      </p>
      <h1>${msg(str`Melding ${this.receipt}`, { id: 'inbox.title.report' })}</h1>
      <p class="notice">
        <strong>${msg('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1', { id: 'inbox.print.exempt' })}</strong>
      </p>
      ${this.failure ? html`<p class="notice notice-error">${this.failure}</p>` : nothing}
      ${d ? this.renderReport(d) : this.failure ? nothing : html`<p>${msg('Henter …', { id: 'inbox.loading' })}</p>`}
    `;
  }

  private renderReport(d: ReportDetail): TemplateResult {
    return html`
      <p class="no-print">
        <button type="button" class="kw-button-primary" @click=${() => window.print()}>
          ${msg('Skriv ut', { id: 'inbox.print.print' })}
        </button>
      </p>
      <p class="muted no-print">
        ${msg(
          'Velg «Lagre som PDF» i utskriftsvinduet for å journalføre meldingen i sak- og arkivsystemet. En utskrift er like fortrolig som meldingen.',
          {
            id: 'inbox.print.hint',
          },
        )}
      </p>
      <dl class="answers">
        <dt>${msg('Mottatt', { id: 'inbox.list.col.received' })}</dt>
        <dd>${formatDateTime(new Date(d.receivedAt), this.locale)}</dd>
        <dt>${msg('Status', { id: 'inbox.list.status' })}</dt>
        <dd>${statusLabel(d.status)}</dd>
        <dt>${msg('Eksportert', { id: 'inbox.print.exported' })}</dt>
        <dd>${formatDateTime(this.printedAt, this.locale)}</dd>
      </dl>
      ${renderAnswers(d.report, this.locale)}
      <h2>${msg('Skjermbilder og vedlegg', { id: 'inbox.detail.attachments' })}</h2>
      <p>
        ${
          d.attachments.length === 0
            ? msg('Ingen vedlegg.', { id: 'inbox.detail.attachments.none' })
            : msg(str`${d.attachments.length} vedlegg, lastes ned fra innboksen.`, { id: 'inbox.print.attachments' })
        }
      </p>
      <h2>${msg('Notater', { id: 'inbox.detail.notes' })}</h2>
      ${
        d.notes.length === 0
          ? html`<p>${msg('Ingen notater ennå.', { id: 'inbox.detail.notes.none' })}</p>`
          : html`<ol class="notes">
              ${d.notes.map(
                (n) =>
                  html`<li>
                    <p class="muted">${formatDateTime(new Date(n.at), this.locale)}${n.by ? ` · ${n.by}` : ''}</p>
                    <p class="note-text">${n.text}</p>
                  </li>`,
              )}
            </ol>`
      }
      ${
        d.statusChanges.length > 0
          ? html`<h2>${msg('Statusendringer', { id: 'inbox.detail.history' })}</h2>
              <ol class="history">
                ${d.statusChanges.map(
                  (c) => html`<li>${formatDateTime(new Date(c.at), this.locale)}: ${statusLabel(c.from)} → ${statusLabel(c.to)}</li>`,
                )}
              </ol>`
          : nothing
      }
    `;
  }
}
