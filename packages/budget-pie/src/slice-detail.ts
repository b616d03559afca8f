import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, singleStops } from '@kommune-widgets/core';
import { formatValue } from './amounts.js';
import { renderComparison } from './comparison.js';
import { perInnbyggerFigure, shareFigure, showsShare, sliceLabel, sliceLabelPart, type FigureContext } from './figures.js';
import { hasBreakdown, type Slice } from './slices.js';

/** How many members of "other" the detail names before pointing to the table. */
const MEMBERS_SHOWN = 8;

/** What the detail panel needs besides the figures. */
export interface SliceDetailOptions {
  onOpen: (slice: Slice) => void;
  onShowTable: () => void;
}

/** The figures of the slice the reader points at or has focused: amount, share, per innbygger, what it holds, and the comparison. */
export function renderSliceDetail(slice: Slice | undefined, ctx: FigureContext, options: SliceDetailOptions): TemplateResult {
  if (!slice) {
    return html`<div class="detail hint" part="detail">
      <p>${msg('Pek på eller trykk på en del av diagrammet, eller bruk piltastene, for å se tallene.', { id: 'pie.detail.hint' })}</p>
    </div>`;
  }
  const { dataset, locale } = ctx;
  const label = sliceLabel(slice, ctx);
  const per = perInnbyggerFigure(slice.value, ctx);
  const item = slice.item;
  return html`<div class="detail" part="detail">
    <p class="detail-label">${sliceLabelPart(slice, ctx)}</p>
    <dl class="detail-figures">
      <div>
        <dt>${dataset.unit === 'percent' ? msg('Prosent', { id: 'pie.table.percent' }) : msg('Beløp', { id: 'pie.table.amount' })}</dt>
        <dd>${formatValue(slice.value, dataset.unit, locale)}</dd>
      </div>
      ${
        showsShare(ctx)
          ? html`<div>
              <dt>${msg('Andel', { id: 'pie.detail.share' })}</dt>
              <dd>${shareFigure(slice.share, ctx)}</dd>
            </div>`
          : nothing
      }
      ${
        per
          ? html`<div>
              <dt>${msg('Per innbygger', { id: 'pie.table.perInnbygger' })}</dt>
              <dd>${per}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${item?.description ? html`<p>${ctx.part(item.description)}</p>` : nothing}
    ${slice.kind === 'other' ? renderOtherMembers(slice, ctx, options) : nothing}
    ${slice.kind === 'remainder' ? html`<p>${remainderExplanation(ctx)}</p>` : nothing}
    ${item ? renderComparison(item, ctx, 'detail-comparison') : nothing}
    ${
      hasBreakdown(item)
        ? html`<button type="button" class="open-button kw-button primary" part="open-button" @click=${() => options.onOpen(slice)}>
            ${msg(str`Vis hva ${label} består av`, { id: 'pie.detail.open' })}
          </button>`
        : nothing
    }
  </div>`;
}

function renderOtherMembers(slice: Slice, ctx: FigureContext, options: SliceDetailOptions): TemplateResult {
  const shown = slice.members.slice(0, MEMBERS_SHOWN);
  const rest = slice.members.length - shown.length;
  return html`<p>${msg('Små poster samlet:', { id: 'pie.detail.otherIntro' })}</p>
    <ul class="members">
      ${shown.map((m) => html`<li>${ctx.part(m.label)}: ${formatValue(m.amount!, ctx.dataset.unit, ctx.locale)}</li>`)}
    </ul>
    ${
      rest > 0
        ? html`<button type="button" class="link-button" @click=${options.onShowTable}>
            ${msg(str`Se alle ${formatNumber(slice.members.length, ctx.locale)} i tabellen`, { id: 'pie.detail.otherAll' })}
          </button>`
        : nothing
    }`;
}

function remainderExplanation(ctx: FigureContext): string {
  const { level, dataset, locale } = ctx;
  const sum = formatValue(level.positiveSum, dataset.unit, locale);
  const rest = formatValue(level.remainder, dataset.unit, locale);
  if (level.parent) {
    const whole = formatValue(level.expected!, dataset.unit, locale);
    return singleStops(
      msg(str`Underpostene utgjør ${sum} av ${whole}. Resten, ${rest}, er ikke fordelt på underposter.`, {
        id: 'pie.remainder.parent',
      }),
    );
  }
  return singleStops(
    msg(str`Postene utgjør til sammen ${sum}. Resten, ${rest}, er ikke fordelt på poster i tallene.`, { id: 'pie.remainder.top' }),
  );
}
