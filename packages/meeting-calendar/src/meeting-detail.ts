/**
 * One meeting: when and where (with the place's accessibility and services), whether the public may come, the
 * organ explained, livestream and recording, documents, the sakliste (closed items show their legal basis, not
 * their title), or when the sakliste is expected; and «Legg til i kalender».
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderHeading, singleStops } from '@kommune-widgets/core';
import type { AgendaItem, MeetingDocument } from '@kommune-widgets/schema';
import type { CalendarContext } from './calendar-context.js';
import { documentKindLabel, serviceLabel } from './labels.js';
import { isPast, type IndexedMeeting, type MeetingIndex } from './meeting-index.js';
import { renderMovedTo, renderStatusBadges } from './meeting-summary.js';
import { formatDay, formatTimeRange, machineTime } from './meeting-time.js';
import { organKindExplanation } from './organ-kinds.js';
import { expectedPublicationDay, hasSakliste, publicationDays } from './publication.js';

export interface MeetingDetailOptions {
  onClose(): void;
  onExport(): void;
  /** A message about the last export, when it failed. */
  exportError?: string | undefined;
}

function renderDocuments(documents: MeetingDocument[], context: CalendarContext): TemplateResult {
  return html`<ul class="documents" role="list">
    ${documents.map(
      (doc) =>
        html`<li>
          <a href=${doc.url} part="document-link"
            ><span class="document-kind">${documentKindLabel(doc.kind)}:</span> ${context.textPart(doc.title)}</a
          >
        </li>`,
    )}
  </ul>`;
}

function renderAgendaItem(item: AgendaItem, context: CalendarContext): TemplateResult {
  if (!item.public) {
    return html`<li class="agenda-item closed" part="agenda-item">
      <span class="case-number">${item.number}</span>
      <span class="closed-item"
        >${msg('Lukket sak', { id: 'meetings.agenda.closed' })}.
        ${item.closedReason ? html`${msg('Hjemmel:', { id: 'meetings.agenda.basis' })} ${context.textPart(item.closedReason)}` : nothing}</span
      >
    </li>`;
  }
  return html`<li class="agenda-item" part="agenda-item">
    <span class="case-number">${item.number}</span> <span class="agenda-title">${context.textPart(item.title)}</span>
    ${item.documents?.length ? renderDocuments(item.documents, context) : nothing}
  </li>`;
}

function renderSakliste(entry: IndexedMeeting, context: CalendarContext, level: number): TemplateResult {
  const { meeting, organization } = entry;
  const heading = renderHeading(level, msg('Saksliste', { id: 'meetings.agenda.heading' }));
  if (meeting.agenda?.length) {
    return html`${heading}
      <ol class="agenda" role="list">
        ${meeting.agenda.map((item) => renderAgendaItem(item, context))}
      </ol>`;
  }
  if (isPast(entry, context.now) || meeting.status === 'cancelled' || meeting.status === 'moved' || hasSakliste(meeting)) return html``;
  const due = expectedPublicationDay(entry.day, organization);
  const days = publicationDays(organization);
  const dueText = formatDay(due, context.locale);
  const text =
    due >= context.now.slice(0, 10)
      ? singleStops(
          msg(str`Sakslisten er ikke publisert ennå. Den ventes rundt ${dueText}, ${days} dager før møtet, som kommunen vanligvis gjør.`, {
            id: 'meetings.agenda.expected',
          }),
        )
      : msg(str`Sakslisten er ikke publisert ennå. Kommunen publiserer den vanligvis ${days} dager før møtet.`, {
          id: 'meetings.agenda.late',
        });
  return html`${heading}
    <p class="sakliste-due" part="sakliste-due">${text}</p>`;
}

