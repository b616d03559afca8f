/**
 * Triage, before anything else: «Er noen i umiddelbar fare akkurat nå?». «Ja» shows «Ring 112 nå» in a box of its
 * own, with the police's 02800 for what does not hurry; the form can still be sent afterwards. «Nei» shows one line
 * with both numbers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderHeading } from '@kommune-widgets/core';

/** What {@link renderTriage} draws from. */
export interface TriageOptions {
  /** The answer so far: `true` for «Ja», `false` for «Nei», `undefined` before the reader answers. */
  answer: boolean | undefined;
  /** Called with the reader's choice. */
  onAnswer: (danger: boolean) => void;
  /** The question's heading level (inside the legend). */
  headingLevel: number;
  /** The error to show at the question (from the error summary), if any. */
  error?: string;
}

/**
 * The question as a fieldset (`#field-danger`) whose legend holds a heading, with two radio buttons «Ja»
 * (`#field-danger-yes`) and «Nei» (`#field-danger-no`). An error, when given, is wired as core's fields do.
 */
export function renderTriage(o: TriageOptions): TemplateResult {
  const describedBy = ['field-danger-hint', o.error ? 'field-danger-error' : ''].filter(Boolean).join(' ');
  const choice = (danger: boolean, id: string, label: string) =>
    html`<label class="kw-choice" for=${id}>
      <input
        type="radio"
        id=${id}
        name="danger"
        value=${danger ? 'yes' : 'no'}
        .checked=${o.answer === danger}
        @change=${() => o.onAnswer(danger)}
      />
      <span>${label}</span>
    </label>`;
  return html`<fieldset
    class="kw-fieldset triage ${o.error ? 'kw-field-error' : ''}"
    id="field-danger"
    part="triage"
    aria-describedby=${describedBy}
    aria-invalid=${o.error ? 'true' : 'false'}
  >
    <legend class="kw-legend triage-legend">
      ${renderHeading(o.headingLevel, msg('Er noen i umiddelbar fare akkurat nå?', { id: 'hate-report.triage.question' }), {
        className: 'triage-question',
      })}
    </legend>
    <div class="kw-hint" id="field-danger-hint">
      ${msg('Svar ja hvis noen kan bli skadet nå, eller hvis du er redd for at noe skal skje snart.', { id: 'hate-report.triage.hint' })}
    </div>
    ${
      o.error
        ? html`<p class="kw-error-message" id="field-danger-error">
            <span class="visually-hidden">${msg('Feil:', { id: 'hate-report.triage.errorPrefix' })} </span>${o.error}
          </p>`
        : nothing
    }
    <div class="kw-choices">
      ${choice(true, 'field-danger-yes', msg('Ja', { id: 'hate-report.triage.yes' }))}
      ${choice(false, 'field-danger-no', msg('Nei', { id: 'hate-report.triage.no' }))}
    </div>
  </fieldset>`;
}

/** What {@link renderEmergency} draws from. */
export interface EmergencyOptions {
  /** The triage answer. */
  danger: boolean;
  /** The level of the box's heading «Ring 112 nå». */
  headingLevel: number;
  /** Goes on to the form («Fortsett til skjemaet»). */
  onContinue: () => void;
}

/**
 * What the answer shows. For «Ja» a box (part `emergency`, heading `#emergency-heading`, focusable) with «Ring 112
 * nå» and a large `tel:112` link, the police's 02800 for what does not hurry, and «Fortsett til skjemaet». For «Nei» a
 * line with 02800 and 112, no box.
 */
export function renderEmergency(o: EmergencyOptions): TemplateResult {
  if (!o.danger) {
    return html`<p class="police-numbers" part="police-numbers">
      ${msg('Politiet når det ikke haster:', { id: 'hate-report.triage.nonUrgent' })}
      <a class="tel" href="tel:02800">02800</a>. ${msg('Nødnummer til politiet:', { id: 'hate-report.triage.emergencyNumber' })}
      <a class="tel" href="tel:112">112</a>.
    </p>`;
  }
  return html`<div class="emergency" part="emergency">
    ${renderHeading(o.headingLevel, msg('Ring 112 nå', { id: 'hate-report.triage.call112' }), {
      id: 'emergency-heading',
      className: 'emergency-title',
      focusable: true,
    })}
    <p>${msg('Når noen er i fare, skal du ringe politiet med en gang.', { id: 'hate-report.triage.callNow' })}</p>
    <p><a class="emergency-call" href="tel:112">${msg('Ring 112', { id: 'hate-report.triage.call112Link' })}</a></p>
    <p>
      ${msg('Politiet når det ikke haster:', { id: 'hate-report.triage.nonUrgent' })}
      <a class="tel" href="tel:02800">02800</a>
    </p>
    <p>${msg('Du kan sende meldingen til kontaktpersonen etterpå.', { id: 'hate-report.triage.afterwards' })}</p>
    <div class="kw-actions">
      <button type="button" class="kw-button-secondary" @click=${o.onContinue}>
        ${msg('Fortsett til skjemaet', { id: 'hate-report.triage.continue' })}
      </button>
    </div>
  </div>`;
}
