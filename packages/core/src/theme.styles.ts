import { css } from 'lit';

/**
 * The public `--kw-*` tokens with their defaults. The colours and the radius fall back to Designsystemet's `--ds-*`
 * token, then to a value that meets WCAG AA on white. Private `--_kw-*` names hold the resolved values.
 */
export const themeTokens = css`
  :host {
    /* The host page's font unless --kw-font-family is set; never --ds-font-family. Designsystemet's themes name a font
       with no fallback (--ds-font-family: Inter), and a font list cannot end in "the page's font", so on a page that
       has the tokens but not the font the widget would drop to the browser's serif. A Designsystemet page sets its
       font on its own elements, and the widget inherits it from there. Unset, the value is inherit (docs/theming.md). */
    --_kw-font-family: var(--kw-font-family, inherit);
    --_kw-color-text: var(--kw-color-text, var(--ds-color-neutral-text-default, #1e2b3c));
    --_kw-color-text-subtle: var(--kw-color-text-subtle, var(--ds-color-neutral-text-subtle, #4b5563));
    --_kw-color-background: var(--kw-color-background, var(--ds-color-neutral-background-default, #ffffff));
    --_kw-color-surface: var(--kw-color-surface, var(--ds-color-neutral-surface-tinted, #f1f4f8));
    --_kw-color-border: var(--kw-color-border, var(--ds-color-neutral-border-default, #6b7685));
    --_kw-color-accent: var(--kw-color-accent, var(--ds-color-accent-base-default, #0062ba));
    --_kw-color-accent-contrast: var(--kw-color-accent-contrast, var(--ds-color-accent-base-contrast-default, #ffffff));
    --_kw-color-accent-surface: var(--kw-color-accent-surface, var(--ds-color-accent-surface-tinted, #e6f0fa));
    --_kw-color-danger: var(--kw-color-danger, var(--ds-color-danger-text-default, #b3261e));
    --_kw-color-danger-surface: var(--kw-color-danger-surface, var(--ds-color-danger-surface-tinted, #fdecea));
    --_kw-color-success: var(--kw-color-success, var(--ds-color-success-text-default, #1a6b35));
    --_kw-color-warning: var(--kw-color-warning, var(--ds-color-warning-text-default, #7a4d00));
    --_kw-focus-ring-color: var(--kw-focus-ring-color, var(--ds-color-focus-outer, #1e2b3c));
    --_kw-focus-ring-width: var(--kw-focus-ring-width, 0.1875em);
    --_kw-radius: var(--kw-radius, var(--ds-border-radius-md, 0.25em));
    --_kw-space: var(--kw-space, 1em);
    /* Chart colours alternate lighter and darker, so neighbouring slices differ by 3:1 and each meets 3:1 on white. */
    --_kw-chart-1: var(--kw-chart-1, #5596dd);
    --_kw-chart-2: var(--kw-chart-2, #732a11);
    --_kw-chart-3: var(--kw-chart-3, #4da465);
    --_kw-chart-4: var(--kw-chart-4, #5d228a);
    --_kw-chart-5: var(--kw-chart-5, #e96c6c);
    --_kw-chart-6: var(--kw-chart-6, #144659);
    --_kw-chart-7: var(--kw-chart-7, #c48700);
    --_kw-chart-8: var(--kw-chart-8, #7c1740);
    --_kw-chart-9: var(--kw-chart-9, #70a12a);
    --_kw-chart-10: var(--kw-chart-10, #393786);
    --_kw-chart-11: var(--kw-chart-11, #0ea779);
    --_kw-chart-12: var(--kw-chart-12, #623610);

    display: block;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none;
  }

  /* The page's inherited text styles stop here: font family and size are kept, the rest reset. */
  .base {
    font-family: var(--_kw-font-family);
    font-size: 1em;
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    color: var(--_kw-color-text);
    background: var(--_kw-color-background);
  }

  /* Widgets lay themselves out by their own width (container queries), not the window's. A kommune's texts hold
     long compound words (kommunedelplanforslagshøringsuttalelsesfrist): let them break rather than push the page
     sideways on a 320 px phone (WCAG 1.4.10 Reflow). */
  .base {
    container-type: inline-size;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_kw-focus-ring-width) solid var(--_kw-focus-ring-color);
    outline-offset: 0.125em;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  a {
    color: var(--_kw-color-accent);
    text-underline-offset: 0.15em;
  }

  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    min-block-size: 1.5em;
    min-inline-size: 1.5em;
  }

  /* The widgets' action button: outlined in the accent colour, 44 px high; with class primary (or pressed) it is filled. */
  .kw-button {
    min-block-size: 2.75em;
    padding: 0.375em 0.875em;
    border: 0.125em solid var(--_kw-color-accent);
    border-radius: var(--_kw-radius);
    background: var(--_kw-color-background);
    color: var(--_kw-color-accent);
    cursor: pointer;
  }

  .kw-button.primary,
  .kw-button[aria-pressed='true'] {
    background: var(--_kw-color-accent);
    color: var(--_kw-color-accent-contrast);
  }

  @media (forced-colors: active) {
    .kw-button {
      border-color: ButtonText;
    }
    .kw-button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }

  @media print {
    .kw-button {
      border-color: currentColor;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
