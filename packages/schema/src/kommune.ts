/** The kommune the document belongs to. */
import * as z from 'zod/mini';
import { Int, LocalizedText } from './shared.js';

/** Four digits, as in SSB's list of kommunenummer. */
export const KOMMUNENUMMER_PATTERN = /^\d{4}$/;

export const kommuneSchema = z
  .strictObject({
    nummer: z.string().check(z.regex(KOMMUNENUMMER_PATTERN), z.describe('Kommunenummer, fire sifre (for eksempel "3120").')),
    navn: LocalizedText.check(z.describe('Kommunens navn.')),
    innbyggere: z.optional(Int.check(z.positive(), z.describe('Antall innbyggere; gir kroner per innbygger i budsjettet.'))),
  })
  .check(z.describe('Kommunen dokumentet gjelder.'));

export type Kommune = z.infer<typeof kommuneSchema>;
