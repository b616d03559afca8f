import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { BudgetItem } from '@kommune-widgets/schema';
import { formatKroner, formatShare, perInnbygger } from './amounts.js';
import { comparisonsFor, type FigureContext } from './figures.js';

/** Within this share, two figures are "about the same". */
const SAME_WITHIN = 0.02;

function difference(own: number, other: number, otherName: string, ctx: FigureContext): string {
  const ratio = own / other - 1;
  if (Math.abs(ratio) < SAME_WITHIN) return msg(str`Omtrent som ${otherName}`, { id: 'pie.compare.same' });
  const amount = formatShare(Math.abs(ratio), ctx.locale);
  return ratio > 0
    ? msg(str`${amount} mer enn ${otherName}`, { id: 'pie.compare.more' })
    : msg(str`${amount} mindre enn ${otherName}`, { id: 'pie.compare.less' });
}

/**
 * The kommune's kroner per innbygger for one item beside the reference figures in the document (the whole
 * country, the KOSTRA group), as text with bars scaled to the largest, and how much more or less that is.
 */
export function renderComparison(item: BudgetItem, ctx: FigureContext, headingId: string): TemplateResult | typeof nothing {
  if (ctx.dataset.unit === 'percent') return nothing;
  const found = comparisonsFor(item, ctx.dataset.comparisons);
  if (!found.length) return nothing;
  const own = item.amount === null ? undefined : perInnbygger(item.amount, ctx.dataset.unit, ctx.innbyggere);
  const ownName = ctx.kommuneName ?? msg('Kommunen', { id: 'pie.scope.kommune' });
  const rows = [
    ...(own !== undefined ? [{ name: ownName, part: ctx.kommunePart ?? ownName, value: own as number | null, own: true }] : []),
    ...found.map(({ comparison, value }) => ({ name: ctx.text(comparison.label), part: ctx.part(comparison.label), value, own: false })),
  ];
  const max = Math.max(...rows.map((r) => r.value ?? 0));
  return html`<div class="comparison" part="comparison" role="group" aria-labelledby=${headingId}>
    <p class="comparison-heading" id=${headingId}>${msg('Kroner per innbygger sammenlignet med andre', { id: 'pie.compare.heading' })}</p>
    <ul role="list">
      ${rows.map(
        (row) =>
          html`<li class=${row.own ? 'own' : ''}>
            <span class="comparison-name">${row.part}</span>
            <span class="comparison-value"
              >${row.value === null ? msg('tall mangler', { id: 'pie.compare.missing' }) : formatKroner(row.value, ctx.locale)}</span
            >
            ${
              row.value !== null && max > 0
                ? svg`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-fill" x="0" y="0" height="10" width=${Math.max(0.5, (row.value / max) * 100).toFixed(2)}></rect></svg>`
                : nothing
            }
            ${!row.own && own !== undefined && row.value ? html`<span class="comparison-difference">${difference(own, row.value, row.name, ctx)}</span>` : nothing}
          </li>`,
      )}
    </ul>
    ${
      own === undefined && item.amount !== null && !ctx.innbyggere
        ? html`<p class="note">
            ${msg('Kommunens eget tall per innbygger vises når dokumentet oppgir antall innbyggere.', { id: 'pie.compare.noPopulation' })}
          </p>`
        : nothing
    }
  </div>`;
}
