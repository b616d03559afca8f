/**
 * The form's question groups: who, what, where and when, links and screenshots (see attachment-field.ts), reported
 * elsewhere, help wanted, contact. Each control shows exactly what the draft holds, so Back and errors lose nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { REPORT_HELP, REPORT_KINDS, REPORT_ROLES, REPORT_TARGETS } from '@kommune-widgets/schema';
import { renderField, renderFieldset, type ControlAttributes } from '@kommune-widgets/core/form';
import { PLATFORMS, helpLabel, kindHint, kindLabel, platformLabel, roleLabel, targetLabel, type Platform } from './labels.js';
import type { ReportDraft, ReportField } from './report-draft.js';

/** What a group needs from the form. */
export interface GroupContext {
  draft: ReportDraft;
  /** The error shown at a field, if any. */
  error: (name: ReportField) => string | undefined;
  /** Changes answers (the form keeps the draft). */
  set: (patch: Partial<ReportDraft>) => void;
}

const value = (event: Event) => (event.target as HTMLInputElement).value;
const checked = (event: Event) => (event.target as HTMLInputElement).checked;

/** A list with `item` in or out. */
function toggled<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(item);
  else set.delete(item);
  return order.filter((entry) => set.has(entry));
}

/** Radio buttons for one answer of `options`. */
function radios<T extends string>(
  a: ControlAttributes,
  name: string,
  options: readonly T[],
  current: T | undefined,
  label: (option: T) => string,
  choose: (option: T) => void,
  hint?: (option: T) => string,
): TemplateResult {
  return html`<div class="kw-choices">
    ${options.map((option, i) => {
      const id = `${a.id}-${option}`;
      return html`<div class="kw-choice">
        <input
          type="radio"
          id=${id}
          name=${name}
          value=${option}
          .checked=${live(current === option)}
          aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)}
          aria-required=${i === 0 && a.required ? 'true' : nothing}
          @change=${() => choose(option)}
        />
        <label for=${id}>${label(option)}</label>
        ${hint ? html`<p class="kw-hint" id="${id}-hint">${hint(option)}</p>` : nothing}
      </div>`;
    })}
  </div>`;
}

/** Check boxes for several answers of `options`. */
function checkboxes<T extends string>(
  a: ControlAttributes,
  options: readonly T[],
  current: readonly T[],
  label: (option: T) => string,
  change: (next: T[]) => void,
  hint?: (option: T) => string,
): TemplateResult {
  return html`<div class="kw-choices">
    ${options.map((option) => {
      const id = `${a.id}-${option}`;
      return html`<div class="kw-choice">
        <input
          type="checkbox"
          id=${id}
          value=${option}
          .checked=${live(current.includes(option))}
          aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)}
          @change=${(event: Event) => change(toggled(current, option, checked(event), options))}
        />
        <label for=${id}>${label(option)}</label>
        ${hint ? html`<p class="kw-hint" id="${id}-hint">${hint(option)}</p>` : nothing}
      </div>`;
    })}
  </div>`;
}

/** Who was targeted, and their role. */
export function renderWho({ draft, error, set }: GroupContext): TemplateResult {
  return html`${renderFieldset({
    name: 'target',
    legend: msg('Hvem ble utsatt for det?', { id: 'hate-report.field.target' }),
    required: true,
    error: error('target'),
    content: (a) => radios(a, 'target', REPORT_TARGETS, draft.target, targetLabel, (target) => set({ target })),
  })}
  ${renderFieldset({
    name: 'role',
    legend: msg('Hvilken rolle har den det gjaldt?', { id: 'hate-report.field.role' }),
    hint: msg('Meldingen går til kommunens kontaktperson for folkevalgte og kandidater.', { id: 'hate-report.field.role.hint' }),
    required: true,
    error: error('role'),
    content: (a) => radios(a, 'role', REPORT_ROLES, draft.role, roleLabel, (role) => set({ role })),
  })}`;
}

/** What happened, and a description. */
export function renderWhat({ draft, error, set }: GroupContext): TemplateResult {
  return html`${renderFieldset({
    name: 'kinds',
    legend: msg('Hva skjedde?', { id: 'hate-report.field.kinds' }),
    hint: msg('Velg alle som passer.', { id: 'hate-report.field.kinds.hint' }),
    required: true,
    error: error('kinds'),
    content: (a) => checkboxes(a, REPORT_KINDS, draft.kinds, kindLabel, (kinds) => set({ kinds }), kindHint),
  })}
  ${renderField({
    name: 'description',
    label: msg('Beskriv hva som skjedde', { id: 'hate-report.field.description' }),
    hint: msg('Med egne ord: hva ble sagt eller gjort, av hvem om du vet det, og om det har skjedd før.', {
      id: 'hate-report.field.description.hint',
    }),
    required: true,
    error: error('description'),
    control: (a) =>
      html`<textarea
        class="kw-input kw-textarea"
        id=${a.id}
        name="description"
        rows="7"
        aria-describedby=${ifDefined(a.describedBy)}
        aria-invalid=${a.invalid}
        aria-required="true"
        .value=${live(draft.description)}
        @input=${(event: Event) => set({ description: value(event) })}
      ></textarea>`,
  })}`;
}

