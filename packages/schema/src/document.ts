/** The whole kommune data document (schema version 1). */
import * as z from 'zod/mini';
import { budgetSchema } from './budget.js';
import { notAnObjectIssue, toSchemaIssues, type ValidationResult } from './issues.js';
import { kommuneSchema } from './kommune.js';
import { meetingsSchema } from './meetings.js';
import { participationSchema } from './participation.js';
import { pledgeSchema } from './pledge.js';
import { reportSchema } from './report.js';
import { crossCheck, idsOf, isRecord, report } from './shared.js';
import { SCHEMA_VERSION } from './widget-input.js';

export const kommuneDocumentSchema = z
  .strictObject({
    $schema: z.optional(z.string().check(z.describe('Adressen til JSON-skjemaet (for redigeringsverktøy).'))),
    schemaVersion: z.literal(SCHEMA_VERSION).check(z.describe('Skjemaversjon; 1. Lar senere versjoner oversette eldre dokumenter.')),
    kommune: kommuneSchema,
    participation: z.optional(participationSchema),
    budget: z.optional(budgetSchema),
    meetings: z.optional(meetingsSchema),
    report: z.optional(reportSchema),
    pledge: z.optional(pledgeSchema),
  })
  .check(
    z.describe('Kommunens datadokument for kommune-widgets. Hver seksjon er valgfri; hver widget leser sin egen.'),
    crossCheck((doc, ctx) => {
      if (!isRecord(doc) || !isRecord(doc['pledge']) || !isRecord(doc['meetings'])) return;
      const decision = doc['pledge']['decision'];
      const meeting = isRecord(decision) ? decision['meeting'] : undefined;
      if (typeof meeting === 'string' && !idsOf(doc['meetings']['meetings']).has(meeting)) {
        report(ctx, meeting, ['pledge', 'decision', 'meeting'], 'unknown_reference', {
          id: meeting,
          list: 'meetings.meetings',
        });
      }
    }),
  );
export type KommuneDocument = z.infer<typeof kommuneDocumentSchema>;

/** Validate a whole kommune document (every section present is checked). */
export function validateDocument(input: unknown): ValidationResult<KommuneDocument> {
  if (!isRecord(input)) {
    return {
      ok: false,
      issues: [notAnObjectIssue(input)],
    };
  }
  const result = kommuneDocumentSchema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toSchemaIssues(result.error.issues) };
}
