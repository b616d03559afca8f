/** `report`: where `<kommune-hate-report>` sends reports and who reads them. */
import * as z from 'zod/mini';
import { Int, Email, LocalizedText, NonEmptyString, Url } from './shared.js';
import { defineWidgetInput } from './widget-input.js';

export const reportContactSchema = z
  .strictObject({
    name: NonEmptyString.check(z.describe('Kommunens kontaktperson for hets og trusler.')),
    role: z.optional(LocalizedText.check(z.describe('Rolle, for eksempel "Kontaktperson for folkevalgte".'))),
    phone: z.optional(NonEmptyString.check(z.describe('Telefonnummer.'))),
    email: z.optional(Email),
  })
  .check(z.describe('Den nøytrale kontaktpersonen som mottar meldingene.'));

export const reportSchema = z
  .strictObject({
    endpoint: Url.check(z.describe('Adressen til kommune-widgets-serverens API, for eksempel "/api/v1".')),
    contact: reportContactSchema,
    retentionDays: Int.check(z.minimum(1), z.maximum(3650), z.describe('Antall dager en melding lagres før den slettes.')),
    privacyUrl: z.optional(Url.check(z.describe('Kommunens personvernerklæring for meldingene.'))),
  })
  .check(z.describe('Melding om hets, trusler og trakassering.'));
export type Report = z.infer<typeof reportSchema>;

/** Validates input for `<kommune-hate-report>`: a whole document or the section alone. */
export const reportInput = /* @__PURE__ */ defineWidgetInput('report', reportSchema);
