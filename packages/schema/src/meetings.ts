/**
 * `meetings`: the kommune's political bodies and their meetings, read by
 * `<kommune-meeting-calendar>`. Times without an offset are Europe/Oslo.
 */
import * as z from 'zod/mini';
import {
  Int,
  Id,
  IsoDateOrDateTime,
  LocalizedText,
  NonEmptyString,
  Url,
  checkDateOrder,
  checkUniqueIds,
  crossCheck,
  idsOf,
  isRecord,
  report,
} from './shared.js';
import { defineWidgetInput } from './widget-input.js';

/**
 * The organs kommuneloven and valgloven name. `råd` is the version-1 word kept as an alias, so no older document
 * breaks; the validator warns and names the precise kinds (see {@link DEPRECATED_ORGANIZATION_KINDS}).
 */
export const ORGANIZATION_KINDS = [
  'kommunestyre',
  'formannskap',
  'kommuneråd',
  'utvalg',
  'kommunestyrekomité',
  'kontrollutvalg',
  'arbeidsutvalg',
  'partssammensatt-utvalg',
  'styre-for-institusjon',
  'eldreråd',
  'råd-for-personer-med-funksjonsnedsettelse',
  'ungdomsråd',
  'valgstyre',
  'annet',
  'råd',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Kinds accepted for older documents, with the kinds to use instead (the validator warns). */
export const DEPRECATED_ORGANIZATION_KINDS: Partial<Record<OrganizationKind, readonly OrganizationKind[]>> = {
  råd: ['eldreråd', 'råd-for-personer-med-funksjonsnedsettelse', 'ungdomsråd', 'annet'],
};
export const MEETING_STATUSES = ['planned', 'invited', 'held', 'cancelled', 'moved'] as const;
export const MEETING_DOCUMENT_KINDS = ['innkalling', 'saksliste', 'saksframlegg', 'protokoll', 'vedlegg', 'annet'] as const;
export const LOCATION_SERVICES = ['tegnspråktolk', 'teleslynge', 'skrivetolk', 'tolk', 'samisktolk', 'rullestoltilgang'] as const;

export const organizationSchema = z
  .strictObject({
    id: Id,
    name: LocalizedText.check(z.describe('Navn på organet, for eksempel "Kommunestyret".')),
    kind: z
      .enum(ORGANIZATION_KINDS)
      .check(
        z.describe(
          'Slags organ etter kommuneloven og valgloven; gir standardforklaring og når sakslisten ventes. «råd» er utgått (gir en advarsel): bruk eldreråd, råd-for-personer-med-funksjonsnedsettelse, ungdomsråd eller annet.',
        ),
      ),
    description: z.optional(LocalizedText.check(z.describe('Forklaring i klarspråk av hva organet gjør.'))),
    url: z.optional(Url.check(z.describe('Organets side.'))),
    feedUrl: z.optional(Url.check(z.describe('Kalenderstrøm (iCalendar) man kan abonnere på.'))),
    publicationDays: z.optional(
      Int.check(
        z.minimum(0),
        z.maximum(60),
        z.describe(
          'Dager før møtet sakslisten ventes publisert etter kommunens reglement (standard 10 for kommunestyret, ellers 7). Ikke en lovfestet frist.',
        ),
      ),
    ),
  })
  .check(z.describe('Et politisk organ.'));
export type Organization = z.infer<typeof organizationSchema>;

export const meetingDocumentSchema = z
  .strictObject({
    kind: z.enum(MEETING_DOCUMENT_KINDS).check(z.describe('Slags dokument.')),
    title: LocalizedText,
    url: Url,
    published: z.optional(IsoDateOrDateTime.check(z.describe('Når dokumentet ble publisert.'))),
  })
  .check(z.describe('Et møtedokument.'));
export type MeetingDocument = z.infer<typeof meetingDocumentSchema>;

export const agendaItemSchema = z
  .strictObject({
    number: NonEmptyString.check(z.describe('Saksnummer, for eksempel "PS 45/26".')),
    title: LocalizedText,
    public: z.boolean().check(z.describe('false = lukket sak; da er closedReason påkrevd.')),
    closedReason: z.optional(LocalizedText.check(z.describe('Hjemmel for å lukke saken, for eksempel "Offl. § 13, jf. fvl. § 13".'))),
    documents: z.optional(z.array(meetingDocumentSchema)),
  })
  .check(
    z.describe('En sak på sakslisten.'),
    crossCheck((item, ctx) => {
      if (isRecord(item) && item['public'] === false && item['closedReason'] === undefined) {
        report(ctx, undefined, ['closedReason'], 'closed_item_without_reason', {
          number: String(item['number'] ?? ''),
        });
      }
    }),
  );
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const meetingLocationSchema = z
  .strictObject({
    name: LocalizedText.check(z.describe('For eksempel "Kommunestyresalen".')),
    address: z.optional(NonEmptyString),
    url: z.optional(Url.check(z.describe('Kart eller veibeskrivelse.'))),
    accessibility: z.optional(LocalizedText.check(z.describe('Tilgjengelighet: trinnfri adkomst, heis, parkering.'))),
    services: z.optional(z.array(z.enum(LOCATION_SERVICES)).check(z.describe('Tjenester på møtet.'))),
  })
  .check(z.describe('Møtested.'));

export const meetingSchema = z
  .strictObject({
    id: Id,
    organization: Id.check(z.describe('Id-en til organet i organizations.')),
    title: z.optional(LocalizedText.check(z.describe('Overskrift; ellers organets navn.'))),
    description: z.optional(LocalizedText.check(z.describe('Kort beskrivelse av møtet (fra kalenderstrømmens DESCRIPTION).'))),
    start: IsoDateOrDateTime.check(z.describe('Start; bare dato når klokkeslettet ikke er fastsatt.')),
    end: z.optional(IsoDateOrDateTime.check(z.describe('Slutt; kan ikke være før start.'))),
    status: z
      .enum(MEETING_STATUSES)
      .check(z.describe('planned = planlagt, invited = innkalt, held = avholdt, cancelled = avlyst, moved = flyttet.')),
    movedTo: z.optional(Id.check(z.describe('Ved status moved: id-en til møtet på den nye datoen.'))),
    location: z.optional(meetingLocationSchema.check(z.describe('Møtested; kan mangle (digitalt møte, rom ikke bestemt).'))),
    public: z.boolean().check(z.describe('Møtet er åpent for publikum.')),
    stream: z.optional(Url.check(z.describe('Direktesending.'))),
    recording: z.optional(Url.check(z.describe('Opptak.'))),
    url: z.optional(Url.check(z.describe('Møtet i kommunens møteportal.'))),
    documents: z.optional(z.array(meetingDocumentSchema)),
    agenda: z.optional(z.array(agendaItemSchema).check(z.describe('Sakslisten.'))),
  })
  .check(
    z.describe('Et møte.'),
    crossCheck((meeting, ctx) => checkDateOrder(ctx, meeting, [], 'start', 'end')),
  );
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingsSchema = z
  .strictObject({
    organizations: z.array(organizationSchema).check(z.describe('Organene; id-ene er unike.')),
    meetings: z.array(meetingSchema).check(z.describe('Møtene; id-ene er unike.')),
  })
  .check(
    z.describe('Politiske organer og møter.'),
    crossCheck((section, ctx) => {
      if (!isRecord(section)) return;
      checkUniqueIds(ctx, section['organizations'], ['organizations']);
      checkUniqueIds(ctx, section['meetings'], ['meetings']);
      const organizations = idsOf(section['organizations']);
      const meetings = idsOf(section['meetings']);
      const list = section['meetings'];
      if (!Array.isArray(list)) return;
      list.forEach((meeting, i) => {
        if (!isRecord(meeting)) return;
        const organization = meeting['organization'];
        if (typeof organization === 'string' && !organizations.has(organization)) {
          report(ctx, organization, ['meetings', i, 'organization'], 'unknown_reference', {
            id: organization,
            list: 'organizations',
          });
        }
        const movedTo = meeting['movedTo'];
        if (typeof movedTo === 'string' && !meetings.has(movedTo)) {
          report(ctx, movedTo, ['meetings', i, 'movedTo'], 'unknown_reference', { id: movedTo, list: 'meetings' });
        }
      });
    }),
  );
export type Meetings = z.infer<typeof meetingsSchema>;

/** Validates input for `<kommune-meeting-calendar>`: a whole document or the section alone. */
export const meetingsInput = /* @__PURE__ */ defineWidgetInput('meetings', meetingsSchema);
