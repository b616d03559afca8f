import { css } from 'lit';

/** The new document's form: short fields for numbers, the revealed fields indented under their checkbox. */
export const starterViewStyles = css`
  .kw-input {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 28em;
  }

  .kw-input.short {
    max-inline-size: 12em;
  }

  .reveal {
    border-inline-start: 0.25em solid var(--_kw-color-border);
    margin: 0 0 1em 0.75em;
    padding-inline-start: 1em;
  }

  .made {
    margin-block: 1.5em;
  }

  .download {
    display: inline-block;
    text-decoration: none;
  }

  .steps {
    padding-inline-start: 1.5em;
  }

  .kostra {
    margin-block: 1.5em;
  }
`;
