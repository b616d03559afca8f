import { css } from 'lit';

/** The ladder's own styles, on top of core's tokens and state styles. Sizes in em so a page's root font size cannot shrink them. */
export const participationLadderStyles = css`
  :host {
    --_kw-ladder-step-rise: var(--kw-ladder-step-rise, 1.5em);
    /* The least room kept while loading; the placeholder (ladder-placeholder.ts) keeps about the ready height. */
    --_kw-loading-min-height: 24em;
  }

  .intro {
    margin: 0 0 var(--_kw-space);
    max-inline-size: 45em;
  }

  .ladder {
    list-style: none;
    margin: 0 0 var(--_kw-space);
    padding: 0;
    display: grid;
    gap: 0.5em;
  }

  .step {
    margin: 0;
  }

  /* Narrow screens: the steps stack, each indented a little more, so the climb still shows. */
  .step-2 {
    margin-inline-start: 0.75em;
  }
  .step-3 {
    margin-inline-start: 1.5em;
  }
  .step-4 {
    margin-inline-start: 2.25em;
  }
  .step-5 {
    margin-inline-start: 3em;
  }

  /* A step: the button, or while loading the same box without a button (ladder-placeholder.ts). */
  .step-button,
  .step-box {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.75em;
    row-gap: 0.25em;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.625em 0.75em;
    text-align: start;
    color: var(--_kw-color-text);
    background: var(--_kw-color-surface);
    border: 0.125em solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
  }

  .step-button {
    cursor: pointer;
  }

  .step-button:hover {
    border-color: var(--_kw-color-accent);
  }

  .step-button[aria-pressed='true'] {
    background: var(--_kw-color-accent);
    border-color: var(--_kw-color-accent);
    color: var(--_kw-color-accent-contrast);
  }

  .step-number {
    grid-row: span 3;
    display: inline-grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    font-weight: bold;
    border: 0.125em solid currentColor;
  }

  .step-title {
    font-weight: bold;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .step-count,
  .here {
    font-size: 0.875em;
  }

  .here {
    font-weight: bold;
  }

  .here::before {
    content: '▲ ';
  }

  .holds-process .step-button {
    border-width: 0.1875em;
    border-style: double;
    border-color: var(--_kw-color-accent);
  }

  /* Wide screens: five columns rising from left to right, like stairs. */
  @container (min-width: 46em) {
    .ladder {
      grid-template-columns: repeat(5, 1fr);
      align-items: end;
    }
    .step {
      margin-inline-start: 0;
    }
    .step-button,
    .step-box {
      grid-template-columns: 1fr;
      align-content: start;
      justify-items: start;
    }
    .step-number {
      grid-row: auto;
    }
    .step-1 :is(.step-button, .step-box) {
      min-block-size: calc(7em + 0 * var(--_kw-ladder-step-rise));
    }
    .step-2 :is(.step-button, .step-box) {
      min-block-size: calc(7em + 1 * var(--_kw-ladder-step-rise));
    }
    .step-3 :is(.step-button, .step-box) {
      min-block-size: calc(7em + 2 * var(--_kw-ladder-step-rise));
    }
    .step-4 :is(.step-button, .step-box) {
      min-block-size: calc(7em + 3 * var(--_kw-ladder-step-rise));
    }
    .step-5 :is(.step-button, .step-box) {
      min-block-size: calc(7em + 4 * var(--_kw-ladder-step-rise));
    }
  }

  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kw-space);
  }

  .step-position {
    margin: 0;
    color: var(--_kw-color-text-subtle);
  }

  .promise,
  .legal-right,
  .activity-detail {
    border-inline-start: 0.25em solid var(--_kw-color-accent);
    background: var(--_kw-color-accent-surface);
    padding: 0.75em 1em;
    margin-block: 0 var(--_kw-space);
    border-radius: var(--_kw-radius);
  }

  .promise p,
  .legal-right p {
    margin: 0 0 0.5em;
  }

  .methods {
    margin: 0 0 var(--_kw-space);
    padding-inline-start: 1.25em;
  }

  .activities {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }

  .activity {
    border: 0.0625em solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
    padding: 0.75em 1em;
    background: var(--_kw-color-background);
  }

  .activity.selected {
    border-color: var(--_kw-color-accent);
    box-shadow: inset 0.25em 0 0 var(--_kw-color-accent);
  }

  .activity p {
    margin: 0 0 0.5em;
  }

  /* The first process "Vis alle" showed takes focus; it outlines like any focused control. */
  .activity:focus-visible {
    outline-offset: 0.25em;
  }

  .show-all {
    margin-block-start: 0.75em;
  }

  /*
   * While loading: grey cards as tall as a typical process card at this width (measured on the example documents),
   * so the widget keeps about its final height and the page below it stays where it is when the data arrives.
   */
  .skeleton-card {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    min-block-size: 17em;
  }

  @container (min-width: 20em) {
    .skeleton-card {
      min-block-size: 15em;
    }
  }

  @container (min-width: 24em) {
    .skeleton-card {
      min-block-size: 13em;
    }
  }

  @container (min-width: 28em) {
    .skeleton-card {
      min-block-size: 12em;
    }
  }

  @container (min-width: 35em) {
    .skeleton-card {
      min-block-size: 10.75em;
    }
  }

  @container (min-width: 46em) {
    .skeleton-card {
      min-block-size: 10em;
    }
  }

  .bone {
    display: block;
    block-size: 1em;
    max-inline-size: 100%;
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-surface);
  }

  .bone-title {
    inline-size: 60%;
    block-size: 1.25em;
  }

  .bone-meta {
    inline-size: 40%;
  }

  .bone-text {
    inline-size: 85%;
  }

  .bone-action {
    inline-size: 9em;
    block-size: 2.75em;
    margin-block-start: auto;
  }

  .activity-title {
    overflow-wrap: anywhere;
  }

  .activity-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    color: var(--_kw-color-text-subtle);
  }

  .phase-badge {
    font-weight: bold;
    color: var(--_kw-color-text);
  }

  .phase-open .phase-badge {
    color: var(--_kw-color-success);
  }

  .phase-upcoming .phase-badge {
    color: var(--_kw-color-warning);
  }

  .phase-closed .activity-title,
  .phase-cancelled .activity-title {
    color: var(--_kw-color-text-subtle);
  }

  .phase-cancelled .phase-badge {
    text-decoration: line-through;
  }

  .activity-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .activity-link,
  .take-part {
    display: inline-block;
    padding-block: 0.25em;
    font-weight: bold;
  }

  .detail-header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: start;
    gap: 0.5em;
  }

  .questions {
    display: grid;
    gap: 0.75em;
  }

  @container (min-width: 40em) {
    .questions {
      grid-template-columns: 1fr 1fr;
    }
  }

  .question {
    background: var(--_kw-color-background);
    border-radius: var(--_kw-radius);
    padding: 0.75em;
  }

  .question p {
    margin: 0 0 0.375em;
  }

  .contact a {
    margin-inline-end: 0.75em;
    overflow-wrap: anywhere;
  }

  .empty {
    font-style: italic;
  }

  @media (forced-colors: active) {
    .step-button {
      border-color: ButtonText;
    }
    .step-box {
      border-color: CanvasText;
    }
    .bone {
      border: 0.0625em solid GrayText;
    }
    .step-button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .promise,
    .legal-right,
    .activity-detail,
    .activity {
      border: 0.0625em solid CanvasText;
    }
  }

  @media print {
    .step-button {
      border-color: currentColor;
    }
  }
`;
