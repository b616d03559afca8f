/** The form's question groups, one at a time, in order; each names the fields it asks. */
import { msg } from '@lit/localize';
import type { ReportField } from './report-draft.js';

/** A question group of the form (the triage question comes before them; the receipt after). */
export type ReportStep = 'who' | 'what' | 'where' | 'evidence' | 'reported' | 'help' | 'contact' | 'review';

/** The groups in the order the reader meets them. */
export const REPORT_STEPS: readonly ReportStep[] = ['who', 'what', 'where', 'evidence', 'reported', 'help', 'contact', 'review'];

/** The fields each group asks (the review asks none). */
export const STEP_FIELDS: Readonly<Record<ReportStep, readonly ReportField[]>> = {
  who: ['target', 'role'],
  what: ['kinds', 'description'],
  where: ['platform', 'platformOther', 'whenDate', 'whenTime'],
  evidence: ['links', 'attachments'],
  reported: ['platformReference', 'policeReference'],
  help: ['help'],
  contact: ['anonymous', 'name', 'email', 'phone'],
  review: [],
};

/** The group that asks `field`. */
export function stepOfField(field: ReportField): ReportStep | undefined {
  return REPORT_STEPS.find((step) => STEP_FIELDS[step].includes(field));
}

/** The group's title, also its heading. */
export function stepTitle(step: ReportStep): string {
  switch (step) {
    case 'who':
      return msg('Hvem gjaldt det?', { id: 'hate-report.step.who' });
    case 'what':
      return msg('Hva skjedde?', { id: 'hate-report.step.what' });
    case 'where':
      return msg('Hvor og når skjedde det?', { id: 'hate-report.step.where' });
    case 'evidence':
      return msg('Lenker og skjermbilder', { id: 'hate-report.step.evidence' });
    case 'reported':
      return msg('Har du meldt det andre steder?', { id: 'hate-report.step.reported' });
    case 'help':
      return msg('Hva slags hjelp ønsker du?', { id: 'hate-report.step.help' });
    case 'contact':
      return msg('Hvordan kan vi nå deg?', { id: 'hate-report.step.contact' });
    case 'review':
      return msg('Se over og send', { id: 'hate-report.step.review' });
  }
}
