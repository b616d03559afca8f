import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { AnnouncerController, PageElement, formatNumber, themeTokens } from '@kommune-widgets/core';
import { formStyles, renderFieldset } from '@kommune-widgets/core/form';
import { copyText } from './clipboard.js';
import {
  accessibilityStatement,
  loadConformance,
  type ConformanceTables,
  type StatementAnswer,
  type StatementLine,
} from './accessibility-statement.js';
import type { EditorLocale } from './editor-locale.js';
import { pageStyles } from './page.styles.js';
import { statementStyles } from './accessibility-statement-view.styles.js';
import { WIDGET_SECTIONS } from './widget-catalog.js';

/**
 * «Tilgjengelighetserklæring»: for the widgets the kommune uses (those the checked document feeds, to begin with),
 * each WCAG 2.1 success criterion in the order and terms of the statement on uustatus.no, with the reason where the
 * answer is not samsvar and what depends on the kommune where it is; to carry over criterion by criterion, or copy as
 * text. The reasons are docs/accessibility.md's, in bokmål, and marked so.
 */
export class AccessibilityStatementView extends PageElement<EditorLocale> {
  static override styles = [themeTokens, formStyles, pageStyles, statementStyles];

  /** The widgets to start with (the tags the checked document feeds); all five when empty. */
  @property({ attribute: false }) usedTags: readonly string[] = [];

  @state() private chosen = new Set<string>(WIDGET_SECTIONS.map((w) => w.tag));
  @state() private copied = false;
  /** The conformance tables, once the statement was opened. */
  @state() private tables: ConformanceTables | undefined;
  @state() private loadFailed = false;

