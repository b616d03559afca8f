import { css } from 'lit';

/**
 * The admin's users page: the box that shows a one-time password once (marked apart, the password large and in
 * groups), the buttons beside each user (wrapping under each other in a narrow column), the confirmation and a
 * failure beside their row, and a disabled user's row.
 */
export const userAdminStyles = css`
  h2[tabindex='-1']:focus {
    outline: none;
  }

  .secret-box {
    border: 0.1875em solid var(--_kw-color-accent);
    border-inline-start-width: 0.5em;
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-accent-surface);
    padding: 0.75em 1em;
    margin-block: 1em 1.5em;
  }

  .secret-box h2 {
    margin-block-start: 0;
    overflow-wrap: anywhere;
  }

  .secret-box h2:focus-visible {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0.125em;
  }

  .secret-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }

  .secret-label {
    font-weight: bold;
  }

  .password {
    font-size: 1.375em;
    font-family: ui-monospace, 'Cascadia Mono', 'Segoe UI Mono', Menlo, Consolas, monospace;
    background: var(--_kw-color-background);
    border: 1px solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
    padding: 0.125em 0.375em;
    overflow-wrap: anywhere;
  }

  .password .group {
    display: inline-block;
    margin-inline-end: 0.4em;
  }

  .password .group:last-child {
    margin-inline-end: 0;
  }

  .secret-actions {
    margin-block: 0.5em;
  }

  /* Words stay whole (the table's region scrolls instead); only an e-mail address may break anywhere. */
  th,
  td {
    overflow-wrap: break-word;
  }

  th.name {
    white-space: normal;
  }

  td.email {
    overflow-wrap: anywhere;
    min-inline-size: 8em;
  }

  tr.disabled th,
  tr.disabled td:not(.actions) {
    color: var(--_kw-color-text-subtle);
  }

  .badge-off {
    color: var(--_kw-color-text);
    background: var(--_kw-color-background);
  }

  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    min-inline-size: 12em;
  }

  .row-actions .kw-button-primary,
  .row-actions .kw-button-secondary {
    min-block-size: 2.25em;
    padding-block: 0.25em;
  }

  .confirm p {
    margin: 0 0 0.5em;
    min-inline-size: 12em;
    max-inline-size: 24em;
  }

  .kw-button-primary.danger {
    background: var(--_kw-color-danger);
    border-color: var(--_kw-color-danger);
  }

  .row-error {
    margin: 0.5em 0 0;
    padding: 0.25em 0.5em;
    border-inline-start: 0.3em solid var(--_kw-color-danger);
    background: var(--_kw-color-danger-surface);
    min-inline-size: 12em;
    max-inline-size: 24em;
  }

  .kw-choice > div {
    display: grid;
  }

  @media (forced-colors: active) {
    .secret-box {
      border-color: CanvasText;
    }

    .kw-button-primary.danger {
      border-color: ButtonText;
    }

    .row-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
