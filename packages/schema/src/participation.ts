/**
 * `participation`: the kommune's activities on KS' participation ladder
 * (deltakelsestrappa), read by `<kommune-participation-ladder>`.
 */
import * as z from 'zod/mini';
import {
  Email,
  Id,
  IsoDateOrDateTime,
  LocalizedText,
  NonEmptyString,
  Url,
  checkDateOrder,
  checkUniqueIds,
  crossCheck,
  isRecord,
} from './shared.js';
import { defineWidgetInput } from './widget-input.js';

/** The five steps of the ladder, lowest first. */
export const STEP_IDS = ['informere', 'spørre', 'snakke-med', 'dagsorden', 'rattet'] as const;

export const StepId = z
  .enum(STEP_IDS)
  .check(
    z.describe(
      'Trinn i deltakelsestrappa: informere, spørre, snakke-med, dagsorden (innbyggerne er med å sette dagsorden) eller rattet (innbyggerne får ei hånd på rattet).',
    ),
  );
export type StepId = z.infer<typeof StepId>;

/** Whether `value` is one of {@link STEP_IDS}. */
export function isKnownStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

export const participationStepSchema = z
  .strictObject({
    id: StepId,
    title: z.optional(LocalizedText.check(z.describe('Erstatter trinnets overskrift.'))),
    description: z.optional(LocalizedText.check(z.describe('Erstatter forklaringen av trinnet.'))),
    promise: z.optional(LocalizedText.check(z.describe('Erstatter det kommunen lover innbyggerne på dette trinnet.'))),
    methods: z.optional(z.array(LocalizedText).check(z.describe('Erstatter listen over eksempelmetoder (KS) for trinnet.'))),
  })
  .check(z.describe('Redaktørens tekster for ett trinn; det som mangler, hentes fra standardtekstene.'));
export type ParticipationStep = z.infer<typeof participationStepSchema>;

export const participationContactSchema = z
  .strictObject({
    name: z.optional(NonEmptyString.check(z.describe('Navn på kontaktperson eller enhet.'))),
    email: z.optional(Email),
    phone: z.optional(NonEmptyString.check(z.describe('Telefonnummer.'))),
    url: z.optional(Url.check(z.describe('Side med kontaktinformasjon.'))),
  })
  .check(z.describe('Hvem man kan spørre om aktiviteten.'));

export const participationActivitySchema = z
  .strictObject({
    id: Id,
    step: StepId,
    title: LocalizedText.check(z.describe('Aktivitetens tittel.')),
    summary: z.optional(LocalizedText.check(z.describe('Kort beskrivelse.'))),
    method: z.optional(
      NonEmptyString.check(
        z.describe('Metode: fritekst eller en KS-metode som "høring", "innbyggerforslag", "innbyggerpanel", "barnetråkk".'),
      ),
    ),
    opens: z.optional(IsoDateOrDateTime.check(z.describe('Når man kan begynne å delta.'))),
    closes: z.optional(IsoDateOrDateTime.check(z.describe('Frist; kan ikke være før opens.'))),
    url: z.optional(Url.check(z.describe('Hvor man deltar.'))),
    organizer: z.optional(LocalizedText.check(z.describe('Hvem som spør (avdeling, utvalg).'))),
    contact: z.optional(participationContactSchema),
    stage: z.optional(LocalizedText.check(z.describe('Hvor i prosessen saken er nå.'))),
    next: z.optional(LocalizedText.check(z.describe('Hva som skjer videre.'))),
    outcome: z.optional(LocalizedText.check(z.describe('Etterpå: hva innspillene førte til.'))),
    outcomeUrl: z.optional(Url.check(z.describe('Side om resultatet.'))),
    cancelled: z.optional(z.boolean().check(z.describe('Aktiviteten er avlyst.'))),
  })
  .check(
    z.describe('En medvirkningsaktivitet på ett trinn.'),
    crossCheck((activity, ctx) => checkDateOrder(ctx, activity, [], 'opens', 'closes')),
  );
export type ParticipationActivity = z.infer<typeof participationActivitySchema>;

export const participationSchema = z
  .strictObject({
    heading: z.optional(LocalizedText.check(z.describe('Erstatter widgetens overskrift.'))),
    intro: z.optional(LocalizedText.check(z.describe('Erstatter widgetens innledning.'))),
    steps: z.optional(
      z.array(participationStepSchema).check(z.describe('Tekster som erstatter standardtekstene for trinnene; hvert trinn høyst én gang.')),
    ),
    activities: z.array(participationActivitySchema).check(z.describe('Kommunens medvirkningsaktiviteter; id-ene er unike.')),
  })
  .check(
    z.describe("Deltakelsestrappa: kommunens medvirkningsaktiviteter på KS' fem trinn."),
    crossCheck((section, ctx) => {
      if (!isRecord(section)) return;
      checkUniqueIds(ctx, section['steps'], ['steps']);
      checkUniqueIds(ctx, section['activities'], ['activities']);
    }),
  );
export type Participation = z.infer<typeof participationSchema>;

/** Validates input for `<kommune-participation-ladder>`: a whole document or the section alone. */
export const participationInput = /* @__PURE__ */ defineWidgetInput('participation', participationSchema);
