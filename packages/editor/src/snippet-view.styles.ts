import { css } from 'lit';

/** The snippet's fields in a wrapping row, each code block at full width with its copy button under it. */
export const snippetViewStyles = css`
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: 0 1.5em;
  }

  .kw-input {
    box-sizing: border-box;
    inline-size: 100%;
  }

  .iframe {
    margin-block-end: 1.5em;
  }

  .code-block {
    margin-block-end: 1.5em;
  }

  .copied {
    color: var(--_kw-color-success);
    font-weight: 700;
    align-self: center;
  }
`;
