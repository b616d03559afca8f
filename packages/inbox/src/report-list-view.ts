import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { formatDateTime, singleStops, themeTokens } from '@kommune-widgets/core';
import { formStyles } from '@kommune-widgets/core/form';
import { ApiError } from './api.js';
import { InboxElement } from './inbox-element.js';
import { inboxStyles } from './inbox.styles.js';
import { listStyles } from './report-list.styles.js';
import { kindLabel, problemMessage, roleLabel, statusLabel } from './labels.js';
import { KINDS, ROLES, STATUSES, type ReportPage, type ReportSummary } from './report-types.js';
import { routeHash } from './routes.js';

/** The list's filters, as the query string sends them. */
interface Filters {
  status: string;
  kind: string;
  role: string;
  from: string;
  to: string;
  receipt: string;
  spam: boolean;
}

const NO_FILTERS: Filters = { status: '', kind: '', role: '', from: '', to: '', receipt: '', spam: false };

/** The filters last used on this page, kept while the user opens a report and comes back. */
let remembered: Filters = NO_FILTERS;

/** How many rows one request asks for. */
const PAGE_SIZE = 50;

/**
 * The kommune's reports, the most urgent first (someone in danger, then threats, then newest): filters by status,
 * what happened, role and date, the number of new reports, «mulig spam» apart behind its own button, and a search by
 * receipt number that finds that report alone.
 */
