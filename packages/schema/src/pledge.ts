/** `pledge`: a campaign of candidates' pledges (Valgløftet), read by `<kommune-pledge>`. */
import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, NonEmptyString, Url, checkUniqueIds, crossCheck, isRecord } from './shared.js';
import { defineWidgetInput } from './widget-input.js';

export const pledgeTextSchema = z
  .strictObject({
    version: NonEmptyString.check(z.describe('Versjon, for eksempel valgåret "2027".')),
    title: LocalizedText,
    body: z.array(LocalizedText).check(z.minLength(1), z.describe('Løftet, ett avsnitt per element.')),
    breach: z.optional(z.array(LocalizedText).check(z.describe('Hva som regnes som brudd på løftet.'))),
  })
  .check(z.describe('Kommunens egen løftetekst; uten den brukes Valgløftet.'));

export const pledgeListSchema = z
  .strictObject({
    id: Id,
    name: LocalizedText.check(z.describe('Partiets eller listens navn.')),
  })
  .check(z.describe('Et parti eller en liste som stiller til valg.'));

export const pledgeDecisionSchema = z
  .strictObject({
    caseNumber: NonEmptyString.check(z.describe('Saksnummer, for eksempel "PS 12/27".')),
    date: IsoDate.check(z.describe('Vedtaksdato.')),
    url: z.optional(Url.check(z.describe('Vedtaket eller protokollen.'))),
    meeting: z.optional(Id.check(z.describe('Id-en til møtet i meetings.meetings.'))),
  })
  .check(z.describe('Kommunestyrevedtaket som sluttet seg til løftet.'));

export const pledgeSchema = z
  .strictObject({
    endpoint: Url.check(z.describe('Adressen til kommune-widgets-serverens API, for eksempel "/api/v1".')),
    campaign: Id.check(z.describe('Kampanjens id på serveren, for eksempel "valgloftet-2027".')),
    text: z.optional(pledgeTextSchema),
    lists: z.optional(z.array(pledgeListSchema).check(z.describe('Listene i kommunen; gir dekning («6 av 8 lister»).'))),
    decision: z.optional(pledgeDecisionSchema),
    reportUrl: z.optional(Url.check(z.describe('Hvor man melder brudd, hvis ikke til <kommune-hate-report> på samme side.'))),
  })
  .check(
    z.describe('Valgløfte-kampanje.'),
    crossCheck((section, ctx) => isRecord(section) && void checkUniqueIds(ctx, section['lists'], ['lists'])),
  );
export type Pledge = z.infer<typeof pledgeSchema>;

/** Validates input for `<kommune-pledge>`: a whole document or the section alone. */
export const pledgeInput = /* @__PURE__ */ defineWidgetInput('pledge', pledgeSchema);
