/**
 * The privacy notice beside the form: why the report is kept, who reads it, how long it is kept (the server's
 * setting, not the document's), that the form stores nothing in the browser, and that this is not a police report.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, renderHeading, type Locale } from '@kommune-widgets/core';
import type { LocalizedText, Report } from '@kommune-widgets/schema';

/**
 * How long a report is kept, in one sentence: «Meldingen slettes 90 dager etter at saken er avsluttet» from the
 * server's retention days (the number written as `locale` writes numbers), or a neutral sentence without a number.
 */
export function retentionSentence(retentionDays: number | undefined, locale: Locale): string {
  if (retentionDays === undefined || !Number.isFinite(retentionDays) || retentionDays < 1) {
    return msg('Meldingen slettes når kommunen ikke lenger trenger den for å følge opp saken.', {
      id: 'hate-report.privacy.retentionUnknown',
    });
  }
  if (retentionDays === 1) {
    return msg('Meldingen slettes én dag etter at saken er avsluttet.', { id: 'hate-report.privacy.retentionOne' });
  }
  const days = formatNumber(retentionDays, locale);
  return msg(str`Meldingen slettes ${days} dager etter at saken er avsluttet.`, { id: 'hate-report.privacy.retention' });
}

/** What {@link renderPrivacyNotice} draws from. */
export interface PrivacyNoticeOptions {
  contact: Report['contact'];
  text: (t: LocalizedText) => string;
  /** The server's retention period in days (`GET /api/v1/kommuner/:nummer`); without it a neutral sentence. */
  retentionDays?: number;
  /** The kommune's privacy statement for the reports. */
  privacyUrl?: string;
  kommuneName?: string;
  headingLevel: number;
  /** The language numbers are written in; bokmål unless given. */
  locale?: Locale;
}

/**
 * The notice as a section (part `privacy`, heading `#privacy-heading`): purpose, reader, retention, nothing stored in
 * the browser, «Dette er ikke en politianmeldelse» with 02800 and 112, and the kommune's privacy statement when given.
 */
export function renderPrivacyNotice(o: PrivacyNoticeOptions): TemplateResult {
  const name = o.contact.name;
  const kommune = o.kommuneName;
  const reader = kommune
    ? msg(str`Bare kontaktpersonen i ${kommune}, ${name}, leser meldingen.`, { id: 'hate-report.privacy.readerKommune' })
    : msg(str`Bare kommunens kontaktperson, ${name}, leser meldingen.`, { id: 'hate-report.privacy.reader' });
  return html`<div class="privacy" part="privacy">
    ${renderHeading(o.headingLevel, msg('Personvern', { id: 'hate-report.privacy.heading' }), { id: 'privacy-heading' })}
    <ul class="privacy-list">
      <li>${msg('Meldingen brukes bare til å gi deg hjelp og oppfølging.', { id: 'hate-report.privacy.purpose' })}</li>
      <li>${reader}</li>
      <li>${retentionSentence(o.retentionDays, o.locale ?? 'nb')}</li>
      <li>
        ${msg('Skjemaet lagrer ingenting i nettleseren din. Det du skriver, forsvinner hvis du lukker siden før du har sendt.', {
          id: 'hate-report.privacy.browser',
        })}
      </li>
    </ul>
    <p class="not-police" part="not-police">
      <strong>${msg('Dette er ikke en politianmeldelse.', { id: 'hate-report.privacy.notPolice' })}</strong>
      ${msg('Vil du anmelde, ring politiet på', { id: 'hate-report.privacy.report' })} <a class="tel" href="tel:02800">02800</a>.
      ${msg('Er noen i fare, ring', { id: 'hate-report.privacy.danger' })} <a class="tel" href="tel:112">112</a>.
    </p>
    ${
      o.privacyUrl
        ? html`<p>
            <a href=${o.privacyUrl}>${msg('Les kommunens personvernerklæring', { id: 'hate-report.privacy.statement' })}</a>
          </p>`
        : nothing
    }
  </div>`;
}
