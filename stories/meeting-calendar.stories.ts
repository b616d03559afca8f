import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kommune-widgets/meeting-calendar';
import type { CalendarView } from '@kommune-widgets/meeting-calendar';
import {
  CALENDAR_REFERENCE_DATE,
  calendarDocument,
  calendarEmpty,
  calendarSection,
  manyMeetings,
} from '../packages/meeting-calendar/test/fixtures/calendar-fixtures.js';
import { STORY_LOCALES, type StoryLocale } from './support/locale.js';
import { commonArgTypes, playWhenSettled, stateStories } from './support/state-stories.js';
import { inDesignsystemetPage } from './support/designsystemet-page.js';
import { WIDGET_EXAMPLES } from './support/widget-examples.js';

/** The realistic example document a kommune starts from (served by Storybook's staticDirs and by the test server). */
const EXAMPLE_DOCUMENT = 'docs/examples/eksempel-kommune.json';
/** A meeting system's iCalendar export, as a kommune would point `src` at it (served beside the example document). */
const EXAMPLE_FEED = 'docs/examples/moteplan.ics';
/**
 * An address that does not exist, next to the calendar's fixtures in Storybook (`/fixtures/meeting-calendar/`,
 * see `.storybook/main.ts`): Storybook and the test server both answer 404.
 */
const MISSING_DOCUMENT = 'fixtures/meeting-calendar/finnes-ikke.json';

/** A meetings section an editor got wrong: an organ that does not exist, a date that is not one, an `http:` link. */
const calendarInvalid = {
  organizations: calendarSection.organizations,
  meetings: [
    { id: 'ks-feil', organization: 'bystyret', start: '10.12.2026 kl. 18', status: 'planned', public: true },
    { id: 'fsk-feil', organization: 'fsk', start: '2026-12-17T09:00', status: 'planned', public: true, stream: 'http://tv.example.no' },
  ],
};

/** The controls of every calendar story; the keys are the element's attribute names. */
export interface CalendarArgs {
  src: string;
  data: unknown;
  view: CalendarView;
  organization: string;
  meeting: string;
  month: string;
  'url-state': boolean;
  lang: StoryLocale | '';
  'heading-level': number;
  today: string;
  timeout: number;
}

