/** `pledge`: a campaign of candidates' pledges (Valgløftet), read by `<kommune-pledge>`. */
import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, NonEmptyString, Url, checkUniqueIds, crossCheck, isRecord } from './shared.js';
import { KOMMUNENUMMER_PATTERN } from './kommune.js';
import { defineWidgetInput } from './widget-input.js';

/** A pledge text: the kommune's own wording in the document, or the campaign's on the server (the same shape). */
export const pledgeTextSchema = z
  .strictObject({
    version: NonEmptyString.check(z.describe('Versjon, for eksempel valgåret "2027".')),
    title: LocalizedText,
    body: z.array(LocalizedText).check(z.minLength(1), z.describe('Løftet, ett avsnitt per element.')),
    breach: z.optional(z.array(LocalizedText).check(z.describe('Hva som regnes som brudd på løftet.'))),
  })
  .check(z.describe('Kommunens egen løftetekst; uten den brukes kampanjens, ellers Valgløftet.'));

/** A party or list as older documents gave it; the lists now live in the campaign on the server. */
export const pledgeListSchema = z
  .strictObject({
    id: Id,
    name: LocalizedText.check(z.describe('Partiets eller listens navn.')),
  })
  .check(z.describe('Et parti eller en liste som stiller til valg.'));

/** The kommunestyre decision that adopted the pledge. */
export const pledgeDecisionSchema = z
  .strictObject({
    caseNumber: NonEmptyString.check(z.describe('Saksnummer, for eksempel "PS 12/27".')),
    date: IsoDate.check(z.describe('Vedtaksdato.')),
    url: z.optional(Url.check(z.describe('Vedtaket eller protokollen.'))),
    meeting: z.optional(Id.check(z.describe('Id-en til møtet i meetings.meetings.'))),
  })
  .check(z.describe('Kommunestyrevedtaket som sluttet seg til løftet.'));

/**
 * `pledge`: which campaign on which server, for which kommune. The campaign on the server is the one source of its
 * title, text, lists and colours; the document may give the kommune's own wording, the decision and where to report.
 */
export const pledgeSchema = z
  .strictObject({
    kommune: z
      .string()
      .check(z.regex(KOMMUNENUMMER_PATTERN), z.describe('Kommunenummeret kampanjen hører til, fire sifre, for eksempel "3120".')),
    endpoint: Url.check(z.describe('Adressen til kommune-widgets-serverens API, for eksempel "/api/v1".')),
    campaign: Id.check(z.describe('Kampanjens id på serveren, for eksempel "valgloftet-2027".')),
    text: z.optional(pledgeTextSchema),
    decision: z.optional(pledgeDecisionSchema),
    reportUrl: z.optional(Url.check(z.describe('Hvor man melder brudd, hvis ikke til <kommune-hate-report> på samme side.'))),
    lists: z.optional(
      z
        .array(pledgeListSchema)
        .check(z.describe('Utgått og uten virkning: listene hører til kampanjen på serveren. Leses fortsatt, med en advarsel.')),
    ),
  })
  .check(
    z.describe('Valgløfte-kampanje.'),
    crossCheck((section, ctx) => isRecord(section) && void checkUniqueIds(ctx, section['lists'], ['lists'])),
  );
export type Pledge = z.infer<typeof pledgeSchema>;
/** A pledge text (the document's, or a campaign's). */
export type PledgeText = z.infer<typeof pledgeTextSchema>;
/** The kommunestyre decision. */
export type PledgeDecision = z.infer<typeof pledgeDecisionSchema>;

/** Validates input for `<kommune-pledge>`: a whole document or the section alone. */
export const pledgeInput = /* @__PURE__ */ defineWidgetInput('pledge', pledgeSchema);
