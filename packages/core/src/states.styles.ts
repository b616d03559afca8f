import { css } from 'lit';

/** Styles of the loading and error states every widget shares. */
export const stateStyles = css`
  .loading {
    min-block-size: var(--kw-loading-min-height, var(--_kw-loading-min-height, 12em));
  }

  .loading-status {
    color: var(--_kw-color-text-subtle);
    margin-block: 0 0.5em;
  }

  .error {
    border: 0.125em solid var(--_kw-color-danger);
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-danger-surface);
    color: var(--_kw-color-text);
    padding: calc(var(--_kw-space) * 0.75) var(--_kw-space);
    margin-block-end: var(--_kw-space);
  }

  .error-title {
    font-size: 1.125em;
    font-weight: bold;
    margin: 0 0 0.25em;
  }

  .error p {
    margin: 0 0 0.5em;
  }

  .error-issues {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }

  .error-issues code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9375em;
  }

  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
  }
`;
