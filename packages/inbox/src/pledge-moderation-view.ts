import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { formatDate, formatDateTime, singleStops, themeTokens } from '@kommune-widgets/core';
import { formStyles } from '@kommune-widgets/core/form';
import { localizeWithLanguage, type LocalizedText } from '@kommune-widgets/schema';
import { ADMIN_API, ApiError } from './api.js';
import { InboxElement } from './inbox-element.js';
import { inboxStyles } from './inbox.styles.js';
import { moderationStyles } from './pledge-moderation.styles.js';
import { campaignStateLabel, pledgeListLabel, pledgeProblemMessage, pledgeRoleLabel, pledgeStateLabel } from './pledge-labels.js';
import { countByState, type CampaignSummary, type ModeratedPledge, type ModerationAction, type PledgeCounts } from './pledge-types.js';
import { routeHash } from './routes.js';

/** The states kept folded away below the two that need a moderator's eye. */
const FOLDED = ['pending-confirmation', 'rejected', 'hidden', 'withdrawn'] as const;

/** The state a signature is in after `action`, when the server answers without the signature. */
const AFTER: Record<ModerationAction, string> = { approve: 'published', reject: 'rejected', hide: 'hidden', withdraw: 'withdrawn' };

/** Any failure as an {@link ApiError}. */
const problemOf = (error: unknown): ApiError => (error instanceof ApiError ? error : new ApiError('internal', 500));

/** The element id of a signature's name cell, which its buttons point to for their description. */
const nameId = (pledge: ModeratedPledge) => `signatur-${String(pledge.id)}`;

/**
 * Valgløftet moderation for a `moderator`: the kommune's campaigns with their counts, and for one campaign the
 * signatures waiting for a moderator (approve, reject), the published ones (hide; withdraw at the signatory's request,
 * confirmed first), and folded away those waiting for e-mail confirmation, rejected, hidden and withdrawn. Each action
 * is saved at once and said aloud; a failure is shown beside its row and the list stays as it was. The published list
 * downloads as CSV.
 */
