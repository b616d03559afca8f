import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { PageElement, themeTokens } from '@kommune-widgets/core';
import { FormErrorsController, focusField, formStyles, renderErrorSummary, renderField, renderFieldset } from '@kommune-widgets/core/form';
import type { DocumentText } from './document-source.js';
import type { EditorLocale } from './editor-locale.js';
import { pageStyles } from './page.styles.js';
import { kostraQuery } from '@kommune-widgets/schema/kostra/query';
import { starterDocument, starterProblems, type StarterAnswers, type StarterProblem } from './starter-document.js';
import { starterViewStyles } from './starter-view.styles.js';

/** The file name the new document is saved as (and the name the snippet's `src` expects). */
const FILE_NAME = 'kommune.json';

type TextField = 'nummer' | 'navn' | 'innbyggere' | 'contactName' | 'contactPhone' | 'contactEmail' | 'campaign';
type Choice = 'participation' | 'meetings' | 'report' | 'pledge';

/**
 * «Lag et nytt dokument»: a form for the kommune's number, name and population and the widgets the document will
 * feed (with the report form's contact person and the Valgløftet campaign), which writes a valid document to download
 * or to check and preview at once; and the KOSTRA import of the kommune's own budget figures, step by step.
 *
 * @fires kw-document-text - {@link DocumentText}: «Sjekk og forhåndsvis» hands the new document to the page.
 */
export class StarterView extends PageElement<EditorLocale> {
  static override styles = [themeTokens, formStyles, pageStyles, starterViewStyles];

  @state() private answers: StarterAnswers = {
    nummer: '',
    navn: '',
    innbyggere: '',
    participation: true,
    meetings: true,
    report: false,
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    pledge: false,
    campaign: `valgloftet-${new Date().getFullYear() + 1}`,
  };
  @state() private made: { text: string; url: string } | undefined;

  private readonly errors = new FormErrorsController(this);

  override disconnectedCallback(): void {
    if (this.made) URL.revokeObjectURL(this.made.url);
    super.disconnectedCallback();
  }

  private problemMessage(problem: StarterProblem): string {
    switch (problem.kind) {
      case 'nummer':
        return msg('Kommunenummeret er fire sifre, for eksempel 3120.', { id: 'editor.starter.error.nummer' });
      case 'innbyggere':
        return msg('Skriv antall innbyggere som et helt tall, for eksempel 8300.', { id: 'editor.starter.error.innbyggere' });
      case 'email':
        return msg('Skriv e-postadressen slik: navn@kommune.no.', { id: 'editor.starter.error.email' });
      case 'campaign':
        return msg('Skriv id-en med små bokstaver, tall og bindestrek, for eksempel valgloftet-2027.', {
          id: 'editor.starter.error.campaign',
        });
      default:
        return problem.field === 'nummer'
          ? msg('Skriv kommunenummeret.', { id: 'editor.starter.error.nummer-missing' })
          : problem.field === 'navn'
            ? msg('Skriv kommunens navn.', { id: 'editor.starter.error.navn-missing' })
            : msg('Skriv navnet på kontaktpersonen.', { id: 'editor.starter.error.contact-missing' });
    }
  }

  private set(patch: Partial<StarterAnswers>): void {
    this.answers = { ...this.answers, ...patch };
    for (const key of Object.keys(patch)) if (this.errors.get(key)) this.errors.clear(key);
  }

  private readonly make = (event: Event): void => {
    event.preventDefault();
    const problems = starterProblems(this.answers);
    if (problems.length > 0) {
      this.errors.set(problems.map((problem) => ({ name: problem.field, message: this.problemMessage(problem) })));
      this.errors.showSummary();
      return;
    }
    this.errors.clear();
    if (this.made) URL.revokeObjectURL(this.made.url);
    const text = starterDocument(this.answers);
    this.made = { text, url: URL.createObjectURL(new Blob([text], { type: 'application/json' })) };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.made-heading')?.focus());
  };

