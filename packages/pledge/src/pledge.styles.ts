import { css } from 'lit';

/** `<kommune-pledge>`'s own styles, on the theme's `--_kw-*` values. Sizes in em; nothing wider than 320 px. */
export const pledgeStyles = css`
  :host {
    /* Room kept while the campaign and its list are read, about what the text and the first names take. */
    --_kw-loading-min-height: 36em;
  }

  :host([variant='compact']) {
    --_kw-loading-min-height: 12em;
  }

  .pledge {
    max-inline-size: 48em;
  }

  .widget-title {
    font-size: 1.5em;
    margin: 0 0 0.25em;
  }

  .phase {
    margin: 0 0 var(--_kw-space);
    color: var(--_kw-color-text-subtle);
  }

  .phase-open {
    color: var(--_kw-color-success);
    font-weight: bold;
  }

  .phase-closed {
    font-weight: bold;
    color: var(--_kw-color-text);
  }

  section {
    margin-block: 0 calc(var(--_kw-space) * 1.5);
  }

  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
  }

  .text {
    padding: var(--_kw-space);
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-accent-surface);
  }

  .text p {
    margin: 0 0 0.5em;
  }

  .text .source {
    margin: 0.75em 0 0;
    font-size: 0.9375em;
    color: var(--_kw-color-text-subtle);
  }

  .breach ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }

  .decision a,
  .decision-meeting {
    margin-inline-start: 0.25em;
  }

  .sign {
    padding-block-start: var(--_kw-space);
    border-block-start: 0.0625em solid var(--_kw-color-border);
  }

  .count {
    font-size: 1.25em;
    font-weight: bold;
    margin: 0 0 0.25em;
  }

  .coverage p {
    margin: 0 0 0.25em;
  }

  .coverage-missing {
    color: var(--_kw-color-text-subtle);
  }

  .search {
    margin-block: var(--_kw-space);
    max-inline-size: 24em;
  }

  .search label {
    display: block;
    font-weight: bold;
    margin-block-end: 0.25em;
  }

  .search input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.375em 0.5em;
    font: inherit;
    color: var(--_kw-color-text);
    background: var(--_kw-color-background);
    border: 0.125em solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
  }

  .search-result {
    margin: 0.25em 0 0;
    color: var(--_kw-color-text-subtle);
  }

  .group-title {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.375em;
    font-size: 1.0625em;
  }

  .group-count {
    font-weight: normal;
    color: var(--_kw-color-text-subtle);
  }

  .list-marker {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }

  .names,
  .latest {
    margin: 0 0 var(--_kw-space);
    padding-inline-start: 0;
    list-style: none;
    columns: 16em auto;
    column-gap: 2em;
  }

  .names li,
  .latest li {
    break-inside: avoid;
    padding-block: 0.125em;
  }

  .latest li {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  .role,
  .latest-list {
    color: var(--_kw-color-text-subtle);
  }

  .latest-title {
    margin: 0.5em 0 0.25em;
    font-weight: bold;
  }

  .confirmation {
    padding: var(--_kw-space);
    border-inline-start: 0.25em solid var(--_kw-color-success);
    background: var(--_kw-color-surface);
  }

  .confirmation p {
    margin: 0 0 0.75em;
  }

  .send-status {
    margin-block: var(--_kw-space);
    padding: calc(var(--_kw-space) * 0.75);
    border-inline-start: 0.25em solid var(--_kw-color-warning);
    background: var(--_kw-color-surface);
  }

  .send-status p {
    margin: 0 0 0.5em;
  }

  .send-problem {
    border-inline-start-color: var(--_kw-color-danger);
    background: var(--_kw-color-danger-surface);
  }

  .send-duplicate {
    border-inline-start-color: var(--_kw-color-accent);
    background: var(--_kw-color-accent-surface);
  }

  .send-problem-title {
    font-weight: bold;
  }

  .send-problem:focus,
  .confirmation-title:focus {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
  }

  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .honeypot input {
    inline-size: 1px;
  }

  @media (forced-colors: active) {
    .text,
    .confirmation,
    .send-status {
      border: 0.0625em solid CanvasText;
    }

    .search input {
      border-color: CanvasText;
    }
  }

  @media print {
    .sign,
    .search {
      display: none;
    }
  }
`;
