/** Every answer as a list (`<dl>`), for the last step before sending, the receipt and the print view. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatDate, type Locale } from '@kommune-widgets/core';
import { helpLabel, kindLabel, platformLabel, roleLabel, targetLabel } from './labels.js';
import { linkLines, type ReportDraft } from './report-draft.js';
import { stepTitle, type ReportStep } from './report-steps.js';

/** What the summary needs; `onChange` draws an «Endre» button per answer that goes back to its group. */
export interface AnswersSummaryOptions {
  draft: ReportDraft;
  locale: Locale;
  onChange?: (step: ReportStep) => void;
}

const none = () => msg('Ikke oppgitt', { id: 'hate-report.summary.none' });

/** The date and time as typed, formatted for the reader (the time is the wall clock the reader gave). */
function when(draft: ReportDraft, locale: Locale): string {
  if (!draft.whenDate) return none();
  const [year, month, day] = draft.whenDate.split('-').map(Number);
  const date = formatDate(new Date(Date.UTC(year!, month! - 1, day!, 12)), locale, { dateStyle: 'long', timeZone: 'UTC' });
  return draft.whenTime ? `${date} ${draft.whenTime}` : date;
}

/** The answers, grouped as the form asked them. */
export function renderAnswersSummary({ draft, locale, onChange }: AnswersSummaryOptions): TemplateResult {
  const row = (step: ReportStep, label: string, content: unknown) =>
    html`<div class="answer">
      <dt>${label}</dt>
      <dd>${content}</dd>
      ${
        onChange
          ? html`<dd class="answer-change">
              <button type="button" class="kw-button-secondary change-button" part="change-button" @click=${() => onChange(step)}>
                ${msg('Endre', { id: 'hate-report.summary.change' })}<span class="visually-hidden"> ${label}</span>
              </button>
            </dd>`
          : nothing
      }
    </div>`;
  const links = linkLines(draft);
  const platform =
    draft.platform === 'annet' && draft.platformOther.trim()
      ? draft.platformOther.trim()
      : draft.platform
        ? platformLabel(draft.platform)
        : none();
  const reported = [
    draft.reportedToPlatform
      ? `${msg('Plattformen', { id: 'hate-report.summary.platform' })}${draft.platformReference.trim() ? ` (${draft.platformReference.trim()})` : ''}`
      : '',
    draft.reportedToPolice
      ? `${msg('Politiet', { id: 'hate-report.summary.police' })}${draft.policeReference.trim() ? ` (${draft.policeReference.trim()})` : ''}`
      : '',
  ].filter(Boolean);
  const contact = draft.anonymous
    ? msg('Anonym: ingen kan følge opp saken med deg.', { id: 'hate-report.summary.anonymous' })
    : [draft.name, draft.email, draft.phone]
        .map((part) => part.trim())
        .filter(Boolean)
        .join(', ') || none();
  return html`<dl class="answers" part="answers">
    ${row('who', stepTitle('who'), html`${draft.target ? targetLabel(draft.target) : none()}${draft.role ? html`, ${roleLabel(draft.role)}` : nothing}`)}
    ${row('what', msg('Hva som skjedde', { id: 'hate-report.summary.kinds' }), draft.kinds.map(kindLabel).join(', ') || none())}
    ${row('what', msg('Beskrivelse', { id: 'hate-report.summary.description' }), html`<span class="description">${draft.description.trim() || none()}</span>`)}
    ${row('where', msg('Hvor', { id: 'hate-report.summary.where' }), platform)}
    ${row('where', msg('Når', { id: 'hate-report.summary.when' }), when(draft, locale))}
    ${row(
      'evidence',
      msg('Lenker', { id: 'hate-report.summary.links' }),
      links.length
        ? html`<ul class="answer-list">
            ${links.map((link) => html`<li class="link-text">${link}</li>`)}
          </ul>`
        : none(),
    )}
    ${row(
      'evidence',
      msg('Filer', { id: 'hate-report.summary.files' }),
      draft.attachments.length
        ? html`<ul class="answer-list">
            ${draft.attachments.map((a) => html`<li>${a.file.name}</li>`)}
          </ul>`
        : none(),
    )}
    ${row('reported', msg('Meldt fra til', { id: 'hate-report.summary.reported' }), reported.join(', ') || msg('Ingen', { id: 'hate-report.summary.nobody' }))}
    ${row('help', msg('Ønsket hjelp', { id: 'hate-report.summary.help' }), draft.help.map(helpLabel).join(', ') || none())}
    ${row('contact', msg('Kontakt', { id: 'hate-report.summary.contact' }), contact)}
  </dl>`;
}