  private checkMade(): void {
    if (!this.made) return;
    const detail: DocumentText = { text: this.made.text, name: FILE_NAME };
    this.dispatchEvent(new CustomEvent<DocumentText>('kw-document-text', { detail, bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    return html`
      <h2>${msg('Lag et nytt kommunedokument', { id: 'editor.starter.heading' })}</h2>
      <p>
        ${msg('Har dere ingen fil ennå? Fyll ut skjemaet, så får du et gyldig dokument å bygge videre på.', {
          id: 'editor.starter.lead',
        })}
      </p>
      <form novalidate @submit=${this.make}>
        ${renderErrorSummary({
          errors: this.errors.list,
          heading: msg('Dette må rettes før dokumentet kan lages', { id: 'editor.starter.errors' }),
          headingLevel: 3,
          onSelect: (name) => focusField(this.renderRoot, name),
        })}
        ${this.text('nummer', msg('Kommunenummer', { id: 'editor.starter.nummer' }), {
          required: true,
          hint: msg('Fire sifre, som i SSBs liste. For eksempel 3120.', { id: 'editor.starter.nummer-hint' }),
          inputmode: 'numeric',
          width: 'short',
        })}
        ${this.text('navn', msg('Kommunens navn', { id: 'editor.starter.navn' }), { required: true })}
        ${this.text('innbyggere', msg('Antall innbyggere', { id: 'editor.starter.innbyggere' }), {
          hint: msg('Gir kroner per innbygger i budsjettkaka.', { id: 'editor.starter.innbyggere-hint' }),
          inputmode: 'numeric',
          width: 'short',
        })}
        ${renderFieldset({
          name: 'sections',
          required: true,
          legend: msg('Hva skal dokumentet ha med?', { id: 'editor.starter.sections' }),
          hint: msg('Budsjettet legger du inn fra KOSTRA, se under.', { id: 'editor.starter.sections-hint' }),
          content: () =>
            html`<div class="kw-choices">
              ${this.choice('participation', msg('Deltakelsestrappa (medvirkningsprosesser)', { id: 'editor.starter.participation' }))}
              ${this.choice('meetings', msg('Møtekalenderen (politiske møter)', { id: 'editor.starter.meetings' }))}
              ${this.choice('report', msg('Meldeskjemaet for hets og trusler', { id: 'editor.starter.report' }))}
              ${
                this.answers.report
                  ? html`<div class="reveal">
                      ${this.text('contactName', msg('Kontaktpersonens navn', { id: 'editor.starter.contact-name' }), { required: true })}
                      ${this.text('contactPhone', msg('Kontaktpersonens telefon', { id: 'editor.starter.contact-phone' }), {
                        inputmode: 'tel',
                        width: 'short',
                      })}
                      ${this.text('contactEmail', msg('Kontaktpersonens e-post', { id: 'editor.starter.contact-email' }), {
                        inputmode: 'email',
                      })}
                    </div>`
                  : nothing
              }
              ${this.choice('pledge', msg('Valgløftet', { id: 'editor.starter.pledge' }))}
              ${
                this.answers.pledge
                  ? html`<div class="reveal">
                      ${this.text('campaign', msg('Kampanjens id på serveren', { id: 'editor.starter.campaign' }), {
                        required: true,
                        hint: msg('Den som driver kommune-widgets-serveren, oppretter kampanjen og gir deg id-en.', {
                          id: 'editor.starter.campaign-hint',
                        }),
                      })}
                    </div>`
                  : nothing
              }
            </div>`,
        })}
        <div class="kw-actions">
          <button class="kw-button-primary" type="submit">${msg('Lag dokumentet', { id: 'editor.starter.make' })}</button>
        </div>
      </form>
      ${this.made ? this.renderMade(this.made) : nothing} ${this.renderKostra()}
    `;
  }

  private text(
    name: TextField,
    label: string,
    o: { required?: boolean; hint?: string; inputmode?: string; width?: 'short' } = {},
  ): TemplateResult {
    return renderField({
      name,
      label,
      required: o.required ?? false,
      ...(o.hint ? { hint: o.hint } : {}),
      ...(this.errors.get(name) ? { error: this.errors.get(name)! } : {}),
      control: (a) =>
        html`<input
          class="kw-input ${o.width ?? ''}"
          id=${a.id}
          inputmode=${o.inputmode ?? nothing}
          autocomplete="off"
          aria-describedby=${a.describedBy ?? nothing}
          aria-invalid=${a.invalid}
          ?required=${a.required}
          .value=${this.answers[name]}
          @input=${(e: Event) => this.set({ [name]: (e.target as HTMLInputElement).value })}
        />`,
    });
  }

  private choice(name: Choice, label: string): TemplateResult {
    return html`<div class="kw-choice">
      <input
        type="checkbox"
        id="field-${name}"
        .checked=${this.answers[name]}
        @change=${(e: Event) => this.set({ [name]: (e.target as HTMLInputElement).checked })}
      />
      <label for="field-${name}">${label}</label>
    </div>`;
  }

  private renderMade(made: { text: string; url: string }): TemplateResult {
    return html`<section class="made" aria-labelledby="made-heading">
      <h3 class="made-heading" id="made-heading" tabindex="-1">${msg(str`${FILE_NAME} er laget`, { id: 'editor.starter.made' })}</h3>
      <p>
        ${msg('Last ned filen, fyll den ut, og legg den på nettstedet. Du kan også sjekke og forhåndsvise den her med en gang.', {
          id: 'editor.starter.made-lead',
        })}
      </p>
      <label class="kw-label" for="made-text">${msg('Innholdet', { id: 'editor.starter.made-text' })}</label>
      <textarea class="kw-textarea code" id="made-text" readonly rows="10" spellcheck="false" .value=${made.text}></textarea>
      <div class="kw-actions">
        <a class="kw-button-primary download" href=${made.url} download=${FILE_NAME}>
          ${msg(str`Last ned ${FILE_NAME}`, { id: 'editor.starter.download' })}
        </a>
        <button type="button" class="kw-button-secondary" @click=${() => this.checkMade()}>
          ${msg('Sjekk og forhåndsvis', { id: 'editor.starter.check' })}
        </button>
      </div>
    </section>`;
  }

  private renderKostra(): TemplateResult {
    const kommune = /^\d{4}$/.test(this.answers.nummer.trim()) ? this.answers.nummer.trim() : '3120';
    return html`<details class="kostra">
      <summary>${msg('Legg inn kommunens budsjett fra KOSTRA', { id: 'editor.kostra' })}</summary>
      <p>
        ${msg('Budsjettkaka kan vise kommunens netto driftsutgifter fra SSB, sammenlignet med landet. Slik gjør du det:', {
          id: 'editor.kostra.lead',
        })}
      </p>
      <ol class="steps">
        <li>
          <p>
            ${msg(
              str`Hent tallene fra SSB. Den som har Node.js eller et terminalvindu, kjører denne spørringen (kommunenummeret ${kommune} er satt inn). Den lagrer svaret i svar.json.`,
              { id: 'editor.kostra.step-query' },
            )}
          </p>
          <label class="kw-label" for="kostra-query">${msg('Spørringen til SSB', { id: 'editor.kostra.query' })}</label>
          <textarea
            class="kw-textarea code"
            id="kostra-query"
            readonly
            rows="14"
            spellcheck="false"
            .value=${kostraQuery(kommune)}
          ></textarea>
          <p>
            ${msg(
              'Uten terminal: åpne tabell 12362 i SSBs statistikkbank, velg kommunen og «Landet», alle funksjoner, «Netto driftsutgifter» (AGD2), begge statistikkvariablene og de to siste årene, og last ned som JSON-stat2.',
              { id: 'editor.kostra.step-web' },
            )}
          </p>
        </li>
        <li>
          <p>
            ${msg(str`Skriv tallene inn i dokumentet: npx kommune-widgets kostra svar.json --kommune ${kommune} --into ${FILE_NAME}`, {
              id: 'editor.kostra.step-into',
            })}
          </p>
        </li>
        <li>
          <p>${msg(str`Sjekk ${FILE_NAME} her på siden, og se budsjettkaka i forhåndsvisningen.`, { id: 'editor.kostra.step-check' })}</p>
        </li>
      </ol>
    </details>`;
  }
}
