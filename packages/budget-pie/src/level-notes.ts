import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { singleStops } from '@kommune-widgets/core';
import { formatValue } from './amounts.js';
import { perInnbyggerText, type FigureContext } from './figures.js';

/**
 * What the chart's total includes, said in words beside it: the sum (and per innbygger), the negative
 * figures that cannot be slices, the items whose figures are missing, and parts that add up to more
 * than their whole.
 */
export function renderLevelNotes(ctx: FigureContext): TemplateResult {
  const { level, dataset, locale } = ctx;
  const value = (v: number) => formatValue(v, dataset.unit, locale);
  const isPercent = dataset.unit === 'percent';
  const per = perInnbyggerText(level.netSum, ctx);
  let total: string;
  if (isPercent) {
    total =
      level.remainder > 0
        ? msg(
            str`Tallene er andeler i prosent. Postene utgjør til sammen ${value(level.positiveSum)}; ${value(level.remainder)} er ikke fordelt.`,
            { id: 'pie.total.percentRemainder' },
          )
        : msg('Tallene er andeler i prosent, ikke kroner.', { id: 'pie.total.percent' });
  } else if (level.negatives.length) {
    total = singleStops(
      msg(
        str`Diagrammet viser ${value(level.positiveSum)}, summen av postene med positive tall. Med de negative postene er netto sum ${value(level.netSum)}.`,
        { id: 'pie.total.withNegatives' },
      ),
    );
  } else {
    total = per
      ? singleStops(msg(str`Til sammen ${value(level.netSum)}, ${per}.`, { id: 'pie.total.perInnbygger' }))
      : singleStops(msg(str`Til sammen ${value(level.netSum)}.`, { id: 'pie.total' }));
  }
  return html`<div class="notes" part="notes">
    <p class="total">${total}</p>
    ${
      level.negatives.length
        ? html`<div class="negatives">
            <p class="negatives-heading">${msg('Negative tall, ikke med i diagrammet:', { id: 'pie.negatives.heading' })}</p>
            <ul role="list">
              ${level.negatives.map((item) => html`<li><span>${ctx.part(item.label)}</span> <span class="figure">${value(item.amount!)}</span></li>`)}
            </ul>
            ${
              dataset.kind === 'expense'
                ? html`<p class="note">
                    ${msg('En negativ netto utgift betyr at inntektene, for eksempel gebyrer, er større enn utgiftene til tjenesten.', { id: 'pie.negatives.explain' })}
                  </p>`
                : nothing
            }
          </div>`
        : nothing
    }
    ${
      level.missing.length
        ? html`<p class="note">
            ${singleStops(msg(str`Tall mangler for: ${level.missing.map((item) => ctx.text(item.label)).join(', ')}.`, { id: 'pie.missing' }))}
          </p>`
        : nothing
    }
    ${
      level.excess > 0 && level.expected !== undefined
        ? html`<p class="note warning">
            ${
              level.parent
                ? msg(str`Underpostene summerer til ${value(level.positiveSum)}, mer enn ${value(level.expected)} som posten selv har.`, {
                    id: 'pie.excess.parent',
                  })
                : msg(str`Andelene summerer til ${value(level.positiveSum)}, mer enn 100 %.`, { id: 'pie.excess.percent' })
            }
          </p>`
        : nothing
    }
  </div>`;
}