export function renderMeetingDetail(
  entry: IndexedMeeting,
  index: MeetingIndex,
  context: CalendarContext,
  options: MeetingDetailOptions,
): TemplateResult {
  const { meeting, organization } = entry;
  const level = context.headingLevel + 1;
  const time = formatTimeRange(entry, context.locale);
  const past = isPast(entry, context.now);
  const explanation = organization.description ? context.textPart(organization.description) : organKindExplanation(organization.kind);
  const location = meeting.location;
  const organName = context.text(organization.name);
  return html`<article class="detail" part="detail" aria-labelledby="meeting-title">
    <button type="button" class="back" part="back-button" @click=${options.onClose}>
      <span aria-hidden="true">‹</span> ${msg('Tilbake til møteoversikten', { id: 'meetings.detail.back' })}
    </button>
    ${renderHeading(level, context.title(entry), { id: 'meeting-title', className: 'detail-title', focusable: true })}
    ${
      meeting.status === 'cancelled'
        ? html`<p class="notice cancelled" part="notice">${msg('Møtet er avlyst.', { id: 'meetings.detail.cancelled' })}</p>`
        : nothing
    }
    ${renderMovedTo(entry, index, context)} ${renderStatusBadges(entry, past)}
    <dl class="facts">
      <dt>${msg('Tid', { id: 'meetings.detail.time' })}</dt>
      <dd><time datetime=${machineTime(entry)}>${formatDay(entry.day, context.locale)}${time ? `, ${time}` : ''}</time></dd>
      <dt>${msg('Organ', { id: 'meetings.detail.organ' })}</dt>
      <dd>
        ${organization.url ? html`<a href=${organization.url}>${context.textPart(organization.name)}</a>` : context.textPart(organization.name)}
      </dd>
      ${
        location
          ? html`<dt>${msg('Sted', { id: 'meetings.detail.place' })}</dt>
              <dd>
                ${location.url ? html`<a href=${location.url}>${context.textPart(location.name)}</a>` : context.textPart(location.name)}
                ${location.address ? html`<br />${location.address}` : nothing}
              </dd>
              ${
                location.accessibility
                  ? html`<dt>${msg('Tilgjengelighet', { id: 'meetings.detail.accessibility' })}</dt>
                      <dd>${context.textPart(location.accessibility)}</dd>`
                  : nothing
              }
              ${
                location.services?.length
                  ? html`<dt>${msg('På møtet', { id: 'meetings.detail.services' })}</dt>
                      <dd>
                        <ul class="services" role="list">
                          ${location.services.map((s) => html`<li>${serviceLabel(s)}</li>`)}
                        </ul>
                      </dd>`
                  : nothing
              }`
          : nothing
      }
    </dl>
    ${meeting.description ? html`<p class="description">${context.textPart(meeting.description)}</p>` : nothing}
    ${
      meeting.public && meeting.status !== 'cancelled' && !past
        ? html`<p class="welcome" part="welcome">
            ${msg('Møtet er åpent for publikum – du er velkommen.', { id: 'meetings.detail.welcome' })}
          </p>`
        : nothing
    }
    ${
      !meeting.public
        ? html`<p class="closed-meeting">${msg('Møtet er lukket for publikum.', { id: 'meetings.detail.closedMeeting' })}</p>`
        : nothing
    }
    ${
      explanation
        ? html`<details class="organ-explanation" part="organ-explanation">
            <summary>${msg(str`Hva gjør ${organName}?`, { id: 'meetings.detail.whatIs' })}</summary>
            <p>${explanation}</p>
          </details>`
        : nothing
    }
    ${
      meeting.stream || meeting.recording || meeting.url
        ? html`<ul class="links" role="list">
            ${
              meeting.stream && !past
                ? html`<li>
                    <a href=${meeting.stream} part="stream-link">${msg('Se møtet direkte', { id: 'meetings.detail.stream' })}</a>
                  </li>`
                : nothing
            }
            ${
              meeting.recording
                ? html`<li>
                    <a href=${meeting.recording} part="recording-link">${msg('Se opptak av møtet', { id: 'meetings.detail.recording' })}</a>
                  </li>`
                : nothing
            }
            ${
              meeting.url
                ? html`<li><a href=${meeting.url}>${msg('Møtet i kommunens møteportal', { id: 'meetings.detail.portal' })}</a></li>`
                : nothing
            }
          </ul>`
        : nothing
    }
    <div class="calendar-actions">
      <button type="button" class="export" part="export-button" @click=${options.onExport}>
        ${msg('Legg til i kalender', { id: 'meetings.detail.export' })}
      </button>
      ${
        organization.feedUrl
          ? html`<a class="feed" part="feed-link" href=${organization.feedUrl} type="text/calendar"
              >${msg(str`Abonner på alle møtene i ${organName}`, { id: 'meetings.detail.feed' })}</a
            >`
          : nothing
      }
      ${options.exportError ? html`<p class="export-error" role="alert">${options.exportError}</p>` : nothing}
    </div>
    ${
      meeting.documents?.length
        ? html`${renderHeading(level + 1, msg('Dokumenter', { id: 'meetings.detail.documents' }))}
          ${renderDocuments(meeting.documents, context)}`
        : nothing
    }
    ${renderSakliste(entry, context, level + 1)}
  </article>`;
}
