import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kommune-widgets/participation-ladder';
import '@kommune-widgets/budget-pie';
import '@kommune-widgets/meeting-calendar';
import '@kommune-widgets/hate-report';
import '@kommune-widgets/pledge';
import { widgetsSettled } from './support/settle.js';
import { WIDGET_EXAMPLES } from './support/widget-examples.js';

/**
 * Every public `--kw-*` token (SPEC §3, docs/theming.md), with its control and the table group it is listed in.
 * `test/manifest.test.mjs` fails when a widget's styles use a token that is missing here.
 */
const TOKENS = {
  '--kw-font-family': { control: 'text', group: 'Every widget' },
  '--kw-color-text': { control: 'color', group: 'Every widget' },
  '--kw-color-text-subtle': { control: 'color', group: 'Every widget' },
  '--kw-color-background': { control: 'color', group: 'Every widget' },
  '--kw-color-surface': { control: 'color', group: 'Every widget' },
  '--kw-color-border': { control: 'color', group: 'Every widget' },
  '--kw-color-accent': { control: 'color', group: 'Every widget' },
  '--kw-color-accent-contrast': { control: 'color', group: 'Every widget' },
  '--kw-color-accent-surface': { control: 'color', group: 'Every widget' },
  '--kw-color-danger': { control: 'color', group: 'Every widget' },
  '--kw-color-danger-surface': { control: 'color', group: 'Every widget' },
  '--kw-color-success': { control: 'color', group: 'Every widget' },
  '--kw-color-warning': { control: 'color', group: 'Every widget' },
  '--kw-focus-ring-color': { control: 'color', group: 'Every widget' },
  '--kw-focus-ring-width': { control: 'text', group: 'Every widget' },
  '--kw-radius': { control: 'text', group: 'Every widget' },
  '--kw-space': { control: 'text', group: 'Every widget' },
  '--kw-loading-min-height': { control: 'text', group: 'Every widget' },
  '--kw-ladder-step-rise': { control: 'text', group: 'Deltakelsestrappa' },
  '--kw-pie-size': { control: 'text', group: 'Budsjettkake' },
  '--kw-chart-1': { control: 'color', group: 'Chart colours' },
  '--kw-chart-2': { control: 'color', group: 'Chart colours' },
  '--kw-chart-3': { control: 'color', group: 'Chart colours' },
  '--kw-chart-4': { control: 'color', group: 'Chart colours' },
  '--kw-chart-5': { control: 'color', group: 'Chart colours' },
  '--kw-chart-6': { control: 'color', group: 'Chart colours' },
  '--kw-chart-7': { control: 'color', group: 'Chart colours' },
  '--kw-chart-8': { control: 'color', group: 'Chart colours' },
  '--kw-chart-9': { control: 'color', group: 'Chart colours' },
  '--kw-chart-10': { control: 'color', group: 'Chart colours' },
  '--kw-chart-11': { control: 'color', group: 'Chart colours' },
  '--kw-chart-12': { control: 'color', group: 'Chart colours' },
  '--kw-chart-other': { control: 'color', group: 'Chart colours' },
} as const;

type TokenName = keyof typeof TOKENS;

const WIDGETS = WIDGET_EXAMPLES;
type WidgetChoice = keyof typeof WIDGETS | 'alle';

type ThemingArgs = Record<TokenName, string> & { widget: WidgetChoice };

/**
 * Sets each token with a value on `element` (an ancestor of the widgets, as a page's stylesheet would) and removes
 * the others, so the widget falls back to Designsystemet's `--ds-*` token or its default. `style.setProperty` through
 * a `ref`: never a `style=` binding or `styleMap`, which a strict Content-Security-Policy blocks.
 */
function applyTokens(element: Element | undefined, args: ThemingArgs): void {
  if (!(element instanceof HTMLElement)) return;
  for (const name of Object.keys(TOKENS) as TokenName[]) {
    const value = args[name]?.trim();
    if (value) element.style.setProperty(name, value);
    else element.style.removeProperty(name);
  }
}

