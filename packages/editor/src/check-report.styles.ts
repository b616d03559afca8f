import { css } from 'lit';

/** The check's result: one card per problem, the line excerpt in a box that wraps rather than overflows. */
export const checkReportStyles = css`
  .issues {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .issue {
    border-inline-start: 0.3em solid var(--_kw-color-danger);
    background: var(--_kw-color-background);
    padding: 0.5em 0 0.5em 0.9em;
    margin: 0 0 1.25em;
    /* Addresses and paths are long words: they break rather than push the page sideways on a phone. */
    overflow-wrap: anywhere;
  }

  .warnings .issue {
    border-inline-start-color: var(--_kw-color-warning);
  }

  .place {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block-end: 0.25em;
  }

  .path {
    min-inline-size: 0;
  }

  .message {
    margin-block-end: 0.5em;
  }

  .fix {
    background: var(--_kw-color-accent-surface);
    padding: 0.5em 0.75em;
    border-radius: var(--_kw-radius);
  }

  .excerpt {
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em;
    background: var(--_kw-color-surface);
    border-radius: var(--_kw-radius);
    /* Wrapped, not scrolled: a line of a document on one line fits a phone without a scrollbar (WCAG 1.4.10). */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .line-number {
    color: var(--_kw-color-text-subtle);
    display: inline-block;
    min-inline-size: 3em;
    padding-inline-end: 1em;
    text-align: end;
    user-select: none;
  }

  mark {
    background: var(--_kw-color-danger-surface);
    color: var(--_kw-color-danger);
    font-weight: 700;
    text-decoration: underline wavy;
    text-underline-offset: 0.2em;
  }

  .coverage {
    padding-inline-start: 1.25em;
  }

  .coverage .ready .widget-name {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
