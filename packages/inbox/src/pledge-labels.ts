/**
 * The names the moderation page shows for the server's Valgløftet codes: a signature's state and role, a campaign's
 * state, and what went wrong with a moderation request. Each is a `msg()` in bokmål with its nynorsk and English.
 */
import { msg, str } from '@lit/localize';
import { problemMessage } from './labels.js';

/** Where a signature is: waiting for a moderator or for its e-mail confirmation, public, or taken off. */
export function pledgeStateLabel(state: string): string {
  switch (state) {
    case 'pending-moderation':
      return msg('Venter på godkjenning', { id: 'inbox.pledge.state.pending-moderation' });
    case 'pending-confirmation':
      return msg('Venter på bekreftelse av e-post', { id: 'inbox.pledge.state.pending-confirmation' });
    case 'published':
      return msg('Publisert', { id: 'inbox.pledge.state.published' });
    case 'rejected':
      return msg('Avvist', { id: 'inbox.pledge.state.rejected' });
    case 'hidden':
      return msg('Skjult', { id: 'inbox.pledge.state.hidden' });
    case 'withdrawn':
      return msg('Trukket tilbake', { id: 'inbox.pledge.state.withdrawn' });
    default:
      return state;
  }
}

/** The role a signatory signed in. */
export function pledgeRoleLabel(role: string): string {
  switch (role) {
    case 'kandidat':
      return msg('Kandidat', { id: 'inbox.pledge.role.kandidat' });
    case 'folkevalgt':
      return msg('Folkevalgt', { id: 'inbox.role.folkevalgt' });
    case 'listetopp':
      return msg('Listetopp', { id: 'inbox.pledge.role.listetopp' });
    case 'partilag':
      return msg('Partilag eller organisasjon', { id: 'inbox.pledge.role.partilag' });
    default:
      return role;
  }
}

/** The list a signatory signed for: the campaign's list id, or the name they wrote under «annen». */
export function pledgeListLabel(list: string, otherList: string | null | undefined): string {
  return list === 'annen' && otherList
    ? msg(str`Annen: ${otherList}`, { id: 'inbox.pledge.list.other' })
    : list === 'annen'
      ? msg('Annen liste', { id: 'inbox.pledge.list.annen' })
      : list;
}

/** Whether a campaign takes signatures yet, now, or no more. */
export function campaignStateLabel(state: string): string {
  switch (state) {
    case 'upcoming':
      return msg('Ikke åpnet ennå', { id: 'inbox.campaign.state.upcoming' });
    case 'open':
      return msg('Åpen for signaturer', { id: 'inbox.campaign.state.open' });
    case 'closed':
      return msg('Avsluttet', { id: 'inbox.status.avsluttet' });
    default:
      return state;
  }
}

/** What went wrong with a moderation request; `what` says whether a campaign or one signature was not found. */
export function pledgeProblemMessage(kind: string, status: number, what: 'campaign' | 'pledge', retryAfter?: number): string {
  if (kind === 'not-found' || status === 404) {
    return what === 'campaign'
      ? msg('Fant ikke kampanjen. Den kan være fjernet fra oppsettet.', { id: 'inbox.pledge.problem.campaign-not-found' })
      : msg('Fant ikke signaturen. Last siden på nytt.', { id: 'inbox.pledge.problem.pledge-not-found' });
  }
  if (kind === 'duplicate-pledge') {
    return msg('Det samme navnet har alt signert på denne listen. Godkjenn den signaturen i stedet.', {
      id: 'inbox.pledge.problem.duplicate',
    });
  }
  if (what === 'pledge' && kind === 'validation') {
    return msg('Signaturen kan ikke endres slik lenger. Den som signerte, kan ha trukket den. Hent nye signaturer.', {
      id: 'inbox.pledge.problem.not-allowed',
    });
  }
  if (status === 409) {
    return msg('Signaturen er endret i mellomtiden. Last siden på nytt og prøv igjen.', { id: 'inbox.pledge.problem.conflict' });
  }
  return problemMessage(kind, retryAfter);
}