  private readonly announcer = new AnnouncerController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new document's widgets replace the choice; the same ones again (the page drew itself again) keep it.
    const before = changed.get('usedTags') as readonly string[] | undefined;
    if (changed.has('usedTags') && this.usedTags.length > 0 && before?.join() !== this.usedTags.join())
      this.chosen = new Set(this.usedTags);
  }

  private answerText(answer: StatementAnswer): string {
    switch (answer) {
      case 'samsvar':
        return msg('Samsvar', { id: 'editor.statement.samsvar' });
      case 'ikke-samsvar':
        return msg('Ikke samsvar', { id: 'editor.statement.ikke-samsvar' });
      default:
        return msg('Ikke relevant', { id: 'editor.statement.ikke-relevant' });
    }
  }

  private widgetName(tag: string): string {
    return WIDGET_SECTIONS.find((w) => w.tag === tag)?.name() ?? tag;
  }

  /** Fetches the tables the first time the statement is opened. */
  private opened(event: Event): void {
    if (!(event.target as HTMLDetailsElement).open || this.tables) return;
    loadConformance().then(
      (tables) => (this.tables = tables),
      (error: unknown) => {
        console.error('[kommune-widgets] editor: could not load the conformance tables', error);
        this.loadFailed = true;
      },
    );
  }

  override render(): TemplateResult {
    return html`
      <h2>${msg('Tilgjengelighetserklæring', { id: 'editor.statement.heading' })}</h2>
      <p>
        ${msg(
          'Svarene for modulene kommunen bruker, krav for krav i samme rekkefølge og med de samme svarene som i erklæringen på uustatus.no. De gjelder modulene, ikke resten av siden.',
          { id: 'editor.statement.lead' },
        )}
      </p>
      <details class="statement" @toggle=${(event: Event) => this.opened(event)}>
        <summary>${msg('Vis svarene krav for krav', { id: 'editor.statement.open' })}</summary>
        ${
          this.tables
            ? this.renderStatement(this.tables)
            : this.loadFailed
              ? html`<p class="kw-error-message" role="alert">
                  ${msg('Kunne ikke hente svarene. Last siden på nytt.', { id: 'editor.statement.load-failed' })}
                </p>`
              : html`<p role="status">${msg('Henter svarene …', { id: 'editor.statement.loading' })}</p>`
        }
      </details>
      ${this.announcer.render()}
    `;
  }

  private renderStatement(tables: ConformanceTables): TemplateResult {
    const tags = WIDGET_SECTIONS.map((w) => w.tag).filter((tag) => this.chosen.has(tag));
    const { wcag21, wcag22 } = accessibilityStatement(tags, tables);
    const count = (answer: StatementAnswer) => formatNumber(wcag21.filter((l) => l.answer === answer).length, this.locale);
    return html`
      ${renderFieldset({
        name: 'statement-widgets',
        required: true,
        legend: msg('Modulene kommunen bruker', { id: 'editor.statement.widgets' }),
        content: () =>
          html`<div class="kw-choices">
            ${WIDGET_SECTIONS.map(
              (w) =>
                html`<div class="kw-choice">
                  <input type="checkbox" id="statement-${w.tag}" .checked=${this.chosen.has(w.tag)} @change=${() => this.toggle(w.tag)} />
                  <label for="statement-${w.tag}">${w.name()}</label>
                </div>`,
            )}
          </div>`,
      })}
      ${
        tags.length === 0
          ? html`<p>${msg('Velg minst én modul.', { id: 'editor.statement.none' })}</p>`
          : html`<p class="totals">
                ${msg(
                  str`WCAG 2.1: ${count('samsvar')} samsvar, ${count('ikke-samsvar')} ikke samsvar, ${count('ikke-relevant')} ikke relevant.`,
                  {
                    id: 'editor.statement.totals',
                  },
                )}
              </p>
              <ol class="criteria">
                ${wcag21.map((line) => this.renderLine(line))}
              </ol>
              <div class="kw-actions">
                <button type="button" class="kw-button-secondary" @click=${() => void this.copy(wcag21)}>
                  ${msg('Kopier svarene som tekst', { id: 'editor.statement.copy' })}
                </button>
                <span class="copied" aria-hidden="true">${this.copied ? msg('Kopiert', { id: 'editor.copied' }) : ''}</span>
              </div>
              <details>
                <summary>${msg('Kravene som er nye i WCAG 2.2', { id: 'editor.statement.wcag22' })}</summary>
                <p>
                  ${msg('Loven krever WCAG 2.1, så erklæringen spør ikke om disse ennå. Modulene er laget for dem også.', {
                    id: 'editor.statement.wcag22-lead',
                  })}
                </p>
                <ol class="criteria">
                  ${wcag22.map((line) => this.renderLine(line))}
                </ol>
              </details>`
      }
    `;
  }

  private renderLine(line: StatementLine): TemplateResult {
    const reasons = line.answer === 'samsvar' ? line.kommuneNotes : line.reasons;
    return html`<li class="criterion ${line.answer}">
      <p class="criterion-name"><strong>${line.id} ${line.name}</strong> (${line.level})</p>
      <p class="answer">${this.answerText(line.answer)}</p>
      ${
        reasons.length === 0
          ? nothing
          : html`${line.answer === 'samsvar' ? html`<p class="note-lead">${msg('Merk:', { id: 'editor.statement.note' })}</p>` : nothing}
              <ul class="reasons">
                ${reasons.map(
                  (r) => html`<li><span class="widget">${this.widgetName(r.tag)}:</span> <span lang="nb">${r.text}</span></li>`,
                )}
              </ul>`
      }
    </li>`;
  }

  private toggle(tag: string): void {
    const chosen = new Set(this.chosen);
    if (chosen.has(tag)) chosen.delete(tag);
    else chosen.add(tag);
    this.chosen = chosen;
    this.copied = false;
  }

  /** The answers as plain text, a line per criterion (and its reasons indented under it). */
  private asText(lines: StatementLine[]): string {
    return lines
      .map((line) => {
        const reasons = line.answer === 'samsvar' ? [] : line.reasons.map((r) => `  - ${this.widgetName(r.tag)}: ${r.text}`);
        return [`${line.id} ${line.name} (${line.level}): ${this.answerText(line.answer)}`, ...reasons].join('\n');
      })
      .join('\n');
  }

  private async copy(lines: StatementLine[]): Promise<void> {
    this.copied = await copyText(this.asText(lines));
    this.announcer.announce(
      this.copied
        ? msg('Kopiert. Lim inn med Ctrl+V (Cmd+V på Mac).', { id: 'editor.copied.announce' })
        : msg('Kunne ikke kopiere. Marker svarene og kopier dem med Ctrl+C.', { id: 'editor.statement.copy-failed' }),
    );
  }
}
