/**
 * The all-stories accessibility sweep (SPEC §7): every story of every `stories/*.stories.ts`, rendered the way
 * Storybook renders it (args merged, the story's or the meta's `render`, inside the "Språk" wrapper), is checked
 * with axe-core in nb, nn, en and se, at 320 and 1280 px, once with forced colours, and again after the
 * interactions a reader makes (a step chosen, a process opened, retry pressed). At 320 px the page must not
 * scroll sideways.
 *
 * A scoped exception goes in {@link EXCEPTIONS}: one story, the rule, and the reason next to it.
 */
import { nothing, render, type TemplateResult } from 'lit';
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
// Every `stories/*.stories.ts`, found on disk by the test server (test/helpers/wtr-plugins.mjs): a new file is swept.
import { STORY_FILES } from 'virtual:kommune-stories';
import { inLocale, STORY_LOCALES, type StoryLocale } from '../stories/support/locale.js';
import { kommuneWidgets, widgetsRendered, widgetsSettled, type KommuneStoryParameters } from '../stories/support/settle.js';
import { expectAccessible } from './helpers/axe.js';

/**
 * Scoped axe exceptions: `'<title>/<ExportName>': ['rule-id']`, each with the reason in a comment next to it.
 * Empty: every story passes every rule.
 */
const EXCEPTIONS: Record<string, string[]> = {};

type Args = Record<string, unknown>;
type RenderFn = (args: Args, context: unknown) => unknown;
interface LooseStory {
  name?: string;
  args?: Args;
  parameters?: KommuneStoryParameters & Record<string, unknown>;
  render?: RenderFn;
}
interface LooseMeta extends LooseStory {
  title: string;
}

interface SweepStory {
  /** `<title>/<ExportName>`, as a failing test names it. */
  key: string;
  exportName: string;
  meta: LooseMeta;
  story: LooseStory;
}

const STORIES: SweepStory[] = Object.values(STORY_FILES).flatMap((module) => {
  const { default: meta, ...exports } = module as unknown as { default: LooseMeta } & Record<string, LooseStory>;
  return Object.entries(exports)
    .filter(([name, story]) => name !== '__namedExportsOrder' && typeof story === 'object' && story !== null)
    .map(([exportName, story]) => ({ key: `${meta.title}/${exportName}`, exportName, meta, story }));
});

const storyByKey = (key: string): SweepStory => {
  const found = STORIES.find((s) => s.key === key);
  if (!found) throw new Error(`no story ${key}`);
  return found;
};

let container: HTMLDivElement | undefined;

/**
 * What the page logged while a story was shown. A widget logs each data error once (SPEC §3), so `console.error`
 * is expected only when a widget shows the error state; a warning (for example from Lit's dev mode) never is.
 */
const logged: { error: unknown[][]; warn: unknown[][] } = { error: [], warn: [] };
const realConsole = { error: console.error, warn: console.warn };
function captureConsole(): void {
  logged.error = [];
  logged.warn = [];
  console.error = (...args: unknown[]) => void logged.error.push(args);
  console.warn = (...args: unknown[]) => void logged.warn.push(args);
}
function releaseConsole(): void {
  Object.assign(console, realConsole);
}

function expectQuietConsole(root: Element): void {
  expect(logged.warn.map(String), 'console warnings').to.deep.equal([]);
  const showsError = kommuneWidgets(root).some((w) => w.getAttribute('state') === 'error');
  if (!showsError) expect(logged.error.map(String), 'console errors without an error state').to.deep.equal([]);
}

/** Renders a story as Storybook does (merged args and parameters; the story's render, else the meta's) in `locale`. */
async function mount({ key, exportName, meta, story }: SweepStory, locale: StoryLocale): Promise<HTMLDivElement> {
  unmount();
  container = document.createElement('div');
  document.body.append(container);
  const args = { ...meta.args, ...story.args };
  const parameters = { ...meta.parameters, ...story.parameters };
  const context = {
    id: key,
    name: story.name ?? exportName,
    title: meta.title,
    args,
    parameters,
    globals: { locale },
    viewMode: 'story',
    canvasElement: container,
  };
  const renderStory = story.render ?? meta.render!;
  render(inLocale(locale, renderStory(args, context)) as TemplateResult, container);
  if (parameters.kommune?.staysLoading) await widgetsRendered(container);
  else await widgetsSettled(container);
  expect(kommuneWidgets(container), 'the story renders at least one kommune widget').not.to.be.empty;
  expectQuietConsole(container);
  return container;
}

function unmount(): void {
  if (!container) return;
  render(nothing, container);
  container.remove();
  container = undefined;
}