/** The chosen widget, or every widget one after another. */
function renderWidgets(args: ThemingArgs): TemplateResult {
  const chosen = args.widget === 'alle' ? Object.values(WIDGETS) : [WIDGETS[args.widget] ?? WIDGETS['kommune-participation-ladder']];
  return html`<div class="theming-tokens" ${ref((element) => applyTokens(element, args))}>${chosen.map((widget) => widget())}</div>`;
}

const UNSET = Object.fromEntries(Object.keys(TOKENS).map((name) => [name, ''])) as Record<TokenName, string>;

const meta = {
  title: 'Tema/Farger og former',
  render: (args) => renderWidgets(args),
  args: { ...UNSET, widget: 'alle' },
  argTypes: {
    widget: {
      description: 'Which widget to show with the tokens: one, or every widget.',
      control: { type: 'select' },
      options: [...Object.keys(WIDGETS), 'alle'],
    },
    ...Object.fromEntries(
      Object.entries(TOKENS).map(([name, { control, group }]) => [
        name,
        { control: { type: control }, table: { category: 'CSS custom properties', subcategory: group } },
      ]),
    ),
  },
  parameters: { layout: 'padded' },
  play: async ({ canvasElement }) => {
    await widgetsSettled(canvasElement, 20000);
  },
} satisfies Meta<ThemingArgs>;

export default meta;
type Story = StoryObj<ThemingArgs>;

/**
 * A kommune's own colours, font, corners and spacing through the `--kw-*` tokens. Every pair keeps WCAG AA
 * contrast (text 4.5:1, borders and focus ring 3:1), and the chart colours alternate lighter and darker (each 3:1
 * on white and against the next); change them in the controls.
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
    '--kw-color-danger-surface': '#fdecea',
    '--kw-color-success': '#1f5c3a',
    '--kw-color-warning': '#7a4d00',
    '--kw-focus-ring-color': '#6a1b9a',
    '--kw-focus-ring-width': '0.25em',
    '--kw-radius': '0.75em',
    '--kw-space': '1.25em',
    '--kw-ladder-step-rise': '2em',
    '--kw-pie-size': '16em',
    '--kw-chart-1': '#3d9a6b',
    '--kw-chart-2': '#1b3550',
    '--kw-chart-3': '#d07a2e',
    '--kw-chart-4': '#4e1a3f',
  },
};

/**
 * A page that already uses Designsystemet (Norway's public-sector design system): its `--ds-*` tokens on an
 * ancestor reach the widgets without a line of `--kw-*` CSS. The tokens are set by a class in a `<style>` element,
 * as the host page's own stylesheet would. Its `--ds-font-family` names a font the page never loads (`Inter`, as
 * Designsystemet's themes do): the widgets keep the page's own font (here Trebuchet MS), not the browser's serif.
 */
export const DesignsystemetTokens: Story = {
  render: (args) =>
    html`<style>
        .designsystemet-page {
          font-family: 'Trebuchet MS', Arial, sans-serif;
          --ds-font-family: Inter;
          --ds-color-neutral-text-default: #1c1b1f;
          --ds-color-neutral-text-subtle: #4f4a55;
          --ds-color-neutral-background-default: #ffffff;
          --ds-color-neutral-surface-tinted: #f6f2fa;
          --ds-color-neutral-border-default: #6f6676;
          --ds-color-accent-base-default: #5b2a86;
          --ds-color-accent-base-contrast-default: #ffffff;
          --ds-color-accent-surface-tinted: #f1e8f8;
          --ds-color-danger-text-default: #9b1c31;
          --ds-color-danger-surface-tinted: #fbeaec;
          --ds-color-success-text-default: #1d5c36;
          --ds-color-warning-text-default: #724a00;
          --ds-color-focus-outer: #1c1b1f;
          --ds-border-radius-md: 0.5em;
        }
      </style>
      <div class="designsystemet-page">${renderWidgets(args)}</div>`,
};
