/**
 * The body `<kommune-pledge>` sends to `POST /api/v1/campaigns/:id/pledges`, validated by the form before sending and
 * by the server on arrival (one schema, so both agree on every field and limit).
 */
import * as z from 'zod/mini';
import { Email, Id, IsoDateTime, NonEmptyString, crossCheck, isRecord, report } from './shared.js';

/** The signatory's role: kandidat, folkevalgt, listetopp, or a partilag or organisation signing as such. */
export const PLEDGE_ROLES = ['kandidat', 'folkevalgt', 'listetopp', 'partilag'] as const;

/** The `list` of a signatory whose party or list is not among the campaign's: `otherList` names it. */
export const PLEDGE_OTHER_LIST = 'annen';

/** Most characters in a name or another list's name. */
export const PLEDGE_NAME_MAX = 120;

const Name = NonEmptyString.check(z.maxLength(PLEDGE_NAME_MAX));

/** One signature, as the form sends it. */
export const pledgeSubmissionSchema = z
  .strictObject({
    campaign: Id.check(z.describe('Kampanjens id, den samme som i adressen.')),
    name: Name.check(z.describe('Navnet som vises på listen over dem som har signert.')),
    list: Id.check(z.describe('Id-en til en av kampanjens lister, eller "annen".')),
    otherList: z.optional(Name.check(z.describe('Partiet eller listen, når list er "annen".'))),
    role: z.enum(PLEDGE_ROLES).check(z.describe('Kandidat, folkevalgt, listetopp eller partilag/organisasjon.')),
    email: z.optional(
      Email.check(
        z.maxLength(254),
        z.describe('For å bekrefte signaturen og for å kunne trekke den; uten e-post må en moderator godkjenne den.'),
      ),
    ),
    consent: z.literal(true).check(z.describe('Samtykke til at navnet vises offentlig på listen.')),
    website: z
      .string()
      .check(
        z.maxLength(1000),
        z.describe('Felle for roboter: skjult for mennesker, skal være tom (serveren forkaster det som kommer med noe her).'),
      ),
    startedAt: IsoDateTime.check(z.describe('Da skjemaet ble åpnet (for minste tid brukt på skjemaet).')),
  })
  .check(
    z.describe('En signatur på et valgløfte.'),
    crossCheck((body, ctx) => {
      if (isRecord(body) && body['list'] === PLEDGE_OTHER_LIST && body['otherList'] === undefined)
        report(ctx, undefined, ['otherList'], 'required', { key: 'otherList' });
    }),
  );

/** A validated signature body. */
export type PledgeSubmission = z.infer<typeof pledgeSubmissionSchema>;
/** One of {@link PLEDGE_ROLES}. */
export type PledgeRole = (typeof PLEDGE_ROLES)[number];
