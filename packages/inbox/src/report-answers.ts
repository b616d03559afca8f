import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatDate, formatDateTime, type Locale } from '@kommune-widgets/core';
import type { ReportSubmission } from '@kommune-widgets/schema';
import { helpLabel, kindLabel, platformLabel, roleLabel, targetLabel } from './labels.js';

/** `when` as the person gave it: a date alone, or a date and time. */
function whenText(when: string, locale: Locale): string {
  return /T/.test(when) ? formatDateTime(new Date(when), locale) : formatDate(new Date(`${when}T12:00:00Z`), locale);
}

const yesNo = (value: boolean) => (value ? msg('Ja', { id: 'inbox.yes' }) : msg('Nei', { id: 'inbox.no' }));

/** One answer: a term and what was sent, or «Ikke oppgitt». */
function row(term: string, value: TemplateResult | string | undefined): TemplateResult {
  return html`<dt>${term}</dt>
    <dd>
      ${value === undefined || value === '' ? html`<span class="muted">${msg('Ikke oppgitt', { id: 'inbox.answer.none' })}</span>` : value}
    </dd>`;
}

/** A reference given to the platform or the police, or whether it was reported at all. */
function reported(entry: { reference?: string } | undefined): string {
  if (!entry) return msg('Nei', { id: 'inbox.no' });
  return entry.reference ? `${msg('Ja', { id: 'inbox.yes' })} (${entry.reference})` : msg('Ja', { id: 'inbox.yes' });
}

/**
 * Everything the person sent, grouped as the form asked it, as text (never HTML): who, what, where and when, the
 * description, links (shown as text, not followed), what was reported where, help wanted and contact details.
 */
export function renderAnswers(report: Partial<ReportSubmission>, locale: Locale): TemplateResult {
  const contact = report.contact;
  return html`
    <h2>${msg('Hvem det gjaldt', { id: 'inbox.answer.who' })}</h2>
    <dl class="answers">
      ${row(msg('Er noen i fare nå?', { id: 'inbox.answer.danger' }), report.triage ? yesNo(report.triage.danger) : undefined)}
      ${row(msg('Gjaldt', { id: 'inbox.answer.target' }), report.target ? targetLabel(report.target) : undefined)}
      ${row(msg('Rolle', { id: 'inbox.list.role' }), report.role ? roleLabel(report.role) : undefined)}
    </dl>
    <h2>${msg('Hva som skjedde', { id: 'inbox.answer.what' })}</h2>
    <dl class="answers">
      ${row(msg('Hva skjedde', { id: 'inbox.list.kind' }), report.kinds?.map(kindLabel).join(', '))}
      ${row(
        msg('Hvor', { id: 'inbox.answer.where' }),
        report.where ? [platformLabel(report.where.platform), report.where.other].filter(Boolean).join(': ') : undefined,
      )}
      ${row(msg('Når', { id: 'inbox.answer.when' }), report.when ? whenText(report.when, locale) : undefined)}
      ${row(msg('Beskrivelse', { id: 'inbox.answer.description' }), report.description)}
      ${row(
        msg('Lenker', { id: 'inbox.answer.links' }),
        report.links?.length
          ? html`<ul class="links">
              ${report.links.map((link) => html`<li><code>${link}</code></li>`)}
            </ul>`
          : undefined,
      )}
    </dl>
    <h2>${msg('Meldt andre steder', { id: 'inbox.answer.reported' })}</h2>
    <dl class="answers">
      ${row(msg('Meldt til plattformen', { id: 'inbox.answer.reported.platform' }), report.reportedTo ? reported(report.reportedTo.platform) : undefined)}
      ${row(msg('Anmeldt til politiet', { id: 'inbox.answer.reported.police' }), report.reportedTo ? reported(report.reportedTo.police) : undefined)}
    </dl>
    <h2>${msg('Hjelp og kontakt', { id: 'inbox.answer.help-contact' })}</h2>
    <dl class="answers">
      ${row(
        msg('Ønsker hjelp med', { id: 'inbox.answer.help' }),
        report.help?.length ? report.help.map(helpLabel).join(', ') : msg('Ingenting valgt', { id: 'inbox.answer.help.none' }),
      )}
      ${
        contact
          ? html`${row(msg('Navn', { id: 'inbox.answer.name' }), contact.name)}
            ${row(msg('E-post', { id: 'inbox.platform.email' }), contact.email)}
            ${row(msg('Telefon', { id: 'inbox.answer.phone' }), contact.phone)}`
          : row(
              msg('Kontakt', { id: 'inbox.answer.contact' }),
              msg('Anonym: ingen kontaktopplysninger, meldingen kan ikke følges opp med den som meldte.', { id: 'inbox.answer.anonymous' }),
            )
      }
    </dl>
  `;
}
