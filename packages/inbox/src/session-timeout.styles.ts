import { css } from 'lit';

/** The warning before the session ends: a modal dialog over a dimmed page, narrow enough for a phone. */
export const sessionTimeoutStyles = css`
  dialog.session-warning {
    box-sizing: border-box;
    inline-size: min(34em, calc(100% - 2em));
    max-block-size: calc(100% - 2em);
    overflow: auto;
    padding: 1.5em;
    border: 0.125em solid var(--_kw-color-text);
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-background);
    color: var(--_kw-color-text);
  }

  dialog.session-warning::backdrop {
    background: rgb(30 43 60 / 0.6);
  }

  dialog.session-warning h2 {
    margin-block-start: 0;
  }

  dialog.session-warning .kw-actions {
    margin-block-end: 0;
  }

  @media (forced-colors: active) {
    dialog.session-warning {
      border-color: CanvasText;
    }
  }
`;
