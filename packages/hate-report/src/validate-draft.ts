/**
 * The form's own checks, group by group, with messages that say what to do (GOV.UK style). The submission schema
 * (the one the server uses) is checked as well before sending; what it finds beyond these is mapped to its field.
 */
import { msg, str } from '@lit/localize';
import { osloWallTime } from '@kommune-widgets/core';
import { REPORT_DESCRIPTION_MAX, REPORT_LINKS_MAX, reportSubmissionSchema } from '@kommune-widgets/schema';
import { fieldOfPath, linkLines, toSubmission, type ReportDraft, type ReportField } from './report-draft.js';
import { STEP_FIELDS, type ReportStep } from './report-steps.js';

/** One problem the reader must fix. */
export interface DraftError {
  name: ReportField;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SHORT_MAX = 200;

/** Whether `text` is a link the report can carry: https, or http (the schema takes only https; see below). */
function linkProblem(line: string): string | undefined {
  let url: URL;
  try {
    url = new URL(line);
  } catch {
    return msg(str`«${line}» er ikke en lenke. Lim inn hele adressen, som begynner med https://`, { id: 'hate-report.error.link-format' });
  }
  if (url.protocol !== 'https:') return msg(str`«${line}» må begynne med https://`, { id: 'hate-report.error.link-https' });
  return undefined;
}

/** The date today in Oslo, `YYYY-MM-DD`. */
function osloToday(now: Date): string {
  return osloWallTime(now).slice(0, 10);
}

/** The problems in the fields of `step` (all steps for `review`). */
export function validateStep(step: ReportStep, draft: ReportDraft, now: Date): DraftError[] {
  const fields = new Set<ReportField>(step === 'review' ? Object.values(STEP_FIELDS).flat() : STEP_FIELDS[step]);
  const errors: DraftError[] = [];
  const add = (name: ReportField, message: string) => {
    if (fields.has(name)) errors.push({ name, message });
  };
  if (draft.target === undefined)
    add('target', msg('Velg om det gjaldt deg selv eller en annen person.', { id: 'hate-report.error.target' }));
  if (draft.role === undefined) add('role', msg('Velg rollen til den det gjaldt.', { id: 'hate-report.error.role' }));
  if (draft.kinds.length === 0) add('kinds', msg('Velg minst én av dem som passer.', { id: 'hate-report.error.kinds' }));
  if (draft.description.trim() === '') add('description', msg('Skriv kort hva som skjedde.', { id: 'hate-report.error.description' }));
  else if (draft.description.length > REPORT_DESCRIPTION_MAX)
    add(
      'description',
      msg(str`Beskrivelsen kan være på høyst ${REPORT_DESCRIPTION_MAX} tegn. Legg lengre tekst ved som PDF.`, {
        id: 'hate-report.error.description-long',
      }),
    );
  if (draft.platform === undefined) add('platform', msg('Velg hvor det skjedde.', { id: 'hate-report.error.platform' }));
  if (draft.platform === 'annet' && draft.platformOther.trim() === '')
    add('platformOther', msg('Skriv hvor det skjedde.', { id: 'hate-report.error.platform-other' }));
  if (draft.platformOther.length > SHORT_MAX)
    add('platformOther', msg(str`Skriv høyst ${SHORT_MAX} tegn.`, { id: 'hate-report.error.short-long' }));
  if (draft.whenDate === '')
    add('whenDate', msg('Skriv inn datoen det skjedde, omtrent om du ikke vet den nøyaktig.', { id: 'hate-report.error.when' }));
  else if (draft.whenDate > osloToday(now))
    add('whenDate', msg('Datoen kan ikke være fram i tid.', { id: 'hate-report.error.when-future' }));
  const links = linkLines(draft);
  if (links.length > REPORT_LINKS_MAX)
    add('links', msg(str`Du kan legge ved høyst ${REPORT_LINKS_MAX} lenker.`, { id: 'hate-report.error.links-many' }));
  const badLink = links.map(linkProblem).find(Boolean);
  if (badLink) add('links', badLink);
  if (draft.attachments.some((a) => a.state === 'uploading' || a.state === 'waiting'))
    add('attachments', msg('Vent til skjermbildene er lastet opp.', { id: 'hate-report.error.attachments-uploading' }));
  else if (draft.attachments.some((a) => a.state === 'failed'))
    add(
      'attachments',
      msg('Fjern skjermbildene som ikke kunne lastes opp, eller prøv dem igjen.', { id: 'hate-report.error.attachments-failed' }),
    );
  if (draft.platformReference.length > SHORT_MAX)
    add('platformReference', msg(str`Skriv høyst ${SHORT_MAX} tegn.`, { id: 'hate-report.error.short-long' }));
  if (draft.policeReference.length > SHORT_MAX)
    add('policeReference', msg(str`Skriv høyst ${SHORT_MAX} tegn.`, { id: 'hate-report.error.short-long' }));
  if (draft.anonymous === undefined)
    add('anonymous', msg('Velg om du vil oppgi kontaktopplysninger eller sende anonymt.', { id: 'hate-report.error.anonymous' }));
  if (draft.anonymous === false) {
    if (draft.name.trim() === '') add('name', msg('Skriv navnet ditt, eller velg å sende anonymt.', { id: 'hate-report.error.name' }));
    if (draft.email.trim() === '' && draft.phone.trim() === '')
      add(
        'email',
        msg('Skriv e-postadressen eller telefonnummeret ditt, så kontaktpersonen kan nå deg.', { id: 'hate-report.error.reach' }),
      );
    if (draft.email.trim() !== '' && !EMAIL.test(draft.email.trim()))
      add('email', msg('Skriv e-postadressen slik: navn@eksempel.no', { id: 'hate-report.error.email' }));
    if (draft.phone.trim() !== '' && !/^[+\d][\d\s-]{4,39}$/.test(draft.phone.trim()))
      add('phone', msg('Skriv telefonnummeret med sifre, for eksempel 912 34 567.', { id: 'hate-report.error.phone' }));
  }
  return errors;
}

/** Everything before sending: the form's checks, then the shared schema as a net for what they do not cover. */
export function validateSubmission(draft: ReportDraft, kommune: string, now: Date): DraftError[] {
  const errors = validateStep('review', draft, now);
  if (errors.length > 0) return errors;
  const result = reportSubmissionSchema.safeParse(toSubmission(draft, kommune));
  if (result.success) return [];
  const seen = new Set<ReportField>();
  return result.error.issues.flatMap((issue) => {
    const name = fieldOfPath(issue.path.join('.')) ?? 'description';
    if (seen.has(name)) return [];
    seen.add(name);
    return [
      { name, message: msg('Svaret her kan ikke sendes slik det står. Se over det og prøv igjen.', { id: 'hate-report.error.schema' }) },
    ];
  });
}
