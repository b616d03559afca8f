import { html, svg, type TemplateResult } from 'lit';
import { INNER_RADIUS, OUTER_RADIUS, VIEW_BOX } from './arc.js';

/** How many legend lines the placeholder draws: about what a typical budget's top level has. */
const LEGEND_LINES = 6;

/**
 * What the pie draws while its data loads: the frame of what it will show, in grey — the heading line, the
 * dataset controls, the chart's ring (or disc) at its real size with the legend beside it, the notes, the source
 * line and the table button — as tall as a typical budget needs, so the kommune's page below it does not jump
 * when the data arrives. None of it is content yet: hidden from screen readers, which hear the status line.
 */
export function renderPiePlaceholder(variant: 'pie' | 'donut'): TemplateResult {
  const chart =
    variant === 'donut'
      ? svg`<circle class="ph-ring" cx="100" cy="100" r=${(OUTER_RADIUS + INNER_RADIUS) / 2} stroke-width=${OUTER_RADIUS - INNER_RADIUS}></circle>`
      : svg`<circle class="ph-disc" cx="100" cy="100" r=${OUTER_RADIUS}></circle>`;
  return html`<div class="budget pie-placeholder" aria-hidden="true">
    <span class="bone ph-heading"></span>
    <div class="ph-switches">
      <span class="bone ph-switch-label"></span>
      <span class="ph-switch-control"></span>
    </div>
    <div class="chart-area">
      <div class="chart-box">
        <svg class="pie ph-chart" viewBox=${VIEW_BOX} focusable="false">${chart}</svg>
      </div>
      <div class="side">
        <span class="bone ph-detail"></span>
        <ul class="ph-legend" role="list">
          ${Array.from(
            { length: LEGEND_LINES },
            () => html`<li><span class="bone ph-swatch"></span><span class="bone ph-legend-label"></span></li>`,
          )}
        </ul>
      </div>
    </div>
    <div class="ph-notes">
      <span class="bone ph-line"></span>
      <span class="bone ph-line short"></span>
      <span class="bone ph-box"></span>
    </div>
    <span class="bone ph-source"></span>
    <span class="ph-button"></span>
  </div>`;
}
