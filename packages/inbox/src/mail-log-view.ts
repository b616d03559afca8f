import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { formatDateTime, themeTokens } from '@kommune-widgets/core';
import { formStyles } from '@kommune-widgets/core/form';
import { ApiError } from './api.js';
import { InboxElement } from './inbox-element.js';
import { inboxStyles } from './inbox.styles.js';
import { mailStateLabel, problemMessage } from './labels.js';

/** One e-mail notice, as the server answers it (notices hold no personal data). */
export interface MailView {
  id: number;
  to: string;
  subject: string;
  text?: string;
  state: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/**
 * The e-mail notices of new reports: sent, waiting, failed (with the error, so IT can act) or, without SMTP, kept in
 * the outbox, where the contact person reads them instead.
 */
export class MailLogView extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles];

  @state() private messages: MailView[] | undefined;
  @state() private failure = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.messages = (await this.api.get<{ messages: MailView[] }>('/mail')).messages;
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      if (problem.status === 401) return this.sessionEnded();
      this.failure = this.speak(() => problemMessage(problem.kind, problem.retryAfter));
    }
  }

  protected override render(): TemplateResult {
    const messages = this.messages;
    const failed = messages?.filter((m) => m.state === 'failed').length ?? 0;
    return html`
      <h1>${msg('E-postvarsler', { id: 'inbox.nav.mail' })}</h1>
      <p>
        ${msg(
          'Kontaktpersonen får en e-post når en ny melding kommer. Varselet sier bare at en melding venter, aldri hva den handler om.',
          {
            id: 'inbox.mail.intro',
          },
        )}
      </p>
      ${
        failed > 0
          ? html`<p class="notice notice-error">
              ${msg('Noen varsler kunne ikke sendes. Se etter nye meldinger her i innboksen, og be IT sjekke e-postoppsettet.', {
                id: 'inbox.mail.failed.hint',
              })}
            </p>`
          : nothing
      }
      ${this.failure ? html`<p class="notice notice-error" role="alert">${this.failure}</p>` : nothing}
      ${
        messages === undefined
          ? this.failure
            ? nothing
            : html`<p>${msg('Henter …', { id: 'inbox.loading' })}</p>`
          : messages.length === 0
            ? html`<p>${msg('Ingen varsler ennå.', { id: 'inbox.mail.empty' })}</p>`
            : this.renderTable(messages)
      }
    `;
  }

  private renderTable(messages: MailView[]): TemplateResult {
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="mail-caption">
      <table>
        <caption id="mail-caption">
          ${msg('Nyeste først', { id: 'inbox.audit.order' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Laget', { id: 'inbox.mail.col.created' })}</th>
            <th scope="col">${msg('Til', { id: 'inbox.mail.col.to' })}</th>
            <th scope="col">${msg('Emne', { id: 'inbox.mail.col.subject' })}</th>
            <th scope="col">${msg('Tilstand', { id: 'inbox.mail.col.state' })}</th>
          </tr>
        </thead>
        <tbody>
          ${messages.map(
            (m) =>
              html`<tr>
                <td><time datetime=${m.createdAt}>${formatDateTime(new Date(m.createdAt), this.locale)}</time></td>
                <td>${m.to}</td>
                <td>${m.subject}</td>
                <td>
                  ${mailStateLabel(m.state)}
                  ${m.state === 'sent' && m.sentAt ? html`<br /><span class="muted">${formatDateTime(new Date(m.sentAt), this.locale)}</span>` : nothing}
                  ${m.lastError ? html`<br /><span class="muted">${m.lastError}</span>` : nothing}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
