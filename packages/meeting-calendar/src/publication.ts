/**
 * When a meeting's sakliste can be expected: the organ's `publicationDays` before the meeting (by default 10 before
 * the kommunestyre and 7 before other organs, as many kommuners' reglement says). A custom, not a legal deadline.
 */
import type { Meeting, Organization } from '@kommune-widgets/schema';
import { addDays } from './oslo-calendar.js';

/** Days before a meeting its sakliste is usually published, for this organ. */
export function publicationDays(organization: Organization): number {
  return organization.publicationDays ?? (organization.kind === 'kommunestyre' ? 10 : 7);
}

/** Whether the meeting has its sakliste out: agenda items, or an innkalling or saksliste document. */
export function hasSakliste(meeting: Meeting): boolean {
  return (meeting.agenda?.length ?? 0) > 0 || (meeting.documents ?? []).some((d) => d.kind === 'innkalling' || d.kind === 'saksliste');
}

/** The Oslo day the sakliste is expected, for a meeting on `day` (`YYYY-MM-DD`). */
export function expectedPublicationDay(day: string, organization: Organization): string {
  return addDays(day, -publicationDays(organization));
}
