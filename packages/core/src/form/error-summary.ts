import { html, type ReactiveController, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderHeading } from '../heading.js';
import type { FocusHost } from '../interaction/roving-focus.js';
import { fieldIds } from './field.js';

/** One field's error: the field's name (its control is `#field-${name}`) and the message shown for it. */
export interface FieldError {
  name: string;
  message: string;
}

/** {@link renderErrorSummary}'s options. */
export interface ErrorSummaryOptions {
  /** The errors, in the order of the fields on the page. */
  errors: readonly FieldError[];
  /** The box's heading; «Dette må rettes før du kan sende» by default. */
  heading?: string;
  /** The level of the heading (2–6), so it fits the page's outline; 2 by default. */
  headingLevel?: number;
  /** Called with a field's name when its link is followed (click or Enter): move focus there ({@link focusField}). */
  onSelect: (name: string) => void;
}

/** The class the summary box carries, for {@link FormErrorsController.showSummary} and styles. */
export const ERROR_SUMMARY_CLASS = 'kw-error-summary';

/**
 * A GOV.UK-style error summary for the top of the form: a heading and one link per error to its field. The box
 * has no role; after a submit it takes focus (it has `tabindex="-1"`), so its heading and links are read out. Nothing
 * is drawn when there are no errors.
 */
export function renderErrorSummary(o: ErrorSummaryOptions): TemplateResult {
  if (o.errors.length === 0) return html``;
  const heading = o.heading ?? msg('Dette må rettes før du kan sende', { id: 'form.summary.heading' });
  const follow = (event: Event, name: string) => {
    // The link's #field-name lives in a shadow root: the browser cannot follow it, so move focus in script.
    event.preventDefault();
    o.onSelect(name);
  };
  return html`<div class=${ERROR_SUMMARY_CLASS} part="error-summary" tabindex="-1" aria-labelledby="kw-error-summary-title">
    ${renderHeading(o.headingLevel ?? 2, heading, { id: 'kw-error-summary-title', className: 'kw-error-summary-title' })}
    <ul class="kw-error-summary-list">
      ${o.errors.map(
        ({ name, message }) =>
          html`<li><a href="#${fieldIds(name).id}" @click=${(event: Event) => follow(event, name)}>${message}</a></li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The form's errors by field, as a controller: set them after validating or after the server's answer, read them
 * when drawing each field (`error: errors.get('description')`) and the summary (`errors: errors.list`), and call
 * `showSummary()` after a submit to move focus to the summary once it is drawn. Each change asks the host to update.
 */
export class FormErrorsController implements ReactiveController {
  private readonly errors = new Map<string, string>();
  /** True while the summary should take focus after the next update. */
  private focusSummary = false;

  constructor(private readonly host: FocusHost) {
    host.addController(this);
  }

  /** Replaces every error with `errors` (the first message per field wins), in their order. */
  set(errors: readonly FieldError[]): void {
    this.errors.clear();
    for (const { name, message } of errors) if (!this.errors.has(name)) this.errors.set(name, message);
    this.host.requestUpdate();
  }

  /** Removes field `name`'s error, or every error without a name. */
  clear(name?: string): void {
    if (name === undefined) this.errors.clear();
    else if (!this.errors.delete(name)) return;
    this.host.requestUpdate();
  }

  /** Field `name`'s error message, if it has one. */
  get(name: string): string | undefined {
    return this.errors.get(name);
  }

  /** Every error, in the order they were set: what the summary lists. */
  get list(): FieldError[] {
    return [...this.errors].map(([name, message]) => ({ name, message }));
  }

  /** True when there is at least one error. */
  get hasErrors(): boolean {
    return this.errors.size > 0;
  }

  /** Moves focus to the error summary once the host has drawn it (call it after a submit that found errors). */
  showSummary(): void {
    this.focusSummary = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.focusSummary) return;
    this.focusSummary = false;
    const summary = this.host.renderRoot.querySelector<HTMLElement>(`.${ERROR_SUMMARY_CLASS}`);
    // After this update has finished, as FocusAfterUpdateController does: a focus handler may start a new one.
    if (summary) queueMicrotask(() => summary.focus());
  }
}
