import { css } from 'lit';

/** The document's source: the file picker as large as a button, the pasted text no wider than it reads well. */
export const documentSourceStyles = css`
  .file {
    box-sizing: border-box;
    padding: 0.5em;
    inline-size: 100%;
    max-inline-size: 32em;
  }

  textarea.code {
    max-inline-size: 48em;
  }
`;
