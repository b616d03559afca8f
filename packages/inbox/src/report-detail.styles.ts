import { css } from 'lit';

/** The report page: its facts line, notes and history, and the deletion kept apart in the danger colour. */
export const detailStyles = css`
  .meta {
    margin-block-start: -0.5em;
  }

  .notes,
  .history {
    padding-inline-start: 1.25em;
  }

  .notes li {
    margin-block-end: 1em;
  }

  .notes p {
    margin: 0;
  }

  .note-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .links {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .danger-zone {
    margin-block-start: 2.5em;
    border-block-start: 1px solid var(--_kw-color-border);
    padding-block-start: 1em;
  }

  .danger-zone summary {
    cursor: pointer;
    color: var(--_kw-color-danger);
    font-weight: bold;
    min-block-size: 1.5em;
  }

  .kw-button-primary.danger {
    background: var(--_kw-color-danger);
    border-color: var(--_kw-color-danger);
  }

  form + h2,
  .kw-form {
    margin-block-end: 1em;
  }
`;
