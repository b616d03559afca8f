import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AnnouncerController, themeTokens, withLocale, type Locale } from '@kommune-widgets/core';
import {
  FormErrorsController,
  LeaveGuardController,
  focusField,
  formStyles,
  renderErrorSummary,
  renderField,
  renderFieldset,
  type FieldError,
} from '@kommune-widgets/core/form';

/** A small form on core's form module, as a widget would compose it: two fields, a group of checkboxes, a summary. */
export class FormHarness extends LitElement {
  static override styles = [themeTokens, formStyles];
  static override properties = { locale: { type: String } };
  locale: Locale = 'nb';
  readonly errors = new FormErrorsController(this);
  readonly announcer = new AnnouncerController(this);
  dirty = false;
  readonly guard = new LeaveGuardController(this, { isDirty: () => this.dirty });

  protected override update(changed: PropertyValues<this>): void {
    withLocale(this.locale, () => super.update(changed));
  }

  /** What a submit finds missing: the description and the kind are required. */
  validate(): FieldError[] {
    const form = this.renderRoot.querySelector('form')!;
    const errors: FieldError[] = [];
    if (!(form.elements.namedItem('description') as HTMLTextAreaElement).value.trim())
      errors.push({ name: 'description', message: 'Skriv hva som skjedde' });
    if (!form.querySelector('input[name=kinds]:checked')) errors.push({ name: 'kinds', message: 'Velg hva som skjedde' });
    return errors;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.errors.set(this.validate());
    if (this.errors.hasErrors) this.errors.showSummary();
  }

  protected override render(): TemplateResult {
    return html`<div class="base kw-form">
      ${renderErrorSummary({ errors: this.errors.list, onSelect: (name) => focusField(this.renderRoot, name) })}
      <form novalidate @submit=${this.onSubmit} @input=${() => (this.dirty = true)}>
        ${renderField({
          name: 'description',
          label: 'Hva skjedde?',
          hint: 'Med egne ord.',
          required: true,
          error: this.errors.get('description'),
          control: (a) =>
            html`<textarea
              class="kw-textarea"
              id=${a.id}
              name="description"
              aria-describedby=${ifDefined(a.describedBy)}
              aria-invalid=${a.invalid}
            ></textarea>`,
        })}
        ${renderField({
          name: 'email',
          label: 'E-post',
          control: (a) =>
            html`<input
              class="kw-input"
              type="email"
              id=${a.id}
              name="email"
              autocomplete="email"
              aria-describedby=${ifDefined(a.describedBy)}
              aria-invalid=${a.invalid}
            />`,
        })}
        ${renderFieldset({
          name: 'kinds',
          legend: 'Hva var det?',
          hint: 'Velg alt som passer.',
          required: true,
          error: this.errors.get('kinds'),
          content: () =>
            html`<div class="kw-choices">
              ${['trussel', 'hets'].map(
                (kind) => html`<label class="kw-choice"><input type="checkbox" name="kinds" value=${kind} /> ${kind}</label>`,
              )}
            </div>`,
        })}
        <div class="kw-actions">
          <button class="kw-button-primary" type="submit">Send</button>
          <button class="kw-button-secondary" type="button">Tilbake</button>
        </div>
      </form>
      ${this.announcer.render()}
    </div>`;
  }
}
customElements.define('form-harness', FormHarness);

declare global {
  interface HTMLElementTagNameMap {
    'form-harness': FormHarness;
  }
}
