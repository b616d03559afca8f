import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kommune-widgets/budget-pie';
import {
  budgetDocument,
  budgetInvalid,
  budgetWithoutFigures,
  manyItemsSection,
} from '../packages/budget-pie/test/fixtures/budget-fixtures.js';
import { STORY_LOCALES, type StoryLocale } from './support/locale.js';
import { commonArgTypes, playWhenSettled, stateStories } from './support/state-stories.js';
import { inDesignsystemetPage } from './support/designsystemet-page.js';
import { WIDGET_EXAMPLES } from './support/widget-examples.js';

/** The realistic example document a kommune starts from (served by Storybook's staticDirs and by the test server). */
const EXAMPLE_DOCUMENT = 'docs/examples/eksempel-kommune.json';
/** KS' national shares for 2018: the budget section alone, with kommune, fylkeskommune and income datasets. */
const KS_2018 = 'docs/examples/kommunesektoren-2018.json';
/**
 * An address that does not exist, next to the budget pie's fixtures in Storybook (`/fixtures/budget-pie/`,
 * see `.storybook/main.ts`): Storybook and the test server both answer 404.
 */
const MISSING_DOCUMENT = 'fixtures/budget-pie/finnes-ikke.json';

/** The controls of every budget pie story; the keys are the element's attribute names. */
export interface BudgetPieArgs {
  src: string;
  data: unknown;
  variant: 'donut' | 'pie';
  dataset: string;
  item: string;
  lang: StoryLocale | '';
  'heading-level': number;
  'table-open': boolean;
  timeout: number;
}

