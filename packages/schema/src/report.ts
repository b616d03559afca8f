/** `report`: where `<kommune-hate-report>` sends reports and who reads them. */
import * as z from 'zod/mini';
import { Int, Email, LocalizedText, NonEmptyString, Url } from './shared.js';
import { KOMMUNENUMMER_PATTERN } from './kommune.js';
import { defineWidgetInput } from './widget-input.js';

/** The contact person the reports go to; shown beside the form, and instead of it when the server cannot take reports. */
export const reportContactSchema = z
  .strictObject({
    name: NonEmptyString.check(z.describe('Kommunens kontaktperson for hets og trusler.')),
    role: z.optional(LocalizedText.check(z.describe('Rolle, for eksempel "Kontaktperson for folkevalgte".'))),
    phone: z.optional(NonEmptyString.check(z.describe('Telefonnummer.'))),
    email: z.optional(Email),
  })
  .check(z.describe('Den nøytrale kontaktpersonen som mottar meldingene.'));

/** Texts beside the form the kommune may give instead of the built-in advice (each in nb, and nn, en, se where given). */
export const reportAdviceSchema = z
  .strictObject({
    nextSteps: z.optional(LocalizedText.check(z.describe('Hva som skjer når kontaktpersonen har fått meldingen.'))),
    evidence: z.optional(LocalizedText.check(z.describe('Hvordan man sikrer bevis med sammenhengen rundt.'))),
    platform: z.optional(LocalizedText.check(z.describe('Hvordan man melder innholdet til plattformen.'))),
    police: z.optional(LocalizedText.check(z.describe('Når man bør gå til politiet (tips eller anmeldelse).'))),
    party: z.optional(LocalizedText.check(z.describe('Hjelp fra partiet.'))),
  })
  .check(z.describe('Kommunens egne råd ved siden av skjemaet; uten dem brukes de innebygde.'));

/** `report`: where `<kommune-hate-report>` sends reports, who reads them and what the kommune promises. */
export const reportSchema = z
  .strictObject({
    kommune: z
      .string()
      .check(z.regex(KOMMUNENUMMER_PATTERN), z.describe('Kommunenummeret meldingene går til, fire sifre, for eksempel "3120".')),
    endpoint: Url.check(z.describe('Adressen til kommune-widgets-serverens API, for eksempel "/api/v1".')),
    contact: reportContactSchema,
    responseTime: z.optional(LocalizedText.check(z.describe('Når meldingen blir lest, for eksempel "Innen to virkedager".'))),
    advice: z.optional(reportAdviceSchema),
    retentionDays: z.optional(
      Int.check(
        z.minimum(1),
        z.maximum(3650),
        z.describe('Utgått og uten virkning: serveren bestemmer hvor lenge meldinger lagres. Leses fortsatt, med en advarsel.'),
      ),
    ),
    privacyUrl: z.optional(Url.check(z.describe('Kommunens personvernerklæring for meldingene.'))),
  })
  .check(z.describe('Melding om hets, trusler og trakassering.'));
export type Report = z.infer<typeof reportSchema>;

/** Validates input for `<kommune-hate-report>`: a whole document or the section alone. */
export const reportInput = /* @__PURE__ */ defineWidgetInput('report', reportSchema);
