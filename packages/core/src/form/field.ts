import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';

/**
 * What a field hands its control: the caller puts `id=${a.id}`, `aria-describedby=${ifDefined(a.describedBy)}` and
 * `aria-invalid=${a.invalid}` on its `<input>`, `<textarea>` or `<select>`, so the label, hint and error are read
 * with it.
 */
export interface ControlAttributes {
  /** `field-${name}`: the control's id, which the label and the error summary's link point to. */
  id: string;
  /** The ids of the hint and the error that are shown, in that order, or `undefined` when there is neither. */
  describedBy: string | undefined;
  /** `'true'` while the field shows an error. */
  invalid: 'true' | 'false';
  /** Whether an answer is required (for `aria-required`; fields without it are marked «(valgfritt)»). */
  required: boolean;
}

/** The ids of a field's control, hint and error, from its name. */
export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
}

/** What every field and fieldset is described by. */
interface FieldBase {
  /** The field's name; its control's id is `field-${name}`. */
  name: string;
  /** A line of help under the label, read with the control. */
  hint?: string;
  /** The error to show at the field (the same text as in the error summary), if any. */
  error?: string;
  /** An answer is required. Fields without it are marked «(valgfritt)», GOV.UK style; required ones are not marked. */
  required?: boolean;
}

/** A labelled control: {@link renderField}'s options. */
export interface FieldOptions extends FieldBase {
  /** The label's text. */
  label: string;
  /** Draws the control with the attributes that wire it to the label, hint and error. */
  control: (a: ControlAttributes) => TemplateResult;
}

/** A group of controls under a legend (radios, checkboxes, a date in parts): {@link renderFieldset}'s options. */
export interface FieldsetOptions extends FieldBase {
  /** The legend's text: the question the group answers. */
  legend: string;
  /** Draws the controls; the fieldset itself carries `id`, `aria-describedby` and `aria-invalid`. */
  content: (a: ControlAttributes) => TemplateResult;
}

/** The ids of field `name`: `field-${name}`, `field-${name}-hint`, `field-${name}-error`. */
export function fieldIds(name: string): FieldIds {
  const id = `field-${name}`;
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

/** The attributes a field's control (or fieldset) carries, from the field's options. */
export function controlAttributes({ name, hint, error, required = false }: FieldBase): ControlAttributes {
  const { id, hintId, errorId } = fieldIds(name);
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  return { id, describedBy: describedBy || undefined, invalid: error ? 'true' : 'false', required };
}

/** «(valgfritt)» after the label of a field that may be left empty. */
function optionalMark(required: boolean | undefined): TemplateResult | typeof nothing {
  return required ? nothing : html` <span class="kw-optional">${msg('(valgfritt)', { id: 'form.optional' })}</span>`;
}

/** The hint and the error under a label or legend; the error starts with a hidden «Feil:» for screen readers. */
function renderHintAndError({ hint, error }: FieldBase, { hintId, errorId }: FieldIds): TemplateResult {
  return html`${hint ? html`<div class="kw-hint" id=${hintId}>${hint}</div>` : nothing}${
    error
      ? html`<p class="kw-error-message" id=${errorId}>
          <span class="visually-hidden">${msg('Feil:', { id: 'form.error.prefix' })} </span>${error}
        </p>`
      : nothing
  }`;
}

/**
 * A field: label (with «(valgfritt)» unless `required`), hint, the error when there is one, and the control the
 * caller draws. The control's part of the template never changes shape when an error comes or goes, so Lit keeps its
 * element — and what the person typed.
 */
export function renderField(o: FieldOptions): TemplateResult {
  const ids = fieldIds(o.name);
  return html`<div class="kw-field ${o.error ? 'kw-field-error' : ''}">
    <label class="kw-label" for=${ids.id}>${o.label}${optionalMark(o.required)}</label>
    ${renderHintAndError(o, ids)} ${o.control(controlAttributes(o))}
  </div>`;
}

/**
 * A fieldset: legend (with «(valgfritt)» unless `required`), hint, error and the caller's controls. The fieldset
 * carries the id, `aria-describedby` and `aria-invalid`; {@link focusField} focuses its first control.
 */
export function renderFieldset(o: FieldsetOptions): TemplateResult {
  const ids = fieldIds(o.name);
  const a = controlAttributes(o);
  return html`<fieldset
    class="kw-fieldset ${o.error ? 'kw-field-error' : ''}"
    id=${a.id}
    aria-describedby=${ifDefined(a.describedBy)}
    aria-invalid=${a.invalid}
  >
    <legend class="kw-legend">${o.legend}${optionalMark(o.required)}</legend>
    ${renderHintAndError(o, ids)} ${o.content(a)}
  </fieldset>`;
}

/** What can take focus inside a fieldset, in document order. */
const FOCUSABLE =
  'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Moves focus to field `name` inside `root` (the host's shadow root): its control `#field-${name}`, or for a
 * fieldset its checked radio or else its first control. Scrolls the label or legend into view with it, so the
 * question is seen together with the answer. Returns the element focused, if any.
 */
export function focusField(root: ParentNode, name: string): HTMLElement | undefined {
  const { id } = fieldIds(name);
  const field = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!field) return undefined;
  let target: HTMLElement | null = field;
  if (field instanceof HTMLFieldSetElement) {
    target = field.querySelector<HTMLElement>('input:checked:not([disabled])') ?? field.querySelector<HTMLElement>(FOCUSABLE);
  }
  if (!target) return undefined;
  const caption =
    field instanceof HTMLFieldSetElement ? field.querySelector('legend') : root.querySelector(`label[for="${CSS.escape(id)}"]`);
  (caption ?? target).scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return target;
}
