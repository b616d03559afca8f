import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { FetchFailure, PageElement, fetchWithTimeout, singleStops, themeTokens } from '@kommune-widgets/core';
import { formStyles, renderField, renderFieldset } from '@kommune-widgets/core/form';
import type { EditorLocale } from './editor-locale.js';
import { pageStyles } from './page.styles.js';
import { documentSourceStyles } from './document-source.styles.js';

/** Where the document comes from: a file on the computer, text pasted in, or an address on this site. */
export type SourceKind = 'file' | 'paste' | 'url';

/** What `kw-document-text` carries: the document's text and what to call it. */
export interface DocumentText {
  text: string;
  /** The file's name, the address, or «teksten du limte inn». */
  name: string;
  /** The address it was fetched from, when it was. */
  url?: string;
}

/** How long the page waits for a document at an address before it says so. */
const FETCH_TIMEOUT_MS = 15_000;

/**
 * Where a web editor gives the page a kommune document: opens a file from the computer, pastes the text, or names
 * an address on the same site. The file is read in the browser and the text never leaves it; an address on another
 * site is refused before anything is fetched.
 *
 * @fires kw-document-text - {@link DocumentText}: a document was read and is to be checked.
 */
export class DocumentSource extends PageElement<EditorLocale> {
  static override styles = [themeTokens, formStyles, pageStyles, documentSourceStyles];

  @state() private kind: SourceKind = 'file';
  @state() private pasted = '';
  @state() private address = '';
  @state() private error = '';
  @state() private busy = false;

  override render(): TemplateResult {
    const choice = (kind: SourceKind, label: string) =>
      html`<div class="kw-choice">
        <input
          type="radio"
          id="source-${kind}"
          name="source"
          value=${kind}
          .checked=${this.kind === kind}
          @change=${() => this.choose(kind)}
        />
        <label for="source-${kind}">${label}</label>
      </div>`;
    return html`
      ${renderFieldset({
        name: 'source',
        required: true,
        legend: msg('Hvor er dokumentet?', { id: 'editor.source.legend' }),
        content: () =>
          html`<div class="kw-choices">
            ${choice('file', msg('En fil på denne maskinen', { id: 'editor.source.file' }))}
            ${choice('paste', msg('Jeg limer inn teksten', { id: 'editor.source.paste' }))}
            ${choice('url', msg('En adresse på dette nettstedet', { id: 'editor.source.url' }))}
          </div>`,
      })}
      ${this.kind === 'file' ? this.renderFile() : this.kind === 'paste' ? this.renderPaste() : this.renderAddress()}
    `;
  }

  private renderFile(): TemplateResult {
    return renderField({
      name: 'file',
      required: true,
      label: msg('Velg kommunedokumentet (.json)', { id: 'editor.file.label' }),
      hint: msg('Filen leses bare her i nettleseren. Den lastes ikke opp noe sted.', { id: 'editor.file.hint' }),
      error: this.error || undefined,
      control: (a) =>
        html`<input
          class="kw-input file"
          type="file"
          id=${a.id}
          accept=".json,application/json"
          aria-describedby=${a.describedBy ?? nothing}
          aria-invalid=${a.invalid}
          @change=${(event: Event) => void this.readFile(event.target as HTMLInputElement)}
        />`,
    });
  }

  private renderPaste(): TemplateResult {
    return html`<form @submit=${this.submitPasted} novalidate>
      ${renderField({
        name: 'paste',
        required: true,
        label: msg('Lim inn innholdet i kommunedokumentet', { id: 'editor.paste.label' }),
        hint: msg('Teksten sjekkes bare her i nettleseren.', { id: 'editor.paste.hint' }),
        error: this.error || undefined,
        control: (a) =>
          html`<textarea
            class="kw-textarea code"
            id=${a.id}
            rows="12"
            spellcheck="false"
            autocapitalize="off"
            aria-describedby=${a.describedBy ?? nothing}
            aria-invalid=${a.invalid}
            .value=${this.pasted}
            @input=${(event: Event) => (this.pasted = (event.target as HTMLTextAreaElement).value)}
          ></textarea>`,
      })}
      <div class="kw-actions">
        <button class="kw-button-primary" type="submit">${msg('Sjekk teksten', { id: 'editor.paste.check' })}</button>
      </div>
    </form>`;
  }

