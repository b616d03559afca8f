import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { PageElement, formatNumber, singleStops, themeTokens } from '@kommune-widgets/core';
import { describeIssue, describePath } from '@kommune-widgets/schema';
import type { DocumentCheck, JsonSyntaxError, LocatedIssue } from '@kommune-widgets/schema/check';
import type { EditorLocale } from './editor-locale.js';
import { valueAt } from './document-values.js';
import { fixHint } from './fix-hints.js';
import { excerptAt } from './line-excerpt.js';
import { checkReportStyles } from './check-report.styles.js';
import { pageStyles } from './page.styles.js';
import { coverageOf, type Coverage } from './widget-coverage.js';

/**
 * What the check of one document found, for a web editor: a heading that says it in a sentence, then each problem
 * in the order it is written, with the line and character, the field's path, the message the command line gives,
 * a fix where one is clear, and the line itself with the place picked out; then the warnings, and which widgets the
 * document can feed. Everything from the document is shown as text.
 */
export class CheckReport extends PageElement<EditorLocale> {
  static override styles = [themeTokens, pageStyles, checkReportStyles];

  /** The outcome of `checkDocumentText` for {@link text}. */
  @property({ attribute: false }) check: DocumentCheck | undefined;

  /** The text that was checked (for the excerpts). */
  @property({ attribute: false }) text = '';

  /** What the text is called: the file's name, the address, or «teksten du limte inn». */
  @property() name = '';

  /** Moves focus to the result's heading, which says what was found. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    const check = this.check;
    if (!check) return nothing;
    if (check.syntaxError) return this.renderSyntaxError(check.syntaxError);
    return html`
      <h2 tabindex="-1">${this.headline(check)}</h2>
      ${
        check.issues.length
          ? html`<ol class="issues">
              ${check.issues.map((issue) => this.renderIssue(issue, check))}
            </ol>`
          : nothing
      }
      ${
        check.warnings.length
          ? html`<h3>${msg('Advarsler', { id: 'editor.warnings' })}</h3>
              <p>${msg('Dette virker i dag, men bør rettes.', { id: 'editor.warnings.lead' })}</p>
              <ol class="issues warnings">
                ${check.warnings.map((issue) => this.renderIssue(issue, check))}
              </ol>`
          : nothing
      }
      ${this.renderCoverage(check)}
    `;
  }

  private headline(check: DocumentCheck): string {
    const name = this.name;
    const count = check.issues.length;
    const shown = formatNumber(count, this.locale);
    if (check.valid && check.warnings.length === 0) return msg(str`${name} er i orden.`, { id: 'editor.result.valid' });
    if (check.valid) return msg(str`${name} er i orden, men har advarsler.`, { id: 'editor.result.valid-warnings' });
    return count === 1
      ? msg(str`Ett problem i ${name}`, { id: 'editor.result.one' })
      : msg(str`${shown} problemer i ${name}`, { id: 'editor.result.many' });
  }

  private place(line: number, column: number): string {
    const l = formatNumber(line, this.locale);
    const c = formatNumber(column, this.locale);
    return msg(str`Linje ${l}, tegn ${c}`, { id: 'editor.place' });
  }

  private renderSyntaxError(error: JsonSyntaxError): TemplateResult {
    const placed = error.line !== undefined && error.column !== undefined;
    return html`
      <h2 tabindex="-1">${msg(str`${this.name} er ikke gyldig JSON`, { id: 'editor.result.syntax' })}</h2>
      <div class="issue">
        ${placed ? html`<p class="place"><strong>${this.place(error.line!, error.column!)}</strong></p>` : nothing}
        <p>
          ${msg(
            'Her slutter teksten å være JSON. Ofte mangler det et komma, et anførselstegn eller en klamme rett før dette stedet, eller det står et komma for mye.',
            { id: 'editor.syntax.explained' },
          )}
        </p>
        ${placed ? this.renderExcerpt(error.line!, error.column!) : nothing}
      </div>
    `;
  }

  private renderIssue(issue: LocatedIssue, check: DocumentCheck): TemplateResult {
    const fix = fixHint(issue, valueAt(check.data, issue.path));
    return html`<li class="issue">
      <p class="place">
        <strong>${this.place(issue.line, issue.column)}</strong>
        <span class="path"
          ><span class="visually-hidden">${msg('felt', { id: 'editor.field' })} </span><code>${describePath(issue.path)}</code></span
        >
      </p>
      <p class="message">${describeIssue(issue)}</p>
      ${fix ? html`<p class="fix"><strong>${msg('Slik retter du det:', { id: 'editor.fix' })}</strong> ${singleStops(fix)}</p>` : nothing}
      ${this.renderExcerpt(issue.line, issue.column)}
    </li>`;
  }

  private renderExcerpt(line: number, column: number): TemplateResult | typeof nothing {
    const excerpt = excerptAt(this.text, line, column);
    if (!excerpt) return nothing;
    return html`<pre class="excerpt"><code><span class="line-number">${formatNumber(line, this.locale)}</span>${
      excerpt.cutStart ? '…' : ''
    }${excerpt.before}<mark>${excerpt.token}</mark>${excerpt.after}${excerpt.cutEnd ? '…' : ''}</code></pre>`;
  }

  private renderCoverage(check: DocumentCheck): TemplateResult {
    const label: Record<Coverage, () => string> = {
      ready: () => msg('kan vises', { id: 'editor.coverage.ready' }),
      invalid: () => msg('har problemer, og viser en feilmelding til de er rettet', { id: 'editor.coverage.invalid' }),
      absent: () => msg('ikke med i dokumentet', { id: 'editor.coverage.absent' }),
    };
    return html`<h3>${msg('Hva dokumentet kan vise', { id: 'editor.coverage' })}</h3>
      <ul class="coverage">
        ${coverageOf(check.data, check.section).map(
          ({ widget, coverage }) =>
            html`<li class=${coverage}><span class="widget-name">${widget.name()}</span>: ${label[coverage]()}</li>`,
        )}
      </ul>`;
  }
}
