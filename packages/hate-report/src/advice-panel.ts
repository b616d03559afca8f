/**
 * The advice beside the form: who the contact person is and what happens next, how to save evidence with its
 * context, how to report to the platform, when to go to the police, Slettmeg, PFU and the party. Each text is the
 * kommune's own from `report.advice` when the document gives it, else the built-in one (KS's advice on hets og
 * trusler mot folkevalgte: a contact person in the kommune and in the party, and a group of people around you).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderHeading, type Locale } from '@kommune-widgets/core';
import type { LocalizedText, Report } from '@kommune-widgets/schema';
import { renderContactDetails } from './contact-fallback.js';
import { retentionSentence } from './privacy-notice.js';

/** What {@link renderAdvice} draws from. */
export interface AdviceOptions {
  report: Report;
  text: (t: LocalizedText) => string;
  /** The panel's own heading level; its sections use the level below. */
  headingLevel: number;
  kommuneName?: string;
  /** The server's retention period, said under «Hva skjer videre». */
  retentionDays?: number;
  /** The language numbers are written in; bokmål unless given. */
  locale?: Locale;
}

/** A kommune's own advice text as paragraphs (a blank line starts a new one; single line breaks are kept by CSS). */
function paragraphs(value: string): TemplateResult[] {
  return value
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => html`<p class="own-text">${part}</p>`);
}

/** An outside service's address as a link whose text is its name («slettmeg.no»). */
const link = (href: string, label: string) => html`<a href=${href}>${label}</a>`;

function section(level: number, id: string, title: string, content: unknown): TemplateResult {
  return html`<div class="advice-section">${renderHeading(level, title, { id: `advice-${id}` })} ${content}</div>`;
}

function defaultNextSteps(): TemplateResult {
  return html`<ul>
    <li>${msg('Kontaktpersonen leser meldingen.', { id: 'hate-report.advice.next.reads' })}</li>
    <li>${msg('Har du gitt kontaktopplysninger, tar kontaktpersonen kontakt med deg.', { id: 'hate-report.advice.next.contact' })}</li>
    <li>
      ${msg(
        'Kontaktpersonen kan hjelpe deg med å anmelde til politiet, få innhold fjernet fra plattformen, få en juridisk vurdering og ta kontakt med partiet ditt.',
        { id: 'hate-report.advice.next.help' },
      )}
    </li>
  </ul>`;
}

function defaultEvidence(): TemplateResult {
  return html`<ul>
    <li>
      ${msg('Ta skjermbilder som viser hele innlegget, adressen (URL) øverst i nettleseren, profilnavnet og dato og klokkeslett.', {
        id: 'hate-report.advice.evidence.screenshot',
      })}
    </li>
    <li>
      ${msg('Ta med tråden rundt: innlegget det ble svart på og svarene etterpå, så sammenhengen kommer fram.', {
        id: 'hate-report.advice.evidence.thread',
      })}
    </li>
    <li>${msg('Kopier lenken til innlegget og til profilen som skrev det.', { id: 'hate-report.advice.evidence.links' })}</li>
    <li>
      ${msg('Lagre bevisene før du melder fra til plattformen: innhold som fjernes, kan bli borte for godt.', {
        id: 'hate-report.advice.evidence.before',
      })}
    </li>
  </ul>`;
}

function defaultPlatform(): TemplateResult {
  return html`<ul>
    <li>
      ${msg(
        'De fleste plattformer har en knapp for å rapportere et innlegg, en kommentar eller en profil. Velg det som passer best, for eksempel trusler eller trakassering.',
        {
          id: 'hate-report.advice.platform.button',
        },
      )}
    </li>
    <li>
      ${msg('Noter saksnummeret eller ta skjermbilde av bekreftelsen du får, og skriv det i skjemaet.', {
        id: 'hate-report.advice.platform.reference',
      })}
    </li>
    <li>${msg('Du kan også blokkere avsenderen, men lagre bevisene først.', { id: 'hate-report.advice.platform.block' })}</li>
  </ul>`;
}

function defaultPolice(): TemplateResult {
  return html`<ul>
    <li>${msg('Er noen i fare, ring', { id: 'hate-report.advice.police.danger' })} <a class="tel" href="tel:112">112</a>.</li>
    <li>
      ${msg(
        'Trusler, hatefulle ytringer og forfølgelse kan være straffbart, også når det skjer på nett. Trusler mot folkevalgte tar politiet på alvor.',
        {
          id: 'hate-report.advice.police.criminal',
        },
      )}
    </li>
    <li>
      ${msg('En anmeldelse ber politiet etterforske saken. Ring politiet på', { id: 'hate-report.advice.police.report' })}
      <a class="tel" href="tel:02800">02800</a>
      ${msg('eller møt opp på et politikontor.', { id: 'hate-report.advice.police.office' })}
    </li>
    <li>
      ${msg('Et tips gir politiet opplysninger uten at du anmelder. Du kan tipse politiet på', { id: 'hate-report.advice.police.tip' })}
      ${link('https://www.politiet.no/', 'politiet.no')}.
    </li>
  </ul>`;
}

