/**
 * `view="list"`: upcoming meetings first, by month; past meetings one press away, latest first, with their
 * protokoll. Shows a page of meetings at a time, so ten thousand never reach the DOM at once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderHeading } from '@kommune-widgets/core';
import type { CalendarContext } from './calendar-context.js';
import { groupByMonth, type IndexedMeeting, type MeetingIndex } from './meeting-index.js';
import { renderMeetingSummary } from './meeting-summary.js';
import { formatMonth } from './meeting-time.js';

/**
 * Meetings shown at first, and added by each «Vis flere»: the next four (as the ladder shows its first five
 * processes), so the widget is about as tall whatever the kommune's calendar holds and its loading box fits it.
 */
export const LIST_PAGE = 4;

export interface ListViewOptions {
  upcoming: IndexedMeeting[];
  past: IndexedMeeting[];
  /** Which of the two lists is shown. */
  showPast: boolean;
  /** How many of it are shown. */
  limit: number;
  query: string;
  onShowPast(showPast: boolean): void;
  onShowMore(): void;
}

export function renderListView(index: MeetingIndex, context: CalendarContext, options: ListViewOptions): TemplateResult {
  const { upcoming, past, showPast, limit, query } = options;
  const entries = showPast ? past : upcoming;
  const shown = entries.slice(0, limit);
  const level = context.headingLevel + 1;
  const upcomingCount = upcoming.length;
  const pastCount = past.length;
  return html`<div class="list-view">
    <div class="list-tabs" role="group" aria-label=${msg('Hvilke møter', { id: 'meetings.list.which' })}>
      <button
        type="button"
        class="list-tab"
        part="list-tab"
        aria-pressed=${showPast ? 'false' : 'true'}
        aria-controls="meeting-list"
        @click=${() => options.onShowPast(false)}
      >
        ${msg(str`Kommende møter (${upcomingCount})`, { id: 'meetings.list.upcoming' })}
      </button>
      <button
        type="button"
        class="list-tab"
        part="list-tab"
        aria-pressed=${showPast ? 'true' : 'false'}
        aria-controls="meeting-list"
        @click=${() => options.onShowPast(true)}
      >
        ${msg(str`Tidligere møter (${pastCount})`, { id: 'meetings.list.past' })}
      </button>
    </div>
    <div id="meeting-list" class="meeting-list">
      ${
        entries.length === 0
          ? html`<p class="empty-list" part="empty">
              ${
                query
                  ? msg('Ingen møter har saker som passer søket.', { id: 'meetings.list.noMatches' })
                  : showPast
                    ? msg('Ingen tidligere møter.', { id: 'meetings.list.noPast' })
                    : msg('Ingen kommende møter er lagt inn ennå.', { id: 'meetings.list.noUpcoming' })
              }
            </p>`
          : groupByMonth(shown).map(
              (group) =>
                html`<div class="month-group">
                  ${renderHeading(level, formatMonth(group.month, context.locale), { id: `month-${group.month}`, className: 'month-heading' })}
                  <ul class="meetings" role="list">
                    ${group.entries.map((entry) => renderMeetingSummary(entry, index, context, { headingLevel: level + 1, query }))}
                  </ul>
                </div>`,
            )
      }
      ${
        entries.length > shown.length
          ? html`<button type="button" class="show-more" part="show-more-button" @click=${options.onShowMore}>
              ${msg(str`Vis flere møter (${entries.length - shown.length} til)`, { id: 'meetings.list.more' })}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}
