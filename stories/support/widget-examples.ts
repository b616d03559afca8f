/** Each widget as a page would embed it, with the fixture data its tests use: for the theming and Designsystemet stories. */
import { html, type TemplateResult } from 'lit';
import { CALENDAR_REFERENCE_DATE, calendarDocument } from '../../packages/meeting-calendar/test/fixtures/calendar-fixtures.js';
import { LADDER_REFERENCE_DATE, ladderDocument } from '../../packages/participation-ladder/test/fixtures/ladder-fixtures.js';
import { budgetDocument } from '../../packages/budget-pie/test/fixtures/budget-fixtures.js';
import { reportDocument } from '../../packages/hate-report/test/fixtures/report-fixtures.js';
import { pledgeSection } from '../../packages/pledge/test/fixtures/pledge-fixtures.js';
import { reportEndpoint } from './report-server.js';
import { pledgeEndpoint } from './pledge-server.js';

/** Each widget's example, by tag. */
export const WIDGET_EXAMPLES = {
  'kommune-participation-ladder': () =>
    html`<kommune-participation-ladder
      .data=${ladderDocument}
      today=${LADDER_REFERENCE_DATE}
      step="spørre"
    ></kommune-participation-ladder>`,
  'kommune-budget-pie': () => html`<kommune-budget-pie .data=${budgetDocument}></kommune-budget-pie>`,
  'kommune-meeting-calendar': () =>
    html`<kommune-meeting-calendar .data=${calendarDocument} today=${CALENDAR_REFERENCE_DATE}></kommune-meeting-calendar>`,
  'kommune-hate-report': () => html`<kommune-hate-report .data=${reportDocument(reportEndpoint('open'))}></kommune-hate-report>`,
  'kommune-pledge': () => html`<kommune-pledge .data=${pledgeSection(pledgeEndpoint('open'))}></kommune-pledge>`,
} satisfies Record<string, () => TemplateResult>;
