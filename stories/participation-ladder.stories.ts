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
import { STORY_LOCALES, type StoryLocale } from './support/locale.js';
import { commonArgTypes, playWhenSettled, stateStories } from './support/state-stories.js';
import { inDesignsystemetPage } from './support/designsystemet-page.js';
import { WIDGET_EXAMPLES } from './support/widget-examples.js';

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
  today: string;
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
    today=${args.today || nothing}
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
    today: LADDER_REFERENCE_DATE,
    timeout: 15000,
  },
  argTypes: {
    ...commonArgTypes('Address of the kommune data document.'),
    step: {
      description: 'The selected step; empty shows every process.',
      control: { type: 'select', labels: { '': '(ingen)' } },
      options: ['', ...STEP_IDS],
    },
    activity: {
      description: 'The id of the process whose four questions are shown.',
      control: { type: 'text' },
    },
    today: {
      description: 'The date that decides what is open, upcoming or closed; fixed so the stories do not change with the calendar.',
      control: { type: 'text' },
    },
  },
  parameters: { layout: 'padded' },
  play: playWhenSettled,
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

const states = stateStories({ render: ladder, missingSrc: MISSING_DOCUMENT, section: 'participation' });
export const Loading: Story = states.Loading;
export const NetworkError: Story = states.NetworkError;
export const Timeout: Story = states.Timeout;
export const ParseError: Story = states.ParseError;

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

/**
 * In a kommune page styled with Designsystemet's own CSS (@digdir/designsystemet-css, its default theme): the widget
 * takes the theme's colours, font and corners through the `--ds-*` tokens, with no `--kw-*` token set.
 */
export const Designsystemet: Story = {
  render: () => inDesignsystemetPage(WIDGET_EXAMPLES['kommune-participation-ladder']()),
};
