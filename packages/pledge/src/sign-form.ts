/**
 * The sign form, drawn on core's form foundation: name, party or list (the campaign's, or «Annen liste» with its
 * name), role, optional e-mail (without it a moderator must approve before the name is published), consent to be
 * listed publicly, and the spam trap no person meets.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { PLEDGE_OTHER_LIST, PLEDGE_ROLES, type LocalizedText } from '@kommune-widgets/schema';
import { renderErrorSummary, renderField, renderFieldset, type FieldError } from '@kommune-widgets/core/form';
import type { CampaignList } from './campaign.js';
import { roleHint, roleLabel } from './labels.js';
import type { SignDraft } from './draft.js';
import type { SignField } from './sign-draft.js';

/** What the form needs from the element. */
export interface SignFormContext {
  draft: SignDraft;
  lists: readonly CampaignList[];
  /** Every signature waits for a moderator. */
  moderation: boolean;
  errors: readonly FieldError[];
  error: (name: SignField) => string | undefined;
  set: (patch: Partial<SignDraft>) => void;
  text: (value: LocalizedText) => string;
  headingLevel: number;
  /** True while sending or waiting to try again: the button is not pressed twice. */
  busy: boolean;
  onSubmit: () => void;
  onSelectError: (name: string) => void;
  /** Sending, waiting, or what went wrong, above the button. */
  status: TemplateResult | typeof nothing;
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** The e-mail field's hint: what happens with and without an address. */
function emailHint(moderation: boolean): string {
  return moderation
    ? msg('Vi sender deg en lenke du kan trekke signaturen med. En moderator i kommunen godkjenner alle signaturer før navnene vises.', {
        id: 'pledge.form.email.hint.moderated',
      })
    : msg(
        'Vi sender deg en lenke som bekrefter signaturen, og en du kan trekke den med. Uten e-post må en moderator i kommunen godkjenne signaturen før navnet ditt vises.',
        { id: 'pledge.form.email.hint' },
      );
}

/** The form itself. */
export function renderSignForm(c: SignFormContext): TemplateResult {
  const { draft } = c;
  return html`<form
    class="kw-form sign-form"
    part="sign-form"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      c.onSubmit();
    }}
  >
    ${renderErrorSummary({ errors: c.errors, headingLevel: c.headingLevel + 1, onSelect: c.onSelectError })}
    ${renderField({
      name: 'name',
      label: msg('Navn', { id: 'pledge.form.name' }),
      hint: msg('Slik navnet skal stå på listen.', { id: 'pledge.form.name.hint' }),
      required: true,
      error: c.error('name'),
      control: (a) =>
        html`<input
          class="kw-input"
          id=${a.id}
          type="text"
          autocomplete="name"
          maxlength="120"
          aria-describedby=${ifDefined(a.describedBy)}
          aria-invalid=${a.invalid}
          aria-required="true"
          .value=${live(draft.name)}
          @input=${(event: Event) => c.set({ name: value(event) })}
        />`,
    })}
    ${renderField({
      name: 'list',
      label: msg('Parti eller liste', { id: 'pledge.form.list' }),
      required: true,
      error: c.error('list'),
      control: (a) =>
        html`<select
          class="kw-select"
          id=${a.id}
          aria-describedby=${ifDefined(a.describedBy)}
          aria-invalid=${a.invalid}
          aria-required="true"
          @change=${(event: Event) => c.set({ list: value(event) })}
        >
          <option value="" ?selected=${draft.list === ''}>${msg('Velg …', { id: 'pledge.form.list.choose' })}</option>
          ${c.lists.map((list) => html`<option value=${list.id} ?selected=${draft.list === list.id}>${c.text(list.name)}</option>`)}
          <option value=${PLEDGE_OTHER_LIST} ?selected=${draft.list === PLEDGE_OTHER_LIST}>
            ${msg('Annen liste', { id: 'pledge.form.list.other' })}
          </option>
        </select>`,
    })}
    ${
      draft.list === PLEDGE_OTHER_LIST
        ? renderField({
            name: 'otherList',
            label: msg('Navnet på partiet eller listen', { id: 'pledge.form.other-list' }),
            required: true,
            error: c.error('otherList'),
            control: (a) =>
              html`<input
                class="kw-input"
                id=${a.id}
                type="text"
                maxlength="120"
                aria-describedby=${ifDefined(a.describedBy)}
                aria-invalid=${a.invalid}
                aria-required="true"
                .value=${live(draft.otherList)}
                @input=${(event: Event) => c.set({ otherList: value(event) })}
              />`,
          })
        : nothing
    }
    ${renderFieldset({
      name: 'role',
      legend: msg('Du signerer som', { id: 'pledge.form.role' }),
      required: true,
      error: c.error('role'),
      content: () =>
        html`<div class="kw-choices">
          ${PLEDGE_ROLES.map((role) => {
            const hint = roleHint(role);
            return html`<div class="kw-choice">
              <input
                type="radio"
                name="role"
                id="field-role-${role}"
                value=${role}
                aria-describedby=${ifDefined(hint ? `field-role-${role}-hint` : undefined)}
                .checked=${live(draft.role === role)}
                @change=${() => c.set({ role })}
              />
              <label for="field-role-${role}">${roleLabel(role)}</label>
              ${hint ? html`<div class="kw-hint" id="field-role-${role}-hint">${hint}</div>` : nothing}
            </div>`;
          })}
        </div>`,
    })}
    ${renderField({
      name: 'email',
      label: msg('E-post', { id: 'pledge.form.email' }),
      hint: emailHint(c.moderation),
      error: c.error('email'),
      control: (a) =>
        html`<input
          class="kw-input"
          id=${a.id}
          type="email"
          autocomplete="email"
          inputmode="email"
          spellcheck="false"
          aria-describedby=${ifDefined(a.describedBy)}
          aria-invalid=${a.invalid}
          .value=${live(draft.email)}
          @input=${(event: Event) => c.set({ email: value(event) })}
        />`,
    })}
    ${renderFieldset({
      name: 'consent',
      legend: msg('Samtykke', { id: 'pledge.form.consent.legend' }),
      required: true,
      error: c.error('consent'),
      content: () =>
        html`<div class="kw-choices">
          <div class="kw-choice">
            <input
              type="checkbox"
              id="field-consent-yes"
              aria-required="true"
              .checked=${live(draft.consent)}
              @change=${(event: Event) => c.set({ consent: (event.target as HTMLInputElement).checked })}
            />
            <label for="field-consent-yes">
              ${msg(
                'Jeg samtykker i at navnet mitt, partiet eller listen og rollen min vises offentlig på listen over dem som har signert.',
                {
                  id: 'pledge.form.consent',
                },
              )}
            </label>
          </div>
        </div>`,
    })}
    <div class="honeypot" aria-hidden="true">
      <label for="kw-pledge-website">${msg('La dette feltet stå tomt', { id: 'pledge.form.honeypot' })}</label>
      <input
        id="kw-pledge-website"
        name="kw-pledge-website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${live(draft.website)}
        @input=${(event: Event) => c.set({ website: value(event) })}
      />
    </div>
    ${c.status}
    <div class="kw-actions">
      <button type="submit" class="kw-button-primary" part="sign-button" ?disabled=${c.busy}>
        ${msg('Signer valgløftet', { id: 'pledge.form.submit' })}
      </button>
    </div>
  </form>`;
}
