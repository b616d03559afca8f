import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kommune-widgets/pledge';
import { pledgeInvalid, pledgeSection } from '../packages/pledge/test/fixtures/pledge-fixtures.js';
import { STORY_LOCALES, type StoryLocale } from './support/locale.js';
import { pledgeEndpoint } from './support/pledge-server.js';
import { commonArgTypes, playWhenSettled, stateStories } from './support/state-stories.js';
import { inDesignsystemetPage } from './support/designsystemet-page.js';
import { WIDGET_EXAMPLES } from './support/widget-examples.js';

/** An address that does not exist, next to the fixtures in Storybook: Storybook and the test server both answer 404. */
const MISSING_DOCUMENT = 'fixtures/pledge/finnes-ikke.json';

/** The controls of every story; the keys are the element's attribute names. */
export interface PledgeArgs {
  src: string;
  data: unknown;
  lang: StoryLocale | '';
  variant: 'full' | 'compact';
  'list-url': string;
  'heading-level': number;
  timeout: number;
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** One `<kommune-pledge>` as a page would write it; empty args leave their attribute out. */
function pledge(args: PledgeArgs, children: TemplateResult | typeof nothing = nothing, onLoad?: (event: Event) => void): TemplateResult {
  return html`<kommune-pledge
    src=${args.src || nothing}
    .data=${args.data ?? undefined}
    lang=${args.lang || nothing}
    variant=${args.variant}
    list-url=${args['list-url'] || nothing}
    heading-level=${args['heading-level']}
    timeout=${args.timeout}
    @kommune-data-load=${onLoad ?? (() => undefined)}
    >${children}</kommune-pledge
  >`;
}

/**
 * Acts in the widget's shadow root once the campaign is drawn, as a reader would: fills fields (`#id=value`, or a
 * select's value) and presses buttons. Done on `kommune-data-load` (not in `play`) so the accessibility sweep sees it.
 */
function act(...steps: string[]) {
  return (event: Event): void => {
    const element = event.currentTarget as Widget;
    void (async () => {
      await element.updateComplete;
      for (const step of steps) {
        await element.updateComplete;
        const [selector, value] = step.split('=') as [string, string | undefined];
        const target = element.shadowRoot?.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
        if (!target) continue;
        if (value === undefined) (target as HTMLElement).click();
        else {
          target.value = value;
          target.dispatchEvent(new Event(target instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
        }
      }
      await element.updateComplete;
    })();
  };
}

const meta = {
  title: 'Widgets/Valgløftet',
  component: 'kommune-pledge',
  render: (args) => pledge(args),
  args: {
    src: '',
    data: pledgeSection(pledgeEndpoint('open')),
    lang: '',
    variant: 'full',
    'list-url': '',
    'heading-level': 2,
    timeout: 15000,
  },
  argTypes: {
    ...commonArgTypes('Address of the kommune data document, or the pledge section alone.'),
    variant: {
      description: '`full`, or `compact` (the count and the latest names).',
      control: { type: 'inline-radio' },
      options: ['full', 'compact'],
    },
    'list-url': { description: 'In the compact variant: the page with the whole list.', control: { type: 'text' } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The stories talk to a server inside the page (`stories/support/pledge-server.ts`): a campaign open for signatures, one closed, one not open yet, one that does not exist, and one that does not answer. Nothing is sent anywhere.',
      },
    },
  },
  play: playWhenSettled,
} satisfies Meta<PledgeArgs>;

export default meta;
type Story = StoryObj<PledgeArgs>;

/**
 * Valgløftet 2027 open for signatures: the built-in text (2023 edition), what counts as a breach, the decision,
 * «6 av 8 lister har signert», the sign form and the signatories by list with their colours (KrF's yellow darkened
 * to 3:1).
 */
export const Ready: Story = {};

/** `variant="compact"`: the count and the five latest names, with a link to the whole list. */
export const Compact: Story = {
  args: { variant: 'compact', 'list-url': '/valgloftet' },
};

/** A closed campaign: it says so, shows the final list, and has no form. */
export const Closed: Story = {
  args: { data: pledgeSection(pledgeEndpoint('closed')) },
};

/** A campaign not open yet: it says when it opens. */
export const Upcoming: Story = {
  args: { data: pledgeSection(pledgeEndpoint('upcoming')) },
};

/** «Signer valgløftet» pressed without answering: the error summary at the top, each error at its field. */
export const SignErrors: Story = {
  render: (args) => pledge(args, nothing, act('[part="sign-button"]')),
};

/** A signature sent with an e-mail address: the name waits until the e-mailed link is followed. */
export const Signed: Story = {
  render: (args) =>
    pledge(
      args,
      nothing,
      act(
        '#field-name=Trine Solberg',
        '#field-list=frp',
        '#field-role-kandidat',
        '#field-email=trine@example.no',
        '#field-consent-yes',
        '[part="sign-button"]',
      ),
    ),
};

/** The kommune's own wording in the document (`pledge.text`), used when the campaign has none. */
export const KommuneText: Story = {
  args: {
    data: pledgeSection(pledgeEndpoint('open'), {
      text: {
        version: '2027',
        title: { nb: 'Vårt valgløfte', nn: 'Valløftet vårt' },
        body: [
          { nb: 'Vi møter hverandre med respekt, også når vi er uenige.', nn: 'Vi møter kvarandre med respekt, òg når vi er usamde.' },
          { nb: 'Vi sier fra når noen blir hetset.', nn: 'Vi seier ifrå når nokon blir hetsa.' },
        ],
      },
    }),
  },
};

/** The campaign does not exist on the server (404): the widget says so, with «Prøv igjen», never a blank box. */
export const CampaignNotFound: Story = {
  args: { data: pledgeSection(pledgeEndpoint('missing')) },
};

/** The server does not answer: the widget says so, with «Prøv igjen». */
export const ServerDown: Story = {
  args: { data: pledgeSection(pledgeEndpoint('down')) },
};

const states = stateStories({ render: pledge, missingSrc: MISSING_DOCUMENT, section: 'pledge' });
export const Loading: Story = states.Loading;
export const NetworkError: Story = states.NetworkError;
export const Timeout: Story = states.Timeout;
export const ParseError: Story = states.ParseError;

/** A section an editor got wrong (an `http:` endpoint, no campaign): every issue with its path. */
export const SchemaError: Story = {
  args: { data: pledgeInvalid },
};

/** Bokmål, nynorsk, English and nordsamisk side by side, compact; each widget has its own `lang`. */
export const EveryLocale: Story = {
  render: (args) =>
    html`<style>
        .pledge-side-by-side {
          display: grid;
          gap: 2em;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 20em), 1fr));
        }
      </style>
      <div class="pledge-side-by-side">${STORY_LOCALES.map((lang) => pledge({ ...args, lang, variant: 'compact' }))}</div>`,
};

/**
 * In a kommune page styled with Designsystemet's own CSS (@digdir/designsystemet-css, its default theme): the widget
 * takes the theme's colours, font and corners through the `--ds-*` tokens, with no `--kw-*` token set.
 */
export const Designsystemet: Story = {
  render: () => inDesignsystemetPage(WIDGET_EXAMPLES['kommune-pledge']()),
};
