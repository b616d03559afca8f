/**
 * The body `<kommune-hate-report>` sends to `POST /api/v1/reports`, validated by the form before sending and by the
 * server on arrival (one schema, so both agree on every field and limit).
 */
import * as z from 'zod/mini';
import { Email, Id, IsoDateOrDateTime, IsoDateTime, NonEmptyString, Url } from './shared.js';
import { KOMMUNENUMMER_PATTERN } from './kommune.js';

/** Who was targeted: the person sending (`me`) or someone else (`other`). */
export const REPORT_TARGETS = ['me', 'other'] as const;
/** The targeted person's role: folkevalgt, kandidat, ansatt (i politisk sekretariat), annen. */
export const REPORT_ROLES = ['folkevalgt', 'kandidat', 'ansatt', 'annen'] as const;
/** What happened: trussel, hets, trakassering, deling av personopplysninger, annet. */
export const REPORT_KINDS = ['trussel', 'hets', 'trakassering', 'personopplysninger', 'annet'] as const;
/** Help wanted: juridisk vurdering, en samtale, hjelp til å anmelde, hjelp til å få innhold fjernet. */
export const REPORT_HELP = ['juridisk', 'samtale', 'anmeldelse', 'fjerning'] as const;

/** Most characters in the description. */
export const REPORT_DESCRIPTION_MAX = 10_000;
/** Most links to the content. */
export const REPORT_LINKS_MAX = 20;
/** Most attachments (screenshots) referenced by id. */
export const REPORT_ATTACHMENTS_MAX = 5;

/** A short text (a name, a platform, a reference): 1 to 200 characters. */
const ShortText = NonEmptyString.check(z.maxLength(200));

const reference = z.strictObject({
  reference: z.optional(ShortText.check(z.describe('Saksnummer eller referanse derfra.'))),
});

/** One report of hate, threats or harassment, as the form sends it. */
export const reportSubmissionSchema = z
  .strictObject({
    kommune: z.string().check(z.regex(KOMMUNENUMMER_PATTERN), z.describe('Kommunenummeret meldingen går til, fire sifre.')),
    triage: z.strictObject({
      danger: z.boolean().check(z.describe('Om noen er i umiddelbar fare (svaret på første spørsmål).')),
    }),
    target: z.enum(REPORT_TARGETS).check(z.describe('Hvem det gjaldt: meg selv eller en annen.')),
    role: z.enum(REPORT_ROLES).check(z.describe('Rollen til den det gjaldt.')),
    kinds: z.array(z.enum(REPORT_KINDS)).check(z.minLength(1), z.maxLength(REPORT_KINDS.length), z.describe('Hva som skjedde.')),
    where: z.strictObject({
      platform: ShortText.check(z.describe('Plattform eller kanal, for eksempel "Facebook" eller "annet".')),
      other: z.optional(ShortText.check(z.describe('Hvilken, når plattformen er "annet".'))),
    }),
    when: IsoDateOrDateTime.check(z.describe('Når det skjedde.')),
    description: NonEmptyString.check(z.maxLength(REPORT_DESCRIPTION_MAX), z.describe('Hva som skjedde, med egne ord.')),
    links: z.array(Url).check(z.maxLength(REPORT_LINKS_MAX), z.describe('Lenker til innholdet.')),
    attachments: z.array(Id).check(z.maxLength(REPORT_ATTACHMENTS_MAX), z.describe('Id-er for opplastede skjermbilder.')),
    reportedTo: z.strictObject({
      platform: z.optional(reference.check(z.describe('Meldt til plattformen.'))),
      police: z.optional(reference.check(z.describe('Meldt til politiet.'))),
    }),
    help: z.array(z.enum(REPORT_HELP)).check(z.maxLength(REPORT_HELP.length), z.describe('Hjelp som ønskes.')),
    contact: z.optional(
      z
        .strictObject({
          name: z.optional(ShortText),
          email: z.optional(Email.check(z.maxLength(254))),
          phone: z.optional(NonEmptyString.check(z.maxLength(40))),
        })
        .check(z.describe('Kontaktopplysninger; uten dem er meldingen anonym, og ingen kan følge den opp.')),
    ),
    website: z.string().check(z.maxLength(1000), z.describe('Felle for roboter: skjult for mennesker, skal være tom.')),
    startedAt: IsoDateTime.check(z.describe('Da skjemaet ble åpnet (for minste tid brukt på skjemaet).')),
  })
  .check(z.describe('En melding om hets, trusler eller trakassering.'));

/** A validated report body. */
export type ReportSubmission = z.infer<typeof reportSubmissionSchema>;
