/**
 * `budget`: datasets of expenses or income, each a tree of items, read by
 * `<kommune-budget-pie>`.
 */
import * as z from 'zod/mini';
import { Int, Id, IsoDateOrDateTime, LocalizedText, NonEmptyString, Url, checkUniqueIds, crossCheck, isRecord, report } from './shared.js';
import { defineWidgetInput } from './widget-input.js';

/**
 * One line of a budget; `children` break it down further. (No `.check()` here:
 * cloning would read the recursive shape before it exists.)
 */
export const budgetItemSchema = z.strictObject({
  id: Id.check(z.describe('Unik i hele datasettet (også blant underposter).')),
  label: LocalizedText.check(z.describe('Navn på posten.')),
  amount: z.nullable(z.number()).check(z.describe('Beløp i datasettets enhet; kan være negativt; null når tallet mangler.')),
  kostra: z.optional(z.array(NonEmptyString).check(z.describe('KOSTRA-funksjoner posten dekker (for eksempel "201", "254").'))),
  description: z.optional(LocalizedText.check(z.describe('Forklaring av posten.'))),
  // The annotation breaks the type cycle; it is inferred from the schema itself.
  get children(): z.ZodMiniOptional<z.ZodMiniArray<typeof budgetItemSchema>> {
    return z.optional(z.array(budgetItemSchema).check(z.describe('Underposter (samme form).')));
  },
});
export type BudgetItem = z.infer<typeof budgetItemSchema>;

export const budgetSourceSchema = z
  .strictObject({
    name: LocalizedText.check(z.describe('Kilde, for eksempel "SSB".')),
    table: z.optional(NonEmptyString.check(z.describe('Tabell, for eksempel "12362".'))),
    url: z.optional(Url),
    updated: z.optional(IsoDateOrDateTime.check(z.describe('Når tallene sist ble oppdatert.'))),
  })
  .check(z.describe('Hvor tallene kommer fra.'));

export const budgetComparisonSchema = z
  .strictObject({
    id: Id,
    kind: z
      .enum(['national', 'kostra-group', 'fylke', 'kommune', 'other'])
      .check(z.describe('national = landsgjennomsnitt, kostra-group = kommunens KOSTRA-gruppe.')),
    label: LocalizedText.check(z.describe('For eksempel "Landet uten Oslo" eller "KOSTRA-gruppe 1".')),
    group: z.optional(NonEmptyString.check(z.describe('Nummeret på KOSTRA-gruppen eller regionen.'))),
    perInnbygger: z
      .record(z.string(), z.nullable(z.number()))
      .check(z.describe('Kroner per innbygger for hver post, nøkkel = postens id; null når tallet mangler.')),
  })
  .check(z.describe('Sammenligning med et annet område, per innbygger.'));
export type BudgetComparison = z.infer<typeof budgetComparisonSchema>;

export const budgetDatasetSchema = z
  .strictObject({
    id: Id,
    year: Int.check(z.minimum(1900), z.maximum(2200), z.describe('Budsjett- eller regnskapsår.')),
    kind: z.enum(['expense', 'income']).check(z.describe('expense = utgifter, income = inntekter.')),
    scope: z.optional(z.enum(['kommune', 'fylkeskommune']).check(z.describe('Hvem tallene gjelder.'))),
    title: LocalizedText.check(z.describe('Overskrift, for eksempel "Driftsbudsjett 2027".')),
    description: z.optional(LocalizedText),
    unit: z.enum(['NOK', '1000 NOK', 'percent']).check(z.describe('Enhet for amount: kroner, tusen kroner eller prosent av totalen.')),
    items: z.array(budgetItemSchema).check(z.minLength(1), z.describe('Postene på øverste nivå.')),
    source: z.optional(budgetSourceSchema),
    otherThreshold: z.optional(
      z.number().check(z.minimum(0), z.maximum(100), z.describe('Poster under denne andelen (prosent) samles i «Annet».')),
    ),
    comparisons: z.optional(z.array(budgetComparisonSchema)),
  })
  .check(
    z.describe('Ett datasett: ett år, utgifter eller inntekter.'),
    crossCheck((dataset, ctx) => {
      if (!isRecord(dataset)) return;
      // Item ids are unique across the whole tree, in document order, since comparisons refer to them.
      const seen = new Set<string>();
      const walk = (items: unknown, base: (string | number)[]) => {
        if (!Array.isArray(items)) return;
        items.forEach((item, i) => {
          if (!isRecord(item)) return;
          const id = item['id'];
          if (typeof id === 'string') {
            if (seen.has(id)) report(ctx, id, [...base, i, 'id'], 'duplicate_id', { id });
            seen.add(id);
          }
          walk(item['children'], [...base, i, 'children']);
        });
      };
      walk(dataset['items'], ['items']);
      const comparisons = dataset['comparisons'];
      checkUniqueIds(ctx, comparisons, ['comparisons']);
      if (!Array.isArray(comparisons)) return;
      comparisons.forEach((comparison, i) => {
        if (!isRecord(comparison) || !isRecord(comparison['perInnbygger'])) return;
        for (const itemId of Object.keys(comparison['perInnbygger'])) {
          if (!seen.has(itemId)) {
            report(ctx, itemId, ['comparisons', i, 'perInnbygger', itemId], 'unknown_reference', {
              id: itemId,
              list: 'items',
            });
          }
        }
      });
    }),
  );
export type BudgetDataset = z.infer<typeof budgetDatasetSchema>;

export const budgetSchema = z
  .strictObject({
    currency: z.optional(z.literal('NOK').check(z.describe('Valuta; bare NOK.'))),
    datasets: z
      .array(budgetDatasetSchema)
      .check(z.minLength(1), z.describe('Datasettene; widgeten lar leseren bytte mellom år og utgifter/inntekter.')),
  })
  .check(
    z.describe('Budsjett og regnskap.'),
    crossCheck((section, ctx) => isRecord(section) && void checkUniqueIds(ctx, section['datasets'], ['datasets'])),
  );
export type Budget = z.infer<typeof budgetSchema>;

/** Validates input for `<kommune-budget-pie>`: a whole document or the section alone. */
export const budgetInput = /* @__PURE__ */ defineWidgetInput('budget', budgetSchema);
