import { css } from 'lit';

/**
 * Styles of forms built with core's form module: fields, labels, hints, errors (in the danger colour with a thick
 * left border, GOV.UK style), the error summary, text inputs full width up to a readable measure, radios and
 * checkboxes with targets of at least 24×24 px, primary and secondary buttons, a visible focus ring, forced colours.
 * Use with `KommuneElement.styles` (it needs the theme's `--_kw-*` values). Sizes are in em; nothing is wider than a
 * 320 px screen.
 */
export const formStyles = css`
  .kw-form {
    max-inline-size: 40em;
  }

  .kw-field,
  .kw-fieldset {
    margin: 0 0 calc(var(--_kw-space) * 1.5);
    min-inline-size: 0;
  }

  .kw-fieldset {
    padding: 0;
    border: 0;
  }

  .kw-label,
  .kw-legend {
    display: block;
    font-weight: bold;
    margin-block-end: 0.25em;
    padding: 0;
    max-inline-size: 100%;
  }

  .kw-optional {
    font-weight: normal;
    color: var(--_kw-color-text-subtle);
  }

  .kw-hint {
    color: var(--_kw-color-text-subtle);
    margin: 0 0 0.5em;
  }

  .kw-error-message {
    color: var(--_kw-color-danger);
    font-weight: bold;
    margin: 0 0 0.5em;
  }

  .kw-field-error {
    border-inline-start: 0.3125em solid var(--_kw-color-danger);
    padding-inline-start: 0.75em;
  }

  .kw-input,
  .kw-textarea,
  .kw-select {
    display: block;
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: 2.75em;
    padding: 0.375em 0.5em;
    font: inherit;
    color: var(--_kw-color-text);
    background: var(--_kw-color-background);
    border: 0.125em solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
  }

  .kw-textarea {
    max-inline-size: 40em;
    min-block-size: 8em;
    resize: vertical;
  }

  .kw-input[aria-invalid='true'],
  .kw-textarea[aria-invalid='true'],
  .kw-select[aria-invalid='true'] {
    border-color: var(--_kw-color-danger);
  }

  .kw-input:focus-visible,
  .kw-textarea:focus-visible,
  .kw-select:focus-visible {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0;
    box-shadow: inset 0 0 0 0.125em var(--_kw-color-text);
  }

  /* Radios and checkboxes: the input and its label are one target of at least 24×24 px (WCAG 2.5.8), 44 px high. */
  .kw-choices {
    display: grid;
    gap: 0.25em;
  }

  .kw-choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    cursor: pointer;
  }

  .kw-choice input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: 0;
    accent-color: var(--_kw-color-accent);
    cursor: pointer;
  }

  .kw-choice .kw-hint {
    margin: 0;
  }

  .kw-error-summary {
    border: 0.3125em solid var(--_kw-color-danger);
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-background);
    padding: var(--_kw-space);
    margin-block-end: calc(var(--_kw-space) * 1.5);
  }

  .kw-error-summary:focus {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0.125em;
  }

  .kw-error-summary-title {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }

  .kw-error-summary-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .kw-error-summary-list a {
    color: var(--_kw-color-danger);
    font-weight: bold;
  }

  .kw-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_kw-space) * 0.75);
    margin-block: var(--_kw-space);
  }

  .kw-button-primary,
  .kw-button-secondary {
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding: 0.375em 1em;
    font: inherit;
    font-weight: bold;
    border: 0.125em solid var(--_kw-color-accent);
    border-radius: var(--_kw-radius);
    cursor: pointer;
  }

  .kw-button-primary {
    background: var(--_kw-color-accent);
    color: var(--_kw-color-accent-contrast);
  }

  .kw-button-secondary {
    background: var(--_kw-color-background);
    color: var(--_kw-color-accent);
  }

  .kw-button-primary:focus-visible,
  .kw-button-secondary:focus-visible {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0.125em;
  }

  .kw-button-primary[disabled],
  .kw-button-secondary[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .kw-field-error,
    .kw-error-summary,
    .kw-input,
    .kw-textarea,
    .kw-select {
      border-color: CanvasText;
    }
    .kw-error-message,
    .kw-error-summary-list a {
      color: CanvasText;
    }
    .kw-button-primary,
    .kw-button-secondary {
      border-color: ButtonText;
    }
    .kw-input:focus-visible,
    .kw-textarea:focus-visible,
    .kw-select:focus-visible,
    .kw-error-summary:focus {
      outline-color: Highlight;
    }
  }
`;
