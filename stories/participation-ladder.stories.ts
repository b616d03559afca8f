import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { STEP_IDS, type StepId } from '@kommune-widgets/schema';
import '@kommune-widgets/participation-ladder';
import {
  ACTIVITY_WITH_FOUR_ANSWERS,
  LADDER_REFERENCE_DATE,
  ladderDocument,
  ladderEmpty,
  ladderInvalid,
  ladderLongTexts,
  ladderSectionWithOverrides,
} from '../packages/participation-ladder/test/fixtures/ladder-fixtures.js';
import { holdPendingRequest } from './support/pending-fetch.js';
import { STORY_LOCALES, LOCALE_TITLES, type StoryLocale } from './support/locale.js';
import { widgetsSettled, type KommuneStoryParameters } from './support/settle.js';

/** The realistic example document a kommune starts from (served by Storybook's staticDirs and by the test server). */
const EXAMPLE_DOCUMENT = 'docs/examples/eksempel-kommune.json';
/**
 * An address that does not exist, next to the ladder's JSON fixtures in Storybook (`/fixtures/participation-ladder/`,
 * see `.storybook/main.ts`): Storybook and the test server both answer 404.
 */
const MISSING_DOCUMENT = 'fixtures/participation-ladder/finnes-ikke.json';

/** The controls of every ladder story; the keys are the element's attribute names. */
export interface LadderArgs {
  src: string;
  data: unknown;
  step: StepId | '';
  activity: string;
  lang: StoryLocale | '';
  'heading-level': number;
  'reference-date': string;
  timeout: number;
}

/** One `<kommune-participation-ladder>` as a page would write it; empty args leave their attribute out. */
function ladder(args: LadderArgs, children: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<kommune-participation-ladder
    src=${args.src || nothing}
    .data=${args.data ?? undefined}
    step=${args.step || nothing}
    activity=${args.activity || nothing}
    lang=${args.lang || nothing}
    heading-level=${args['heading-level']}
    reference-date=${args['reference-date'] || nothing}
    timeout=${args.timeout}
    >${children}</kommune-participation-ladder
  >`;
}

const meta = {
  title: 'Widgets/Deltakelsestrappa',
  component: 'kommune-participation-ladder',
  render: (args) => ladder(args),
  args: {
    src: '',
    data: undefined,
    step: '',
    activity: '',
    lang: '',
    'heading-level': 2,
    'reference-date': LADDER_REFERENCE_DATE,
    timeout: 15000,
  },
  argTypes: {
    step: {
      description: 'The selected step; empty shows every process.',
      control: { type: 'select', labels: { '': '(ingen)' } },
      options: ['', ...STEP_IDS],
    },
    activity: {
      description: 'The id of the process whose four questions are shown.',
      control: { type: 'text' },
    },
    lang: {
      description: 'The widget’s own language; empty takes it from the page (the “Språk” toolbar).',
      control: { type: 'select', labels: { '': '(fra siden)', ...LOCALE_TITLES } },
      options: ['', ...STORY_LOCALES],
    },
    'heading-level': {
      description: 'Level of the widget’s top heading (2–6).',
      control: { type: 'select' },
      options: [2, 3, 4, 5, 6],
    },
    'reference-date': {
      description: 'The date that decides what is open, upcoming or closed; fixed so the stories do not change with the calendar.',
      control: { type: 'text' },
    },
    src: { description: 'Address of the kommune data document.', control: { type: 'text' } },
    timeout: { description: 'Milliseconds to wait for `src`.', control: { type: 'number' } },
    data: { control: false, table: { disable: true } },
  },
  parameters: { layout: 'padded' },
  // Storybook's a11y check runs after `play`: wait until the data has arrived, so it checks what a reader sees.
  play: async ({ canvasElement, parameters }) => {
    if (!(parameters as KommuneStoryParameters).kommune?.staysLoading) await widgetsSettled(canvasElement, 20000);
  },
} satisfies Meta<LadderArgs>;

export default meta;
type Story = StoryObj<LadderArgs>;

/** The kommune's example document loaded from `src`: the five steps and every process, open ones first. */
export const Ready: Story = {
  args: { src: EXAMPLE_DOCUMENT },
};

/** A step selected: its explanation, the kommune's promise, example methods and the processes on it. */
export const StepSelected: Story = {
  args: { data: ladderDocument, step: 'spørre' },
};

/** A process opened: its place on the ladder is marked and the four questions are answered. */
export const ActivitySelected: Story = {
  args: { data: ladderDocument, activity: ACTIVITY_WITH_FOUR_ANSWERS },
};

/** The agenda step (dagsorden) explains the legal right to an innbyggerforslag, with this kommune’s threshold. */
export const ProposalStep: Story = {
  args: { data: ladderDocument, step: 'dagsorden' },
};

/** A valid document without processes: the widget says so and still shows the ladder. */
export const Empty: Story = {
  args: { data: ladderEmpty },
};

/**
 * The loading state: the request for the data is held pending (see `stories/support/pending-fetch.ts`; only this
 * story's made-up address is held, every other request is untouched). The long timeout keeps it loading for 10 minutes.
 */
export const Loading: Story = {
  render: (args) => ladder({ ...args, src: holdPendingRequest(), timeout: 600000 }),
  parameters: { kommune: { staysLoading: true } } satisfies KommuneStoryParameters,
};

/** The data file is missing (404): the error says so and offers a retry button. */
export const NetworkError: Story = {
  args: { src: MISSING_DOCUMENT },
};

/** The server does not answer within `timeout` (1 ms here, against a request that never answers): a retry button. */
export const Timeout: Story = {
  render: (args) => ladder({ ...args, src: holdPendingRequest(), timeout: 1 }),
};

/** Inline JSON that is not valid JSON, as a web editor might paste it. */
export const ParseError: Story = {
  render: (args) =>
    ladder(
      { ...args, src: '' },
      html`<script type="application/json">
        { "schemaVersion": 1, "kommune": { "nummer": "9999", "navn": "Eksempel kommune" }, "participation": { "activities": [ }
      </script>`,
    ),
};

/** Data that breaks the schema: every issue is listed with its JSON path, in the reader’s language. */
export const SchemaError: Story = {
  args: { data: ladderInvalid },
};

/** Long compound words, long titles and fourteen processes: nothing may stick out sideways on a 320 px phone. */
export const LongTexts: Story = {
  args: { data: ladderLongTexts },
};

/** The section alone with the editor’s own heading, intro and step texts (try nn and en in the toolbar). */
export const EditorOverrides: Story = {
  args: { data: ladderSectionWithOverrides, step: 'informere' },
};

/** The same data in bokmål, nynorsk, English and nordsamisk side by side; each widget has its own `lang`. */
export const EveryLocale: Story = {
  render: (args) =>
    html`<style>
        .ladder-side-by-side {
          display: grid;
          gap: 2em;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 26em), 1fr));
        }
      </style>
      <div class="ladder-side-by-side">${STORY_LOCALES.map((lang) => ladder({ ...args, lang }))}</div>`,
  args: { data: ladderDocument },
};

/**
 * A kommune in the Sami language area publishes nordsamisk and bokmål next to each other on one page:
 * two widgets in two languages, both right.
 */
export const InSamiAreaPage: Story = {
  render: (args) =>
    html`<style>
        .ladder-sami-page {
          display: grid;
          gap: 2em;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 30em), 1fr));
        }
      </style>
      <div class="ladder-sami-page">${ladder({ ...args, lang: 'se' })} ${ladder({ ...args, lang: 'nb' })}</div>`,
  args: { src: EXAMPLE_DOCUMENT },
};
