import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { themeTokens } from '@kommune-widgets/core';
import { FormErrorsController, focusField, formStyles, renderErrorSummary, renderField } from '@kommune-widgets/core/form';
import { ApiError } from './api.js';
import { InboxElement } from './inbox-element.js';
import { inboxStyles, signInStyles } from './inbox.styles.js';
import { problemMessage } from './labels.js';

/**
 * Signing in: e-mail and password, then (when the server asks) the code from the authenticator app or a recovery
 * code. A wrong answer says so without telling which part was wrong; a lockout says how long to wait.
 *
 * @fires kw-signed-in - `{ user }` when signed in, or `{ enrolment }` when the second factor must be set up first.
 */
export class SignInView extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles, signInStyles];

  /** Why the user is here again (the session ended), shown above the form. */
  @property() notice = '';

  @state() private askCode = false;
  @state() private busy = false;
  @state() private failure = '';

  private readonly errors = new FormErrorsController(this);

  private value(name: string): string {
    return (this.renderRoot.querySelector<HTMLInputElement>(`#field-${name}`)?.value ?? '').trim();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const email = this.value('email');
    const password = this.renderRoot.querySelector<HTMLInputElement>('#field-password')?.value ?? '';
    const code = this.value('code').replace(/\s+/g, '');
    const errors = this.speak(() => [
      ...(email ? [] : [{ name: 'email', message: msg('Skriv e-postadressen din.', { id: 'inbox.sign-in.email.missing' }) }]),
      ...(password ? [] : [{ name: 'password', message: msg('Skriv passordet ditt.', { id: 'inbox.sign-in.password.missing' }) }]),
      ...(this.askCode && !code
        ? [{ name: 'code', message: msg('Skriv koden fra autentiseringsappen.', { id: 'inbox.sign-in.code.missing' }) }]
        : []),
    ]);
    this.errors.set(errors);
    this.failure = '';
    if (errors.length > 0) {
      this.errors.showSummary();
      return;
    }
    this.busy = true;
    try {
      const result = await this.api.signIn(email, password, this.askCode ? code : undefined);
      this.dispatchEvent(new CustomEvent('kw-signed-in', { detail: result, bubbles: true, composed: true }));
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      if (problem.kind === 'second-factor-required' && !this.askCode) {
        this.askCode = true;
        await this.updateComplete;
        focusField(this.renderRoot, 'code');
      } else {
        this.failure = this.speak(() => this.explain(problem));
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.notice-error')?.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  private explain(problem: ApiError): string {
    if (problem.kind === 'unauthorized') return msg('E-postadressen eller passordet er feil.', { id: 'inbox.sign-in.wrong' });
    if (problem.kind === 'second-factor-required')
      return msg('Koden er feil eller brukt før. Vent på en ny kode og prøv igjen.', { id: 'inbox.sign-in.code.wrong' });
    return problemMessage(problem.kind, problem.retryAfter);
  }

  protected override render(): TemplateResult {
    const errors = this.errors;
    return html`
      <h1>${msg('Logg inn i innboksen', { id: 'inbox.sign-in.title' })}</h1>
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      ${this.failure ? html`<p class="notice notice-error" tabindex="-1" role="alert">${this.failure}</p>` : nothing}
      ${renderErrorSummary({
        errors: errors.list,
        heading: msg('Dette mangler', { id: 'inbox.sign-in.summary' }),
        onSelect: (name) => focusField(this.renderRoot, name),
      })}
      <form class="kw-form" novalidate @submit=${this.submit}>
        ${renderField({
          name: 'email',
          label: msg('E-postadresse', { id: 'inbox.sign-in.email' }),
          required: true,
          error: errors.get('email'),
          control: (a) =>
            html`<input
              class="kw-input"
              id=${a.id}
              name="email"
              type="email"
              autocomplete="username"
              spellcheck="false"
              aria-describedby=${a.describedBy ?? nothing}
              aria-invalid=${a.invalid}
              ?readonly=${this.askCode}
            />`,
        })}
        ${renderField({
          name: 'password',
          label: msg('Passord', { id: 'inbox.sign-in.password' }),
          required: true,
          error: errors.get('password'),
          control: (a) =>
            html`<input
              class="kw-input"
              id=${a.id}
              name="password"
              type="password"
              autocomplete="current-password"
              aria-describedby=${a.describedBy ?? nothing}
              aria-invalid=${a.invalid}
              ?readonly=${this.askCode}
            />`,
        })}
        ${
          this.askCode
            ? renderField({
                name: 'code',
                label: msg('Kode fra autentiseringsappen', { id: 'inbox.sign-in.code' }),
                hint: msg('Seks sifre. Har du ikke telefonen, kan du bruke en av gjenopprettingskodene.', {
                  id: 'inbox.sign-in.code.hint',
                }),
                required: true,
                error: errors.get('code'),
                control: (a) =>
                  html`<input
                    class="kw-input kw-input-short"
                    id=${a.id}
                    name="code"
                    autocomplete="one-time-code"
                    spellcheck="false"
                    aria-describedby=${a.describedBy ?? nothing}
                    aria-invalid=${a.invalid}
                  />`,
              })
            : nothing
        }
        <div class="kw-actions">
          <button class="kw-button-primary" type="submit" ?disabled=${this.busy}>${msg('Logg inn', { id: 'inbox.nav.sign-in' })}</button>
        </div>
      </form>
      <p class="muted">
        ${msg('Har du glemt passordet eller mistet telefonen, ber du IT i kommunen om å nullstille det.', { id: 'inbox.sign-in.help' })}
      </p>
    `;
  }
}