export class ReportListView extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles, listStyles];

  @state() private filters: Filters = remembered;
  @state() private page: ReportPage | undefined;
  @state() private rows: ReportSummary[] = [];
  @state() private loading = false;
  @state() private failure = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(false);
  }

  private query(offset: number): string {
    const f = this.filters;
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
    for (const name of ['status', 'kind', 'role', 'from', 'to', 'receipt'] as const) if (f[name]) params.set(name, f[name]);
    if (f.spam) params.set('spam', 'true');
    return `/reports?${params}`;
  }

  private async load(more: boolean): Promise<void> {
    this.loading = true;
    this.failure = '';
    try {
      const page = await this.api.get<ReportPage>(this.query(more ? this.rows.length : 0));
      this.page = page;
      this.rows = more ? [...this.rows, ...page.reports] : page.reports;
      this.announce(this.speak(() => this.resultText(page.total)));
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      if (problem.status === 401) return this.sessionEnded();
      this.failure = this.speak(() => problemMessage(problem.kind, problem.retryAfter));
    } finally {
      this.loading = false;
    }
  }

  private resultText(total: number): string {
    return total === 1
      ? msg('1 melding passer.', { id: 'inbox.list.result.one' })
      : msg(str`${total} meldinger passer.`, { id: 'inbox.list.result.many' });
  }

  private apply(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    this.filters = {
      status: text('status'),
      kind: text('kind'),
      role: text('role'),
      from: text('from'),
      to: text('to'),
      receipt: text('receipt').toUpperCase(),
      spam: this.filters.spam,
    };
    remembered = this.filters;
    void this.load(false);
  }

  private setFilters(filters: Filters): void {
    this.filters = filters;
    remembered = filters;
    void this.load(false);
  }

  protected override render(): TemplateResult {
    const page = this.page;
    const f = this.filters;
    return html`
      <h1>${f.spam ? msg('Mulig spam', { id: 'inbox.list.spam.title' }) : msg('Meldinger', { id: 'inbox.nav.reports' })}</h1>
      ${
        page
          ? html`<p class="counts">
              ${
                page.counts.ny === 1
                  ? msg('1 ny melding venter.', { id: 'inbox.list.new.one' })
                  : msg(str`${page.counts.ny} nye meldinger venter.`, { id: 'inbox.list.new.many' })
              }
              <button
                type="button"
                class="link-button"
                aria-pressed=${f.spam ? 'true' : 'false'}
                @click=${() => this.setFilters({ ...f, spam: !f.spam, receipt: '' })}
              >
                ${msg(str`Mulig spam (${page.counts.possibleSpam})`, { id: 'inbox.list.spam.toggle' })}
              </button>
            </p>`
          : nothing
      }
      ${
        f.spam
          ? html`<p class="notice">
              ${msg(
                'Meldinger som ble sendt uvanlig raskt eller fra en adresse som har sendt mange, holdes her. Les dem likevel: en ekte melding kan havne her.',
                {
                  id: 'inbox.list.spam.hint',
                },
              )}
            </p>`
          : nothing
      }
      ${this.renderSearch()} ${this.renderFilters()}
      ${
        this.failure
          ? html`<p class="notice notice-error" role="alert">
              ${this.failure}
              <button type="button" class="link-button" @click=${() => void this.load(false)}>
                ${msg('Prøv igjen', { id: 'inbox.retry' })}
              </button>
            </p>`
          : nothing
      }
      ${page ? this.renderTable(page) : this.loading ? html`<p>${msg('Henter …', { id: 'inbox.loading' })}</p>` : nothing}
    `;
  }

  private renderSearch(): TemplateResult {
    return html`<form class="search" role="search" @submit=${this.apply}>
      <label class="kw-label" for="receipt">${msg('Søk på kvitteringsnummer', { id: 'inbox.list.receipt' })}</label>
      <div class="kw-hint" id="receipt-hint">
        ${msg('Den som meldte, kan oppgi nummeret fra kvitteringen, for eksempel HT-2026-K7Q2MX.', { id: 'inbox.list.receipt.hint' })}
      </div>
      <div class="row">
        <input
          class="kw-input"
          id="receipt"
          name="receipt"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="receipt-hint"
          .value=${this.filters.receipt}
        />
        ${this.hiddenFilters()}
        <button class="kw-button-secondary" type="submit">${msg('Søk', { id: 'inbox.list.search' })}</button>
        ${
          this.filters.receipt
            ? html`<button type="button" class="kw-button-secondary" @click=${() => this.setFilters({ ...this.filters, receipt: '' })}>
                ${msg('Vis alle meldingene', { id: 'inbox.list.receipt.clear' })}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  /** The other filters ride along with a search, so the form carries every value. */
  private hiddenFilters(): TemplateResult {
    const f = this.filters;
    return html`${(['status', 'kind', 'role', 'from', 'to'] as const).map(
      (name) => html`<input type="hidden" name=${name} .value=${f[name]} />`,
    )}`;
  }

  private renderFilters(): TemplateResult {
    const f = this.filters;
    const select = (name: 'status' | 'kind' | 'role', label: string, values: readonly string[], text: (v: string) => string) =>
      html`<div class="kw-field">
        <label class="kw-label" for="filter-${name}">${label}</label>
        <select class="kw-select" id="filter-${name}" name=${name}>
          <option value="" ?selected=${f[name] === ''}>${msg('Alle', { id: 'inbox.list.all' })}</option>
          ${values.map((v) => html`<option value=${v} ?selected=${f[name] === v}>${text(v)}</option>`)}
        </select>
      </div>`;
    const date = (name: 'from' | 'to', label: string) =>
      html`<div class="kw-field">
        <label class="kw-label" for="filter-${name}">${label}</label>
        <input class="kw-input" type="date" id="filter-${name}" name=${name} .value=${f[name]} />
      </div>`;
    const active = f.status || f.kind || f.role || f.from || f.to || f.receipt;
    return html`<details class="filters" ?open=${Boolean(f.status || f.kind || f.role || f.from || f.to)}>
      <summary>${msg('Filtrer', { id: 'inbox.list.filter' })}</summary>
      <form @submit=${this.apply}>
        <div class="filter-grid">
          ${select('status', msg('Status', { id: 'inbox.list.status' }), STATUSES, statusLabel)}
          ${select('kind', msg('Hva skjedde', { id: 'inbox.list.kind' }), KINDS, kindLabel)}
          ${select('role', msg('Rolle', { id: 'inbox.list.role' }), ROLES, roleLabel)}
          ${date('from', msg('Mottatt fra og med', { id: 'inbox.list.from' }))}
          ${date('to', msg('Mottatt til og med', { id: 'inbox.list.to' }))}
        </div>
        <input type="hidden" name="receipt" .value=${f.receipt} />
        <div class="kw-actions">
          <button class="kw-button-primary" type="submit">${msg('Vis meldingene', { id: 'inbox.list.apply' })}</button>
          ${
            active
              ? html`<button type="button" class="kw-button-secondary" @click=${() => this.setFilters({ ...NO_FILTERS, spam: f.spam })}>
                  ${msg('Fjern filtrene', { id: 'inbox.list.clear' })}
                </button>`
              : nothing
          }
        </div>
      </form>
    </details>`;
  }

  private renderTable(page: ReportPage): TemplateResult {
    if (this.rows.length === 0) {
      return html`<p class="notice">
        ${
          this.filters.receipt
            ? singleStops(msg(str`Ingen melding har kvitteringsnummeret ${this.filters.receipt}.`, { id: 'inbox.list.receipt.none' }))
            : msg('Ingen meldinger passer.', { id: 'inbox.list.none' })
        }
      </p>`;
    }
    return html`
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="list-caption">
        <table>
          <caption id="list-caption">
            ${this.resultText(page.total)} ${msg('De mest alvorlige først: fare, så trusler, så de nyeste.', { id: 'inbox.list.order' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Kvittering', { id: 'inbox.list.col.receipt' })}</th>
              <th scope="col">${msg('Mottatt', { id: 'inbox.list.col.received' })}</th>
              <th scope="col">${msg('Status', { id: 'inbox.list.status' })}</th>
              <th scope="col">${msg('Hva skjedde', { id: 'inbox.list.kind' })}</th>
              <th scope="col">${msg('Rolle', { id: 'inbox.list.role' })}</th>
              <th scope="col">${msg('Vedlegg', { id: 'inbox.list.col.attachments' })}</th>
            </tr>
          </thead>
          <tbody>
            ${this.rows.map((r) => this.renderRow(r))}
          </tbody>
        </table>
      </div>
      ${
        page.nextOffset !== null
          ? html`<div class="kw-actions">
              <button type="button" class="kw-button-secondary" ?disabled=${this.loading} @click=${() => void this.load(true)}>
                ${msg('Vis flere', { id: 'inbox.list.more' })}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private renderRow(r: ReportSummary): TemplateResult {
    return html`<tr class=${r.status === 'ny' ? 'unread' : ''}>
      <th scope="row"><a href=${routeHash({ page: 'report', receipt: r.receipt })}>${r.receipt}</a></th>
      <td><time datetime=${r.receivedAt}>${formatDateTime(new Date(r.receivedAt), this.locale)}</time></td>
      <td>
        ${statusLabel(r.status)}${r.hold ? html`<br /><span class="muted">${msg('På vent', { id: 'inbox.list.held' })}</span>` : nothing}
      </td>
      <td>
        ${r.danger ? html`<span class="badge badge-danger">${msg('Fare nå', { id: 'inbox.list.danger' })}</span>` : nothing}
        ${r.kinds.map((k) => kindLabel(k)).join(', ')}
      </td>
      <td>${roleLabel(r.role)}</td>
      <td>${r.attachmentCount}</td>
    </tr>`;
  }
}