/** Where (platform or channel) and when. */
export function renderWhere({ draft, error, set }: GroupContext): TemplateResult {
  return html`${renderField({
      name: 'platform',
      label: msg('Hvor skjedde det?', { id: 'hate-report.field.platform' }),
      hint: msg('Plattformen eller kanalen, på nett eller utenfor.', { id: 'hate-report.field.platform.hint' }),
      required: true,
      error: error('platform'),
      control: (a) =>
        html`<select
          class="kw-input kw-select"
          id=${a.id}
          name="platform"
          aria-describedby=${ifDefined(a.describedBy)}
          aria-invalid=${a.invalid}
          aria-required="true"
          @change=${(event: Event) => set({ platform: (value(event) || undefined) as Platform | undefined })}
        >
          <option value="" ?selected=${draft.platform === undefined}>${msg('Velg', { id: 'hate-report.field.platform.choose' })}</option>
          ${PLATFORMS.map((platform) => html`<option value=${platform} ?selected=${draft.platform === platform}>${platformLabel(platform)}</option>`)}
        </select>`,
    })}
    ${
      draft.platform === 'annet'
        ? renderField({
            name: 'platformOther',
            label: msg('Hvor?', { id: 'hate-report.field.platform-other' }),
            required: true,
            error: error('platformOther'),
            control: (a) =>
              html`<input
                class="kw-input"
                type="text"
                id=${a.id}
                name="platformOther"
                maxlength="200"
                aria-describedby=${ifDefined(a.describedBy)}
                aria-invalid=${a.invalid}
                aria-required="true"
                .value=${live(draft.platformOther)}
                @input=${(event: Event) => set({ platformOther: value(event) })}
              />`,
          })
        : nothing
    }
    <div class="when">
      ${renderField({
        name: 'whenDate',
        label: msg('Dato', { id: 'hate-report.field.when-date' }),
        hint: msg('Omtrent, om du ikke vet nøyaktig.', { id: 'hate-report.field.when-date.hint' }),
        required: true,
        error: error('whenDate'),
        control: (a) =>
          html`<input
            class="kw-input kw-input-date"
            type="date"
            id=${a.id}
            name="whenDate"
            aria-describedby=${ifDefined(a.describedBy)}
            aria-invalid=${a.invalid}
            aria-required="true"
            .value=${live(draft.whenDate)}
            @input=${(event: Event) => set({ whenDate: value(event) })}
            @change=${(event: Event) => set({ whenDate: value(event) })}
          />`,
      })}
      ${renderField({
        name: 'whenTime',
        label: msg('Klokkeslett', { id: 'hate-report.field.when-time' }),
        error: error('whenTime'),
        control: (a) =>
          html`<input
            class="kw-input kw-input-time"
            type="time"
            id=${a.id}
            name="whenTime"
            aria-describedby=${ifDefined(a.describedBy)}
            aria-invalid=${a.invalid}
            .value=${live(draft.whenTime)}
            @input=${(event: Event) => set({ whenTime: value(event) })}
            @change=${(event: Event) => set({ whenTime: value(event) })}
          />`,
      })}
    </div>`;
}

/** The links to the content (the screenshots are drawn by attachment-field.ts below them). */
export function renderLinks({ draft, error, set }: GroupContext): TemplateResult {
  return renderField({
    name: 'links',
    label: msg('Lenker til innholdet', { id: 'hate-report.field.links' }),
    hint: msg('Én lenke per linje. Kopier adressen til innlegget eller kommentaren, ikke bare til profilen.', {
      id: 'hate-report.field.links.hint',
    }),
    error: error('links'),
    control: (a) =>
      html`<textarea
        class="kw-input kw-textarea"
        id=${a.id}
        name="links"
        rows="3"
        inputmode="url"
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${ifDefined(a.describedBy)}
        aria-invalid=${a.invalid}
        .value=${live(draft.links)}
        @input=${(event: Event) => set({ links: value(event) })}
      ></textarea>`,
  });
}

