import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { meetingsInput, type Meetings } from '@kommune-widgets/schema';
import { emit, KommuneElement, osloWallTime, RovingFocusController, singleStops, type DataReader } from '@kommune-widgets/core';
import type { CalendarContext } from './calendar-context.js';
import { downloadMeeting } from './calendar-export.js';
import { renderCalendarPlaceholder } from './calendar-placeholder.js';
import { icalendarReader } from './icalendar-reader.js';
import { LIST_PAGE, renderListView } from './list-view.js';
import { meetingCalendarStyles } from './meeting-calendar.styles.js';
import { renderMeetingDetail } from './meeting-detail.js';
import { filterMeetings, indexMeetings, splitByTime, type IndexedMeeting, type MeetingIndex } from './meeting-index.js';
import { formatMonth } from './meeting-time.js';
import { renderMonthView } from './month-view.js';
import { organKindExplanation } from './organ-kinds.js';
import { addDays, addMonths, daysInMonth, monthOf, visitorOutsideOslo } from './oslo-calendar.js';
import { readUrlState, urlWithState, writeUrlState, type UrlState } from './url-state.js';

/** The calendar's two views. */
export type CalendarView = 'list' | 'month';

/** Detail of `kommune-meeting-select`. */
export interface MeetingSelectDetail {
  /** The opened meeting's id, or `null` when its detail was closed. */
  meeting: string | null;
}

/** Detail of `kommune-view-change`. */
export interface ViewChangeDetail {
  view: CalendarView;
  /** The month shown in the month view, `YYYY-MM`. */
  month?: string;
}

const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Milliseconds of no typing before the search is applied and its hits announced. */
const SEARCH_DELAY = 300;

/**
 * The kommune's political meetings — kommunestyre, formannskap, utvalg and råd — as a list or a month, with each
 * meeting's sakliste, documents, place and livestream, read from the kommune document or from the kommune's own
 * iCalendar feed. Times are always Norwegian time.
 *
 * @tagname kommune-meeting-calendar
 * @summary The kommune's political meetings, their saklister and documents.
 * @fires kommune-meeting-select - A meeting was opened or closed. `detail: { meeting: string | null }`.
 * @fires kommune-view-change - The reader changed the view or the month. `detail: { view, month? }`.
 * @csspart time-zone-note - «Alle klokkeslett er norsk tid», shown when the visitor's time zone is not Oslo's.
 * @csspart toolbar - The row with the view switch, the organ filter and the search.
 * @csspart view-button - The «Liste» and «Måned» buttons.
 * @csspart organization-select - The organ filter.
 * @csspart search - The search field for the saklister.
 * @csspart list-tab - The «Kommende møter» and «Tidligere møter» buttons.
 * @csspart meeting - One meeting in a list.
 * @csspart meeting-button - The button that opens a meeting.
 * @csspart status-badge - The cancelled, moved, invited or held mark.
 * @csspart access-badge - The open or closed to the public mark.
 * @csspart show-more-button - «Vis flere møter».
 * @csspart month-button - «Forrige måned» and «Neste måned».
 * @csspart month-grid - The month's table.
 * @csspart day - A day's cell in the month's table.
 * @csspart day-button - The button with a day's number.
 * @csspart cell-meeting - A meeting inside a day's cell.
 * @csspart day-panel - The chosen day's meetings, below the month.
 * @csspart detail - One meeting's detail.
 * @csspart back-button - «Tilbake til møteoversikten».
 * @csspart notice - «Møtet er avlyst».
 * @csspart welcome - «Møtet er åpent for publikum – du er velkommen».
 * @csspart organ-explanation - What the organ does, folded.
 * @csspart agenda-item - One item of the sakliste.
 * @csspart sakliste-due - When the sakliste is expected.
 * @csspart document-link - A link to a meeting document.
 * @csspart stream-link - The livestream link.
 * @csspart recording-link - The recording link.
 * @csspart export-button - «Legg til i kalender».
 * @csspart feed-link - The organ's subscribable calendar feed.
 * @csspart empty - The line that says there are no meetings to show.
 */
export class KommuneMeetingCalendar extends KommuneElement<Meetings> {
  static override styles = [...KommuneElement.styles, meetingCalendarStyles];