export class PledgeModerationView extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles, moderationStyles];

  /** The campaign shown, by id; empty for the list of the kommune's campaigns. */
  @property() campaign = '';

  @state() private campaigns: CampaignSummary[] | undefined;
  @state() private pledges: ModeratedPledge[] | undefined;
  @state() private failure = '';
  @state() private rowFailure: { id: string; text: string } | undefined;
  @state() private busy = '';
  @state() private confirming = '';
  @state() private refreshing = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadCampaigns();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // In willUpdate, so the cleared list is part of this update rather than another one right after it.
    if (changed.has('campaign')) void this.loadPledges(false);
  }

  private async loadCampaigns(): Promise<void> {
    try {
      this.campaigns = (await this.api.get<{ campaigns: CampaignSummary[] }>('/campaigns')).campaigns;
    } catch (error) {
      this.fail(error);
    }
  }

  /** Fetches the campaign's signatures; `keep` leaves the shown list in place until the new one is there. */
  private async loadPledges(keep: boolean): Promise<void> {
    const id = this.campaign;
    this.failure = '';
    this.rowFailure = undefined;
    this.confirming = '';
    if (!keep) this.pledges = undefined;
    if (!id) return;
    this.refreshing = true;
    try {
      const answer = await this.api.get<{ pledges: ModeratedPledge[] }>(`/campaigns/${encodeURIComponent(id)}/pledges`);
      if (id !== this.campaign) return;
      this.pledges = answer.pledges;
      this.announce(this.speak(() => this.waitingText(countByState(answer.pledges)['pending-moderation'])));
    } catch (error) {
      if (id === this.campaign) this.fail(error);
    } finally {
      this.refreshing = false;
    }
  }

  private fail(error: unknown): void {
    const problem = problemOf(error);
    if (problem.status === 401) return this.sessionEnded();
    this.failure = this.speak(() => pledgeProblemMessage(problem.kind, problem.status, 'campaign', problem.retryAfter));
  }

  private waitingText(count: number): string {
    return count === 1
      ? msg('1 signatur venter på godkjenning.', { id: 'inbox.pledge.waiting.one' })
      : msg(str`${count} signaturer venter på godkjenning.`, { id: 'inbox.pledge.waiting.many' });
  }

  /** Saves one moderator's action on `pledge`; its row moves to its new section and focus stays in the old one. */
  private async act(pledge: ModeratedPledge, action: ModerationAction): Promise<void> {
    const id = String(pledge.id);
    const campaign = this.campaign;
    if (this.busy || !this.pledges) return;
    const from = pledge.state;
    const index = this.pledges.filter((p) => p.state === from).indexOf(pledge);
    this.busy = id;
    this.rowFailure = undefined;
    try {
      const path = `/campaigns/${encodeURIComponent(campaign)}/pledges/${encodeURIComponent(id)}/${action}`;
      const answer = await this.api.send<ModeratedPledge>(path, {});
      // Saved; but when another campaign is shown by now, its list is not this one's.
      if (campaign !== this.campaign || !this.pledges) return;
      const changed: ModeratedPledge = answer ? { ...pledge, ...answer } : { ...pledge, state: AFTER[action] };
      this.pledges = this.pledges.map((p) => (String(p.id) === id ? changed : p));
      this.confirming = '';
      this.announce(this.speak(() => singleStops(this.doneText(action, pledge.name))));
      await this.updateComplete;
      this.focusAfterMove(from, index);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 401) return this.sessionEnded();
      this.rowFailure = { id, text: this.speak(() => pledgeProblemMessage(problem.kind, problem.status, 'pledge', problem.retryAfter)) };
    } finally {
      this.busy = '';
    }
  }

  private doneText(action: ModerationAction, name: string): string {
    switch (action) {
      case 'approve':
        return msg(str`Signaturen fra ${name} er godkjent og vises offentlig.`, { id: 'inbox.pledge.done.approve' });
      case 'reject':
        return msg(str`Signaturen fra ${name} er avvist.`, { id: 'inbox.pledge.done.reject' });
      case 'hide':
        return msg(str`Signaturen fra ${name} er skjult fra den offentlige listen.`, { id: 'inbox.pledge.done.hide' });
      case 'withdraw':
        return msg(str`Signaturen fra ${name} er trukket tilbake.`, { id: 'inbox.pledge.done.withdraw' });
    }
  }

  /** After a row left `section`: the first button of the row now at `index` there, else the section's heading. */
  private focusAfterMove(section: string, index: number): void {
    const rows = [...this.renderRoot.querySelectorAll<HTMLTableRowElement>(`#table-${section} tbody tr`)];
    const row = rows[Math.min(index, rows.length - 1)];
    const target = row?.querySelector<HTMLElement>('button') ?? this.renderRoot.querySelector<HTMLElement>(`#heading-${section}`);
    target?.focus();
  }

  private async askWithdraw(pledge: ModeratedPledge): Promise<void> {
    this.confirming = String(pledge.id);
    this.rowFailure = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirm .danger')?.focus();
  }

  private async cancelWithdraw(pledge: ModeratedPledge): Promise<void> {
    this.confirming = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-withdraw="${nameId(pledge)}"]`)?.focus();
  }

  protected override render(): TemplateResult {
    return this.campaign ? this.renderCampaign() : this.renderCampaigns();
  }

  /** A campaign's title in the page's language (else bokmål), marked with its language when it fell back. */
  private campaignTitle(text: LocalizedText): TemplateResult {
    const title = localizeWithLanguage(text, this.locale);
    return html`<span lang=${title.lang === this.locale ? nothing : title.lang}>${title.text}</span>`;
  }

  private period(c: CampaignSummary): string {
    return `${formatDate(new Date(c.opens), this.locale)} – ${formatDate(new Date(c.closes), this.locale)}`;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    return this.failure ? html`<p class="notice notice-error" role="alert">${this.failure}</p>` : nothing;
  }

  private renderCampaigns(): TemplateResult {
    const campaigns = this.campaigns;
    return html`
      <h1>${msg('Valgløftet', { id: 'inbox.nav.pledges' })}</h1>
      <p>
        ${msg(
          'Her godkjenner du signaturer på Valgløftet før de vises offentlig. Signaturer uten bekreftet e-postadresse venter alltid på deg, og alle gjør det når kampanjen har moderering.',
          { id: 'inbox.pledge.intro' },
        )}
      </p>
      ${this.renderFailure()}
      ${
        campaigns === undefined
          ? this.failure
            ? nothing
            : html`<p>${msg('Henter …', { id: 'inbox.loading' })}</p>`
          : campaigns.length === 0
            ? html`<p class="notice">
                ${msg('Kommunen har ingen kampanjer ennå. IT legger dem inn i serverens oppsett.', { id: 'inbox.pledge.campaigns.none' })}
              </p>`
            : this.renderCampaignTable(campaigns)
      }
    `;
  }

  private renderCampaignTable(campaigns: CampaignSummary[]): TemplateResult {
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="campaigns-caption">
      <table>
        <caption id="campaigns-caption">
          ${msg('Kommunens kampanjer', { id: 'inbox.pledge.campaigns.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Kampanje', { id: 'inbox.pledge.col.campaign' })}</th>
            <th scope="col">${msg('Status og periode', { id: 'inbox.pledge.col.period' })}</th>
            <th scope="col">${pledgeStateLabel('pending-moderation')}</th>
            <th scope="col">${pledgeStateLabel('published')}</th>
            <th scope="col">${pledgeStateLabel('pending-confirmation')}</th>
          </tr>
        </thead>
        <tbody>
          ${campaigns.map(
            (c) =>
              html`<tr>
                <th scope="row"><a href=${routeHash({ page: 'campaign', campaign: c.id })}>${this.campaignTitle(c.title)}</a></th>
                <td>${campaignStateLabel(c.state)}<br /><span class="muted">${this.period(c)}</span></td>
                <td class=${(c.counts['pending-moderation'] ?? 0) > 0 ? 'waiting' : ''}>${c.counts['pending-moderation'] ?? 0}</td>
                <td>${c.counts.published ?? 0}</td>
                <td>${c.counts['pending-confirmation'] ?? 0}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderCampaign(): TemplateResult {
    const summary = this.campaigns?.find((c) => c.id === this.campaign);
    const pledges = this.pledges;
    const counts = pledges ? countByState(pledges) : undefined;
    return html`
      <p><a href=${routeHash({ page: 'pledges' })}>${msg('Alle kampanjer', { id: 'inbox.pledge.back' })}</a></p>
      <h1>${summary ? this.campaignTitle(summary.title) : msg('Valgløftet', { id: 'inbox.nav.pledges' })}</h1>
      ${
        summary
          ? html`<p class="meta">
              ${campaignStateLabel(summary.state)} · ${this.period(summary)} ·
              ${
                summary.moderation
                  ? msg('Alle signaturer godkjennes av en moderator.', { id: 'inbox.pledge.moderation.on' })
                  : msg('Signaturer med bekreftet e-postadresse publiseres uten moderator.', { id: 'inbox.pledge.moderation.off' })
              }
            </p>`
          : nothing
      }
      ${this.renderFailure()}
      ${pledges && counts ? this.renderPledges(pledges, counts) : this.failure ? nothing : html`<p>${msg('Henter …', { id: 'inbox.loading' })}</p>`}
    `;
  }

  private renderPledges(pledges: ModeratedPledge[], counts: PledgeCounts): TemplateResult {
    const inState = (section: string) => pledges.filter((p) => p.state === section);
    const waiting = counts['pending-moderation'];
    const published = counts.published;
    return html`
      <div class="tools">
        <a href=${`${ADMIN_API}/campaigns/${encodeURIComponent(this.campaign)}/pledges.csv`} download
          >${msg('Last ned signaturlisten som CSV', { id: 'inbox.pledge.csv' })}</a
        >
        <button type="button" class="kw-button-secondary" ?disabled=${this.refreshing} @click=${() => void this.loadPledges(true)}>
          ${msg('Hent nye signaturer', { id: 'inbox.pledge.refresh' })}
        </button>
      </div>
      <p class="muted">
        ${msg('Filen har bare de publiserte signaturene: navn, liste, rolle og tidspunkt.', { id: 'inbox.pledge.csv.hint' })}
      </p>

      <h2 id="heading-pending-moderation" tabindex="-1">
        ${msg(str`Venter på godkjenning (${waiting})`, { id: 'inbox.pledge.section.pending' })}
      </h2>
      ${this.renderSection('pending-moderation', inState('pending-moderation'), this.pendingActions)}

      <h2 id="heading-published" tabindex="-1">${msg(str`Publisert (${published})`, { id: 'inbox.pledge.section.published' })}</h2>
      ${this.renderSection('published', inState('published'), this.publishedActions)}

      <h2>${msg('Andre signaturer', { id: 'inbox.pledge.section.other' })}</h2>
      ${FOLDED.map(
        (section) =>
          html`<details class="folded">
            <summary>${pledgeStateLabel(section)} (${counts[section]})</summary>
            ${this.renderSection(section, inState(section), undefined)}
          </details>`,
      )}
    `;
  }

  private renderSection(
    section: string,
    rows: ModeratedPledge[],
    actions: ((pledge: ModeratedPledge) => TemplateResult) | undefined,
  ): TemplateResult {
    if (rows.length === 0) return html`<p class="muted">${msg('Ingen.', { id: 'inbox.pledge.none' })}</p>`;
    const label = pledgeStateLabel(section);
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby=${`caption-${section}`}>
      <table id=${`table-${section}`}>
        <caption id=${`caption-${section}`}>
          ${msg(str`${label}, nyeste først`, { id: 'inbox.pledge.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Navn', { id: 'inbox.pledge.col.name' })}</th>
            ${actions ? html`<th scope="col">${msg('Handling', { id: 'inbox.pledge.col.action' })}</th>` : nothing}
            <th scope="col">${msg('Liste', { id: 'inbox.pledge.col.list' })}</th>
            <th scope="col">${msg('Rolle', { id: 'inbox.list.role' })}</th>
            <th scope="col">${msg('E-post', { id: 'inbox.platform.email' })}</th>
            <th scope="col">${msg('Signert', { id: 'inbox.pledge.col.signed' })}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (p) =>
              html`<tr>
                <th scope="row" id=${nameId(p)} class="name">${p.name}</th>
                ${actions ? html`<td class="actions">${actions(p)} ${this.renderRowFailure(p)}</td>` : nothing}
                <td>${pledgeListLabel(p.list, p.otherList)}</td>
                <td>${pledgeRoleLabel(p.role)}</td>
                <td class="email">${p.email ?? html`<span class="muted">${msg('uten e-post', { id: 'inbox.pledge.no-email' })}</span>`}</td>
                <td><time datetime=${p.signedAt}>${formatDateTime(new Date(p.signedAt), this.locale)}</time></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderRowFailure(pledge: ModeratedPledge): TemplateResult | typeof nothing {
    return this.rowFailure?.id === String(pledge.id) ? html`<p class="row-error" role="alert">${this.rowFailure.text}</p>` : nothing;
  }

  private readonly pendingActions = (p: ModeratedPledge): TemplateResult =>
    html`<div class="row-actions">
      <button type="button" class="kw-button-primary" aria-describedby=${nameId(p)} @click=${() => void this.act(p, 'approve')}>
        ${msg('Godkjenn', { id: 'inbox.pledge.approve' })}
      </button>
      <button type="button" class="kw-button-secondary" aria-describedby=${nameId(p)} @click=${() => void this.act(p, 'reject')}>
        ${msg('Avvis', { id: 'inbox.pledge.reject' })}
      </button>
    </div>`;

  private readonly publishedActions = (p: ModeratedPledge): TemplateResult => {
    if (this.confirming === String(p.id)) {
      const question = `confirm-${nameId(p)}`;
      return html`<div class="confirm">
        <p id=${question}>
          ${msg('Trekke tilbake signaturen fordi den som signerte, ba om det? Den fjernes fra den offentlige listen.', {
            id: 'inbox.pledge.withdraw.question',
          })}
        </p>
        <div class="row-actions">
          <button
            type="button"
            class="kw-button-primary danger"
            aria-describedby=${`${question} ${nameId(p)}`}
            @click=${() => void this.act(p, 'withdraw')}
          >
            ${msg('Bekreft', { id: 'inbox.pledge.withdraw.confirm' })}
          </button>
          <button type="button" class="kw-button-secondary" @click=${() => void this.cancelWithdraw(p)}>
            ${msg('Avbryt', { id: 'inbox.pledge.withdraw.cancel' })}
          </button>
        </div>
      </div>`;
    }
    return html`<div class="row-actions">
      <button type="button" class="kw-button-secondary" aria-describedby=${nameId(p)} @click=${() => void this.act(p, 'hide')}>
        ${msg('Skjul', { id: 'inbox.pledge.hide' })}
      </button>
      <button
        type="button"
        class="kw-button-secondary"
        data-withdraw=${nameId(p)}
        aria-describedby=${nameId(p)}
        @click=${() => void this.askWithdraw(p)}
      >
        ${msg('Trekk tilbake', { id: 'inbox.pledge.withdraw' })}
      </button>
    </div>`;
  };
}
