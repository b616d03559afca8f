/**
 * The mail a signatory gets when signing a pledge with an e-mail address: what was signed, in whose name, the link
 * that confirms it (published then, or waiting for a moderator) and the link that withdraws it. In bokmål, with the
 * essentials in English. It goes to the address given, and holds nothing but what that person typed.
 */
import type { NewMail } from '../storage/types.js';

/** The `kind` of a pledge's confirmation mail. */
export const PLEDGE_CONFIRMATION_KIND = 'pledge-confirmation';

/** What the confirmation mail says and where it goes. */
export interface PledgeMailOptions {
  kommune: string;
  /** The campaign's id: the mail is forgotten with the campaign's addresses. */
  campaign: string;
  recipient: string;
  /** The campaign's title in bokmål. */
  title: string;
  name: string;
  /** The list's name in bokmål. */
  list: string;
  confirmUrl: string;
  withdrawUrl: string;
  /** Whether a moderator approves every signature after it is confirmed. */
  moderation: boolean;
  /** Whether SMTP is configured (`queued`), else the mail waits in the outbox. */
  deliver: boolean;
}

/** Subject and text of the confirmation mail. */
export function pledgeConfirmationMessage(options: Omit<PledgeMailOptions, 'kommune' | 'campaign' | 'recipient' | 'deliver'>): {
  subject: string;
  text: string;
} {
  const after = options.moderation
    ? 'Når du har bekreftet, ser en moderator i kommunen over signaturen før navnet publiseres.'
    : 'Når du har bekreftet, står navnet ditt på den offentlige lista. Uten bekreftelse blir det ikke publisert.';
  const text = [
    'Hei!',
    '',
    `Noen, forhåpentligvis du, har signert «${options.title}» med navnet «${options.name}» (${options.list}) og oppgitt denne e-postadressen.`,
    '',
    'Bekreft signaturen innen sju dager ved å åpne denne lenken og trykke på knappen:',
    options.confirmUrl,
    '',
    after,
    '',
    'Vil du trekke signaturen, nå eller senere, åpner du denne lenken:',
    options.withdrawUrl,
    '',
    'Har du ikke signert selv, bekrefter du ikke, men trekker signaturen med lenken over.',
    '',
    `English: someone, hopefully you, signed «${options.title}» as «${options.name}». Confirm within seven days with the first link; withdraw at any time with the second.`,
    '',
  ].join('\n');
  return { subject: `Bekreft signaturen din: ${options.title}`, text };
}

/** The confirmation mail to enqueue with a new pledge. */
export function pledgeConfirmationMail(options: PledgeMailOptions): NewMail {
  const { subject, text } = pledgeConfirmationMessage(options);
  return {
    kommune: options.kommune,
    recipient: options.recipient,
    subject,
    bodyText: text,
    kind: PLEDGE_CONFIRMATION_KIND,
    state: options.deliver ? 'queued' : 'outbox',
    ref: options.campaign,
  };
}