function defaultParty(): TemplateResult {
  return html`<p>
    ${msg(
      'Ta kontakt med kontaktpersonen i partiet, lokallaget eller partikontoret. Partiet kan samle en gruppe rundt deg, og det er partiet som skal ta støyten for upopulære vedtak, ikke den enkelte folkevalgte.',
      { id: 'hate-report.advice.party.default' },
    )}
  </p>`;
}

/**
 * The advice beside the form under its heading «Råd og hjelp» (at `headingLevel`), with one part per topic at
 * `headingLevel + 1`. The document's `report.advice` texts win over the built-in ones; the contact person, the
 * responseTime, Slettmeg and PFU are always shown. Built-in links are https only.
 */
export function renderAdvice(o: AdviceOptions): TemplateResult {
  const { report, text } = o;
  const advice = report.advice ?? {};
  const level = o.headingLevel + 1;
  const kommune = o.kommuneName;
  const contactTitle = kommune
    ? msg(str`Kontaktpersonen i ${kommune}`, { id: 'hate-report.advice.contact.headingKommune' })
    : msg('Kontaktpersonen i kommunen', { id: 'hate-report.advice.contact.heading' });
  return html`<div class="advice" part="advice">
    ${renderHeading(o.headingLevel, msg('Råd og hjelp', { id: 'hate-report.advice.heading' }), { id: 'advice-heading' })}
    ${section(
      level,
      'contact',
      contactTitle,
      html`<p>
          ${msg(
            'Meldingen går til en nøytral kontaktperson i kommunen, som er der for folkevalgte og kandidater som blir utsatt for hets og trusler.',
            {
              id: 'hate-report.advice.contact.about',
            },
          )}
        </p>
        ${renderContactDetails(report.contact, text)}`,
    )}
    ${section(
      level,
      'next',
      msg('Hva skjer videre', { id: 'hate-report.advice.next.heading' }),
      html`${advice.nextSteps ? paragraphs(text(advice.nextSteps)) : defaultNextSteps()}
      ${
        report.responseTime
          ? html`<p class="response-time">
              <strong>${msg('Når meldingen blir lest:', { id: 'hate-report.advice.next.responseTime' })}</strong>
              ${text(report.responseTime)}
            </p>`
          : nothing
      }
      ${o.retentionDays !== undefined ? html`<p>${retentionSentence(o.retentionDays, o.locale ?? 'nb')}</p>` : nothing}`,
    )}
    ${section(
      level,
      'evidence',
      msg('Sikre bevis', { id: 'hate-report.advice.evidence.heading' }),
      advice.evidence ? paragraphs(text(advice.evidence)) : defaultEvidence(),
    )}
    ${section(
      level,
      'platform',
      msg('Meld fra til plattformen', { id: 'hate-report.advice.platform.heading' }),
      advice.platform ? paragraphs(text(advice.platform)) : defaultPlatform(),
    )}
    ${section(
      level,
      'police',
      msg('Når du bør gå til politiet', { id: 'hate-report.advice.police.heading' }),
      advice.police ? paragraphs(text(advice.police)) : defaultPolice(),
    )}
    ${section(
      level,
      'slettmeg',
      msg('Få innhold fjernet: Slettmeg', { id: 'hate-report.advice.slettmeg.heading' }),
      html`<p>
        ${msg('Slettmeg gir råd og hjelp til å få fjernet krenkende innhold og opplysninger om deg på nett:', {
          id: 'hate-report.advice.slettmeg.text',
        })}
        ${link('https://slettmeg.no/', 'slettmeg.no')}.
      </p>`,
    )}
    ${section(
      level,
      'pfu',
      msg('Aviser, radio og TV: PFU', { id: 'hate-report.advice.pfu.heading' }),
      html`<p>
        ${msg(
          'Står innholdet i en redaktørstyrt avis eller nettavis, på radio eller TV, kan du kontakte redaksjonen og klage til Pressens Faglige Utvalg (PFU):',
          {
            id: 'hate-report.advice.pfu.text',
          },
        )}
        ${link('https://www.pfu.no/', 'pfu.no')}.
      </p>`,
    )}
    ${section(
      level,
      'party',
      msg('Partiet ditt', { id: 'hate-report.advice.party.heading' }),
      advice.party ? paragraphs(text(advice.party)) : defaultParty(),
    )}
  </div>`;
}
