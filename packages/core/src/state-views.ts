import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeIssue, describePath, singleStops } from '@kommune-widgets/schema';
import type { DataErrorDetail } from './errors.js';

/**
 * The loading state: the widget's placeholder (what it can draw before the data), a status line and the fallback
 * content, in space kept for the widget. Without text while the element's language is still being fetched.
 */
export function renderLoading(placeholder?: TemplateResult, withText = true): TemplateResult {
  return html`<div class="loading ${placeholder ? 'with-placeholder' : ''}">
    ${placeholder ?? ''}
    <p class="loading-status" role="status" tabindex="-1">${withText ? msg('Laster inn …', { id: 'core.loading' }) : ''}</p>
    <slot></slot>
  </div>`;
}

function errorTitle(detail: DataErrorDetail): string {
  switch (detail.kind) {
    case 'network':
      return detail.missing
        ? msg('Innholdet mangler', { id: 'core.error.missing.title' })
        : msg('Kunne ikke hente innholdet', { id: 'core.error.network.title' });
    case 'parse':
      return msg('Innholdet kan ikke leses', { id: 'core.error.parse.title' });
    case 'schema':
      return msg('Innholdet har feil', { id: 'core.error.schema.title' });
    case 'render':
      return msg('Modulen kunne ikke vises', { id: 'core.error.render.title' });
  }
}

function errorExplanation(detail: DataErrorDetail): string {
  if (detail.kind === 'network') {
    if (detail.missing)
      return msg('Denne modulen har ikke fått noen data. Nettredaktøren må angi src-attributtet eller legge inn data.', {
        id: 'core.error.missing.text',
      });
    if (detail.cors)
      return msg(
        'Nettstedet som har dataene, tillater ikke at denne siden henter dem (CORS). Nettredaktøren må be om at adressen til denne siden blir lagt inn som tillatt.',
        { id: 'core.error.cors.text' },
      );
    if (detail.timedOut) return msg('Det tok for lang tid å hente innholdet. Prøv igjen om litt.', { id: 'core.error.timeout.text' });
    if (detail.status === 404 || detail.status === 410)
      return msg(
        str`Fant ingen fil på adressen ${detail.url ?? ''} (feilkode ${detail.status}). Nettredaktøren må sjekke src-attributtet.`,
        { id: 'core.error.notFound.text' },
      );
    if (detail.status)
      return singleStops(msg(str`Serveren svarte med feilkode ${detail.status}. Prøv igjen om litt.`, { id: 'core.error.status.text' }));
    return msg('Sjekk nettforbindelsen og prøv igjen.', { id: 'core.error.offline.text' });
  }
  if (detail.kind === 'render') {
    return msg(
      'Noe gikk galt da modulen skulle tegne innholdet. Feilen er ikke i datafilen. Last siden på nytt, eller se innholdet nedenfor.',
      {
        id: 'core.error.render.text',
      },
    );
  }
  if (detail.kind === 'parse' && detail.html) {
    return msg(str`Adressen ${detail.url ?? ''} svarte med en nettside, ikke en datafil. Nettredaktøren må sjekke src-attributtet.`, {
      id: 'core.error.html.text',
    });
  }
  if (detail.kind === 'parse') {
    const text = msg('Datafilen er ikke gyldig JSON. Nettredaktøren kan sjekke filen med en JSON-validator.', {
      id: 'core.error.parse.text',
    });
    if (detail.line === undefined || detail.column === undefined) return text;
    const { line, column } = detail;
    return `${text} ${singleStops(msg(str`Feilen er på linje ${line}, tegn ${column}.`, { id: 'core.error.parse.where' }))}`;
  }
  const count = detail.issues?.length ?? 0;
  return count === 1
    ? msg('Datafilen følger ikke formatet. Dette må rettes:', { id: 'core.error.schema.one' })
    : singleStops(msg(str`Datafilen følger ikke formatet. Disse ${count} feilene må rettes:`, { id: 'core.error.schema.many' }));
}

/**
 * The error state: a live alert with a title, what to do, every schema issue with its path,
 * a retry button for network errors, and then the fallback content.
 */
export function renderDataError(detail: DataErrorDetail, retry: () => void): TemplateResult {
  return html`<div class="error" part="error" role="alert">
      <p class="error-title">${errorTitle(detail)}</p>
      <p>${errorExplanation(detail)}</p>
      ${
        detail.issues?.length
          ? html`<ul class="error-issues">
              ${detail.issues.map((issue) => html`<li><code>${describePath(issue.path)}</code>: ${describeIssue(issue)}</li>`)}
            </ul>`
          : ''
      }
      ${
        detail.kind === 'network' && !detail.missing
          ? html`<button type="button" class="retry kw-button primary" part="retry-button" @click=${retry}>
              ${msg('Prøv igjen', { id: 'core.retry' })}
            </button>`
          : ''
      }
    </div>
    <slot></slot>`;
}
