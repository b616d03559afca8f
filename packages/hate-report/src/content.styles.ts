import { css } from 'lit';

/**
 * Styles of the report form's content pieces: the triage question and the 112 box, the advice panel, the contact
 * card and the fallback that replaces the form, and the privacy notice. Uses the theme's `--_kw-*` values (add after
 * `themeTokens` and `formStyles`); sizes in em; phone and e-mail links are targets of at least 24×24 px.
 */
export const contentStyles = css`
  .triage-legend {
    margin-block-end: 0.25em;
  }

  .triage-question {
    font-size: 1.25em;
    margin: 0;
  }

  /* Phone links stand alone in a sentence: a target of at least 24×24 px (WCAG 2.5.8) without changing the line. */
  .tel,
  .mail {
    display: inline-block;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding-block: 0.125em;
    font-weight: bold;
  }

  .emergency {
    margin-block: var(--_kw-space);
    padding: var(--_kw-space);
    border: 0.3125em solid var(--_kw-color-danger);
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-danger-surface);
    color: var(--_kw-color-text);
  }

  .emergency-title {
    font-size: 1.5em;
    margin: 0 0 0.5em;
    color: var(--_kw-color-danger);
  }

  .emergency-title:focus {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0.125em;
  }

  .emergency p {
    margin: 0 0 0.75em;
  }

  .emergency-call {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    min-inline-size: 44px;
    padding: 0.375em 1.25em;
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-danger);
    color: var(--_kw-color-background);
    font-size: 1.25em;
    font-weight: bold;
    text-decoration: none;
  }

  .emergency-call:focus-visible {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0.1875em;
  }

  .police-numbers {
    margin-block: 0.5em var(--_kw-space);
  }

  .advice {
    padding: var(--_kw-space);
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-surface);
    color: var(--_kw-color-text);
  }

  .advice h2,
  .advice h3,
  .advice h4,
  .advice h5,
  .advice h6 {
    margin: 1.25em 0 0.375em;
    font-size: 1.0625em;
  }

  .advice > :is(h2, h3, h4, h5, h6):first-child {
    margin-block-start: 0;
    font-size: 1.25em;
  }

  .advice ul,
  .privacy-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .advice li + li,
  .privacy-list li + li {
    margin-block-start: 0.375em;
  }

  .advice p {
    margin: 0 0 0.5em;
  }

  .own-text {
    white-space: pre-line;
  }

  .contact-card {
    margin-block: 0.5em;
  }

  .contact-name {
    margin: 0 0 0.25em;
  }

  .contact-role {
    color: var(--_kw-color-text-subtle);
  }

  .contact-ways {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .contact-fallback {
    margin-block: var(--_kw-space);
    padding: var(--_kw-space);
    border: 0.1875em solid var(--_kw-color-accent);
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-accent-surface);
    color: var(--_kw-color-text);
  }

  .contact-fallback-title {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }

  .contact-fallback-title:focus {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0.125em;
  }

  .privacy {
    margin-block: var(--_kw-space);
  }

  .privacy :is(h2, h3, h4, h5, h6) {
    font-size: 1.0625em;
    margin: 0 0 0.375em;
  }

  .not-police {
    margin-block: 0.75em 0;
    padding-inline-start: 0.75em;
    border-inline-start: 0.3125em solid var(--_kw-color-border);
  }

  @media (forced-colors: active) {
    .emergency,
    .contact-fallback,
    .not-police {
      border-color: CanvasText;
    }
    .emergency-call {
      border: 0.125em solid LinkText;
      color: LinkText;
      background: Canvas;
    }
  }

  @media print {
    .emergency .kw-actions,
    .contact-fallback .kw-actions {
      display: none;
    }
  }
`;
