import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { themeTokens } from '@kommune-widgets/core';
import { FormErrorsController, focusField, formStyles, renderErrorSummary, renderField, type FieldError } from '@kommune-widgets/core/form';
import { ApiError, type ApiIssue } from './api.js';
import { InboxElement } from './inbox-element.js';
import { inboxStyles, signInStyles } from './inbox.styles.js';
import { problemMessage } from './labels.js';

/** The shortest password the server takes (its MIN_PASSWORD_LENGTH, which decides): told before typing. */
export const PASSWORD_MIN_LENGTH = 12;

type Field = 'current' | 'next' | 'repeat';

/**
 * Choosing a new password: required after signing in with a temporary password an admin handed over (`required`,
 * before anything else, also before the second factor is set up), or the user's own change from the menu. Asks for
 * the current password and the new one twice, with the rules shown before typing; errors are linked to their fields
 * and listed in a summary that takes focus.
 *
 * @fires kw-signed-in - (`required`) the next step the server answered: `{ user }` or `{ enrolment }`.
 * @fires kw-announce - (not `required`) that the password was changed.
 */
export class PasswordChangeView extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles, signInStyles];

  /** The password is a temporary one that must be replaced before the inbox opens. */
  @property({ type: Boolean }) required = false;

  @state() private busy = false;
  @state() private failure = '';
  @state() private done = false;

  private readonly errors = new FormErrorsController(this);

  private value(name: Field): string {
    return this.renderRoot.querySelector<HTMLInputElement>(`#field-${name}`)?.value ?? '';
  }

  private tooShort(): string {
    return msg(str`Det nye passordet må ha minst ${PASSWORD_MIN_LENGTH} tegn.`, { id: 'inbox.password.next.short' });
  }

  /** What is wrong before asking the server, in the order of the fields. */
  private check(current: string, next: string, repeat: string): FieldError[] {
    const errors: FieldError[] = [];
    if (!current)
      errors.push({
        name: 'current',
        message: this.required
          ? msg('Skriv det midlertidige passordet du fikk.', { id: 'inbox.password.current.missing-temporary' })
          : msg('Skriv passordet du har nå.', { id: 'inbox.password.current.missing' }),
      });
    if ([...next].length < PASSWORD_MIN_LENGTH) errors.push({ name: 'next', message: this.tooShort() });
    else if (next === current) errors.push({ name: 'next', message: this.samePassword() });
    if (repeat !== next)
      errors.push({
        name: 'repeat',
        message: msg('Skriv det samme nye passordet i begge feltene.', { id: 'inbox.password.repeat.different' }),
      });
    return errors;
  }

  private samePassword(): string {
    return msg('Det nye passordet må være et annet enn det du har nå.', { id: 'inbox.password.next.same' });
  }

  /** The server's issues in this page's words. */
  private issueErrors(issues: readonly ApiIssue[]): FieldError[] {
    return issues.map((issue) => {
      if (issue.path === 'current')
        return { name: 'current', message: msg('Passordet du har nå, er feil.', { id: 'inbox.password.current.wrong' }) };
      return { name: 'next', message: issue.code === 'same-password' ? this.samePassword() : this.tooShort() };
    });
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const current = this.value('current');
    const next = this.value('next');
    const errors = this.speak(() => this.check(current, next, this.value('repeat')));
    this.errors.set(errors);
    this.failure = '';
    this.done = false;
    if (errors.length > 0) {
      this.errors.showSummary();
      return;
    }
    this.busy = true;
    try {
      const result = await this.api.changePassword(current, next);
      if (this.required) {
        this.dispatchEvent(
          new CustomEvent('kw-signed-in', { detail: { ...result, passwordChanged: true }, bubbles: true, composed: true }),
        );
        return;
      }
      this.renderRoot.querySelector('form')?.reset();
      this.done = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.notice-done')?.focus();
      this.announce(this.speak(() => this.doneText()));
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError('internal', 500);
      if (problem.status === 401 && problem.kind === 'unauthorized') {
        this.sessionEnded();
      } else if (problem.kind === 'validation' && problem.issues.length > 0) {
        this.errors.set(this.speak(() => this.issueErrors(problem.issues)));
        this.errors.showSummary();
      } else {
        this.failure = this.speak(() => problemMessage(problem.kind, problem.retryAfter));
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.notice-error')?.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  private doneText(): string {
    return msg('Passordet er byttet. Andre steder du var logget inn, er du nå logget ut.', { id: 'inbox.password.done' });
  }

  protected override render(): TemplateResult {
    const errors = this.errors;
    const password = (name: Field, autocomplete: string) => (a: { id: string; describedBy: string | undefined; invalid: string }) =>
      html`<input
        class="kw-input"
        id=${a.id}
        name=${name}
        type="password"
        autocomplete=${autocomplete}
        aria-describedby=${a.describedBy ?? nothing}
        aria-invalid=${a.invalid}
      />`;
    return html`
      <h1>
        ${this.required ? msg('Velg nytt passord', { id: 'inbox.password.title.required' }) : msg('Bytt passord', { id: 'inbox.password.title' })}
      </h1>
      <p>
        ${
          this.required
            ? msg(
                'Du logget inn med et midlertidig passord. Velg ditt eget passord før du går videre. Ingen andre skal kjenne det, heller ikke den som ga deg det midlertidige.',
                { id: 'inbox.password.intro.required' },
              )
            : msg('Når du bytter passord, blir du logget ut alle andre steder du er logget inn.', { id: 'inbox.password.intro' })
        }
      </p>
      ${this.done ? html`<p class="notice notice-done" tabindex="-1">${this.doneText()}</p>` : nothing}
      ${this.failure ? html`<p class="notice notice-error" tabindex="-1" role="alert">${this.failure}</p>` : nothing}
      ${renderErrorSummary({
        errors: errors.list,
        heading: msg('Dette må rettes', { id: 'inbox.password.summary' }),
        onSelect: (name) => focusField(this.renderRoot, name),
      })}
      <form class="kw-form" novalidate @submit=${this.submit}>
        ${renderField({
          name: 'current',
          label: this.required
            ? msg('Midlertidig passord', { id: 'inbox.password.current.temporary' })
            : msg('Passordet du har nå', { id: 'inbox.password.current' }),
          required: true,
          error: errors.get('current'),
          control: password('current', 'current-password'),
        })}
        ${renderField({
          name: 'next',
          label: msg('Nytt passord', { id: 'inbox.password.next' }),
          hint: msg(
            str`Minst ${PASSWORD_MIN_LENGTH} tegn, og ikke det samme som nå. Lengde gjør passordet sterkt: bruk gjerne flere ord som bare du setter sammen, og et passord du ikke bruker andre steder.`,
            { id: 'inbox.password.next.hint' },
          ),
          required: true,
          error: errors.get('next'),
          control: password('next', 'new-password'),
        })}
        ${renderField({
          name: 'repeat',
          label: msg('Gjenta det nye passordet', { id: 'inbox.password.repeat' }),
          required: true,
          error: errors.get('repeat'),
          control: password('repeat', 'new-password'),
        })}
        <div class="kw-actions">
          <button class="kw-button-primary" type="submit" ?disabled=${this.busy}>
            ${this.required ? msg('Lagre og gå videre', { id: 'inbox.password.save.required' }) : msg('Bytt passord', { id: 'inbox.password.save' })}
          </button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kw-password-change': PasswordChangeView;
  }
}