  /** `list` (upcoming meetings by month, past ones one press away) or `month` (a month's table). */
  @property({ reflect: true }) view: CalendarView = 'list';

  /** Show only this organ's meetings (its `id`); empty shows every organ. */
  @property({ reflect: true }) organization?: string;

  /** The id of the meeting whose detail is open. */
  @property({ reflect: true }) meeting?: string;

  /** The month the month view shows, `YYYY-MM`; empty is the current month. */
  @property({ reflect: true }) month?: string;

  /** Keep view, organ, month and open meeting in the page's address (`?kw-meeting=…`), and read them at start. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  protected readonly sectionInput = meetingsInput;

  /** The search in the saklister, as typed: applied after a pause in the typing ({@link SEARCH_DELAY}). */
  private typed = '';
  /** The search the meetings are filtered by. */
  @state() private query = '';
  /** Whether the list shows past meetings instead of upcoming ones. */
  @state() private showPast = false;
  /** How many meetings the list shows. */
  @state() private listLimit = LIST_PAGE;
  /** The day whose meetings are listed under the month. */
  @state() private selectedDay?: string;
  /** Why the last «Legg til i kalender» failed. */
  @state() private exportError?: string;

  private searchTimer?: ReturnType<typeof setTimeout>;
  /** The meeting button that opened the detail, to return to when it closes. */
  private openedFrom?: string;

  /** Arrow keys, Home/End and PageUp/PageDown move between the days of the month. */
  private readonly dayFocus = new RovingFocusController(this, {
    elements: () => this.dayButtons(),
    layout: 'grid',
    columns: 7,
    current: () => this.renderRoot.querySelector<HTMLElement>('.day-button[aria-pressed="true"]'),
    onBeyond: ({ key, direction, page, from: index }) => {
      const from = this.dayButtons()[index]?.dataset['day'] ?? this.selectedDay ?? this.today10();
      const target = page
        ? this.sameDayIn(addMonths(monthOf(from), direction), from)
        : addDays(from, (key === 'ArrowUp' || key === 'ArrowDown' ? 7 : 1) * direction);
      this.chooseDay(target, true);
      return true;
    },
  });

  private dayButtons(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.day-button')];
  }

  protected override dataReaders(): DataReader[] {
    return [icalendarReader];
  }

  protected override isEmpty(section: Meetings): boolean {
    return section.meetings.length === 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState) {
      // What the page's own attributes say, for an address that names nothing (back to the page as it was pasted).
      this.pageState ??= { view: this.view, organization: this.organization, month: this.month, meeting: this.meeting };
      this.applyUrlState(readUrlState());
      window.addEventListener('popstate', this.onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.searchTimer);
  }

  private readonly onPopState = (): void => this.applyUrlState(readUrlState());

  /** The view, organ, month and meeting the element had from its attributes before the address was read. */
  private pageState?: { view: CalendarView; organization?: string | undefined; month?: string | undefined; meeting?: string | undefined };

