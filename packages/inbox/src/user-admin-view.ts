import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { formatDate, singleStops, themeTokens } from '@kommune-widgets/core';
import {
  FormErrorsController,
  focusField,
  formStyles,
  renderErrorSummary,
  renderField,
  renderFieldset,
  type FieldError,
} from '@kommune-widgets/core/form';
import { ApiError } from './api.js';
import { InboxElement } from './inbox-element.js';
import { inboxStyles } from './inbox.styles.js';
import { USER_ROLES, userProblemMessage, userRoleHint, userRoleLabel, type UserRole } from './user-labels.js';
import { userAdminStyles } from './user-admin.styles.js';

/** One user as the server shows an admin: never a password, hash or secret. */
export interface ManagedUser {
  id: number;
  email: string;
  name: string;
  role: string;
  createdAt: string;
  disabled: boolean;
  /** Whether a second factor is enrolled. */
  secondFactor: boolean;
  /** Whether this is the signed-in admin. */
  self: boolean;
}

/** What an admin does to another user. */
export type UserAction = 'disable' | 'enable' | 'reset-2fa' | 'password';

/** A temporary password the server answered, shown once: for whom, and why. */
interface OneTimePassword {
  name: string;
  email: string;
  password: string;
  reason: 'added' | 'password';
}

/** What an e-mail address must look like (the server checks the same). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The longest name the server takes. */
const NAME_MAX_LENGTH = 200;

/** Any failure as an {@link ApiError}. */
const problemOf = (error: unknown): ApiError => (error instanceof ApiError ? error : new ApiError('internal', 500));

/** The element id of a user's name cell, which the row's buttons point to for their description. */
const nameId = (user: ManagedUser) => `bruker-${user.id}`;

/** A password in groups of four, easier to read out on the phone (copying it still gives it without spaces). */
const groupsOf = (password: string) => password.match(/.{1,4}/g) ?? [];

/**
 * The users of the admin's kommune: who they are, their role, whether they are active and have a second factor;
 * adding a user; and, for each other user, disabling or enabling, resetting the second factor and setting a new
 * temporary password, each confirmed first. A temporary password the server makes (the user must replace it at the next
 * sign-in) is shown once, in a box of its own
 * with a copy button, and is gone when the admin leaves the page. Outcomes are said aloud; focus moves to what
 * changed.
 */
export class UserAdminView extends InboxElement {
  static override styles = [themeTokens, formStyles, inboxStyles, userAdminStyles];

  @state() private users: ManagedUser[] | undefined;
  @state() private failure = '';
  @state() private confirming: { id: number; action: UserAction } | undefined;
  @state() private busy = false;
  @state() private rowFailure: { id: number; text: string } | undefined;
  @state() private secret: OneTimePassword | undefined;
  @state() private copied: 'no' | 'yes' | 'failed' = 'no';
  @state() private chosenRole: UserRole | undefined;
  @state() private addFailure = '';

