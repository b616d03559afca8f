import { css } from 'lit';

/** The statement: one entry per criterion, the answer in bold, the entries not samsvar marked at the edge. */
export const statementStyles = css`
  .criteria {
    padding-inline-start: 0;
    list-style: none;
  }

  .criterion {
    border-block-end: 1px solid var(--_kw-color-border);
    padding-block: 0.5em;
    overflow-wrap: anywhere;
  }

  .criterion p {
    margin-block-end: 0.25em;
  }

  .answer {
    font-weight: 700;
  }

  .ikke-samsvar {
    border-inline-start: 0.3em solid var(--_kw-color-danger);
    padding-inline-start: 0.75em;
  }

  .reasons {
    margin-block: 0.25em 0.5em;
    padding-inline-start: 1.25em;
  }

  .widget {
    font-weight: 700;
  }

  .copied {
    color: var(--_kw-color-success);
    font-weight: 700;
    align-self: center;
  }
`;