/** One `<kommune-meeting-calendar>` as a page would write it; empty args leave their attribute out. */
function calendar(args: CalendarArgs, children: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<kommune-meeting-calendar
    src=${args.src || nothing}
    .data=${args.data ?? undefined}
    view=${args.view || nothing}
    organization=${args.organization || nothing}
    meeting=${args.meeting || nothing}
    month=${args.month || nothing}
    ?url-state=${args['url-state']}
    lang=${args.lang || nothing}
    heading-level=${args['heading-level']}
    today=${args.today || nothing}
    timeout=${args.timeout}
    >${children}</kommune-meeting-calendar
  >`;
}

/**
 * Presses «Tidligere møter» once the data is drawn, as a reader would: which list is shown is the reader's choice,
 * not an attribute. Done on `kommune-data-load` (not in `play`) so the accessibility sweep, which renders without
 * `play`, sees the same thing as Storybook.
 */
function pressPastMeetings(event: Event): void {
  const element = event.currentTarget as HTMLElement & { updateComplete: Promise<boolean> };
  // After the update that loaded the data: a press inside that update would start another one from within it.
  void element.updateComplete.then(() => element.shadowRoot?.querySelector<HTMLButtonElement>('.list-tab[aria-pressed="false"]')?.click());
}

const meta = {
  title: 'Widgets/Møtekalender',
  component: 'kommune-meeting-calendar',
  render: (args) => calendar(args),
  args: {
    src: '',
    data: undefined,
    view: 'list',
    organization: '',
    meeting: '',
    month: '',
    'url-state': false,
    lang: '',
    'heading-level': 2,
    today: CALENDAR_REFERENCE_DATE,
    timeout: 15000,
  },
  argTypes: {
    ...commonArgTypes('Address of the kommune data document, the meetings section alone, or an iCalendar feed (text/calendar).'),
    view: {
      description: '`list` (upcoming meetings by month, past ones one press away) or `month` (a month as a table).',
      control: { type: 'inline-radio', labels: { list: 'Liste', month: 'Måned' } },
      options: ['list', 'month'],
    },
    organization: {
      description: 'Show only this organ’s meetings (its `id`, e.g. `ks`); empty shows every organ.',
      control: { type: 'text' },
    },
    meeting: {
      description: 'The id of the meeting whose detail is open (e.g. `ks-2026-12-10`).',
      control: { type: 'text' },
    },
    month: {
      description: 'The month the month view shows, `YYYY-MM`; empty is the month of `today`.',
      control: { type: 'text' },
    },
    'url-state': {
      description: 'Keep view, organ, month and open meeting in the page’s address (`?kw-meeting=…`). One calendar per page.',
      control: { type: 'boolean' },
    },
    today: {
      description: 'The date that decides what is upcoming or past; fixed so the stories do not change with the calendar.',
      control: { type: 'text' },
    },
  },
  parameters: { layout: 'padded' },
  play: playWhenSettled,
} satisfies Meta<CalendarArgs>;

export default meta;
type Story = StoryObj<CalendarArgs>;

/** The kommune's example document loaded from `src`: upcoming meetings first, grouped by month. */
export const Ready: Story = {
  args: { src: EXAMPLE_DOCUMENT },
};

/** Every status in one list: a moved meeting leading to its new date, a cancelled one marked, invited and planned. */
export const List: Story = {
  args: { data: calendarDocument },
};

/** «Tidligere møter» pressed: past meetings, latest first, each with its protokoll. */
export const PastMeetings: Story = {
  render: (args) =>
    html`<kommune-meeting-calendar
      .data=${args.data}
      today=${args.today}
      heading-level=${args['heading-level']}
      lang=${args.lang || nothing}
      @kommune-data-load=${pressPastMeetings}
    ></kommune-meeting-calendar>`,
  args: { data: calendarDocument },
};

/** The month view (`view="month"`): a real table, today marked, meetings as buttons in their day. */
export const Month: Story = {
  args: { data: calendarDocument, view: 'month' },
};

/**
 * A busy month (`manyMeetings`: 1 000 meetings over six months, about six a day): three meetings in each day’s cell
 * and «+N til»; the chosen day’s meetings are all listed below the table. Only this month's meetings are drawn.
 */
export const MonthWithManyMeetings: Story = {
  args: { data: manyMeetings(1000, { months: 6 }), view: 'month', month: '2027-01' },
};

/**
 * One meeting opened (`meeting`): place with accessibility and services, «open to the public», livestream, documents,
 * and the sakliste with case numbers, where the closed item shows only its legal basis.
 */
export const MeetingDetail: Story = {
  args: { data: calendarDocument, meeting: 'ks-2026-12-10' },
};

/** A cancelled meeting: «Møtet er avlyst» in words, and no invitation to the public. */
export const CancelledMeeting: Story = {
  args: { data: calendarDocument, meeting: 'kontroll-2026-12-14' },
};

/** A moved meeting: marked as moved, with a button to its new date. */
export const MovedMeeting: Story = {
  args: { data: calendarDocument, meeting: 'eldre-2026-12-03' },
};

/** A meeting whose sakliste is not out yet: when it is expected (the organ's custom, 7 days before for formannskapet). */
export const SaklisteNotYetPublished: Story = {
  args: { data: calendarDocument, meeting: 'fsk-2027-01-14' },
};

/** Filtered by organ (`organization="ks"`): the kommunestyre's meetings, what it does, and its subscribable feed. */
export const FilteredByOrgan: Story = {
  args: { data: calendarDocument, organization: 'ks' },
};

/** The meeting system's own iCalendar export as `src` (text/calendar), read into the same list. */
export const IcalendarFeed: Story = {
  args: { src: EXAMPLE_FEED },
};

/** A valid document without meetings: the widget says so, and the fallback link shows. */
export const Empty: Story = {
  render: (args) => calendar(args, html`<a href="/politikk/moteplan">Møteplanen for 2027</a>`),
  args: { data: calendarEmpty },
};

const states = stateStories({ render: calendar, missingSrc: MISSING_DOCUMENT, section: 'meetings' });
export const Loading: Story = states.Loading;
export const NetworkError: Story = states.NetworkError;
export const Timeout: Story = states.Timeout;
export const ParseError: Story = states.ParseError;

/** Data that breaks the schema: every issue is listed with its JSON path, in the reader’s language. */
export const SchemaError: Story = {
  args: { data: calendarInvalid },
};

/** Bokmål, nynorsk, English and nordsamisk side by side; each widget has its own `lang`. */
export const EveryLocale: Story = {
  render: (args) =>
    html`<style>
        .calendar-side-by-side {
          display: grid;
          gap: 2em;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 26em), 1fr));
        }
      </style>
      <div class="calendar-side-by-side">${STORY_LOCALES.map((lang) => calendar({ ...args, lang }))}</div>`,
  args: { data: calendarDocument },
};

/** One language at a time, the month view in each (the sweep also renders every story in all four). */
export const Nynorsk: Story = { args: { data: calendarDocument, view: 'month', lang: 'nn' } };
/** The month view in English. */
export const English: Story = { args: { data: calendarDocument, view: 'month', lang: 'en' } };
/** The month view in nordsamisk. */
export const Davvisamegiella: Story = { args: { data: calendarDocument, view: 'month', lang: 'se' } };

/**
 * A kommune in the Sami language area publishes nordsamisk and bokmål next to each other on one page:
 * two calendars in two languages, both right.
 */
export const InSamiAreaPage: Story = {
  render: (args) =>
    html`<style>
        .calendar-sami-page {
          display: grid;
          gap: 2em;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 30em), 1fr));
        }
      </style>
      <div class="calendar-sami-page">${calendar({ ...args, lang: 'se' })} ${calendar({ ...args, lang: 'nb' })}</div>`,
  args: { src: EXAMPLE_DOCUMENT },
};

/**
 * In a kommune page styled with Designsystemet's own CSS (@digdir/designsystemet-css, its default theme): the widget
 * takes the theme's colours, font and corners through the `--ds-*` tokens, with no `--kw-*` token set.
 */
export const Designsystemet: Story = {
  render: () => inDesignsystemetPage(WIDGET_EXAMPLES['kommune-meeting-calendar']()),
};
