import { css } from 'lit';

/**
 * The moderation page: the campaign's facts line, the download and refresh row, the buttons beside each signature's
 * name (wrapping under each other in a narrow column), a failure beside its row, and the folded sections.
 */
export const moderationStyles = css`
  .meta {
    margin-block-start: -0.5em;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
    margin-block: 1em 0.25em;
  }

  h2[tabindex='-1']:focus {
    outline: none;
  }

  td.waiting {
    font-weight: bold;
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

  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
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

  .folded {
    margin-block: 0.5em;
  }

  .folded summary {
    cursor: pointer;
    font-weight: bold;
    padding: 0.5em 0;
    min-block-size: 1.5em;
  }

  @media (forced-colors: active) {
    .kw-button-primary.danger {
      border-color: ButtonText;
    }

    .row-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
