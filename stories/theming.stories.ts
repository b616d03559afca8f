import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kommune-widgets/participation-ladder';
import { LADDER_REFERENCE_DATE, ladderDocument } from '../packages/participation-ladder/test/fixtures/ladder-fixtures.js';
import { widgetsSettled } from './support/settle.js';

/**
 * The public `--kw-*` tokens a kommune may set (SPEC §3). Every value is set with `element.style.setProperty`
 * through a `ref`: never a `style=` binding or `styleMap`, which a strict Content-Security-Policy blocks.
 * An empty value removes the token, so the widget falls back to Designsystemet's `--ds-*` token or its default.
 */
const TOKENS = {
  '--kw-font-family': 'text',
  '--kw-color-text': 'color',
  '--kw-color-text-subtle': 'color',
  '--kw-color-background': 'color',
  '--kw-color-surface': 'color',
  '--kw-color-border': 'color',
  '--kw-color-accent': 'color',
  '--kw-color-accent-contrast': 'color',
  '--kw-color-accent-surface': 'color',
  '--kw-color-danger': 'color',
  '--kw-color-success': 'color',
  '--kw-color-warning': 'color',
  '--kw-focus-ring-color': 'color',
  '--kw-focus-ring-width': 'text',
  '--kw-radius': 'text',
  '--kw-space': 'text',
  '--kw-chart-1': 'color',
  '--kw-chart-2': 'color',
  '--kw-chart-3': 'color',
} as const;

type TokenName = keyof typeof TOKENS;
type ThemingArgs = Record<TokenName, string>;

/** Sets each token with a value on `element` and removes the others. */
function applyTokens(element: Element | undefined, args: ThemingArgs): void {
  if (!(element instanceof HTMLElement)) return;
  for (const name of Object.keys(TOKENS) as TokenName[]) {
    const value = args[name]?.trim();
    if (value) element.style.setProperty(name, value);
    else element.style.removeProperty(name);
  }
}

const UNSET = Object.fromEntries(Object.keys(TOKENS).map((name) => [name, ''])) as ThemingArgs;

const meta = {
  title: 'Tema/Farger og former',
  render: (args) =>
    html`<kommune-participation-ladder
      .data=${ladderDocument}
      reference-date=${LADDER_REFERENCE_DATE}
      step="spørre"
      ${ref((element) => applyTokens(element, args))}
    ></kommune-participation-ladder>`,
  args: UNSET,
  argTypes: Object.fromEntries(
    Object.entries(TOKENS).map(([name, control]) => [name, { control: { type: control }, table: { category: 'CSS custom properties' } }]),
  ),
  parameters: { layout: 'padded' },
  play: async ({ canvasElement }) => {
    await widgetsSettled(canvasElement, 20000);
  },
} satisfies Meta<ThemingArgs>;

export default meta;
type Story = StoryObj<ThemingArgs>;

/**
 * A kommune's own colours, font, corners and spacing through the `--kw-*` tokens. Every pair keeps WCAG AA
 * contrast (text 4.5:1, borders and focus ring 3:1); change them in the controls.
 */
export const KommuneTokens: Story = {
  args: {
    '--kw-font-family': 'Georgia, "Times New Roman", serif',
    '--kw-color-text': '#1b1b1b',
    '--kw-color-text-subtle': '#4a4a4a',
    '--kw-color-background': '#ffffff',
    '--kw-color-surface': '#f2f7f4',
    '--kw-color-border': '#5f6b64',
    '--kw-color-accent': '#1f5c3a',
    '--kw-color-accent-contrast': '#ffffff',
    '--kw-color-accent-surface': '#e4f1e9',
    '--kw-color-danger': '#a4161a',
    '--kw-color-success': '#1f5c3a',
    '--kw-color-warning': '#7a4d00',
    '--kw-focus-ring-color': '#6a1b9a',
    '--kw-focus-ring-width': '0.25em',
    '--kw-radius': '0.75em',
    '--kw-space': '1.25em',
    '--kw-chart-1': '#1f5c3a',
    '--kw-chart-2': '#a4161a',
    '--kw-chart-3': '#6a1b9a',
  },
};

/**
 * A page that already uses Designsystemet (Norway's public-sector design system): its `--ds-*` tokens on an
 * ancestor reach the widget without a line of `--kw-*` CSS. The tokens are set by a class in a `<style>`
 * element, as the host page's own stylesheet would.
 */
export const DesignsystemetTokens: Story = {
  render: (args) =>
    html`<style>
        .designsystemet-page {
          --ds-font-family: 'Trebuchet MS', Arial, sans-serif;
          --ds-color-neutral-text-default: #1c1b1f;
          --ds-color-neutral-text-subtle: #4f4a55;
          --ds-color-neutral-background-default: #ffffff;
          --ds-color-neutral-surface-tinted: #f6f2fa;
          --ds-color-neutral-border-default: #6f6676;
          --ds-color-accent-base-default: #5b2a86;
          --ds-color-accent-base-contrast-default: #ffffff;
          --ds-color-accent-surface-tinted: #f1e8f8;
          --ds-color-focus-outer: #1c1b1f;
          --ds-border-radius-md: 0.5em;
        }
      </style>
      <div class="designsystemet-page">${meta.render(args)}</div>`,
};