/** One `<kommune-budget-pie>` as a page would write it; empty args leave their attribute out. */
function pie(args: BudgetPieArgs, children: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<kommune-budget-pie
    src=${args.src || nothing}
    .data=${args.data ?? undefined}
    variant=${args.variant || nothing}
    dataset=${args.dataset || nothing}
    item=${args.item || nothing}
    lang=${args.lang || nothing}
    heading-level=${args['heading-level']}
    ?table-open=${args['table-open']}
    timeout=${args.timeout}
    >${children}</kommune-budget-pie
  >`;
}

const meta = {
  title: 'Widgets/Budsjettkake',
  component: 'kommune-budget-pie',
  render: (args) => pie(args),
  args: {
    src: '',
    data: undefined,
    variant: 'donut',
    dataset: '',
    item: '',
    lang: '',
    'heading-level': 2,
    'table-open': false,
    timeout: 15000,
  },
  argTypes: {
    ...commonArgTypes('Address of the kommune data document (or the budget section alone).'),
    variant: {
      description: '`donut` (a ring with the total in the middle) or `pie`.',
      control: { type: 'inline-radio', labels: { donut: 'Smultring (donut)', pie: 'Kake (pie)' } },
      options: ['donut', 'pie'],
    },
    dataset: {
      description: 'The id of the dataset shown (year, expenses or income, kommune or fylkeskommune); empty shows the first.',
      control: { type: 'text' },
    },
    item: {
      description: 'The id of the item whose breakdown is shown, or of a single item to select; empty shows the top level.',
      control: { type: 'text' },
    },
    'table-open': {
      description: 'Shows the figures as a table from the start (Vis tallene som tabell).',
      control: { type: 'boolean' },
    },
  },
  parameters: { layout: 'padded' },
  play: playWhenSettled,
} satisfies Meta<BudgetPieArgs>;

export default meta;
type Story = StoryObj<BudgetPieArgs>;

/** The kommune's example document loaded from `src`: the 2027 operating budget as a donut with the total in the middle. */
export const Ready: Story = {
  args: { src: EXAMPLE_DOCUMENT },
};

/** The same figures as a full pie (`variant="pie"`): no ring, so the total is told in the note below the chart. */
export const Pie: Story = {
  args: { src: EXAMPLE_DOCUMENT, variant: 'pie' },
};

/** KS' national shares for 2018 (the budget section alone): what the kommuner spent their money on, in percent. */
export const NationalShares2018: Story = {
  args: { src: KS_2018 },
};

/** Where the kommune sector's money came from in 2018: the shares add up to 92 %, so the rest shows as “Ikke fordelt 8 %”. */
export const NationalIncome2018: Story = {
  args: { src: KS_2018, dataset: 'kommunesektoren-inntekter-2018' },
};

/** The fylkeskommuner's 2018 shares, chosen with `dataset`: the “Gjelder” switch shows Fylkeskommunen selected. */
export const FylkeskommuneScope: Story = {
  args: { src: KS_2018, dataset: 'fylkeskommunene-2018' },
};

/** Drilled into an item with `item`: the breakdown of Oppvekst, with the path back up above the chart. */
export const DrilledDown: Story = {
  args: { data: budgetDocument, item: 'skole' },
};

/** The figures as a table from the start (`table-open`), beside the chart. */
export const TableOpen: Story = {
  args: { src: EXAMPLE_DOCUMENT, 'table-open': true },
};

/** A negative figure (Vann, avløp og renovasjon) and a missing one (Reserve) are listed beside the chart, not drawn. */
export const NegativeAndMissing: Story = {
  args: { data: budgetDocument, 'table-open': true },
};

/**
 * One item selected with `item` (Helse og omsorg, which has no breakdown): its figures, kroner per innbygger and
 * the national and KOSTRA-group figures beside them.
 */
export const Comparisons: Story = {
  args: { data: budgetDocument, item: 'helse' },
};

/** 500 items: the small ones gather in “Annet”, so the chart keeps slices a reader can tell apart. */
export const ManyItems: Story = {
  args: { data: manyItemsSection(500) },
};

/** A dataset in percent (the example's income): shares without amounts, and the 1.8 % left over as “Ikke fordelt”. */
export const PercentDataset: Story = {
  args: { src: EXAMPLE_DOCUMENT, dataset: 'inntekter-2027' },
};

/** A valid document whose every figure is missing: the widget says the kommune has not published figures yet. */
export const Empty: Story = {
  args: { data: budgetWithoutFigures },
};

const states = stateStories({ render: pie, missingSrc: MISSING_DOCUMENT, section: 'budget' });
export const Loading: Story = states.Loading;
export const NetworkError: Story = states.NetworkError;
export const Timeout: Story = states.Timeout;
export const ParseError: Story = states.ParseError;

/** Data that breaks the schema: every issue is listed with its JSON path, in the reader’s language. */
export const SchemaError: Story = {
  args: { data: budgetInvalid },
};

/** The same document in bokmål, nynorsk, English and nordsamisk side by side; each widget has its own `lang`. */
export const EveryLocale: Story = {
  render: (args) =>
    html`<style>
        .pie-side-by-side {
          display: grid;
          gap: 2em;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 26em), 1fr));
        }
      </style>
      <div class="pie-side-by-side">${STORY_LOCALES.map((lang) => pie({ ...args, lang }))}</div>`,
  args: { src: EXAMPLE_DOCUMENT },
};

/**
 * A kommune in the Sami language area publishes nordsamisk and bokmål next to each other on one page:
 * two widgets in two languages, both right (KS' 2018 shares have every title in all four languages).
 */
export const InSamiAreaPage: Story = {
  render: (args) =>
    html`<style>
        .pie-sami-page {
          display: grid;
          gap: 2em;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 30em), 1fr));
        }
      </style>
      <div class="pie-sami-page">${pie({ ...args, lang: 'se' })} ${pie({ ...args, lang: 'nb' })}</div>`,
  args: { src: KS_2018 },
};

/**
 * In a narrow column (20 em, a sidebar or a 320 px phone): drilled down, with the table open, nothing may stick out
 * sideways.
 */
export const Narrow: Story = {
  render: (args) =>
    html`<style>
        .pie-narrow-column {
          max-width: 20em;
        }
      </style>
      <div class="pie-narrow-column">${pie(args)}</div>`,
  args: { data: budgetDocument, item: 'skole', 'table-open': true },
};

/**
 * In a kommune page styled with Designsystemet's own CSS (@digdir/designsystemet-css, its default theme): the widget
 * takes the theme's colours, font and corners through the `--ds-*` tokens, with no `--kw-*` token set.
 */
export const Designsystemet: Story = {
  render: () => inDesignsystemetPage(WIDGET_EXAMPLES['kommune-budget-pie']()),
};
