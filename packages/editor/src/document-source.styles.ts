import { css } from 'lit';

/** The document's source: the file picker as large as a button, the pasted text in a fixed-width font. */
export const documentSourceStyles = css`
  .file,
  .code {
    box-sizing: border-box;
  }

  .file {
    padding: 0.5em;
    inline-size: 100%;
    max-inline-size: 32em;
  }

  .code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    font-size: 0.9em;
    inline-size: 100%;
    max-inline-size: 48em;
  }
`;
