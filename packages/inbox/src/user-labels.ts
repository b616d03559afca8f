/**
 * The words of the admin's users page: the roles an inbox user can have, what each may do, the states, and the
 * problems an admin's change can meet. Each is a `msg()` in bokmål with its nynorsk and English.
 */
import { msg } from '@lit/localize';
import { problemMessage } from './labels.js';

/** The roles an inbox user can have, in the order the form offers them. */
export const USER_ROLES = ['contact', 'admin', 'moderator'] as const;

/** An inbox user's role. */
export type UserRole = (typeof USER_ROLES)[number];

/** A role's name. */
export function userRoleLabel(role: string): string {
  switch (role) {
    case 'contact':
      return msg('Kontaktperson', { id: 'inbox.users.role.contact' });
    case 'admin':
      return msg('Administrator', { id: 'inbox.users.role.admin' });
    case 'moderator':
      return msg('Moderator', { id: 'inbox.users.role.moderator' });
    default:
      return role;
  }
}

/** What a role may do, under its name in the form. */
export function userRoleHint(role: UserRole): string {
  switch (role) {
    case 'contact':
      return msg('Leser og behandler kommunens meldinger om hets og trusler.', { id: 'inbox.users.role.contact.hint' });
    case 'admin':
      return msg('Styrer brukerne og leser revisjonsloggen. Åpner ikke meldinger.', { id: 'inbox.users.role.admin.hint' });
    case 'moderator':
      return msg('Godkjenner signaturer i Valgløftet. Åpner ikke meldinger.', { id: 'inbox.users.role.moderator.hint' });
  }
}

/** What went wrong with a change to a user, in words an admin can act on. */
export function userProblemMessage(kind: string, status: number, retryAfter?: number): string {
  switch (kind) {
    case 'own-account':
      return msg('Du kan ikke endre din egen bruker her. Be en annen administrator eller IT om det.', {
        id: 'inbox.users.problem.own-account',
      });
    case 'last-admin':
      return msg('Kommunen må ha minst én aktiv administrator. Legg til eller aktiver en annen administrator først.', {
        id: 'inbox.users.problem.last-admin',
      });
    case 'email-taken':
      return msg('Det finnes alt en bruker med denne e-postadressen, i denne eller en annen kommune.', {
        id: 'inbox.users.problem.email-taken',
      });
    default:
      return kind === 'not-found' || status === 404
        ? msg('Fant ikke brukeren. Last siden på nytt.', { id: 'inbox.users.problem.not-found' })
        : problemMessage(kind, retryAfter);
  }
}
