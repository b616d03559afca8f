import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, renderHeading, type Locale } from '@kommune-widgets/core';
import { innbyggerforslagThreshold } from './activity-phase.js';

/** The citizens' right to propose (kommuneloven § 12-1), with the kommune's own threshold when its population is known. */
export function renderInnbyggerforslagRight(locale: Locale, innbyggere: number | undefined, headingLevel: number): TemplateResult {
  const threshold = innbyggere ? innbyggerforslagThreshold(innbyggere) : undefined;
  return html`<section class="legal-right" part="legal-right">
    ${renderHeading(headingLevel, msg('Din rett: innbyggerforslag', { id: 'ladder.right.title' }), { className: 'legal-right-title' })}
    <p>
      ${msg(
        'Etter kommuneloven § 12-1 kan innbyggerne fremme forslag om saker som gjelder kommunens virksomhet. Står minst 2 prosent av innbyggerne eller 300 personer bak forslaget, må kommunestyret selv ta stilling til det, senest seks måneder etter at det ble fremmet.',
        { id: 'ladder.right.text' },
      )}
    </p>
    ${threshold ? html`<p>${msg(str`I denne kommunen er ${formatNumber(threshold, locale)} underskrifter nok.`, { id: 'ladder.right.threshold' })}</p>` : ''}
  </section>`;
}
