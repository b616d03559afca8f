import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LocalizedText, ParticipationActivity } from '@kommune-widgets/schema';
import { renderHeading, type Locale } from '@kommune-widgets/core';
import type { ActivityPhase } from './activity-phase.js';
import { activityCallToAction, callToActionLabel } from './call-to-action.js';
import { methodLabel } from './methods.js';
import { phaseLabel } from './phase-label.js';

/** What one activity in a list needs from the element. */
export interface ActivityCardContext {
  activity: ParticipationActivity;
  phase: ActivityPhase;
  locale: Locale;
  /** Picks the kommune's text in the reader's language, marked with its own `lang` where it falls back to another. */
  text: (value: LocalizedText) => string | TemplateResult;
  headingLevel: number;
  /** The step's title, shown when the list mixes steps. */
  stepTitle?: string;
  selected: boolean;
  onSelect: (activity: ParticipationActivity) => void;
}

/** One participation process in a list: title, phase with deadline, method, link, and the way into its four questions. */
export function renderActivityCard({
  activity,
  phase,
  locale,
  text,
  headingLevel,
  stepTitle,
  selected,
  onSelect,
}: ActivityCardContext): TemplateResult {
  const method = activity.method ? (methodLabel(activity.method) ?? activity.method) : undefined;
  const title = text(activity.title);
  return html`<li class="activity phase-${phase} ${selected ? 'selected' : ''}" part="activity">
    ${renderHeading(headingLevel, title, { className: 'activity-title' })}
    <p class="activity-meta">
      <span class="phase-badge" part="phase-badge">${phaseLabel(activity, phase, locale)}</span>
      ${method ? html`<span class="method">${method}</span>` : nothing}
      ${stepTitle ? html`<span class="activity-step">${msg(str`Trinn: ${stepTitle}`, { id: 'ladder.activity.step' })}</span>` : nothing}
    </p>
    ${activity.summary ? html`<p class="activity-summary">${text(activity.summary)}</p>` : nothing}
    <p class="activity-actions">
      ${activity.url ? html`<a class="activity-link" part="activity-link" href=${activity.url}>${callToActionLabel(activityCallToAction(activity, phase))}<span class="visually-hidden">: ${title}</span></a>` : nothing}
      <button
        type="button"
        class="activity-select kw-button"
        part="activity-button"
        data-activity=${activity.id}
        aria-pressed=${selected ? 'true' : 'false'}
        @click=${() => onSelect(activity)}
      >
        ${msg('Hvor står saken?', { id: 'ladder.activity.where' })}<span class="visually-hidden"> ${title}</span>
      </button>
    </p>
  </li>`;
}
