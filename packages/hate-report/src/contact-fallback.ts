/**
 * The kommune's contact person, in person: shown beside the form, and at once instead of it when the server does not
 * answer or refuses this page, so that nobody meets a form that cannot be sent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderHeading } from '@kommune-widgets/core';
import type { LocalizedText, Report } from '@kommune-widgets/schema';

/** A phone number as a `tel:` address: digits and a leading `+` only («22 33 44 55» → `tel:22334455`). */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** The contact person's name, role, phone (a `tel:` link) and e-mail (a `mailto:` link), as far as the document gives them. */
export function renderContactDetails(contact: Report['contact'], text: (t: LocalizedText) => string): TemplateResult {
  return html`<div class="contact-card" part="contact-card">
    <p class="contact-name">
      <strong>${contact.name}</strong>${contact.role ? html`<br /><span class="contact-role">${text(contact.role)}</span>` : nothing}
    </p>
    ${
      contact.phone || contact.email
        ? html`<ul class="contact-ways" role="list">
            ${
              contact.phone
                ? html`<li>
                    ${msg('Telefon:', { id: 'hate-report.contact.phone' })}
                    <a class="tel" href=${telHref(contact.phone)}>${contact.phone}</a>
                  </li>`
                : nothing
            }
            ${
              contact.email
                ? html`<li>
                    ${msg('E-post:', { id: 'hate-report.contact.email' })}
                    <a class="mail" href=${`mailto:${contact.email}`}>${contact.email}</a>
                  </li>`
                : nothing
            }
          </ul>`
        : nothing
    }
  </div>`;
}

/** What {@link renderContactFallback} draws from. */
export interface ContactFallbackOptions {
  contact: Report['contact'];
  text: (t: LocalizedText) => string;
  /** `unreachable`: the server did not answer; `refused`: it does not take reports from this page. */
  reason: 'unreachable' | 'refused';
  headingLevel: number;
  /** Asks the server again; the «Prøv igjen» button shows only for `unreachable` when this is given. */
  onRetry?: () => void;
}

/**
 * Shown instead of the form when it cannot be sent from here: why, in one line, then the contact person's name, role,
 * phone and e-mail, the emergency number, and «Prøv igjen» when the server only failed to answer. Its heading has the
 * id `contact-fallback-heading` and can take focus.
 */
export function renderContactFallback(o: ContactFallbackOptions): TemplateResult {
  const title =
    o.reason === 'unreachable'
      ? msg('Skjemaet kan ikke sendes herfra akkurat nå', { id: 'hate-report.fallback.unreachable' })
      : msg('Denne siden kan ikke sende meldinger til kommunen', { id: 'hate-report.fallback.refused' });
  return html`<div class="contact-fallback" part="contact-fallback">
    ${renderHeading(o.headingLevel, title, { id: 'contact-fallback-heading', className: 'contact-fallback-title', focusable: true })}
    <p>${msg('Ta kontakt med kommunens kontaktperson direkte:', { id: 'hate-report.fallback.direct' })}</p>
    ${renderContactDetails(o.contact, o.text)}
    <p class="emergency-line">
      ${msg('Er noen i fare akkurat nå, ring politiet på', { id: 'hate-report.fallback.emergency' })}
      <a class="tel" href="tel:112">112</a>.
    </p>
    ${
      o.reason === 'unreachable' && o.onRetry
        ? html`<div class="kw-actions">
            <button type="button" class="kw-button-secondary" @click=${o.onRetry}>
              ${msg('Prøv igjen', { id: 'hate-report.fallback.retry' })}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}
