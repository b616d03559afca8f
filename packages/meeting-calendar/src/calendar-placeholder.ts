/**
 * What the calendar shows while its data loads: its heading, and boxes the size of the toolbar, the list's two
 * buttons and four meetings, so the page below does not jump when the meetings arrive.
 */
import { html, type TemplateResult } from 'lit';

/** Meetings the placeholder keeps room for: about what a kommune's next weeks hold. */
const MEETINGS = 4;

export function renderCalendarPlaceholder(heading: TemplateResult): TemplateResult {
  return html`<div class="placeholder">
    ${heading}
    <div class="placeholder-body" aria-hidden="true">
      <div class="toolbar">
        <span class="skeleton view-box"></span><span class="skeleton field-box"></span><span class="skeleton field-box search-box"></span>
      </div>
      <div class="list-tabs"><span class="skeleton tab-box"></span><span class="skeleton tab-box"></span></div>
      <span class="skeleton month-box"></span>
      ${Array.from({ length: MEETINGS }, () => html`<span class="skeleton meeting-box"></span>`)}
    </div>
  </div>`;
}