/** Lets the layout follow a viewport change (container queries, wrapping) before measuring. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function check(story: SweepStory, root: Element): Promise<void> {
  await expectAccessible(root, EXCEPTIONS[story.key] ?? []);
}

async function expectNoSidewaysScroll(): Promise<void> {
  await nextFrame();
  expect(document.documentElement.scrollWidth, 'page width at a 320 px viewport').to.be.at.most(320);
}

const $$ = <T extends Element = HTMLElement>(widget: Element, selector: string) => [...widget.shadowRoot!.querySelectorAll<T>(selector)];

beforeEach(captureConsole);
afterEach(() => {
  unmount();
  releaseConsole();
});

describe('every story passes axe-core (SPEC §7)', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none' });
  });

  for (const story of STORIES) {
    for (const locale of STORY_LOCALES) {
      it(`${story.key} in ${locale}, at 320 px (no sideways scroll) and at 1280 px`, async () => {
        await setViewport({ width: 320, height: 640 });
        const root = await mount(story, locale);
        await expectNoSidewaysScroll();
        await check(story, root);
        await setViewport({ width: 1280, height: 800 });
        await nextFrame();
        await check(story, root);
      });
    }

    it(`${story.key} with forced colours, at 320 and 1280 px`, async () => {
      await emulateMedia({ forcedColors: 'active' });
      expect(window.matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      await setViewport({ width: 320, height: 640 });
      const root = await mount(story, 'nb');
      await expectNoSidewaysScroll();
      await check(story, root);
      await setViewport({ width: 1280, height: 800 });
      await nextFrame();
      await check(story, root);
    });
  }
});

describe('stories stay accessible after a reader acts on them', () => {
  for (const locale of ['nb', 'se'] as const) {
    it(`Ready in ${locale}: choosing a step, opening “Hvor står saken?” and closing it again`, async () => {
      await setViewport({ width: 320, height: 640 });
      const story = storyByKey('Widgets/Deltakelsestrappa/Ready');
      const root = await mount(story, locale);
      const [widget] = kommuneWidgets(root) as [HTMLElement & { updateComplete: Promise<boolean> }];

      $$<HTMLButtonElement>(widget, '.step-button')[3]!.click();
      await widget.updateComplete;
      expect(widget.getAttribute('step')).to.equal('dagsorden');
      await expectNoSidewaysScroll();
      await check(story, root);

      $$<HTMLButtonElement>(widget, '.step-button')[1]!.click();
      await widget.updateComplete;
      $$<HTMLButtonElement>(widget, '.activity-select')[0]!.click();
      await widget.updateComplete;
      expect(widget.hasAttribute('activity'), 'a process is open').to.equal(true);
      await expectNoSidewaysScroll();
      await check(story, root);

      await setViewport({ width: 1280, height: 800 });
      await nextFrame();
      await check(story, root);

      $$<HTMLButtonElement>(widget, '.activity-detail .close')[0]!.click();
      await widget.updateComplete;
      expect(widget.hasAttribute('activity'), 'the process is closed').to.equal(false);
      await check(story, root);
    });
  }

  it('LongTexts at 320 px: a process with long compound words opened still fits', async () => {
    await setViewport({ width: 320, height: 640 });
    const story = storyByKey('Widgets/Deltakelsestrappa/LongTexts');
    const root = await mount(story, 'nb');
    const [widget] = kommuneWidgets(root) as [HTMLElement & { updateComplete: Promise<boolean> }];
    $$<HTMLButtonElement>(widget, '.activity-select')[0]!.click();
    await widget.updateComplete;
    expect(widget.hasAttribute('activity')).to.equal(true);
    await expectNoSidewaysScroll();
    await check(story, root);
    $$<HTMLButtonElement>(widget, '.step-button')[3]!.click();
    await widget.updateComplete;
    await expectNoSidewaysScroll();
    await check(story, root);
  });

  for (const key of ['Widgets/Deltakelsestrappa/NetworkError', 'Widgets/Deltakelsestrappa/Timeout']) {
    it(`${key}: pressing “Prøv igjen” shows the error again, still accessible`, async () => {
      await setViewport({ width: 320, height: 640 });
      const story = storyByKey(key);
      const root = await mount(story, 'nb');
      const [widget] = kommuneWidgets(root) as [HTMLElement & { updateComplete: Promise<boolean> }];
      const events: string[] = [];
      widget.addEventListener('kommune-data-error', () => events.push('error'));
      const retry = $$<HTMLButtonElement>(widget, '.retry')[0];
      expect(retry, 'a retry button').to.exist;
      retry!.click();
      await widget.updateComplete;
      await widgetsSettled(root);
      expect(widget.getAttribute('state')).to.equal('error');
      expect(events, 'the retry ran and failed again').to.deep.equal(['error']);
      await expectNoSidewaysScroll();
      await check(story, root);
    });
  }

  it('EditorOverrides in nn: switching the page language keeps the editor’s texts accessible', async () => {
    await setViewport({ width: 1280, height: 800 });
    const story = storyByKey('Widgets/Deltakelsestrappa/EditorOverrides');
    const root = await mount(story, 'nn');
    const [widget] = kommuneWidgets(root) as [HTMLElement & { updateComplete: Promise<boolean> }];
    expect(widget.shadowRoot!.querySelector('.step-title')!.textContent).to.equal('Vi informerer deg');
    root.querySelector('.story-locale')!.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('.step-title')!.textContent).to.equal('We inform you');
    await check(story, root);
  });
});

// Keeps the sweep honest: a story file that exports nothing would pass silently.
describe('the sweep', () => {
  it('found the stories', () => {
    expect(STORIES.map((s) => s.key)).to.include.members([
      'Widgets/Deltakelsestrappa/Ready',
      'Widgets/Deltakelsestrappa/Loading',
      'Tema/Farger og former/DesignsystemetTokens',
    ]);
    expect(STORIES.length).to.be.greaterThan(35);
  });
});
