import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { BudgetDataset } from '@kommune-widgets/schema';

/** The ways datasets differ that get their own control. */
export type SwitchDimension = 'kind' | 'scope' | 'year';

/**
 * Which controls the reader needs: one per dimension that varies, when year, kind and scope together
 * tell the datasets apart; otherwise (two expense datasets for the same year, say) one list of titles.
 */
export function switchDimensions(datasets: readonly BudgetDataset[]): SwitchDimension[] | 'titles' {
  if (datasets.length < 2) return [];
  const keys = new Set(datasets.map((d) => `${d.year}|${d.kind}|${d.scope ?? ''}`));
  if (keys.size < datasets.length) return 'titles';
  // A kind that mixes datasets with and without a scope has no clean kommune/fylkeskommune switch: list the titles.
  for (const kind of new Set(datasets.map((d) => d.kind))) {
    const scopes = new Set(datasets.filter((d) => d.kind === kind).map((d) => d.scope ?? ''));
    if (scopes.size > 1 && scopes.has('')) return 'titles';
  }
  return (['kind', 'scope', 'year'] as const).filter((dim) => new Set(datasets.map((d) => d[dim])).size > 1);
}

/** The dataset to show when the reader changes one dimension: the one that keeps the others, or the first with the new value. */
export function pickDataset(
  datasets: readonly BudgetDataset[],
  current: BudgetDataset,
  dimension: SwitchDimension,
  value: string,
): BudgetDataset | undefined {
  const matches = datasets.filter((d) => String(d[dimension] ?? '') === value);
  const others = (['kind', 'scope', 'year'] as const).filter((dim) => dim !== dimension);
  return matches.find((d) => others.every((dim) => d[dim] === current[dim])) ?? matches.find((d) => d.kind === current.kind) ?? matches[0];
}

const kindLabel = (kind: BudgetDataset['kind']) =>
  kind === 'expense' ? msg('Utgifter', { id: 'pie.kind.expense' }) : msg('Inntekter', { id: 'pie.kind.income' });

const scopeLabel = (scope: BudgetDataset['scope']) =>
  scope === 'fylkeskommune' ? msg('Fylkeskommunen', { id: 'pie.scope.fylkeskommune' }) : msg('Kommunen', { id: 'pie.scope.kommune' });

/** What the dataset switch needs from the element. */
export interface DatasetSwitchOptions {
  datasets: readonly BudgetDataset[];
  current: BudgetDataset;
  /** The kommune's text in the element's language. */
  text: (value: BudgetDataset['title']) => string;
  onSelect: (id: string) => void;
}

function renderRadios(
  name: SwitchDimension,
  legend: string,
  values: readonly string[],
  label: (value: string) => string,
  { datasets, current, onSelect }: DatasetSwitchOptions,
): TemplateResult {
  const choose = (value: string) => {
    const next = pickDataset(datasets, current, name, value);
    if (next) onSelect(next.id);
  };
  return html`<fieldset class="switch" part="switch">
    <legend>${legend}</legend>
    <div class="segments">
      ${values.map(
        (value) =>
          html`<label class="segment">
            <input
              type="radio"
              name=${name}
              .value=${value}
              .checked=${String(current[name] ?? '') === value}
              @change=${() => choose(value)}
            /><span>${label(value)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The controls that switch between the document's datasets: kind, scope and year, or one list of titles. */
export function renderDatasetSwitch(options: DatasetSwitchOptions): TemplateResult | typeof nothing {
  const { datasets, current, text, onSelect } = options;
  const dimensions = switchDimensions(datasets);
  if (dimensions === 'titles') {
    return html`<div class="switches" part="switches">
      <label class="select">
        <span>${msg('Velg tall', { id: 'pie.switch.dataset' })}</span>
        <select @change=${(e: Event) => onSelect((e.target as HTMLSelectElement).value)}>
          ${datasets.map((d) => html`<option value=${d.id} .selected=${d.id === current.id}>${text(d.title)}</option>`)}
        </select>
      </label>
    </div>`;
  }
  if (dimensions.length === 0) return nothing;
  const distinct = <K extends SwitchDimension>(dim: K) => [...new Set(datasets.map((d) => String(d[dim] ?? '')))];
  // Scope only where it varies for what is shown: income for the whole sector has no kommune/fylkeskommune to pick.
  const scopes = [...new Set(datasets.filter((d) => d.kind === current.kind).map((d) => String(d.scope ?? '')))];
  // Only the years that have the kind and scope shown, so picking a year never silently swaps expenses for income.
  const years = [...new Set(datasets.filter((d) => d.kind === current.kind && d.scope === current.scope).map((d) => String(d.year)))];
  return html`<div class="switches" part="switches">
    ${
      dimensions.includes('kind')
        ? renderRadios(
            'kind',
            msg('Vis', { id: 'pie.switch.kind' }),
            distinct('kind'),
            (v) => kindLabel(v as BudgetDataset['kind']),
            options,
          )
        : nothing
    }
    ${
      dimensions.includes('scope') && scopes.length > 1 && !scopes.includes('')
        ? renderRadios('scope', msg('Gjelder', { id: 'pie.switch.scope' }), scopes, (v) => scopeLabel(v as BudgetDataset['scope']), options)
        : nothing
    }
    ${
      dimensions.includes('year') && years.length > 1
        ? html`<label class="select">
            <span>${msg('År', { id: 'pie.switch.year' })}</span>
            <select
              @change=${(e: Event) => {
                const next = pickDataset(datasets, current, 'year', (e.target as HTMLSelectElement).value);
                if (next) onSelect(next.id);
              }}
            >
              ${years
                .sort((a, b) => Number(b) - Number(a))
                .map((year) => html`<option value=${year} .selected=${String(current.year) === year}>${year}</option>`)}
            </select>
          </label>`
        : nothing
    }
  </div>`;
}
