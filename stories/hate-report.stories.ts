import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kommune-widgets/hate-report';
import { reportDocument, reportInvalid, reportWithAdvice } from '../packages/hate-report/test/fixtures/report-fixtures.js';
import { STORY_LOCALES, type StoryLocale } from './support/locale.js';
import { reportEndpoint } from './support/report-server.js';
import { commonArgTypes, playWhenSettled, stateStories } from './support/state-stories.js';
import { inDesignsystemetPage } from './support/designsystemet-page.js';
import { WIDGET_EXAMPLES } from './support/widget-examples.js';

/**
 * An address that does not exist, next to the fixtures in Storybook: Storybook and the test server both answer 404.
 */
const MISSING_DOCUMENT = 'fixtures/hate-report/finnes-ikke.json';

/** The controls of every story; the keys are the element's attribute names. */
export interface ReportArgs {
  src: string;
  data: unknown;
  lang: StoryLocale | '';
  'heading-level': number;
  today: string;
  timeout: number;
}

/** One `<kommune-hate-report>` as a page would write it; empty args leave their attribute out. */
function report(args: ReportArgs, children: TemplateResult | typeof nothing = nothing, onLoad?: (event: Event) => void): TemplateResult {
  return html`<kommune-hate-report
    src=${args.src || nothing}
    .data=${args.data ?? undefined}
    lang=${args.lang || nothing}
    heading-level=${args['heading-level']}
    today=${args.today || nothing}
    timeout=${args.timeout}
    @kommune-data-load=${onLoad ?? (() => undefined)}
    >${children}</kommune-hate-report
  >`;
}

/**
 * Presses buttons in the widget's shadow root once the data is drawn, as a reader would: where the reader is in the
 * form is not an attribute. Done on `kommune-data-load` (not in `play`) so the accessibility sweep sees it too.
 */
function press(...selectors: string[]) {
  return (event: Event): void => {
    const element = event.currentTarget as HTMLElement & { updateComplete: Promise<boolean> };
    void (async () => {
      for (const selector of selectors) {
        await element.updateComplete;
        element.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
      }
      await element.updateComplete;
    })();
  };
}

const meta = {
  title: 'Widgets/Hets og trusler',
  component: 'kommune-hate-report',
  render: (args) => report(args),
  args: {
    src: '',
    data: reportDocument(reportEndpoint('open')),
    lang: '',
    'heading-level': 2,
    today: '2026-12-02',
    timeout: 15000,
  },
  argTypes: {
    ...commonArgTypes('Address of the kommune data document, or the report section alone.'),
    today: { description: 'The date taken as today (ISO 8601), for demos and tests.', control: { type: 'text' } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The stories talk to a server inside the page (`stories/support/report-server.ts`): one that takes reports, one that does not answer, one that refuses the page. Nothing is sent anywhere.',
      },
    },
  },
  play: playWhenSettled,
} satisfies Meta<ReportArgs>;

export default meta;
type Story = StoryObj<ReportArgs>;

/** The first thing a person meets: is anyone in immediate danger? Beside it, the contact person and the advice. */
export const Ready: Story = {};

/** «Ja»: ring 112 now, the police's 02800 for what does not hurry, and the form still open afterwards. */
export const SomeoneInDanger: Story = {
  render: (args) => report(args, nothing, press('#field-danger-yes')),
};

/** «Neste» pressed without answering: the error summary at the top, the error at the question. */
export const ErrorSummary: Story = {
  render: (args) => report(args, nothing, press('#field-danger-no', '[part="next-button"]', '[part="next-button"]')),
};

/** The kommune's own words beside the form (`report.advice`) instead of the built-in ones. */
export const KommuneAdvice: Story = {
  args: { data: reportWithAdvice(reportEndpoint('open')) },
};

/**
 * The server does not answer: no form that cannot be sent, but the contact person's phone and e-mail at once, and
 * «Prøv igjen».
 */
export const ServerUnreachable: Story = {
  args: { data: reportDocument(reportEndpoint('down')) },
};

/** The server refuses this page (its origin is not the kommune's): the contact person instead of the form. */
export const ServerRefusesThisPage: Story = {
  args: { data: reportDocument(reportEndpoint('refuses')) },
};

const states = stateStories({ render: report, missingSrc: MISSING_DOCUMENT, section: 'report' });
export const Loading: Story = states.Loading;
export const NetworkError: Story = states.NetworkError;
export const Timeout: Story = states.Timeout;
export const ParseError: Story = states.ParseError;

/** A section an editor got wrong (an `http:` endpoint, no contact name): every issue with its path, no form. */
export const SchemaError: Story = {
  args: { data: reportInvalid },
};

/** Bokmål, nynorsk, English and nordsamisk side by side; each widget has its own `lang`. */
export const EveryLocale: Story = {
  render: (args) =>
    html`<style>
        .report-side-by-side {
          display: grid;
          gap: 2em;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 30em), 1fr));
        }
      </style>
      <div class="report-side-by-side">${STORY_LOCALES.map((lang) => report({ ...args, lang }))}</div>`,
};

/**
 * In a kommune page styled with Designsystemet's own CSS (@digdir/designsystemet-css, its default theme): the widget
 * takes the theme's colours, font and corners through the `--ds-*` tokens, with no `--kw-*` token set.
 */
export const Designsystemet: Story = {
  render: () => inDesignsystemetPage(WIDGET_EXAMPLES['kommune-hate-report']()),
};
