import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { themeTokens } from '@kommune-widgets/core';
import {
  FormErrorsController,
  controlAttributes,
  fieldIds,
  focusField,
  formStyles,
  renderErrorSummary,
  renderField,
} from '@kommune-widgets/core/form';
import { ApiError, type Enrolment } from './api.js';
import { InboxElement } from './inbox-element.js';
import { inboxStyles, signInStyles } from './inbox.styles.js';
import { problemMessage } from './labels.js';

/** The key in an `otpauth://` URI, grouped in fours for typing into an app by hand. */
function secretOf(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret') ?? '';
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * Setting up the second factor at the first sign-in: the QR code (and the key as text) for an authenticator app, the
 * recovery codes shown this once, then the first code to confirm it.
 *
 * @fires kw-signed-in - `{ user }` once the code is confirmed.
 */
export class EnrolmentView extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles, signInStyles];

  /** What the server showed once: QR code, URI and recovery codes. */
  @property({ attribute: false }) enrolment: Enrolment | undefined;

  @state() private busy = false;
  @state() private failure = '';

  private readonly errors = new FormErrorsController(this);

  private async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#field-code');
    const code = (input?.value ?? '').replace(/\s+/g, '');
    const kept = this.renderRoot.querySelector<HTMLInputElement>('#field-kept')?.checked ?? false;
    const errors = this.speak(() => [
      ...(kept
        ? []
        : [{ name: 'kept', message: msg('Bekreft at du har tatt vare på gjenopprettingskodene.', { id: 'inbox.enrol.kept.missing' }) }]),
      ...(/^\d{6}$/.test(code)
        ? []
        : [{ name: 'code', message: msg('Skriv de seks sifrene appen viser.', { id: 'inbox.enrol.code.missing' }) }]),
    ]);
    this.errors.set(errors);
    this.failure = '';
    if (errors.length > 0) {
      this.errors.showSummary();
      return;
    }
    this.busy = true;
    try {
      const result = await this.api.confirmSecondFactor(code);
      this.dispatchEvent(new CustomEvent('kw-signed-in', { detail: result, bubbles: true, composed: true }));
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      this.failure = this.speak(() =>
        problem.kind === 'second-factor-required'
          ? msg('Koden stemmer ikke. Sjekk at klokken på telefonen er riktig, vent på en ny kode og prøv igjen.', {
              id: 'inbox.enrol.code.wrong',
            })
          : problemMessage(problem.kind, problem.retryAfter),
      );
      if (problem.status === 401 && problem.kind === 'unauthorized') this.sessionEnded();
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    const enrolment = this.enrolment;
    if (!enrolment) return html``;
    // The checkbox's error is linked to it like every other field's (aria-describedby, aria-invalid).
    const keptError = this.errors.get('kept');
    const kept = controlAttributes({ name: 'kept', ...(keptError ? { error: keptError } : {}) });
    const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`;
    return html`
      <h1>${msg('Sett opp innlogging med kode', { id: 'inbox.enrol.title' })}</h1>
      <p>
        ${msg(
          'Innboksen krever en kode fra en autentiseringsapp på telefonen i tillegg til passordet, fordi meldingene handler om mennesker som kan være i fare.',
          {
            id: 'inbox.enrol.why',
          },
        )}
      </p>
      <h2>${msg('1. Skann koden med appen', { id: 'inbox.enrol.step1' })}</h2>
      <p>${msg('Bruk for eksempel Microsoft Authenticator, Google Authenticator eller FreeOTP.', { id: 'inbox.enrol.apps' })}</p>
      <img class="qr" src=${qr} width="200" height="200" alt=${msg('QR-kode for autentiseringsappen', { id: 'inbox.enrol.qr' })} />
      <p>
        ${msg('Kan du ikke skanne, skriv inn denne nøkkelen i appen:', { id: 'inbox.enrol.manual' })}
        <code class="secret">${secretOf(enrolment.otpauthUri)}</code>
      </p>
      <h2>${msg('2. Ta vare på gjenopprettingskodene', { id: 'inbox.enrol.step2' })}</h2>
      <p>
        ${msg(
          'Hver kode kan brukes én gang i stedet for koden fra appen, om du mister telefonen. De vises bare nå. Skriv dem ut eller lagre dem et trygt sted, ikke på telefonen.',
          {
            id: 'inbox.enrol.codes.hint',
          },
        )}
      </p>
      <ul class="codes">
        ${enrolment.recoveryCodes.map((c) => html`<li><code>${c}</code></li>`)}
      </ul>
      <h2>${msg('3. Bekreft med koden fra appen', { id: 'inbox.enrol.step3' })}</h2>
      ${this.failure ? html`<p class="notice notice-error" role="alert">${this.failure}</p>` : nothing}
      ${renderErrorSummary({
        errors: this.errors.list,
        heading: msg('Dette mangler', { id: 'inbox.sign-in.summary' }),
        headingLevel: 3,
        onSelect: (name) => focusField(this.renderRoot, name),
      })}
      <form class="kw-form" novalidate @submit=${this.confirm}>
        <div class="kw-field ${keptError ? 'kw-field-error' : ''}">
          <div class="kw-choice">
            <input type="checkbox" id=${kept.id} name="kept" aria-describedby=${kept.describedBy ?? nothing} aria-invalid=${kept.invalid} />
            <label for=${kept.id}>${msg('Jeg har tatt vare på kodene', { id: 'inbox.enrol.kept' })}</label>
          </div>
          ${keptError ? html`<p class="kw-error-message" id=${fieldIds('kept').errorId}>${keptError}</p>` : nothing}
        </div>
        ${renderField({
          name: 'code',
          label: msg('Kode fra appen', { id: 'inbox.enrol.code' }),
          required: true,
          error: this.errors.get('code'),
          control: (a) =>
            html`<input
              class="kw-input kw-input-short"
              id=${a.id}
              name="code"
              inputmode="numeric"
              autocomplete="one-time-code"
              aria-describedby=${a.describedBy ?? nothing}
              aria-invalid=${a.invalid}
            />`,
        })}
        <div class="kw-actions">
          <button class="kw-button-primary" type="submit" ?disabled=${this.busy}>
            ${msg('Bekreft og logg inn', { id: 'inbox.enrol.confirm' })}
          </button>
        </div>
      </form>
    `;
  }
}
