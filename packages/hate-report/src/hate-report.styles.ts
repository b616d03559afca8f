import { css } from 'lit';

/** The form's layout: the form and the advice side by side where there is room, one column on a phone; print. */
export const hateReportStyles = css`
  .layout {
    display: grid;
    gap: calc(var(--_kw-space) * 2);
  }

  @container (min-width: 52em) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      align-items: start;
    }
  }

  :host {
    container-type: inline-size;
  }

  .main {
    min-inline-size: 0;
  }

  .progress {
    margin: 0;
    color: var(--_kw-color-text-subtle);
  }

  .place-title,
  .step-title {
    margin-block-start: 0.25em;
  }

  .place-title:focus,
  .receipt-title:focus,
  .contact-fallback-title:focus {
    outline: none;
  }

  .place-title:focus-visible,
  .receipt-title:focus-visible {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 2px;
  }

  .kw-choice {
    flex-wrap: wrap;
  }

  .kw-choice > .kw-hint {
    flex-basis: 100%;
    padding-inline-start: 2em;
  }

  .kw-conditional {
    margin-block-start: calc(var(--_kw-space) * 0.5);
    padding-inline-start: calc(var(--_kw-space) * 1);
    border-inline-start: 4px solid var(--_kw-color-border);
  }

  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_kw-space) * 1);
  }

  .kw-file {
    max-inline-size: 100%;
    min-block-size: 44px;
  }

  .attachments {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_kw-space) * 1);
    display: grid;
    gap: calc(var(--_kw-space) * 0.5);
  }

  .attachment {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    padding: calc(var(--_kw-space) * 0.5);
    border: 1px solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
  }

  .attachment-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .attachment-failed .attachment-state {
    color: var(--_kw-color-danger);
  }

  .answers {
    margin: 0 0 calc(var(--_kw-space) * 1);
  }

  .answer {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    padding-block: calc(var(--_kw-space) * 0.5);
    border-block-end: 1px solid var(--_kw-color-border);
  }

  @container (min-width: 36em) {
    .answer {
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
    }
  }

  .answer dt {
    font-weight: 600;
  }

  .answer dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .description {
    white-space: pre-wrap;
  }

  .answer-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .send-status {
    margin-block: calc(var(--_kw-space) * 1);
    padding: calc(var(--_kw-space) * 0.75);
    border-inline-start: 4px solid var(--_kw-color-warning);
    background: var(--_kw-color-surface);
  }

  .send-problem {
    border-inline-start-color: var(--_kw-color-danger);
    background: var(--_kw-color-danger-surface);
  }

  .send-problem:focus {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
  }

  .send-status a {
    display: inline-block;
    margin-inline-end: 1em;
    min-block-size: 24px;
  }

  .receipt-number {
    font-size: 1.5em;
    letter-spacing: 0.05em;
  }

  .receipt-answers {
    margin-block-start: calc(var(--_kw-space) * 2);
  }

  /* The spam trap: off screen, out of the tab order and hidden from screen readers; a person never meets it. */
  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .honeypot input {
    inline-size: 1px;
  }

  [hidden] {
    display: none !important;
  }

  /* Printed, the form is one page: every question group and its answers, without the buttons. */
  @media print {
    .step[hidden] {
      display: block !important;
    }

    .form-actions,
    .receipt-actions,
    .change-button,
    .answer-change,
    .kw-error-summary,
    .send-status,
    .kw-file {
      display: none !important;
    }

    .layout {
      display: block;
    }
  }
`;
