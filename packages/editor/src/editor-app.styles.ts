import { css } from 'lit';

/** The page's frame: a masthead with the product and the language menu, then one column of readable width. */
export const editorAppStyles = css`
  :host {
    display: block;
    max-inline-size: 60em;
    margin: 0 auto;
    padding: 0 1em 3em;
  }

  .masthead {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5em 2em;
    border-block-end: 1px solid var(--_kw-color-border);
    margin-block-end: 1.5em;
    padding-block: 0.75em;
  }

  .product {
    font-weight: 700;
    margin: 0;
  }

  .language {
    margin: 0;
  }

  .lead {
    font-size: 1.15em;
  }
`;
