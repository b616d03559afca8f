import { css } from 'lit';

/**
 * The pie's own styles, on top of core's tokens and state styles. Slice colours come from classes (never a
 * style attribute, which a strict CSP blocks); sizes are in em so a page's root font size cannot shrink them.
 */
export const budgetPieStyles = css`
  :host {
    --_kw-pie-size: var(--kw-pie-size, 18em);
    /* About the height of the ready chart, so the page does not jump when the data arrives. */
    --_kw-loading-min-height: 26em;
  }

  p {
    margin: 0 0 0.75em;
  }

  .description {
    max-inline-size: 45em;
  }

  .note {
    color: var(--_kw-color-text-subtle);
  }

  .warning {
    color: var(--_kw-color-warning);
  }

  /* Dataset switches: segmented radio buttons and a year list. */
  .switches {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: end;
    margin: 0 0 var(--_kw-space);
  }

  /* Never wider than the widget, whatever the data (WCAG 1.4.10): a list of long titles is as wide as its longest. */
  .switches > * {
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  .switch {
    border: 0;
    margin: 0;
    padding: 0;
  }

  .switch legend,
  .select > span {
    display: block;
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: bold;
  }

  .segments {
    display: flex;
    flex-wrap: wrap;
  }

  .segment {
    position: relative;
    display: inline-flex;
  }

  .segment input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .segment span {
    display: inline-block;
    min-block-size: 2.75em;
    padding: 0.6em 1em;
    border: 1px solid var(--_kw-color-border);
    background: var(--_kw-color-background);
    color: var(--_kw-color-text);
  }

  .segment:first-child span {
    border-start-start-radius: var(--_kw-radius);
    border-end-start-radius: var(--_kw-radius);
  }

  .segment:last-child span {
    border-start-end-radius: var(--_kw-radius);
    border-end-end-radius: var(--_kw-radius);
  }

  .segment + .segment span {
    border-inline-start-width: 0;
  }

  .segment input:checked + span {
    background: var(--_kw-color-accent);
    border-color: var(--_kw-color-accent);
    color: var(--_kw-color-accent-contrast);
    font-weight: bold;
  }

  .segment input:focus-visible + span {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0.125em;
    position: relative;
    z-index: 1;
  }

  select {
    font: inherit;
    max-inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-background);
    color: var(--_kw-color-text);
  }

  /* Breadcrumb */
  .breadcrumb ol {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0 0 0.75em;
    padding: 0;
  }

  .breadcrumb li + li::before {
    content: '›';
    margin-inline-end: 0.25em;
    color: var(--_kw-color-text-subtle);
  }

  .breadcrumb [aria-current] {
    font-weight: bold;
  }

  .crumb,
  .link-button {
    border: 0;
    padding: 0.25em 0;
    background: none;
    color: var(--_kw-color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    min-block-size: 1.5em;
  }

  /* Chart and side panel: stacked on phones, side by side from 36em. */
  .chart-area {
    display: grid;
    gap: var(--_kw-space);
    margin-block-end: var(--_kw-space);
  }

  @container (min-width: 36em) {
    .chart-area {
      grid-template-columns: minmax(12em, var(--_kw-pie-size)) minmax(0, 1fr);
      align-items: start;
    }
  }

  .chart-box {
    display: grid;
    max-inline-size: var(--_kw-pie-size);
    inline-size: 100%;
    justify-self: center;
  }

  .chart-box > * {
    grid-area: 1 / 1;
  }

  .pie {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
    /* Everything is drawn inside the view box; the growing, turning slices must not widen the page meanwhile. */
    overflow: hidden;
  }

  /* The gap in the background colour keeps every pair of slices apart, also where two lighter colours meet. */
  .slice {
    stroke: var(--_kw-color-background);
    stroke-width: 2;
    stroke-linejoin: round;
    cursor: pointer;
    outline: none;
  }

  .slice:focus-visible {
    outline: none;
  }

  .highlight {
    pointer-events: none;
    fill: none;
  }

  .highlight-halo {
    stroke: var(--_kw-color-background);
    stroke-width: 6;
  }

  .highlight-ring {
    stroke: var(--_kw-focus-ring-color);
    stroke-width: 3;
  }

  @media (prefers-reduced-motion: no-preference) {
    .slices {
      transform-origin: 100px 100px;
      animation: kw-pie-grow 420ms cubic-bezier(0.2, 0.7, 0.3, 1);
    }
  }

  @keyframes kw-pie-grow {
    from {
      opacity: 0;
      transform: rotate(-30deg) scale(0.85);
    }
  }

  .centre {
    align-self: center;
    justify-self: center;
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    max-inline-size: 52%;
    pointer-events: none;
    line-height: 1.2;
  }

  .centre-label {
    font-size: 0.875em;
    color: var(--_kw-color-text-subtle);
  }

  .centre-value {
    font-size: 1.25em;
    font-weight: bold;
  }

  .no-slices {
    padding: var(--_kw-space);
    border: 1px dashed var(--_kw-color-border);
    border-radius: var(--_kw-radius);
  }

  /* Colours: classes c1–c12 take the chart tokens; "other" and the remainder are neutral and hatched. */
  .fill.c1 {
    fill: var(--_kw-chart-1);
  }
  .fill.c2 {
    fill: var(--_kw-chart-2);
  }
  .fill.c3 {
    fill: var(--_kw-chart-3);
  }
  .fill.c4 {
    fill: var(--_kw-chart-4);
  }
  .fill.c5 {
    fill: var(--_kw-chart-5);
  }
  .fill.c6 {
    fill: var(--_kw-chart-6);
  }
  .fill.c7 {
    fill: var(--_kw-chart-7);
  }
  .fill.c8 {
    fill: var(--_kw-chart-8);
  }
  .fill.c9 {
    fill: var(--_kw-chart-9);
  }
  .fill.c10 {
    fill: var(--_kw-chart-10);
  }
  .fill.c11 {
    fill: var(--_kw-chart-11);
  }
  .fill.c12 {
    fill: var(--_kw-chart-12);
  }
  /* Unset, «Annet» takes the grey that keeps 3:1 against the colour before it: the lighter after a darker one. */
  .fill.other.lighter {
    fill: var(--kw-chart-other, #939393);
  }
  .fill.other.darker {
    fill: var(--kw-chart-other, #3b3b3b);
  }
  .fill.remainder {
    fill: url(#kw-hatch-remainder);
  }

  .hatch-ground {
    fill: var(--_kw-color-background);
  }

  .hatch-line {
    stroke: var(--_kw-color-border);
    stroke-width: 2;
  }

  .hatch-dot {
    fill: var(--_kw-color-text);
  }

  /* Legend */
  .legend {
    list-style: none;
    margin: 0 0 var(--_kw-space);
    padding: 0;
    display: grid;
    gap: 0.125em;
  }

  .legend-entry {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto auto;
    align-items: center;
    gap: 0.5em;
    inline-size: 100%;
    min-block-size: 2em;
    padding: 0.25em 0.375em;
    border: 1px solid transparent;
    border-radius: var(--_kw-radius);
    background: none;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }

  .legend-entry.current {
    border-color: var(--_kw-color-border);
    background: var(--_kw-color-surface);
  }

  .swatch {
    inline-size: 1.25em;
    block-size: 1.25em;
    display: block;
  }

  .legend-amount,
  .legend-share {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  .legend-amount {
    color: var(--_kw-color-text-subtle);
  }

  .legend-label {
    overflow-wrap: break-word;
  }

  /* On a phone the amounts are in the detail and the table; the legend keeps room for whole words. */
  @container (max-width: 26em) {
    .legend-amount {
      display: none;
    }
  }

  .legend-share {
    min-inline-size: 3.5em;
  }

  /* Detail of the slice in focus */
  .detail {
    margin-block-end: var(--_kw-space);
    padding: 0.75em var(--_kw-space);
    border-inline-start: 0.25em solid var(--_kw-color-accent);
    background: var(--_kw-color-surface);
    border-radius: var(--_kw-radius);
  }

  .detail.hint {
    border-inline-start-color: var(--_kw-color-border);
    color: var(--_kw-color-text-subtle);
  }

  .detail > :last-child,
  .detail.hint p {
    margin-block-end: 0;
  }

  .detail-label {
    font-weight: bold;
    font-size: 1.125em;
  }

  .detail-figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0 0 0.75em;
  }

  .detail-figures dt {
    font-size: 0.875em;
    color: var(--_kw-color-text-subtle);
  }

  .detail-figures dd {
    margin: 0;
    font-weight: bold;
    font-variant-numeric: tabular-nums;
  }

  .members {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }

  /* Comparison bars */
  .comparison {
    margin-block: 0.75em;
  }

  .comparison-heading {
    font-weight: bold;
    margin-block-end: 0.25em;
  }

  .comparison ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }

  .comparison li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0 0.75em;
  }

  .comparison .own .comparison-name {
    font-weight: bold;
  }

  .comparison-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  .bar {
    grid-column: 1 / -1;
    inline-size: 100%;
    block-size: 0.5em;
  }

  .bar-fill {
    fill: var(--_kw-color-border);
  }

  .own .bar-fill {
    fill: var(--_kw-color-accent);
  }

  .comparison-difference {
    grid-column: 1 / -1;
    font-size: 0.875em;
    color: var(--_kw-color-text-subtle);
  }

  /* What the total includes, negatives, missing figures, source */
  .negatives {
    padding: 0.75em var(--_kw-space);
    border: 1px solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
    margin-block-end: 0.75em;
  }

  .negatives-heading {
    font-weight: bold;
  }

  .negatives ul {
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
  }

  .negatives .figure {
    font-variant-numeric: tabular-nums;
    font-weight: bold;
  }

  .source {
    font-size: 0.875em;
    color: var(--_kw-color-text-subtle);
  }

  /* The table: one click away on screen, always there on paper. */
  .table-region {
    display: none;
    margin-block-start: 0.75em;
    max-inline-size: 100%;
    overflow-x: auto;
  }

  .table-region.open {
    display: block;
  }

  table {
    border-collapse: collapse;
    min-inline-size: 100%;
    font-variant-numeric: tabular-nums;
    /* The region scrolls sideways instead; names keep their words whole. */
    overflow-wrap: normal;
  }

  tbody th {
    min-inline-size: 10em;
  }

  caption {
    text-align: start;
    font-weight: bold;
    padding-block-end: 0.5em;
  }

  .caption-unit {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_kw-color-text-subtle);
  }

  th,
  td {
    padding: 0.375em 0.75em 0.375em 0;
    border-block-end: 1px solid var(--_kw-color-border);
    vertical-align: top;
  }

  thead th {
    text-align: end;
    font-size: 0.875em;
  }

  thead th:first-child,
  tfoot th {
    text-align: start;
  }

  tbody th {
    text-align: start;
    font-weight: normal;
  }

  td {
    text-align: end;
    white-space: nowrap;
  }

  tr.member th {
    padding-inline-start: 1.25em;
  }

  tr.other th,
  tr.remainder th {
    font-style: italic;
  }

  tfoot th,
  tfoot td {
    font-weight: bold;
    border-block-end: 0;
    border-block-start: 2px solid var(--_kw-color-text);
  }

  /* Last, so it wins over the rules above at the same specificity. */
  /* Forced colours take the colours away: each slice keeps its own hatching, outlined in the text colour. */
  @media (forced-colors: active) {
    .pie,
    .swatch {
      forced-color-adjust: none;
    }
    .slice {
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    .hatch-ground {
      fill: Canvas;
    }
    .hatch-line {
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    .hatch-dot {
      fill: CanvasText;
    }
    .swatch rect {
      stroke: CanvasText;
      stroke-width: 1;
    }
    .highlight-halo {
      stroke: Canvas;
    }
    .highlight-ring {
      stroke: Highlight;
    }
    .fill.c1 {
      fill: url(#kw-hatch-1);
    }
    .fill.c2 {
      fill: url(#kw-hatch-2);
    }
    .fill.c3 {
      fill: url(#kw-hatch-3);
    }
    .fill.c4 {
      fill: url(#kw-hatch-4);
    }
    .fill.c5 {
      fill: url(#kw-hatch-5);
    }
    .fill.c6 {
      fill: url(#kw-hatch-6);
    }
    .fill.c7 {
      fill: url(#kw-hatch-7);
    }
    .fill.c8 {
      fill: url(#kw-hatch-8);
    }
    .fill.c9 {
      fill: url(#kw-hatch-9);
    }
    .fill.c10 {
      fill: url(#kw-hatch-10);
    }
    .fill.c11 {
      fill: url(#kw-hatch-11);
    }
    .fill.c12 {
      fill: url(#kw-hatch-12);
    }
    .fill.other.lighter,
    .fill.other.darker {
      fill: url(#kw-hatch-other);
    }
    .bar-fill {
      fill: CanvasText;
    }
    /* The chosen switch keeps its text: no backplate, system colours set here. */
    .segment span {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .segment input:checked + span {
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .legend-entry.current {
      border-color: Highlight;
    }
  }

  @media print {
    .table-region {
      display: block;
      overflow: visible;
    }
    .table-button,
    .switches,
    .legend-entry {
      cursor: auto;
    }
    .table-button,
    .switches,
    .detail.hint {
      display: none;
    }
    .slices {
      animation: none;
    }
  }
`;
