/**
 * The notice a contact person gets when a report arrives. It holds no personal data and nothing of the report (no
 * receipt number either: a receipt is a handle to a report): only that a report waits, whether it is urgent, and the
 * inbox link.
 */
import type { KommuneConfig } from '../config.js';
import type { NewMail } from '../storage/types.js';

/** The `kind` of a new-report notice. */
export const NEW_REPORT_KIND = 'new-report';

/** Subject and text of a new-report notice; `urgent` when the report's triage said someone is in danger. */
export function newReportMessage(publicUrl: string, urgent: boolean): { subject: string; text: string } {
  const inbox = `${publicUrl.replace(/\/+$/, '')}/admin/`;
  const subject = urgent ? 'Haster: ny melding om hets eller trusler' : 'Ny melding om hets eller trusler';
  const first = urgent
    ? 'Haster: En ny melding om hets eller trusler venter i innboksen. Den som meldte, svarte at noen er i fare.'
    : 'En ny melding om hets eller trusler venter i innboksen.';
  const text = [
    first,
    '',
    `Les den i innboksen: ${inbox}`,
    '',
    'Av hensyn til personvernet står ingenting fra meldingen i denne e-posten.',
    '',
  ].join('\n');
  return { subject, text };
}

/** Who is told of a new report for `kommune`: its `notify` list, else its contact's e-mail (none when neither). */
export function noticeRecipients(kommune: KommuneConfig): string[] {
  return kommune.notify ?? (kommune.contact.email ? [kommune.contact.email] : []);
}

/** What a new-report notice needs besides the kommune. */
export interface NoticeOptions {
  /** The server's public address, e.g. `https://hets.kommune.no`. */
  publicUrl: string;
  /** Whether SMTP is configured: the notices are then `queued` for sending, else kept in the `outbox`. */
  deliver: boolean;
}

/** The notices to enqueue with a new report of `kommune`, one per recipient. */
export function newReportNotices(kommune: KommuneConfig, urgent: boolean, options: NoticeOptions): NewMail[] {
  const { subject, text } = newReportMessage(options.publicUrl, urgent);
  return noticeRecipients(kommune).map((recipient) => ({
    kommune: kommune.nummer,
    recipient,
    subject,
    bodyText: text,
    kind: NEW_REPORT_KIND,
    state: options.deliver ? 'queued' : 'outbox',
  }));
}
