// The page a kommune would build instead of the meeting calendar: FullCalendar 6 (core, daygrid and list, tree-shaken
// and minified with rollup + terser, as one module script) in its month view with the bokmål locale. It reads the
// same kommune document (inline in a <script type="application/json"> or fetched from `data-src`), turns each meeting
// into an event titled with its organ's name, and tells the bench harness once `render()` has drawn the month.
import { peerBundle, versionOf } from './bundle.mjs';

/** The page's own code: what a kommune's developer would write around FullCalendar. */
const ENTRY = `
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import nbLocale from '@fullcalendar/core/locales/nb';

const text = (value) => (typeof value === 'string' ? value : value.nb);

/** The meetings section as FullCalendar events: the organ's name as title, start and end as Oslo wall time. */
function events(section) {
  const names = new Map(section.organizations.map((organization) => [organization.id, text(organization.name)]));
  return section.meetings.map((meeting) => ({
    id: meeting.id,
    title: meeting.title ? text(meeting.title) : names.get(meeting.organization),
    start: meeting.start,
    end: meeting.end,
  }));
}

/** A calendar in \`element\`: the month of \`today\` (YYYY-MM-DD) with \`section\`'s meetings. */
function calendar(element, section, today) {
  return new Calendar(element, {
    plugins: [dayGridPlugin, listPlugin],
    initialView: 'dayGridMonth',
    initialDate: today,
    now: today,
    locale: nbLocale,
    // The data's times are Oslo wall time without an offset: read and shown as they are, whatever the visitor's zone.
    timeZone: 'UTC',
    headerToolbar: { start: 'prev,next today', center: 'title', end: 'dayGridMonth,listMonth' },
    events: events(section),
  });
}
// The warm-render table draws more calendars in the same page.
window.FullCalendar = { calendar };

async function draw(element) {
  const doc = element.dataset.src
    ? await (await fetch(element.dataset.src)).json()
    : JSON.parse(document.getElementById(element.dataset.inline).textContent);
  calendar(element, doc.meetings, element.dataset.today).render();
  window.__bench?.settle();
}

const element = document.querySelector('[data-meetings]');
if (element) draw(element);
`;

/** FullCalendar's version in node_modules (core; daygrid and list are pinned to the same). */
export const fullCalendarVersion = () => versionOf('@fullcalendar/core');

/** The month page's module (ES module, minified): resolves to its code. */
export const fullCalendarBundle = () =>
  peerBundle({
    name: 'fullcalendar-month',
    entry: ENTRY,
    packages: ['@fullcalendar/core', '@fullcalendar/daygrid', '@fullcalendar/list', 'preact'],
  });
