import { html, type nothing, type TemplateResult } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { LOCALE_TITLES, STORY_LOCALES } from './locale.js';
import { holdPendingRequest } from './pending-fetch.js';
import { widgetsSettled, type KommuneStoryParameters } from './settle.js';

/** The args every widget's render helper takes from the common element contract (SPEC §3). */
export interface CommonStoryArgs {
  src: string;
  timeout: number;
}

/** The controls of the attributes every widget has (SPEC §3); `src` names what the widget reads. */
export function commonArgTypes(srcDescription: string) {
  return {
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
    src: { description: srcDescription, control: { type: 'text' } },
    timeout: { description: 'Milliseconds to wait for `src`.', control: { type: 'number' } },
    data: { control: false, table: { disable: true } },
  } as const;
}

/** Storybook's a11y check runs after `play`: wait until the data has arrived, so it checks what a reader sees. */
export async function playWhenSettled({ canvasElement, parameters }: { canvasElement: HTMLElement; parameters: unknown }): Promise<void> {
  if (!(parameters as KommuneStoryParameters).kommune?.staysLoading) await widgetsSettled(canvasElement, 20000);
}

/** What {@link stateStories} needs to know of one widget. */
export interface StateStoryOptions<A extends CommonStoryArgs> {
  /** Writes the widget as a page would, with optional light-DOM children (inline JSON). */
  render: (args: A, children?: TemplateResult | typeof nothing) => TemplateResult;
  /** An address that answers 404 in Storybook and on the test server. */
  missingSrc: string;
  /** The widget's section key in the document, so the broken JSON looks like what an editor would paste. */
  section: string;
}

/**
 * The loading, network-error, time-out and parse-error stories, which every widget has alike (the states live once in
 * core). A stories file re-exports each under its own name: `export const Loading: Story = states.Loading;`.
 */
export function stateStories<A extends CommonStoryArgs>({ render, missingSrc, section }: StateStoryOptions<A>) {
  return {
    /**
     * The loading state: the request for the data is held pending (see `pending-fetch.ts`; only this story's made-up
     * address is held, every other request is untouched). The long timeout keeps it loading for 10 minutes.
     */
    Loading: {
      render: (args) => render({ ...args, src: holdPendingRequest(), timeout: 600000 }),
      parameters: { kommune: { staysLoading: true } } satisfies KommuneStoryParameters,
    },
    /** The data file is missing (404): the error says so and offers a retry button. */
    NetworkError: {
      args: { src: missingSrc } as Partial<A>,
    },
    /** The server does not answer within `timeout` (1 ms here, against a request that never answers): a retry button. */
    Timeout: {
      render: (args) => render({ ...args, src: holdPendingRequest(), timeout: 1 }),
    },
    /** Inline JSON that is not valid JSON, as a web editor might paste it. */
    ParseError: {
      render: (args) =>
        render(
          { ...args, src: '' },
          html`<script type="application/json">
            { "schemaVersion": 1, "kommune": { "nummer": "9999", "navn": "Eksempel kommune" }, "${section}": { "items": [ }
          </script>`,
        ),
    },
  } satisfies Record<string, StoryObj<A>>;
}
