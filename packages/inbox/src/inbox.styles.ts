import { css } from 'lit';

/**
 * What every inbox page shares beside core's theme tokens and form styles: headings, tables that scroll on a phone
 * instead of overflowing, badges for danger and threats, notices, and printing without navigation or buttons.
 */
export const inboxStyles = css`
  :host {
    color: var(--_kw-color-text);
    font-family: var(--_kw-font-family);
    line-height: 1.5;
  }

  h1 {
    font-size: 1.75em;
    line-height: 1.2;
    margin: 0 0 0.75em;
  }

  h2 {
    font-size: 1.3em;
    line-height: 1.25;
    margin: 1.5em 0 0.5em;
  }

  h3 {
    font-size: 1.1em;
    margin: 1.25em 0 0.25em;
  }

  h1:focus,
  h2:focus {
    outline: none;
  }

  a {
    color: var(--_kw-color-accent);
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0.125em;
  }

  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  caption {
    text-align: start;
    font-weight: bold;
    padding-block-end: 0.5em;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.75em 0.5em 0;
    border-block-end: 1px solid var(--_kw-color-border);
  }

  th {
    white-space: nowrap;
  }

  .badge {
    display: inline-block;
    padding: 0 0.4em;
    margin-inline-end: 0.25em;
    border: 1px solid currentColor;
    border-radius: var(--_kw-radius);
    font-size: 0.875em;
    font-weight: bold;
  }

  .badge-danger {
    color: var(--_kw-color-danger);
    background: var(--_kw-color-danger-surface);
  }

  .notice {
    border-inline-start: 0.3em solid var(--_kw-color-accent);
    background: var(--_kw-color-accent-surface);
    padding: 0.75em 1em;
    margin: 1em 0;
  }

  .notice-error {
    border-inline-start-color: var(--_kw-color-danger);
    background: var(--_kw-color-danger-surface);
  }

  .muted {
    color: var(--_kw-color-text-subtle);
  }

  dl.answers {
    display: grid;
    grid-template-columns: minmax(8em, 14em) 1fr;
    gap: 0.5em 1em;
    margin: 0;
  }

  dl.answers dt {
    font-weight: bold;
  }

  dl.answers dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  @media (max-width: 40em) {
    dl.answers {
      grid-template-columns: 1fr;
    }

    dl.answers dd {
      margin-block-end: 0.5em;
    }
  }

  .link-button {
    background: none;
    border: 0;
    padding: 0;
    font: inherit;
    color: var(--_kw-color-accent);
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 1.5em;
  }

  @media print {
    .no-print {
      display: none !important;
    }
  }
`;

/** The pieces of the sign-in and enrolment pages. */
export const signInStyles = css`
  .kw-input-short {
    max-inline-size: 12em;
  }

  .qr {
    display: block;
    background: #ffffff;
    margin: 0.5em 0 1em;
  }

  .secret {
    font-size: 1.1em;
    word-spacing: 0.25em;
    overflow-wrap: anywhere;
  }

  .codes {
    columns: 2 10em;
    padding-inline-start: 1.25em;
    font-size: 1.1em;
  }
`;