/** A check box that opens a reference field. */
function reportedTo(
  ctx: GroupContext,
  box: 'reportedToPlatform' | 'reportedToPolice',
  field: 'platformReference' | 'policeReference',
  label: string,
  referenceLabel: string,
): TemplateResult {
  const { draft, error, set } = ctx;
  const id = `field-${box}`;
  return html`<div class="kw-choice">
      <input type="checkbox" id=${id} .checked=${live(draft[box])} @change=${(event: Event) => set({ [box]: checked(event) })} />
      <label for=${id}>${label}</label>
    </div>
    ${
      draft[box]
        ? html`<div class="kw-conditional">
            ${renderField({
              name: field,
              label: referenceLabel,
              error: error(field),
              control: (a) =>
                html`<input
                  class="kw-input"
                  type="text"
                  id=${a.id}
                  name=${field}
                  maxlength="200"
                  autocomplete="off"
                  aria-describedby=${ifDefined(a.describedBy)}
                  aria-invalid=${a.invalid}
                  .value=${live(draft[field])}
                  @input=${(event: Event) => set({ [field]: value(event) })}
                />`,
            })}
          </div>`
        : nothing
    }`;
}

/** Whether it was reported to the platform or the police, with their reference. */
export function renderReported(ctx: GroupContext): TemplateResult {
  return renderFieldset({
    name: 'reported',
    legend: msg('Har du meldt det fra til noen av disse?', { id: 'hate-report.field.reported' }),
    hint: msg('Velg dem du har meldt fra til. Du kan også sende meldingen uten å ha gjort det.', { id: 'hate-report.field.reported.hint' }),
    content: () =>
      html`${reportedTo(
        ctx,
        'reportedToPlatform',
        'platformReference',
        msg('Plattformen (for eksempel Facebook)', { id: 'hate-report.field.reported-platform' }),
        msg('Referanse eller saksnummer fra plattformen', { id: 'hate-report.field.platform-reference' }),
      )}
      ${reportedTo(
        ctx,
        'reportedToPolice',
        'policeReference',
        msg('Politiet', { id: 'hate-report.field.reported-police' }),
        msg('Saksnummer eller referanse fra politiet', { id: 'hate-report.field.police-reference' }),
      )}`,
  });
}

/** What help is wanted. */
export function renderHelp({ draft, error, set }: GroupContext): TemplateResult {
  return renderFieldset({
    name: 'help',
    legend: msg('Hva slags hjelp ønsker du?', { id: 'hate-report.field.help' }),
    hint: msg('Velg alle som passer, eller ingen om du bare vil at kommunen skal vite om det.', { id: 'hate-report.field.help.hint' }),
    error: error('help'),
    content: (a) => checkboxes(a, REPORT_HELP, draft.help, helpLabel, (help) => set({ help })),
  });
}

/** Contact details, or anonymous — and what anonymity costs. */
export function renderContact({ draft, error, set }: GroupContext): TemplateResult {
  const text = (name: 'name' | 'email' | 'phone', label: string, type: string, autocomplete: string, hint?: string) =>
    renderField({
      name,
      label,
      hint,
      required: name === 'name',
      error: error(name),
      control: (a) =>
        html`<input
          class="kw-input"
          type=${type}
          id=${a.id}
          name=${name}
          autocomplete=${autocomplete}
          maxlength=${name === 'email' ? 254 : name === 'phone' ? 40 : 200}
          aria-describedby=${ifDefined(a.describedBy)}
          aria-invalid=${a.invalid}
          .value=${live(draft[name])}
          @input=${(event: Event) => set({ [name]: value(event) })}
        />`,
    });
  return html`${renderFieldset({
    name: 'anonymous',
    legend: msg('Vil du at kontaktpersonen skal kunne nå deg?', { id: 'hate-report.field.anonymous' }),
    hint: msg('Du kan sende anonymt. Da kan ingen følge opp saken med deg, og kontaktpersonen kan ikke hjelpe deg videre.', {
      id: 'hate-report.field.anonymous.hint',
    }),
    required: true,
    error: error('anonymous'),
    content: (a) =>
      radios(
        a,
        'anonymous',
        ['contact', 'anonymous'] as const,
        draft.anonymous === undefined ? undefined : draft.anonymous ? 'anonymous' : 'contact',
        (option) =>
          option === 'contact'
            ? msg('Ja, jeg oppgir kontaktopplysninger', { id: 'hate-report.field.anonymous.contact' })
            : msg('Nei, jeg sender anonymt', { id: 'hate-report.field.anonymous.anonymous' }),
        (option) => set({ anonymous: option === 'anonymous' }),
      ),
  })}
  ${
    draft.anonymous === false
      ? html`<div class="kw-conditional">
          ${text('name', msg('Navn', { id: 'hate-report.field.name' }), 'text', 'name')}
          ${text(
            'email',
            msg('E-post', { id: 'hate-report.field.email' }),
            'email',
            'email',
            msg('Oppgi e-post, telefon eller begge.', { id: 'hate-report.field.email.hint' }),
          )}
          ${text('phone', msg('Telefon', { id: 'hate-report.field.phone' }), 'tel', 'tel')}
        </div>`
      : nothing
  }`;
}