  private readonly errors = new FormErrorsController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    // Shown once: leaving the page forgets the password.
    this.secret = undefined;
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    this.failure = '';
    try {
      this.users = (await this.api.get<{ users: ManagedUser[] }>('/users')).users;
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 401) return this.sessionEnded();
      this.failure = this.speak(() => userProblemMessage(problem.kind, problem.status, problem.retryAfter));
    }
  }

  /** The users by name, as the table lists them. */
  private sorted(users: readonly ManagedUser[]): ManagedUser[] {
    return [...users].sort((a, b) => a.name.localeCompare(b.name, this.locale) || a.email.localeCompare(b.email));
  }

  // ---- The actions on one user ----

  private async ask(user: ManagedUser, action: UserAction): Promise<void> {
    this.confirming = { id: user.id, action };
    this.rowFailure = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirm .confirm-yes')?.focus();
  }

  private async cancel(user: ManagedUser, action: UserAction): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.actionButton(user.id, action)?.focus();
  }

  private actionButton(id: number, action?: UserAction): HTMLElement | null {
    const row = this.renderRoot.querySelector(`tr[data-user="${id}"]`);
    return row?.querySelector<HTMLElement>(action ? `button[data-action="${action}"]` : 'button') ?? row?.querySelector('button') ?? null;
  }

  /** Saves `action` on `user` (after its confirmation); the row shows the new state and focus stays in it. */
  private async act(user: ManagedUser, action: UserAction): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.rowFailure = undefined;
    try {
      const answer = await this.api.send<{ user: ManagedUser; password?: string }>(`/users/${user.id}/${action}`, {});
      const changed = answer?.user ?? user;
      this.users = this.users?.map((u) => (u.id === user.id ? changed : u));
      this.confirming = undefined;
      if (action === 'password') {
        if (!answer?.password) throw new ApiError('internal', 500);
        await this.showSecret({ name: changed.name, email: changed.email, password: answer.password, reason: 'password' });
        return;
      }
      this.announce(this.speak(() => this.doneText(action, changed.name)));
      await this.updateComplete;
      // Disabling turns the row's first button into «Aktiver», and the other way round: focus follows it.
      const next = action === 'disable' ? 'enable' : action === 'enable' ? 'disable' : undefined;
      this.actionButton(user.id, next)?.focus();
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 401) return this.sessionEnded();
      this.confirming = undefined;
      this.rowFailure = { id: user.id, text: this.speak(() => userProblemMessage(problem.kind, problem.status, problem.retryAfter)) };
      await this.updateComplete;
      this.actionButton(user.id, action)?.focus();
    } finally {
      this.busy = false;
    }
  }

  private doneText(action: Exclude<UserAction, 'password'>, name: string): string {
    switch (action) {
      case 'disable':
        return singleStops(msg(str`${name} er deaktivert og logget ut.`, { id: 'inbox.users.done.disable' }));
      case 'enable':
        return singleStops(msg(str`${name} er aktivert og kan logge inn igjen.`, { id: 'inbox.users.done.enable' }));
      case 'reset-2fa':
        return singleStops(
          msg(str`Tofaktor er nullstilt for ${name}. Ved neste innlogging settes den opp på nytt.`, { id: 'inbox.users.done.reset-2fa' }),
        );
    }
  }

  // ---- The one-time password ----

  private async showSecret(secret: OneTimePassword): Promise<void> {
    this.secret = secret;
    this.copied = 'no';
    this.announce(
      this.speak(() =>
        secret.reason === 'added'
          ? singleStops(
              msg(str`${secret.name} er lagt til. Det midlertidige passordet vises øverst på siden.`, { id: 'inbox.users.done.add' }),
            )
          : singleStops(msg(str`Nytt midlertidig passord for ${secret.name} vises øverst på siden.`, { id: 'inbox.users.done.password' })),
      ),
    );
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#secret-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  private async copy(): Promise<void> {
    const password = this.secret?.password;
    if (!password) return;
    try {
      await navigator.clipboard.writeText(password);
      this.copied = 'yes';
      this.announce(this.speak(() => msg('Passordet er kopiert.', { id: 'inbox.users.secret.copied' })));
    } catch {
      this.copied = 'failed';
    }
  }

  private async hideSecret(): Promise<void> {
    this.secret = undefined;
    this.copied = 'no';
    this.announce(this.speak(() => msg('Passordet er skjult.', { id: 'inbox.users.secret.hidden' })));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#heading-users')?.focus();
  }

  // ---- Adding a user ----

  private fieldErrors(form: HTMLFormElement): { fields: { name: string; email: string; role: string }; errors: FieldError[] } {
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const role = String(data.get('role') ?? '');
    const errors = this.speak(() => {
      const list: FieldError[] = [];
      if (name === '') list.push({ name: 'name', message: msg('Skriv navnet til brukeren.', { id: 'inbox.users.add.name.missing' }) });
      else if ([...name].length > NAME_MAX_LENGTH)
        list.push({ name: 'name', message: msg('Navnet kan ha høyst 200 tegn.', { id: 'inbox.users.add.name.long' }) });
      if (email === '')
        list.push({ name: 'email', message: msg('Skriv e-postadressen til brukeren.', { id: 'inbox.users.add.email.missing' }) });
      else if (!EMAIL.test(email))
        list.push({
          name: 'email',
          message: msg('Skriv en e-postadresse som navn@kommune.no.', { id: 'inbox.users.add.email.invalid' }),
        });
      if (!(USER_ROLES as readonly string[]).includes(role))
        list.push({ name: 'role', message: msg('Velg en rolle.', { id: 'inbox.users.add.role.missing' }) });
      return list;
    });
    return { fields: { name, email, role }, errors };
  }

  private async add(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const { fields, errors } = this.fieldErrors(form);
    this.errors.set(errors);
    this.addFailure = '';
    if (errors.length > 0) {
      this.errors.showSummary();
      return;
    }
    this.busy = true;
    try {
      const answer = await this.api.send<{ user: ManagedUser; password: string }>('/users', fields);
      if (!answer) throw new ApiError('internal', 500);
      this.users = [...(this.users ?? []), answer.user];
      form.reset();
      this.chosenRole = undefined;
      await this.showSecret({ name: answer.user.name, email: answer.user.email, password: answer.password, reason: 'added' });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 401) return this.sessionEnded();
      this.serverErrors(problem);
    } finally {
      this.busy = false;
    }
  }

  /** The server's refusal at the fields it concerns (and in the summary), or as a notice when it concerns none. */
  private serverErrors(problem: ApiError): void {
    if (problem.kind === 'email-taken') {
      this.errors.set([{ name: 'email', message: this.speak(() => userProblemMessage(problem.kind, problem.status)) }]);
      this.errors.showSummary();
      return;
    }
    const form = this.renderRoot.querySelector<HTMLFormElement>('form.add-user');
    const local = form && problem.kind === 'validation' ? this.fieldErrors(form).errors : [];
    if (local.length > 0) {
      this.errors.set(local);
      this.errors.showSummary();
      return;
    }
    this.addFailure = this.speak(() => userProblemMessage(problem.kind, problem.status, problem.retryAfter));
  }

  // ---- Drawing ----

  protected override render(): TemplateResult {
    const users = this.users;
    return html`
      <h1>${msg('Brukere', { id: 'inbox.nav.users' })}</h1>
      <p>
        ${msg(
          'Her bestemmer du hvem som kan logge inn i innboksen for kommunen din, og med hvilken rolle. Alt du gjør her, skrives i revisjonsloggen.',
          { id: 'inbox.users.intro' },
        )}
      </p>
      ${this.failure ? html`<p class="notice notice-error" role="alert">${this.failure}</p>` : nothing}
      ${this.secret ? this.renderSecret(this.secret) : nothing}
      <h2 id="heading-users" tabindex="-1">${msg('Kommunens brukere', { id: 'inbox.users.list.heading' })}</h2>
      ${users ? this.renderTable(this.sorted(users)) : this.failure ? nothing : html`<p>${msg('Henter …', { id: 'inbox.loading' })}</p>`}
      ${users ? this.renderAddForm() : nothing}
    `;
  }

  private renderSecret(secret: OneTimePassword): TemplateResult {
    return html`<section class="secret-box" aria-labelledby="secret-heading">
      <h2 id="secret-heading" tabindex="-1">${msg(str`Midlertidig passord for ${secret.name}`, { id: 'inbox.users.secret.heading' })}</h2>
      <p class="secret-once">
        <strong>${msg('Passordet vises bare nå, og ikke igjen.', { id: 'inbox.users.secret.once' })}</strong>
        ${msg('Kopier det eller skriv det ned før du går videre.', { id: 'inbox.users.secret.keep' })}
      </p>
      <p class="secret-line">
        <span class="secret-label">${msg('Passord:', { id: 'inbox.users.secret.label' })}</span>
        <code class="password" translate="no">${groupsOf(secret.password).map((group) => html`<span class="group">${group}</span>`)}</code>
      </p>
      <div class="kw-actions secret-actions">
        <button type="button" class="kw-button-primary" @click=${() => void this.copy()}>
          ${msg('Kopier passordet', { id: 'inbox.users.secret.copy' })}
        </button>
        <button type="button" class="kw-button-secondary" @click=${() => void this.hideSecret()}>
          ${msg('Ferdig, skjul passordet', { id: 'inbox.users.secret.done' })}
        </button>
      </div>
      ${
        this.copied === 'yes'
          ? html`<p class="muted">${msg('Kopiert.', { id: 'inbox.users.secret.copied-short' })}</p>`
          : this.copied === 'failed'
            ? html`<p class="notice notice-error" role="alert">
                ${msg('Kunne ikke kopiere. Merk passordet og kopier det selv, eller skriv det ned.', { id: 'inbox.users.secret.copy-failed' })}
              </p>`
            : nothing
      }
      <p>
        ${
          secret.reason === 'added'
            ? singleStops(
                msg(
                  str`Gi passordet til ${secret.name} på en trygg måte, for eksempel på telefon, ikke i samme e-post som brukernavnet. Brukernavnet er ${secret.email}. Passordet er midlertidig: ved første innlogging må brukeren velge sitt eget, og så sette opp en autentiseringsapp (tofaktor).`,
                  { id: 'inbox.users.secret.added' },
                ),
              )
            : msg(
                str`Gi passordet til ${secret.name} på en trygg måte, for eksempel på telefon. Det gamle passordet virker ikke lenger, og alle øktene til brukeren er avsluttet. Passordet er midlertidig: ved neste innlogging må brukeren velge sitt eget.`,
                { id: 'inbox.users.secret.reset' },
              )
        }
      </p>
    </section>`;
  }

  private renderTable(users: readonly ManagedUser[]): TemplateResult {
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="users-caption">
      <table>
        <caption id="users-caption">
          ${msg('Brukerne i kommunen, etter navn', { id: 'inbox.users.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Navn', { id: 'inbox.pledge.col.name' })}</th>
            <th scope="col">${msg('E-post', { id: 'inbox.platform.email' })}</th>
            <th scope="col">${msg('Rolle', { id: 'inbox.list.role' })}</th>
            <th scope="col">${msg('Status', { id: 'inbox.users.col.state' })}</th>
            <th scope="col">${msg('Tofaktor', { id: 'inbox.users.col.second-factor' })}</th>
            <th scope="col">${msg('Lagt til', { id: 'inbox.users.col.created' })}</th>
            <th scope="col">${msg('Handlinger', { id: 'inbox.users.col.actions' })}</th>
          </tr>
        </thead>
        <tbody>
          ${users.map(
            (u) =>
              html`<tr data-user=${u.id} class=${u.disabled ? 'disabled' : ''}>
                <th scope="row" id=${nameId(u)} class="name">
                  ${u.name}${u.self ? html` <span class="muted">${msg('(deg)', { id: 'inbox.users.you' })}</span>` : nothing}
                </th>
                <td class="email">${u.email}</td>
                <td>${userRoleLabel(u.role)}</td>
                <td>
                  ${
                    u.disabled
                      ? html`<span class="badge badge-off">${msg('Deaktivert', { id: 'inbox.users.state.disabled' })}</span>`
                      : msg('Aktiv', { id: 'inbox.users.state.active' })
                  }
                </td>
                <td>
                  ${
                    u.secondFactor
                      ? msg('Satt opp', { id: 'inbox.users.second-factor.yes' })
                      : msg('Ikke satt opp', { id: 'inbox.users.second-factor.no' })
                  }
                </td>
                <td><time datetime=${u.createdAt}>${formatDate(new Date(u.createdAt), this.locale)}</time></td>
                <td class="actions">${this.renderActions(u)} ${this.renderRowFailure(u)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderRowFailure(user: ManagedUser): TemplateResult | typeof nothing {
    return this.rowFailure?.id === user.id ? html`<p class="row-error" role="alert">${this.rowFailure.text}</p>` : nothing;
  }

  private renderActions(u: ManagedUser): TemplateResult {
    if (u.self)
      return html`<span class="muted">${msg('Endres av en annen administrator eller IT', { id: 'inbox.users.self-actions' })}</span>`;
    if (this.confirming?.id === u.id) return this.renderConfirm(u, this.confirming.action);
    const button = (action: UserAction, label: string) =>
      html`<button
        type="button"
        class="kw-button-secondary"
        data-action=${action}
        aria-describedby=${nameId(u)}
        @click=${() => void this.ask(u, action)}
      >
        ${label}
      </button>`;
    return html`<div class="row-actions">
      ${
        u.disabled
          ? button('enable', msg('Aktiver', { id: 'inbox.users.enable' }))
          : button('disable', msg('Deaktiver', { id: 'inbox.users.disable' }))
      }
      ${u.secondFactor ? button('reset-2fa', msg('Nullstill tofaktor', { id: 'inbox.users.reset-2fa' })) : nothing}
      ${button('password', msg('Nytt midlertidig passord', { id: 'inbox.users.password' }))}
    </div>`;
  }

  private renderConfirm(u: ManagedUser, action: UserAction): TemplateResult {
    const question = `confirm-${nameId(u)}`;
    const { text, yes } = this.confirmText(action, u.name);
    return html`<div class="confirm">
      <p id=${question}>${text}</p>
      <div class="row-actions">
        <button
          type="button"
          class="kw-button-primary confirm-yes ${action === 'disable' ? 'danger' : ''}"
          aria-describedby=${question}
          @click=${() => void this.act(u, action)}
        >
          ${yes}
        </button>
        <button type="button" class="kw-button-secondary" @click=${() => void this.cancel(u, action)}>
          ${msg('Avbryt', { id: 'inbox.pledge.withdraw.cancel' })}
        </button>
      </div>
    </div>`;
  }

  private confirmText(action: UserAction, name: string): { text: string; yes: string } {
    switch (action) {
      case 'disable':
        return {
          text: msg(
            str`Deaktivere ${name}? Brukeren logges ut med en gang og kan ikke logge inn før noen aktiverer den igjen. Ingenting brukeren har gjort, slettes.`,
            { id: 'inbox.users.confirm.disable' },
          ),
          yes: msg('Ja, deaktiver', { id: 'inbox.users.confirm.disable.yes' }),
        };
      case 'enable':
        return {
          text: msg(str`Aktivere ${name}? Brukeren kan logge inn igjen med passordet og tofaktor.`, { id: 'inbox.users.confirm.enable' }),
          yes: msg('Ja, aktiver', { id: 'inbox.users.confirm.enable.yes' }),
        };
      case 'reset-2fa':
        return {
          text: msg(
            str`Nullstille tofaktor for ${name}? Brukeren logges ut og må sette opp autentiseringsappen på nytt ved neste innlogging. Sjekk først at det er brukeren selv som ber om det, for eksempel ved å ringe tilbake.`,
            { id: 'inbox.users.confirm.reset-2fa' },
          ),
          yes: msg('Ja, nullstill', { id: 'inbox.users.confirm.reset-2fa.yes' }),
        };
      case 'password':
        return {
          text: msg(str`Lage et nytt midlertidig passord for ${name}? Det gamle passordet slutter å virke, og brukeren logges ut.`, {
            id: 'inbox.users.confirm.password',
          }),
          yes: msg('Ja, lag nytt passord', { id: 'inbox.users.confirm.password.yes' }),
        };
    }
  }

  private renderAddForm(): TemplateResult {
    return html`
      <h2 id="heading-add">${msg('Legg til bruker', { id: 'inbox.users.add.heading' })}</h2>
      <p>
        ${msg(
          'Brukeren får et midlertidig passord som vises her én gang. Ved første innlogging må brukeren velge sitt eget passord og så sette opp tofaktor. E-postadressen er brukernavnet.',
          { id: 'inbox.users.add.intro' },
        )}
      </p>
      ${this.addFailure ? html`<p class="notice notice-error" role="alert">${this.addFailure}</p>` : nothing}
      ${renderErrorSummary({
        errors: this.errors.list,
        heading: msg('Dette må rettes', { id: 'inbox.users.add.summary' }),
        headingLevel: 3,
        onSelect: (name) => focusField(this.renderRoot, name),
      })}
      <form class="kw-form add-user" novalidate @submit=${this.add}>
        ${renderField({
          name: 'name',
          label: msg('Navn', { id: 'inbox.pledge.col.name' }),
          required: true,
          error: this.errors.get('name'),
          control: (a) =>
            html`<input
              class="kw-input"
              id=${a.id}
              name="name"
              autocomplete="off"
              maxlength="200"
              aria-describedby=${a.describedBy ?? nothing}
              aria-invalid=${a.invalid}
            />`,
        })}
        ${renderField({
          name: 'email',
          label: msg('E-postadresse', { id: 'inbox.users.add.email' }),
          hint: msg('Brukerens egen adresse i kommunen, ikke en felles postkasse.', { id: 'inbox.users.add.email.hint' }),
          required: true,
          error: this.errors.get('email'),
          control: (a) =>
            html`<input
              class="kw-input"
              id=${a.id}
              name="email"
              type="email"
              autocomplete="off"
              spellcheck="false"
              aria-describedby=${a.describedBy ?? nothing}
              aria-invalid=${a.invalid}
            />`,
        })}
        ${renderFieldset({
          name: 'role',
          legend: msg('Rolle', { id: 'inbox.list.role' }),
          required: true,
          error: this.errors.get('role'),
          content: (a) =>
            html`<div class="kw-choices">
              ${USER_ROLES.map(
                (role) =>
                  html`<div class="kw-choice">
                    <input
                      type="radio"
                      id=${`${a.id}-${role}`}
                      name="role"
                      value=${role}
                      .checked=${this.chosenRole === role}
                      aria-describedby=${`${a.id}-${role}-hint`}
                      @change=${() => (this.chosenRole = role)}
                    />
                    <div>
                      <label for=${`${a.id}-${role}`}>${userRoleLabel(role)}</label>
                      <p class="kw-hint" id=${`${a.id}-${role}-hint`}>${userRoleHint(role)}</p>
                    </div>
                  </div>`,
              )}
            </div>`,
        })}
        <div class="kw-actions">
          <button class="kw-button-primary" type="submit">${msg('Legg til bruker', { id: 'inbox.users.add.heading' })}</button>
        </div>
      </form>
    `;
  }
}