  private renderAddress(): TemplateResult {
    const example = new URL('/kommune-widgets/kommune.json', location.href).href;
    return html`<form @submit=${this.submitAddress} novalidate>
      ${renderField({
        name: 'address',
        required: true,
        label: msg('Adressen til kommunedokumentet', { id: 'editor.address.label' }),
        hint: msg(str`På dette nettstedet, for eksempel ${example}`, { id: 'editor.address.hint' }),
        error: this.error || undefined,
        control: (a) =>
          html`<input
            class="kw-input"
            type="text"
            inputmode="url"
            autocomplete="url"
            spellcheck="false"
            id=${a.id}
            aria-describedby=${a.describedBy ?? nothing}
            aria-invalid=${a.invalid}
            .value=${this.address}
            @input=${(event: Event) => (this.address = (event.target as HTMLInputElement).value)}
          />`,
      })}
      <div class="kw-actions">
        <button class="kw-button-primary" type="submit" ?disabled=${this.busy}>
          ${this.busy ? msg('Henter …', { id: 'editor.address.busy' }) : msg('Hent og sjekk', { id: 'editor.address.check' })}
        </button>
      </div>
    </form>`;
  }

  private choose(kind: SourceKind): void {
    this.kind = kind;
    this.error = '';
  }

  private deliver(detail: DocumentText): void {
    this.error = '';
    this.dispatchEvent(new CustomEvent<DocumentText>('kw-document-text', { detail, bubbles: true, composed: true }));
  }

  private async readFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    try {
      this.deliver({ text: await file.text(), name: file.name });
    } catch {
      this.error = singleStops(msg(str`Kunne ikke lese ${file.name}. Prøv å velge filen på nytt.`, { id: 'editor.file.unreadable' }));
    }
  }

  private readonly submitPasted = (event: Event): void => {
    event.preventDefault();
    if (this.pasted.trim() === '') {
      this.error = msg('Lim inn teksten i feltet først.', { id: 'editor.paste.empty' });
      this.focusControl('paste');
      return;
    }
    this.deliver({ text: this.pasted, name: msg('Teksten du limte inn', { id: 'editor.paste.name' }) });
  };

  private readonly submitAddress = (event: Event): void => {
    event.preventDefault();
    void this.fetchAddress();
  };

  private async fetchAddress(): Promise<void> {
    const url = this.sameSiteUrl(this.address.trim());
    if (typeof url === 'string') {
      this.error = url;
      this.focusControl('address');
      return;
    }
    this.busy = true;
    try {
      const response = await fetchWithTimeout(url.href, { timeout: FETCH_TIMEOUT_MS, cache: 'no-store' });
      if (!response.ok) {
        const status = response.status;
        this.error =
          status === 404
            ? msg(str`Fant ingen fil på ${url.pathname} (404). Sjekk adressen.`, { id: 'editor.address.not-found' })
            : singleStops(msg(str`Nettstedet svarte ${status} for ${url.pathname}.`, { id: 'editor.address.status' }));
      } else {
        this.deliver({ text: await response.text(), name: url.pathname, url: url.href });
      }
    } catch (error) {
      this.error =
        error instanceof FetchFailure && error.kind === 'timeout'
          ? msg('Nettstedet svarte ikke i tide. Prøv igjen.', { id: 'editor.address.timeout' })
          : msg('Fikk ikke kontakt med nettstedet. Sjekk nettforbindelsen og prøv igjen.', { id: 'editor.address.network' });
    } finally {
      this.busy = false;
    }
    if (this.error) this.focusControl('address');
  }

  /** The address as a URL on this site, or why it cannot be fetched (as a message). */
  private sameSiteUrl(value: string): URL | string {
    if (value === '') return msg('Skriv adressen til dokumentet.', { id: 'editor.address.empty' });
    let url: URL;
    try {
      url = new URL(value, location.href);
    } catch {
      return msg(str`«${value}» er ikke en adresse.`, { id: 'editor.address.invalid' });
    }
    if (url.origin !== location.origin) {
      const here = location.host;
      return msg(
        str`Siden henter bare dokumenter fra dette nettstedet (${here}). Last ned filen og velg «En fil på denne maskinen» i stedet.`,
        { id: 'editor.address.other-site' },
      );
    }
    return url;
  }

  private focusControl(name: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#field-${name}`)?.focus());
  }
}
