/**
 * `view="month"`: a month as a real table (a screen reader reads weekday and date for each cell), one Tab stop on
 * the days with arrow keys between them (the element's grid focus controller), meetings as buttons in their day,
 * and the chosen day's meetings listed below the grid, which is all a phone shows of them.
 * Only the shown month's meetings are drawn.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, renderHeading } from '@kommune-widgets/core';
import type { CalendarContext } from './calendar-context.js';
import type { IndexedMeeting, MeetingIndex } from './meeting-index.js';
import { renderMeetingSummary } from './meeting-summary.js';
import { statusLabel } from './labels.js';
import { formatDay, formatMonth, formatTimeRange } from './meeting-time.js';
import { dayAsDate, monthOf, monthWeeks } from './oslo-calendar.js';

/** Meetings drawn inside a day's cell; the rest are counted ("+2 til") and listed below the grid. */
const IN_CELL = 3;

export interface MonthViewOptions {
  month: string;
  /** The chosen day (its meetings are listed below), `YYYY-MM-DD`. */
  selectedDay: string;
  /** Today in Oslo, `YYYY-MM-DD`. */
  today: string;
  /** The month's meetings after the filter. */
  entries: IndexedMeeting[];
  query: string;
  onMonth(delta: number): void;
  onDay(day: string): void;
}

function weekdayNames(context: CalendarContext): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = dayAsDate(`2024-01-0${i + 1}`);
    return {
      short: formatDate(date, context.locale, { weekday: 'short' }),
      long: formatDate(date, context.locale, { weekday: 'long' }),
    };
  });
}

function dayLabel(day: string, count: number, context: CalendarContext): string {
  const date = formatDay(day, context.locale);
  if (count === 0) return date;
  return count === 1
    ? msg(str`${date}, 1 møte`, { id: 'meetings.day.one' })
    : msg(str`${date}, ${count} møter`, { id: 'meetings.day.many' });
}

export function renderMonthView(index: MeetingIndex, context: CalendarContext, options: MonthViewOptions): TemplateResult {
  const { month, selectedDay, today, entries } = options;
  const byDay = new Map<string, IndexedMeeting[]>();
  for (const entry of entries) byDay.set(entry.day, [...(byDay.get(entry.day) ?? []), entry]);
  const names = weekdayNames(context);
  const monthName = formatMonth(month, context.locale);
  const dayEntries = byDay.get(selectedDay) ?? [];
  const level = context.headingLevel + 1;
  return html`<div class="month-view">
    <div class="month-nav">
      <button type="button" class="month-step" part="month-button" data-delta="-1" @click=${() => options.onMonth(-1)}>
        <span aria-hidden="true">‹</span> ${msg('Forrige måned', { id: 'meetings.month.previous' })}
      </button>
      ${renderHeading(level, monthName, { id: 'month-title', className: 'month-title' })}
      <button type="button" class="month-step" part="month-button" data-delta="1" @click=${() => options.onMonth(1)}>
        ${msg('Neste måned', { id: 'meetings.month.next' })} <span aria-hidden="true">›</span>
      </button>
    </div>
    <p class="grid-help" id="grid-help">
      ${msg('Piltastene flytter mellom dagene, Page Up og Page Down bytter måned.', { id: 'meetings.month.help' })}
    </p>
    <table class="month-grid" part="month-grid" aria-labelledby="month-title" aria-describedby="grid-help">
      <thead>
        <tr>
          ${names.map((name) => html`<th scope="col" abbr=${name.long}><span aria-hidden="true">${name.short}</span><span class="visually-hidden">${name.long}</span></th>`)}
        </tr>
      </thead>
      <tbody>
        ${monthWeeks(month).map(
          (week) =>
            html`<tr>
              ${week.map((day) => {
                const inMonth = monthOf(day) === month;
                const meetings = inMonth ? (byDay.get(day) ?? []) : [];
                const classes = `day${inMonth ? '' : ' outside'}${day === today ? ' today' : ''}${day === selectedDay ? ' selected' : ''}${meetings.length ? ' has-meetings' : ''}`;
                return html`<td class=${classes} part="day">
                  <button
                    type="button"
                    class="day-button"
                    part="day-button"
                    data-day=${day}
                    aria-label=${dayLabel(day, meetings.length, context)}
                    aria-pressed=${day === selectedDay ? 'true' : 'false'}
                    aria-current=${day === today ? 'date' : nothing}
                    @click=${() => options.onDay(day)}
                  >
                    ${Number(day.slice(8))}
                  </button>
                  ${
                    meetings.length
                      ? html`<ul class="cell-meetings" role="list">
                          ${meetings.slice(0, IN_CELL).map(
                            (entry) =>
                              html`<li>
                                <button
                                  type="button"
                                  class="cell-meeting status-${entry.meeting.status}"
                                  part="cell-meeting"
                                  tabindex="-1"
                                  data-meeting=${entry.meeting.id}
                                  @click=${() => context.openMeeting(entry.meeting.id)}
                                >
                                  ${formatTimeRange(entry, context.locale).slice(0, 5)} ${context.title(entry)}
                                  ${
                                    entry.meeting.status === 'cancelled' || entry.meeting.status === 'moved'
                                      ? html`<span class="visually-hidden">(${statusLabel(entry.meeting.status)})</span>`
                                      : nothing
                                  }
                                </button>
                              </li>`,
                          )}
                          ${
                            meetings.length > IN_CELL
                              ? html`<li class="more-in-day">
                                  ${msg(str`+${meetings.length - IN_CELL} til`, { id: 'meetings.day.more' })}
                                </li>`
                              : nothing
                          }
                        </ul>`
                      : nothing
                  }
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>
    <section class="day-panel" part="day-panel" aria-labelledby="day-title">
      ${renderHeading(level, formatDay(selectedDay, context.locale), { id: 'day-title', className: 'day-title' })}
      ${
        dayEntries.length
          ? html`<ul class="meetings" role="list">
              ${dayEntries.map((entry) => renderMeetingSummary(entry, index, context, { headingLevel: level + 1, query: options.query }))}
            </ul>`
          : html`<p class="empty-day">${msg('Ingen møter denne dagen.', { id: 'meetings.day.none' })}</p>`
      }
    </section>
  </div>`;
}
