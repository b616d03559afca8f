import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { formatDateTime, themeTokens } from '@kommune-widgets/core';
import { formStyles } from '@kommune-widgets/core/form';
import { ADMIN_API, ApiError } from './api.js';
import { InboxElement } from './inbox-element.js';
import { inboxStyles } from './inbox.styles.js';
import { auditActionLabel, problemMessage } from './labels.js';

/** One entry of the audit log, as the server answers it. */
export interface AuditEntryView {
  id: number;
  at: string;
  user: { email: string; name: string } | null;
  action: string;
  target: string | null;
  /** For a target `user:<id>`: that user of the kommune. */
  targetUser?: { email: string; name: string };
  detail?: Record<string, string | number | boolean> | null;
}

/** How many entries one request asks for. */
const PAGE_SIZE = 100;

/**
 * The kommune's audit log, newest first: who did what and when (sign-ins, reads, changes, exports, deletions,
 * retention), never a report's content; more on request, and the whole log as a CSV download.
 */
export class AuditLogView extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles];

  @state() private entries: AuditEntryView[] = [];
  @state() private nextBefore: number | null = null;
  @state() private loaded = false;
  @state() private failure = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(before?: number): Promise<void> {
    this.failure = '';
    try {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (before !== undefined) params.set('before', String(before));
      const page = await this.api.get<{ entries: AuditEntryView[]; nextBefore: number | null }>(`/audit?${params}`);
      this.entries = before === undefined ? page.entries : [...this.entries, ...page.entries];
      this.nextBefore = page.nextBefore;
      this.loaded = true;
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      if (problem.status === 401) return this.sessionEnded();
      this.failure = this.speak(() => problemMessage(problem.kind, problem.retryAfter));
    }
  }

  protected override render(): TemplateResult {
    return html`
      <h1>${msg('Revisjonslogg', { id: 'inbox.nav.audit' })}</h1>
      <p>
        ${msg('Alt som gjøres i innboksen, skrives her: hvem, hva og når. Innholdet i meldingene og notatene står aldri i loggen.', {
          id: 'inbox.audit.intro',
        })}
      </p>
      <p><a href=${`${ADMIN_API}/audit.csv`} download>${msg('Last ned hele loggen som CSV', { id: 'inbox.audit.csv' })}</a></p>
      ${this.failure ? html`<p class="notice notice-error" role="alert">${this.failure}</p>` : nothing}
      ${this.loaded ? this.renderTable() : this.failure ? nothing : html`<p>${msg('Henter …', { id: 'inbox.loading' })}</p>`}
    `;
  }

  private renderTable(): TemplateResult {
    if (this.entries.length === 0) return html`<p>${msg('Loggen er tom.', { id: 'inbox.audit.empty' })}</p>`;
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="audit-caption">
        <table>
          <caption id="audit-caption">
            ${msg('Nyeste først', { id: 'inbox.audit.order' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Tidspunkt', { id: 'inbox.audit.col.at' })}</th>
              <th scope="col">${msg('Hvem', { id: 'inbox.audit.col.who' })}</th>
              <th scope="col">${msg('Hva', { id: 'inbox.audit.col.what' })}</th>
              <th scope="col">${msg('Gjelder', { id: 'inbox.audit.col.target' })}</th>
            </tr>
          </thead>
          <tbody>
            ${this.entries.map(
              (e) =>
                html`<tr>
                  <td><time datetime=${e.at}>${formatDateTime(new Date(e.at), this.locale)}</time></td>
                  <td>${e.user ? e.user.name || e.user.email : msg('Systemet', { id: 'inbox.audit.system' })}</td>
                  <td>${auditActionLabel(e.action)}</td>
                  <td>${e.targetUser ? `${e.targetUser.name} (${e.target})` : (e.target ?? '')}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        this.nextBefore !== null
          ? html`<div class="kw-actions">
              <button type="button" class="kw-button-secondary" @click=${() => void this.load(this.nextBefore!)}>
                ${msg('Vis eldre', { id: 'inbox.audit.more' })}
              </button>
            </div>`
          : nothing
      }`;
  }
}
