import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { STEP_IDS, type LocalizedText, type ParticipationActivity } from '@kommune-widgets/schema';
import { renderHeading, singleStops, type Locale } from '@kommune-widgets/core';
import type { ActivityPhase } from './activity-phase.js';
import { activityCallToAction, callToActionLabel } from './call-to-action.js';
import { renderInnbyggerforslagRight } from './legal-right.js';
import { isInnbyggerforslag } from './method-names.js';
import { phaseLabel } from './phase-label.js';

/** What the four-questions panel needs from the element. */
export interface ActivityDetailContext {
  activity: ParticipationActivity;
  phase: ActivityPhase;
  stepTitle: string;
  locale: Locale;
  /** Picks the kommune's text in the reader's language, marked with its own `lang` where it falls back to another. */
  text: (value: LocalizedText) => string | TemplateResult;
  headingLevel: number;
  /** The kommune's population (`kommune.innbyggere`), for the signatures an innbyggerforslag needs there. */
  innbyggere: number | undefined;
  onClose: () => void;
}

function renderWho({ activity, text }: ActivityDetailContext): TemplateResult {
  const contact = activity.contact;
  return html`${activity.organizer ? html`<p>${text(activity.organizer)}</p>` : html`<p>${msg('Kommunen har ikke oppgitt hvem som står bak.', { id: 'ladder.who.unknown' })}</p>`}
  ${
    contact
      ? html`<p class="contact">
          ${msg('Kontakt:', { id: 'ladder.who.contact' })} ${contact.name ?? ''}
          ${contact.email ? html`<a href=${`mailto:${contact.email}`}>${contact.email}</a>` : nothing}
          ${contact.phone ? html`<a href=${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>${contact.phone}</a>` : nothing}
          ${contact.url ? html`<a href=${contact.url}>${msg('Kontaktside', { id: 'ladder.who.contactPage' })}</a>` : nothing}
        </p>`
      : nothing
  }`;
}

function renderWhere(context: ActivityDetailContext): TemplateResult {
  const { activity, phase, stepTitle, locale, text } = context;
  const position = STEP_IDS.indexOf(activity.step) + 1;
  return html`<p>${singleStops(msg(str`Trinn ${position} av 5 i deltakelsestrappa: ${stepTitle}.`, { id: 'ladder.where.step' }))}</p>
    <p><strong>${phaseLabel(activity, phase, locale)}</strong></p>
    ${activity.stage ? html`<p>${text(activity.stage)}</p>` : nothing}`;
}

function renderNext({ activity, phase, text }: ActivityDetailContext): TemplateResult {
  if (activity.next) return html`<p>${text(activity.next)}</p>`;
  if (phase === 'cancelled') return html`<p>${msg('Prosessen er avlyst.', { id: 'ladder.next.cancelled' })}</p>`;
  return html`<p>${msg('Kommunen har ikke beskrevet neste steg ennå.', { id: 'ladder.next.unknown' })}</p>`;
}

function renderDifference({ activity, phase, text }: ActivityDetailContext): TemplateResult {
  const more = activity.outcomeUrl
    ? html`<p><a href=${activity.outcomeUrl}>${msg('Les mer om resultatet', { id: 'ladder.outcome.more' })}</a></p>`
    : nothing;
  if (activity.outcome)
    return html`<p>${text(activity.outcome)}</p>
      ${more}`;
  if (phase === 'closed')
    return html`<p>${msg('Kommunen har ikke publisert ennå hva innspillene førte til.', { id: 'ladder.outcome.pending' })}</p>
      ${more}`;
  if (phase === 'cancelled')
    return html`<p>${msg('Prosessen ble avlyst før innspillene ble brukt.', { id: 'ladder.outcome.cancelled' })}</p>`;
  return html`<p>${msg('Det får du vite her når prosessen er avsluttet.', { id: 'ladder.outcome.later' })}</p>`;
}

/**
 * Where one process sits on the ladder and the four questions every participant should get answered:
 * who is asking, where in the process we are, what happens next, and what difference the input made;
 * for an innbyggerforslag also the right behind it, with the kommune's own signature threshold.
 */
export function renderActivityDetail(context: ActivityDetailContext): TemplateResult {
  const { activity, phase, locale, text, headingLevel, innbyggere, onClose } = context;
  const sub = headingLevel + 1;
  return html`<section class="activity-detail" part="activity-detail" aria-labelledby="activity-detail-title">
    <div class="detail-header">
      ${renderHeading(headingLevel, text(activity.title), { id: 'activity-detail-title', className: 'detail-title kw-heading', focusable: true })}
      <button type="button" class="close kw-button" part="close-button" @click=${onClose}>
        ${msg('Lukk', { id: 'ladder.detail.close' })}
      </button>
    </div>
    ${activity.summary ? html`<p>${text(activity.summary)}</p>` : nothing}
    <div class="questions" part="questions">
      <div class="question">${renderHeading(sub, msg('Hvem spør?', { id: 'ladder.q.who' }))}${renderWho(context)}</div>
      <div class="question">${renderHeading(sub, msg('Hvor i prosessen er vi?', { id: 'ladder.q.where' }))}${renderWhere(context)}</div>
      <div class="question">${renderHeading(sub, msg('Hva skjer videre?', { id: 'ladder.q.next' }))}${renderNext(context)}</div>
      <div class="question">
        ${renderHeading(sub, msg('Hva ble resultatet?', { id: 'ladder.q.difference' }))}${renderDifference(context)}
      </div>
    </div>
    ${isInnbyggerforslag(activity.method) ? renderInnbyggerforslagRight(locale, innbyggere, sub) : nothing}
    ${
      activity.url
        ? html`<p>
            <a class="take-part" part="take-part-link" href=${activity.url}>${callToActionLabel(activityCallToAction(activity, phase))}</a>
          </p>`
        : nothing
    }
  </section>`;
}
