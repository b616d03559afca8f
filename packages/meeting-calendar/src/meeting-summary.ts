/** One meeting as a line in a list: title (a button that opens it), when, where, status and access. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderHeading } from '@kommune-widgets/core';
import type { CalendarContext } from './calendar-context.js';
import { documentKindLabel, statusLabel } from './labels.js';
import { isPast, matchingItems, type IndexedMeeting, type MeetingIndex } from './meeting-index.js';
import { formatDay, formatTimeRange, machineTime } from './meeting-time.js';

/** The marks under a meeting: status when it is not simply planned, and open or closed. */
export function renderStatusBadges(entry: IndexedMeeting, past: boolean): TemplateResult {
  const { status } = entry.meeting;
  const shown = status === 'cancelled' || status === 'moved' || status === 'invited' || (status === 'held' && past);
  return html`<p class="badges">
    ${shown ? html`<span class="badge status-${status}" part="status-badge">${statusLabel(status)}</span>` : nothing}
    <span class="badge ${entry.meeting.public ? 'open' : 'closed'}" part="access-badge"
      >${entry.meeting.public ? msg('Åpent møte', { id: 'meetings.open' }) : msg('Lukket møte', { id: 'meetings.closed' })}</span
    >
  </p>`;
}

/** "Flyttet til fredag 8. januar 2027", with a button to the new meeting. */
export function renderMovedTo(entry: IndexedMeeting, index: MeetingIndex, context: CalendarContext): TemplateResult | typeof nothing {
  const target = entry.meeting.movedTo ? index.byId.get(entry.meeting.movedTo) : undefined;
  if (entry.meeting.status !== 'moved') return nothing;
  if (!target) return html`<p class="moved">${msg('Møtet er flyttet. Ny dato er ikke satt ennå.', { id: 'meetings.moved.unknown' })}</p>`;
  return html`<p class="moved">
    ${msg('Ny dato:', { id: 'meetings.moved.to' })}
    <button
      type="button"
      class="link-button moved-to"
      data-meeting=${target.meeting.id}
      @click=${() => context.openMeeting(target.meeting.id)}
    >
      ${formatDay(target.day, context.locale)}${formatTimeRange(target, context.locale) ? `, ${formatTimeRange(target, context.locale)}` : ''}
    </button>
  </p>`;
}

/** A meeting in the list view. */
export function renderMeetingSummary(
  entry: IndexedMeeting,
  index: MeetingIndex,
  context: CalendarContext,
  { headingLevel, query }: { headingLevel: number; query: string },
): TemplateResult {
  const { meeting } = entry;
  const past = isPast(entry, context.now);
  const time = formatTimeRange(entry, context.locale);
  const protokoll = past ? meeting.documents?.find((d) => d.kind === 'protokoll') : undefined;
  const matches = query ? matchingItems(entry, query, context.locale) : [];
  return html`<li class="meeting status-${meeting.status}" part="meeting" data-meeting=${meeting.id}>
    ${renderHeading(
      headingLevel,
      html`<button
        type="button"
        class="meeting-button"
        part="meeting-button"
        data-meeting=${meeting.id}
        @click=${() => context.openMeeting(meeting.id)}
      >
        ${context.title(entry)}
      </button>`,
      { className: 'meeting-title' },
    )}
    <p class="when">
      <time datetime=${machineTime(entry)}>${formatDay(entry.day, context.locale)}${time ? `, ${time}` : ''}</time>
    </p>
    ${meeting.location ? html`<p class="where">${context.textPart(meeting.location.name)}</p>` : nothing} ${renderStatusBadges(entry, past)}
    ${renderMovedTo(entry, index, context)}
    ${
      protokoll
        ? html`<p class="protokoll">
            <a href=${protokoll.url} part="document-link">${documentKindLabel('protokoll')}: ${context.textPart(protokoll.title)}</a>
          </p>`
        : nothing
    }
    ${
      matches.length
        ? html`<ul class="matches" aria-label=${msg('Saker som passer søket', { id: 'meetings.search.matches' })}>
            ${matches.map((item) => html`<li><span class="case-number">${item.number}</span> ${context.textPart(item.title)}</li>`)}
          </ul>`
        : nothing
    }
  </li>`;
}
