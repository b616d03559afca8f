import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What {@link renderHeading} puts on the heading. */
export interface HeadingOptions {
  id?: string;
  className?: string;
  /** Makes the heading focusable from script, for moving focus to a panel that opened. */
  focusable?: boolean;
}

/**
 * A real `<h2>`…`<h6>` at the level the host page needs (a widget placed under an `<h3>` starts at `<h4>`).
 * Levels outside 2–6 are clamped.
 */
export function renderHeading(
  level: number,
  content: unknown,
  { id, className = '', focusable = false }: HeadingOptions = {},
): TemplateResult {
  const tabindex = focusable ? '-1' : undefined;
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
    case 2:
      return html`<h2 id=${ifDefined(id)} class=${className} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} class=${className} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} class=${className} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} class=${className} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} class=${className} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}
