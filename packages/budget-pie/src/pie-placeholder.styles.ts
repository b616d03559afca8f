import { css } from 'lit';

/**
 * The loading placeholder's styles (pie-placeholder.ts): grey shapes sized in em like the pieces of the ready pie
 * they stand for, laid out by the pie's own `.chart-area` and `.chart-box`, so the widget's height while loading is
 * about its height once ready (measured on the example documents; test/layout-shift.test.ts holds it within 20 %).
 */
export const piePlaceholderStyles = css`
  .pie-placeholder .bone {
    display: block;
    max-inline-size: 100%;
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-surface);
  }

  /* The heading: one line of 1.5em text (line height 1.3) and its margin. */
  .ph-heading {
    inline-size: 16em;
    block-size: 1.5em;
    margin-block: 0.225em 0.975em;
  }

  /* The dataset controls: a label line above a row of 2.75em switches. */
  .ph-switches {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    block-size: 4.5625em;
    margin-block-end: var(--_kw-space);
  }

  .ph-switch-label {
    inline-size: 4em;
    block-size: 1em;
    margin-block-start: 0.25em;
  }

  .ph-switch-control {
    display: block;
    inline-size: 14em;
    max-inline-size: 100%;
    block-size: 2.75em;
    border: 1px solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
  }

  .ph-ring {
    fill: none;
    stroke: var(--_kw-color-surface);
  }

  .ph-disc {
    fill: var(--_kw-color-surface);
  }

  .ph-detail {
    block-size: 3em;
    margin-block-end: var(--_kw-space);
  }

  .ph-legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.125em;
  }

  .ph-legend li {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2em;
    padding-inline: 0.375em;
  }

  .ph-swatch {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .ph-legend-label {
    inline-size: 10em;
    block-size: 0.875em;
  }

  /* What the total includes, and the negative figures a typical budget has. */
  .ph-notes {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-block-size: 9.5em;
    margin-block-end: 0.75em;
  }

  .ph-line {
    inline-size: 24em;
    block-size: 1em;
  }

  .ph-line.short {
    inline-size: 16em;
  }

  .ph-box {
    flex: 1;
    inline-size: 100%;
  }

  .ph-source {
    inline-size: 18em;
    block-size: 0.875em;
    margin-block: 0.25em 1em;
  }

  .ph-button {
    display: block;
    inline-size: 12em;
    max-inline-size: 100%;
    block-size: 2.75em;
    border: 0.125em solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
  }

  @media (forced-colors: active) {
    .pie-placeholder .bone {
      border: 1px solid GrayText;
    }
    .ph-ring {
      stroke: GrayText;
    }
    .ph-disc {
      fill: GrayText;
    }
  }
`;
