/**
 * The sign form's answers, in memory only: checked before sending (each error in the reader's language, at its field)
 * and turned into the body `pledgeSubmissionSchema` accepts.
 */
import { msg } from '@lit/localize';
import { PLEDGE_NAME_MAX, PLEDGE_OTHER_LIST, type PledgeRole, type PledgeSubmission } from '@kommune-widgets/schema';
import type { SignDraft } from './draft.js';

/** The form's fields, by the name their control's id is made from. */
export type SignField = 'name' | 'list' | 'otherList' | 'role' | 'email' | 'consent';

/** One field's error. */
export interface SignError {
  name: SignField;
  message: string;
}

/** An address with one @, something before it and a dot in the domain after it: what a person can mistype. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every error, in the order of the fields on the page; empty when the draft can be sent. */
export function validateDraft(draft: SignDraft): SignError[] {
  const errors: SignError[] = [];
  const name = draft.name.trim();
  if (!name) errors.push({ name: 'name', message: msg('Skriv navnet ditt slik det skal stå på listen.', { id: 'pledge.error.name' }) });
  else if (name.length > PLEDGE_NAME_MAX)
    errors.push({ name: 'name', message: msg('Navnet kan ha høyst 120 tegn.', { id: 'pledge.error.name-long' }) });
  if (!draft.list) errors.push({ name: 'list', message: msg('Velg partiet eller listen du stiller for.', { id: 'pledge.error.list' }) });
  else if (draft.list === PLEDGE_OTHER_LIST && !draft.otherList.trim())
    errors.push({ name: 'otherList', message: msg('Skriv navnet på partiet eller listen.', { id: 'pledge.error.other-list' }) });
  else if (draft.list === PLEDGE_OTHER_LIST && draft.otherList.trim().length > PLEDGE_NAME_MAX)
    errors.push({ name: 'otherList', message: msg('Navnet på listen kan ha høyst 120 tegn.', { id: 'pledge.error.other-list-long' }) });
  if (!draft.role) errors.push({ name: 'role', message: msg('Velg rollen du signerer i.', { id: 'pledge.error.role' }) });
  const email = draft.email.trim();
  if (email && (!EMAIL.test(email) || email.length > 254))
    errors.push({
      name: 'email',
      message: msg('Skriv e-postadressen slik: navn@eksempel.no, eller la feltet stå tomt.', { id: 'pledge.error.email' }),
    });
  if (!draft.consent)
    errors.push({
      name: 'consent',
      message: msg('Du må samtykke i at navnet ditt vises på listen for å kunne signere.', { id: 'pledge.error.consent' }),
    });
  return errors;
}

/** The body to send for a draft that passed {@link validateDraft}. */
export function toSubmission(draft: SignDraft, campaign: string): PledgeSubmission {
  const email = draft.email.trim();
  return {
    campaign,
    name: draft.name.trim().replace(/\s+/g, ' '),
    list: draft.list,
    ...(draft.list === PLEDGE_OTHER_LIST ? { otherList: draft.otherList.trim().replace(/\s+/g, ' ') } : {}),
    role: draft.role as PledgeRole,
    ...(email ? { email } : {}),
    consent: true,
    website: draft.website,
    startedAt: draft.startedAt,
  };
}

/** The field that shows a server issue at `path` (`name`, `otherList` …); anything unknown shows at the name. */
export function fieldOfPath(path: string): SignField {
  const head = /^[a-zA-Z]+/.exec(path)?.[0];
  return head === 'list' || head === 'otherList' || head === 'role' || head === 'email' || head === 'consent' ? head : 'name';
}