  /** Takes what the address names; what it does not name comes from the element's own attributes. */
  private applyUrlState(state: UrlState): void {
    const page = this.pageState!;
    this.view = state.view === 'list' || state.view === 'month' ? state.view : page.view;
    this.organization = state.organization ?? page.organization;
    this.month = state.month && MONTH_KEY.test(state.month) ? state.month : page.month;
    this.meeting = state.meeting ?? page.meeting;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.urlState && (changed.has('view') || changed.has('organization') || changed.has('month') || changed.has('meeting'))) {
      writeUrlState({
        view: this.view === 'list' ? undefined : this.view,
        organization: this.organization,
        month: this.view === 'month' ? this.month : undefined,
        meeting: this.meeting,
      } as UrlState);
    }
  }

  /** Oslo wall time now. */
  private nowWall(): string {
    return osloWallTime(this.now);
  }

  private today10(): string {
    return this.nowWall().slice(0, 10);
  }

  /** The month shown: the `month` attribute when valid, else the current month. */
  private shownMonth(): string {
    return this.month && MONTH_KEY.test(this.month) ? this.month : monthOf(this.today10());
  }

  /** The same day of the month as `from` in another month, or that month's last day. */
  private sameDayIn(month: string, from = this.selectedDay ?? this.today10()): string {
    const day = Math.min(Number(from.slice(8)), daysInMonth(month));
    return `${month}-${String(day).padStart(2, '0')}`;
  }

  private context(): CalendarContext {
    return {
      locale: this.locale,
      headingLevel: this.headingLevel,
      text: (value) => this.text(value),
      textPart: (value) => this.textPart(value),
      now: this.nowWall(),
      openMeeting: (id) => this.openMeeting(id, true),
      title: (entry: IndexedMeeting) => this.textPart(entry.meeting.title ?? entry.organization.name),
    };
  }

  /** While loading: the heading and room for the toolbar and a few meetings, so the page does not jump. */
  protected override renderPlaceholder(): TemplateResult {
    return renderCalendarPlaceholder(this.heading(0, this.defaultHeading(), { className: 'kw-title' }));
  }

  private defaultHeading(): string {
    return msg('Politiske møter', { id: 'meetings.heading' });
  }

  protected override renderContent(section: Meetings): TemplateResult {
    const index = indexMeetings(section);
    const context = this.context();
    const open = this.meeting ? index.byId.get(this.meeting) : undefined;
    return html`<section class="calendar" aria-labelledby="calendar-heading">
      ${this.heading(0, this.defaultHeading(), { id: 'calendar-heading', className: 'kw-title' })}
      ${
        visitorOutsideOslo()
          ? html`<p class="time-zone-note" part="time-zone-note">
              ${msg('Alle klokkeslett er norsk tid (Europe/Oslo).', { id: 'meetings.timeZone' })}
            </p>`
          : nothing
      }
      ${
        this.meeting
          ? open
            ? renderMeetingDetail(open, index, context, {
                onClose: () => this.closeMeeting(true),
                onExport: () => void this.exportMeeting(section, open),
                exportError: this.exportError,
              })
            : this.renderUnknownMeeting()
          : html`${this.renderToolbar(index)} ${this.view === 'month' ? this.renderMonth(index, context) : this.renderList(index, context)}`
      }
    </section>`;
  }

  private renderUnknownMeeting(): TemplateResult {
    return html`<div class="detail" part="detail">
      <button type="button" class="back" part="back-button" @click=${() => this.closeMeeting(true)}>
        <span aria-hidden="true">‹</span> ${msg('Tilbake til møteoversikten', { id: 'meetings.detail.back' })}
      </button>
      <p class="notice" role="alert">${msg('Fant ikke møtet. Det kan være slettet eller flyttet.', { id: 'meetings.detail.unknown' })}</p>
    </div>`;
  }

  private renderToolbar(index: MeetingIndex): TemplateResult {
    const selected = index.organizations.find((o) => o.id === this.organization);
    const explanation = selected
      ? selected.description
        ? this.textPart(selected.description)
        : organKindExplanation(selected.kind)
      : undefined;
    return html`<div class="toolbar" part="toolbar">
        <div class="view-switch" role="group" aria-label=${msg('Visning', { id: 'meetings.view.label' })}>
          <button
            type="button"
            class="view-button"
            part="view-button"
            data-view="list"
            aria-pressed=${this.view === 'list' ? 'true' : 'false'}
            @click=${() => this.setView('list')}
          >
            ${msg('Liste', { id: 'meetings.view.list' })}
          </button>
          <button
            type="button"
            class="view-button"
            part="view-button"
            data-view="month"
            aria-pressed=${this.view === 'month' ? 'true' : 'false'}
            @click=${() => this.setView('month')}
          >
            ${msg('Måned', { id: 'meetings.view.month' })}
          </button>
        </div>
        <div class="field">
          <label for="organization">${msg('Organ', { id: 'meetings.filter.label' })}</label>
          <select
            id="organization"
            part="organization-select"
            @change=${(e: Event) => this.setOrganization((e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!selected}>${msg('Alle organer', { id: 'meetings.filter.all' })}</option>
            ${index.organizations.map((o) => html`<option value=${o.id} ?selected=${o.id === selected?.id}>${this.text(o.name)}</option>`)}
          </select>
        </div>
        <div class="field search-field">
          <label for="search">${msg('Søk i sakslistene', { id: 'meetings.search.label' })}</label>
          <input
            id="search"
            type="search"
            part="search"
            aria-describedby="search-hint"
            .value=${this.typed}
            @input=${(e: Event) => this.search((e.target as HTMLInputElement).value)}
          />
          <span class="hint" id="search-hint"
            >${msg('Sakstittel eller saksnummer, for eksempel «budsjett» eller «45/26».', { id: 'meetings.search.hint' })}</span
          >
        </div>
      </div>
      ${
        selected && (explanation || selected.feedUrl)
          ? html`<div class="organ-info">
              ${
                explanation
                  ? html`<details class="organ-explanation" part="organ-explanation">
                      <summary>${msg(str`Hva gjør ${this.text(selected.name)}?`, { id: 'meetings.detail.whatIs' })}</summary>
                      <p>${explanation}</p>
                    </details>`
                  : nothing
              }
              ${
                selected.feedUrl
                  ? html`<a class="feed" part="feed-link" href=${selected.feedUrl} type="text/calendar"
                      >${msg(str`Abonner på alle møtene i ${this.text(selected.name)}`, { id: 'meetings.detail.feed' })}</a
                    >`
                  : nothing
              }
            </div>`
          : nothing
      }`;
  }

  private filtered(index: MeetingIndex): IndexedMeeting[] {
    return filterMeetings(index, { organization: this.organization, query: this.query, locale: this.textLocale });
  }

  private renderList(index: MeetingIndex, context: CalendarContext): TemplateResult {
    const { upcoming, past } = splitByTime(this.filtered(index), context.now);
    return renderListView(index, context, {
      upcoming,
      past,
      showPast: this.showPast,
      limit: this.listLimit,
      query: this.query,
      onShowPast: (showPast) => {
        this.showPast = showPast;
        this.listLimit = LIST_PAGE;
      },
      onShowMore: () => this.showMore(),
    });
  }

  private renderMonth(index: MeetingIndex, context: CalendarContext): TemplateResult {
    const month = this.shownMonth();
    const today = this.today10();
    const selectedDay =
      this.selectedDay && monthOf(this.selectedDay) === month ? this.selectedDay : monthOf(today) === month ? today : `${month}-01`;
    const entries = this.filtered(index).filter((entry) => entry.month === month);
    return renderMonthView(index, context, {
      month,
      selectedDay,
      today,
      entries,
      query: this.query,
      onMonth: (delta) => this.turnMonth(delta),
      onDay: (day) => this.chooseDay(day, false),
    });
  }

  /** Shows the next page of the list and moves focus to the first meeting it added. */
  private showMore(): void {
    const first = this.listLimit;
    this.listLimit += LIST_PAGE;
    this.focusAfterUpdate.request(() => this.renderRoot.querySelectorAll<HTMLElement>('.meeting-button')[first], undefined, {
      byUser: true,
    });
  }

  /** Switches between the list and the month, as the view buttons do, and dispatches `kommune-view-change`. */
  setView(view: CalendarView): void {
    if (view === this.view) return;
    this.view = view;
    emit(this, 'kommune-view-change', { view, ...(view === 'month' ? { month: this.shownMonth() } : {}) });
  }

  private setOrganization(id: string): void {
    this.organization = id || undefined;
    this.listLimit = LIST_PAGE;
    this.announceCount();
  }

  /** Filters by what was typed once the typing pauses, so ten thousand meetings are searched once, not per key. */
  private search(value: string): void {
    this.typed = value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      if (this.query === this.typed) return;
      this.query = this.typed;
      this.listLimit = LIST_PAGE;
      this.announceCount();
    }, SEARCH_DELAY);
  }

  /** Says how many meetings the filter and search leave. */
  private announceCount(): void {
    const section = this.section;
    if (!section) return;
    const count = this.filtered(indexMeetings(section)).length;
    const message = this.localized(() =>
      this.query.trim()
        ? count === 1
          ? msg('1 møte har saker som passer søket.', { id: 'meetings.search.one' })
          : singleStops(msg(str`${count} møter har saker som passer søket.`, { id: 'meetings.search.many' }))
        : count === 1
          ? msg('Viser 1 møte.', { id: 'meetings.count.one' })
          : singleStops(msg(str`Viser ${count} møter.`, { id: 'meetings.count.many' })),
    );
    this.announcer.announce(message);
  }

  private turnMonth(delta: number): void {
    const month = addMonths(this.shownMonth(), delta);
    this.month = month;
    this.selectedDay = this.sameDayIn(month);
    this.announceMonth();
    emit(this, 'kommune-view-change', { view: this.view, month });
  }

  private announceMonth(): void {
    const month = this.shownMonth();
    const section = this.section;
    if (!section) return;
    const count = this.filtered(indexMeetings(section)).filter((entry) => entry.month === month).length;
    const name = formatMonth(month, this.locale);
    this.announcer.announce(
      this.localized(() =>
        count === 1
          ? msg(str`${name}: 1 møte.`, { id: 'meetings.month.one' })
          : singleStops(msg(str`${name}: ${count} møter.`, { id: 'meetings.month.many' })),
      ),
    );
  }

  /** Chooses a day (its meetings are listed below the month), turning the month when the day lies outside it. */
  private chooseDay(day: string, moveFocus: boolean): void {
    const month = monthOf(day);
    const turned = month !== this.shownMonth();
    this.selectedDay = day;
    if (turned) {
      this.month = month;
      this.announceMonth();
      emit(this, 'kommune-view-change', { view: this.view, month });
    }
    if (moveFocus || turned)
      this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>(`.day-button[data-day="${day}"]`), undefined, {
        byUser: true,
      });
  }

  /** Opens a meeting's detail, as a press on it does, and dispatches `kommune-meeting-select`. */
  selectMeeting(id: string | null): void {
    if (id === null) this.closeMeeting(false);
    else this.openMeeting(id, false);
  }

  private openMeeting(id: string, byUser: boolean): void {
    this.openedFrom = this.meeting ? this.openedFrom : id;
    this.meeting = id;
    this.exportError = undefined;
    this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('#meeting-title'), undefined, { byUser });
    emit(this, 'kommune-meeting-select', { meeting: id });
  }

  private closeMeeting(byUser: boolean): void {
    const from = this.openedFrom ?? this.meeting;
    this.meeting = undefined;
    this.openedFrom = undefined;
    if (from) {
      const section = this.section;
      const entry = section ? indexMeetings(section).byId.get(from) : undefined;
      // Back where the reader was: in the month, the meeting's day.
      if (entry && this.view === 'month') {
        this.month = entry.month;
        this.selectedDay = entry.day;
      }
      this.focusAfterUpdate.request(
        () =>
          this.renderRoot.querySelector<HTMLElement>(`.meeting-button[data-meeting="${CSS.escape(from)}"]`) ??
          this.renderRoot.querySelector<HTMLElement>(`.day-button[data-day="${entry?.day ?? ''}"]`),
        () => this.dayFocus.tabStop ?? this.renderRoot.querySelector<HTMLElement>('.view-button[aria-pressed="true"]'),
        { byUser },
      );
    }
    emit(this, 'kommune-meeting-select', { meeting: null });
  }

  private async exportMeeting(section: Meetings, entry: IndexedMeeting): Promise<void> {
    this.exportError = undefined;
    try {
      // A link back to this meeting: with url-state the page opens it from the address.
      const pageUrl = new URL(this.urlState ? urlWithState({ meeting: entry.meeting.id }) : location.href);
      await downloadMeeting(section, entry.meeting.id, {
        kommuneNummer: this.kommune?.nummer ?? location.hostname,
        kommuneNavn: this.kommune ? this.text(this.kommune.navn) : undefined,
        pageUrl: pageUrl.href,
        locale: this.locale,
        textLocale: this.textLocale,
        localized: (fn) => this.localized(fn),
      });
      this.announcer.announce(this.localized(() => msg('Kalenderfilen er lastet ned.', { id: 'meetings.export.done' })));
    } catch (error) {
      console.warn('<kommune-meeting-calendar> could not write the calendar file:', error);
      this.exportError = this.localized(() =>
        msg('Kunne ikke lage kalenderfilen. Sjekk nettforbindelsen og prøv igjen.', { id: 'meetings.export.failed' }),
      );
    }
  }
}

declare module '@kommune-widgets/core' {
  interface KommuneEventMap {
    'kommune-meeting-select': MeetingSelectDetail;
    'kommune-view-change': ViewChangeDetail;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kommune-meeting-calendar': KommuneMeetingCalendar;
  }
  interface GlobalEventHandlersEventMap {
    'kommune-meeting-select': CustomEvent<MeetingSelectDetail>;
    'kommune-view-change': CustomEvent<ViewChangeDetail>;
  }
}
