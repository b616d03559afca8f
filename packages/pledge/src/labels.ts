/** The widget's words for roles and for where a signature is; called while the element's language is in force. */
import { msg } from '@lit/localize';
import type { PledgeRole } from '@kommune-widgets/schema';

/** What each role is called in the form and beside each name. */
export function roleLabel(role: PledgeRole | string): string {
  switch (role) {
    case 'kandidat':
      return msg('Kandidat', { id: 'pledge.role.kandidat' });
    case 'folkevalgt':
      return msg('Folkevalgt', { id: 'pledge.role.folkevalgt' });
    case 'listetopp':
      return msg('Listetopp', { id: 'pledge.role.listetopp' });
    case 'partilag':
      return msg('Partilag eller organisasjon', { id: 'pledge.role.partilag' });
    default:
      return role;
  }
}

/** A line under each role in the form. */
export function roleHint(role: PledgeRole): string | undefined {
  return role === 'partilag'
    ? msg('Når et lokallag eller en organisasjon signerer på vegne av alle sine.', { id: 'pledge.role.partilag.hint' })
    : undefined;
}
