/**
 * A new kommune document from what a web editor knows: the kommune's number, name and population, and which widgets
 * it will feed. Every section it writes is valid as it stands (empty lists the widgets show as «nothing yet»), so the
 * editor starts from a document that passes the check and fills it in.
 */
import { KOMMUNENUMMER_PATTERN, SCHEMA_VERSION } from '@kommune-widgets/schema';

/** What the form asks. */
export interface StarterAnswers {
  nummer: string;
  navn: string;
  /** Population as typed; empty when not given. */
  innbyggere: string;
  participation: boolean;
  meetings: boolean;
  report: boolean;
  /** The report form's contact person. */
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  pledge: boolean;
  /** The Valgløftet campaign's id on the server, such as `valgloftet-2027`. */
  campaign: string;
}

/** A field the form cannot build from, and why (a message key for the page to word). */
export interface StarterProblem {
  field: keyof StarterAnswers;
  kind: 'required' | 'nummer' | 'innbyggere' | 'email' | 'campaign';
}

/** The server's API on the kommune's own site, as `npm start` and docs/server.md set it up. */
const DEFAULT_ENDPOINT = '/api/v1';

/** An id as the schema allows them (`valgloftet-2027`). */
const CAMPAIGN_ID = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** What is missing or wrong in `answers`, in the order of the form. */
export function starterProblems(a: StarterAnswers): StarterProblem[] {
  const problems: StarterProblem[] = [];
  if (a.nummer.trim() === '') problems.push({ field: 'nummer', kind: 'required' });
  else if (!KOMMUNENUMMER_PATTERN.test(a.nummer.trim())) problems.push({ field: 'nummer', kind: 'nummer' });
  if (a.navn.trim() === '') problems.push({ field: 'navn', kind: 'required' });
  const population = a.innbyggere.replace(/[\s\u00a0\u202f.]/g, '');
  if (population !== '' && !/^[1-9]\d{0,7}$/.test(population)) problems.push({ field: 'innbyggere', kind: 'innbyggere' });
  if (a.report) {
    if (a.contactName.trim() === '') problems.push({ field: 'contactName', kind: 'required' });
    if (a.contactEmail.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.contactEmail.trim()))
      problems.push({ field: 'contactEmail', kind: 'email' });
  }
  if (a.pledge && !CAMPAIGN_ID.test(a.campaign.trim())) problems.push({ field: 'campaign', kind: 'campaign' });
  return problems;
}

/** The document for `answers` (which must have no {@link starterProblems}), as the text to save. */
export function starterDocument(a: StarterAnswers): string {
  const nummer = a.nummer.trim();
  const population = a.innbyggere.replace(/[\s\u00a0\u202f.]/g, '');
  const document: Record<string, unknown> = {
    $schema: './kommune-widgets.schema.json',
    schemaVersion: SCHEMA_VERSION,
    kommune: { nummer, navn: a.navn.trim(), ...(population ? { innbyggere: Number(population) } : {}) },
  };
  if (a.participation) document['participation'] = { activities: [] };
  if (a.meetings) document['meetings'] = { organizations: [], meetings: [] };
  if (a.report) {
    const phone = a.contactPhone.trim();
    const email = a.contactEmail.trim();
    document['report'] = {
      kommune: nummer,
      endpoint: DEFAULT_ENDPOINT,
      contact: { name: a.contactName.trim(), ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
    };
  }
  if (a.pledge) document['pledge'] = { kommune: nummer, endpoint: DEFAULT_ENDPOINT, campaign: a.campaign.trim() };
  return `${JSON.stringify(document, null, 2)}\n`;
}
