import { css } from 'lit';

/**
 * What every part of the editors' page shares beside core's theme tokens: the text, headings that take focus
 * without a ring (they are targets, not controls), links and code.
 */
export const pageStyles = css`
  :host {
    display: block;
    color: var(--_kw-color-text);
    font-family: var(--_kw-font-family);
    line-height: 1.5;
  }

  /* Norwegian compounds are long words («kommunedokumentet»): hyphenated, or else broken, on a phone. */
  h1,
  h2,
  h3 {
    hyphens: auto;
    overflow-wrap: break-word;
  }

  h1 {
    font-size: 1.75em;
    line-height: 1.2;
    margin: 0 0 0.5em;
  }

  h2 {
    font-size: 1.35em;
    line-height: 1.25;
    margin: 1.5em 0 0.5em;
  }

  h3 {
    font-size: 1.1em;
    margin: 1.5em 0 0.25em;
  }

  h1:focus,
  h2:focus {
    outline: none;
  }

  a {
    color: var(--_kw-color-accent);
  }

  a:focus-visible {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0.125em;
  }

  code,
  pre {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  p {
    margin: 0 0 0.75em;
    max-inline-size: 44em;
  }

  /* A part the editor opens when needed: «Nettstedets farger og skrift», «Tar CMS-et bare imot en iframe?». */
  summary {
    cursor: pointer;
    color: var(--_kw-color-accent);
    text-decoration: underline;
    padding-block: 0.25em;
    margin-block-end: 0.5em;
  }

  summary:focus-visible {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
  }

  /* A text field for code: JSON, HTML, CSS. */
  .code {
    box-sizing: border-box;
    inline-size: 100%;
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
`;
