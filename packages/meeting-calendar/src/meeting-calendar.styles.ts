import { css } from 'lit';

/**
 * The calendar's own styles, on top of core's tokens and state styles. Sizes in em; the month's table fits 320 px
 * (its cells then show only the day and a dot, and the chosen day's meetings are listed below).
 */
export const meetingCalendarStyles = css`
  :host {
    --_kw-loading-min-height: 20em;
    container-type: inline-size;
  }

  /* While loading: boxes the size of what comes (calendar-placeholder.ts). */
  .placeholder-body {
    display: grid;
    gap: 0.75em;
  }

  .skeleton {
    display: block;
    background: var(--_kw-color-surface);
    border-radius: var(--_kw-radius);
  }

  .view-box {
    inline-size: 9em;
    block-size: 2.75em;
  }

  .field-box {
    flex: 0 1 12em;
    block-size: 4.5em;
  }

  .search-box {
    flex: 1 1 14em;
    block-size: 5.75em;
  }

  .tab-box {
    inline-size: 11em;
    block-size: 2.75em;
  }

  .month-box {
    inline-size: 10em;
    block-size: 1.75em;
  }

  .meeting-box {
    block-size: 5.25em;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1em;
    margin-block-end: var(--_kw-space);
  }

  .view-switch,
  .list-tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }

  .view-button,
  .list-tab,
  .month-step,
  .back,
  .export,
  .show-more {
    min-block-size: 2.75em;
    padding: 0.5em 0.875em;
    color: var(--_kw-color-accent);
    background: var(--_kw-color-background);
    border: 0.125em solid var(--_kw-color-accent);
    border-radius: var(--_kw-radius);
  }

  .view-button[aria-pressed='true'],
  .list-tab[aria-pressed='true'],
  .export {
    color: var(--_kw-color-accent-contrast);
    background: var(--_kw-color-accent);
  }

  .field {
    display: grid;
    gap: 0.25em;
    flex: 0 1 16em;
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  /* An organ's long name must not widen the filter beyond the screen. */
  select {
    inline-size: 100%;
    text-overflow: ellipsis;
  }

  .search-field {
    flex: 1 1 14em;
  }

  label {
    font-weight: 600;
  }

  .hint {
    color: var(--_kw-color-text-subtle);
    font-size: 0.875em;
  }

  select,
  input {
    font: inherit;
    min-block-size: 2.75em;
    max-inline-size: 100%;
    box-sizing: border-box;
    padding: 0.375em 0.5em;
    color: var(--_kw-color-text);
    background: var(--_kw-color-background);
    border: 0.125em solid var(--_kw-color-border);
    border-radius: var(--_kw-radius);
  }

  input {
    inline-size: 100%;
  }

  .organ-info {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: var(--_kw-space);
  }

  /* Links on their own: at least 24 px tall to hit (WCAG 2.5.8). */
  .feed {
    display: inline-block;
    min-block-size: 1.5em;
    padding-block: 0.125em;
  }

  details summary {
    cursor: pointer;
    color: var(--_kw-color-accent);
    min-block-size: 1.5em;
  }

  .time-zone-note {
    color: var(--_kw-color-text-subtle);
  }

  .list-tabs {
    margin-block-end: 0.5em;
  }

  .month-heading {
    margin-block: 1em 0.5em;
  }

  .meetings {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }

  .meeting {
    padding: 0.75em;
    background: var(--_kw-color-surface);
    border-inline-start: 0.25em solid var(--_kw-color-accent);
    border-radius: var(--_kw-radius);
  }

  .meeting.status-cancelled,
  .meeting.status-moved {
    border-inline-start-color: var(--_kw-color-danger);
  }

  .meeting-title {
    margin: 0 0 0.25em;
    font-size: 1.125em;
  }

  .meeting-button,
  .link-button {
    padding: 0;
    min-block-size: 1.5em;
    text-align: start;
    color: var(--_kw-color-accent);
    background: none;
    border: 0;
    text-decoration: underline;
    font-weight: inherit;
  }

  .meeting.status-cancelled .meeting-button {
    text-decoration: line-through underline;
  }

  .meeting p,
  .detail p {
    margin: 0.25em 0;
  }

  /* When, where and the marks on one line where there is room. */
  .meeting {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
  }

  .meeting > .meeting-title,
  .meeting > .moved,
  .meeting > .protokoll,
  .meeting > .matches {
    flex-basis: 100%;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  .badge {
    display: inline-block;
    padding: 0.0625em 0.5em;
    border: 0.0625em solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
  }

  .badge.status-cancelled,
  .badge.status-moved,
  .notice.cancelled {
    color: var(--_kw-color-danger);
    font-weight: 700;
  }

  .badge.open {
    color: var(--_kw-color-success);
  }

  .badge.closed {
    color: var(--_kw-color-text-subtle);
  }

  .matches {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  .case-number {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .show-more {
    margin-block-start: var(--_kw-space);
  }

  /* The month. */
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }

  .month-title {
    margin: 0;
    text-transform: capitalize;
  }

  .grid-help {
    color: var(--_kw-color-text-subtle);
    font-size: 0.875em;
  }

  .month-grid {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }

  .month-grid th {
    padding: 0.25em 0;
    font-size: 0.875em;
    text-align: center;
    text-transform: capitalize;
  }

  .month-grid td {
    vertical-align: top;
    block-size: 3em;
    padding: 0.125em;
    border: 0.0625em solid var(--_kw-color-border);
  }

  .day.outside .day-button {
    color: var(--_kw-color-text-subtle);
  }

  .day-button {
    display: block;
    inline-size: 100%;
    min-inline-size: 1.5em;
    min-block-size: 2.25em;
    padding: 0.125em;
    color: var(--_kw-color-text);
    background: none;
    border: 0.125em solid transparent;
    border-radius: var(--_kw-radius);
    font-variant-numeric: tabular-nums;
  }

  .day.has-meetings .day-button {
    font-weight: 700;
    background: var(--_kw-color-accent-surface);
  }

  /* A dot under a day with meetings, for narrow screens where the cell lists none. */
  .day.has-meetings .day-button::after {
    content: '';
    display: block;
    inline-size: 0.375em;
    block-size: 0.375em;
    margin: 0.125em auto 0;
    border-radius: 50%;
    background: var(--_kw-color-accent);
  }

  /* Inside the cell's border, so the ring is never cut by the next cell. */
  .day-button:focus-visible {
    outline-offset: -0.1875em;
  }

  .day.today .day-button {
    border-color: var(--_kw-color-accent);
  }

  .day.selected .day-button {
    color: var(--_kw-color-accent-contrast);
    background: var(--_kw-color-accent);
  }

  .day.selected.has-meetings .day-button::after {
    background: var(--_kw-color-accent-contrast);
  }

  .cell-meetings {
    display: none;
    overflow: hidden;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.8125em;
  }

  .cell-meeting {
    display: block;
    inline-size: 100%;
    min-block-size: 1.5em;
    padding: 0.125em 0.25em;
    overflow: hidden;
    text-align: start;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_kw-color-accent);
    background: none;
    border: 0;
    text-decoration: underline;
  }

  .cell-meeting.status-cancelled {
    text-decoration: line-through;
  }

  /* Wide enough for the meetings inside their days. */
  @container (min-width: 44em) {
    .month-grid td {
      block-size: 6em;
    }
    .cell-meetings {
      display: block;
    }
    .day.has-meetings .day-button::after {
      display: none;
    }
  }

  .day-panel {
    margin-block-start: var(--_kw-space);
  }

  .day-title {
    margin-block-end: 0.5em;
  }

  /* One meeting. */
  .detail-title {
    margin-block: 0.75em 0.25em;
  }

  .facts {
    display: grid;
    grid-template-columns: minmax(6em, auto) 1fr;
    gap: 0.25em 1em;
    margin: 0.75em 0;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
  }

  .services {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .welcome {
    padding: 0.5em 0.75em;
    color: var(--_kw-color-success);
    border-inline-start: 0.25em solid currentColor;
    font-weight: 600;
  }

  .notice {
    padding: 0.5em 0.75em;
    background: var(--_kw-color-danger-surface);
    border-inline-start: 0.25em solid var(--_kw-color-danger);
  }

  .sakliste-due {
    padding: 0.5em 0.75em;
    color: var(--_kw-color-warning);
    border-inline-start: 0.25em solid currentColor;
  }

  .links,
  .documents {
    list-style: none;
    margin: 0.5em 0;
    padding: 0;
    display: grid;
    gap: 0.375em;
  }

  .calendar-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1em;
    margin-block: 1em;
  }

  .export-error {
    flex-basis: 100%;
    color: var(--_kw-color-danger);
  }

  .agenda {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }

  .agenda-item {
    padding-block-end: 0.5em;
    border-block-end: 0.0625em solid var(--_kw-color-border);
  }

  .agenda-item.closed .closed-item {
    color: var(--_kw-color-text-subtle);
    font-style: italic;
  }

  a {
    color: var(--_kw-color-accent);
  }

  a,
  .meeting-button,
  .link-button {
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .day.selected .day-button,
    .view-button[aria-pressed='true'],
    .list-tab[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
    .day.has-meetings .day-button::after {
      background: CanvasText;
    }
  }
`;
