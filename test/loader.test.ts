import { expect } from '@open-wc/testing';
import { startLoader } from 'kommune-widgets/loader';
import { AXE_TAGS } from './helpers/axe.js';
import { settled, shadowText } from './helpers/widget.js';

/**
 * The loader a web editor pastes (SPEC §2, `dist/cdn/kommune-widgets.js`), on real pages: each test opens a fresh page
 * in an iframe (a loader's work starts with a page's load, and an element registered once stays registered), built
 * like the README snippet, and looks at what the page shows and which files it fetched.
 */

const LOADER = '/dist/cdn/kommune-widgets.js';
const EXAMPLE = '/docs/examples/eksempel-kommune.json';
const TODAY = '2026-11-23';

/** What the build wrote about the loader's chunks (rollup.config.js: LOADER_MANIFEST). */
interface LoaderManifest {
  loader: string;
  widgets: Record<string, string>;
  chunks: Record<string, { imports: string[]; dynamicImports: string[]; locale: string | null }>;
}

type Widget = HTMLElement & { updateComplete: Promise<boolean>; state?: string };

interface PageWindow extends Window {
  customElements: CustomElementRegistry;
  /** Every page error, unhandled rejection, console warning and console error, as text. */
  __problems: string[];
  /** The loader's `discover`, on pages that ask for it. */
  __discover?: (root: ParentNode & Node) => Promise<void>;
  axe: Window['axe'];
}

let manifest: LoaderManifest;
/** The realistic example document (docs/examples/), read once. */
let EXAMPLE_DOCUMENT: { participation: unknown };

/** `files` and every chunk they import statically, as paths from the site's root. */
function withStaticImports(files: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of manifest.chunks[file]?.imports ?? []) visit(next);
  };
  files.forEach(visit);
  return new Set([...seen].map((file) => `/dist/cdn/${file}`));
}

/** What a page with these widgets (in bokmål) must fetch: the loader, their chunks and what those import. */
const expectedFor = (...tags: string[]) => withStaticImports([manifest.loader, ...tags.map((tag) => manifest.widgets[tag]!)]);

/** The files below /dist/cdn/ the page has fetched so far, in the order it asked for them. */
const fetched = (win: PageWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/'));

/**
 * Opens a kommune's page in a fresh iframe: `body` below the README's script tag. `head` goes before the loader.
 * The page records its own errors and console warnings, for the tests to read.
 */
async function openPage(body: string, { head = '', scripts = [LOADER] }: { head?: string; scripts?: string[] } = {}): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  frame.srcdoc = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>Eksempel kommune</title>
    <script>
      window.__problems = [];
      addEventListener('error', (event) => __problems.push('error: ' + event.message));
      addEventListener('unhandledrejection', (event) => __problems.push('rejection: ' + event.reason));
      for (const level of ['warn', 'error']) {
        const original = console[level].bind(console);
        console[level] = (...args) => { __problems.push(level + ': ' + args.join(' ')); original(...args); };
      }
    </script>
    ${head}
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    <h1>Eksempel kommune</h1>
    ${body}
  </body>
</html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as unknown as PageWindow;
}

/** Waits until `tag` is registered in the page, or fails after `timeout` ms. */
async function defined(win: PageWindow, tag: string, timeout = 10000): Promise<void> {
  await Promise.race([
    win.customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> not registered after ${timeout} ms`)), timeout)),
  ]);
}

/** Waits for an element of the page to be registered and to leave its loading state. */
async function ready(win: PageWindow, element: Widget): Promise<Widget> {
  await defined(win, element.localName);
  await settled(element, 10000);
  return element;
}

/** Gives the page time to fetch what it would fetch (the loader works on its own schedule after the load). */
const idle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

const pie = (attributes = '') =>
  `<kommune-budget-pie ${attributes} src="${EXAMPLE}" today="${TODAY}"><a href="/budsjett.pdf">Budsjettet som PDF</a></kommune-budget-pie>`;
const ladder = (attributes = '') =>
  `<kommune-participation-ladder ${attributes} src="${EXAMPLE}" today="${TODAY}"><a href="/medvirkning">Medvirkning</a></kommune-participation-ladder>`;

describe('the loader a web editor pastes', function () {
  this.timeout(30000);
  const pages: PageWindow[] = [];

  before(async () => {
    manifest = (await (await fetch('/dist/cdn-manifest.json')).json()) as LoaderManifest;
    EXAMPLE_DOCUMENT = (await (await fetch(EXAMPLE)).json()) as typeof EXAMPLE_DOCUMENT;
  });

  after(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('shows a ladder in nynorsk and a pie in English side by side, each in its own language', async () => {
    const win = await openPage(`${ladder('lang="nn"')}\n${pie('lang="en"')}`, {
      head: '<script src="/node_modules/axe-core/axe.min.js"></script>',
    });
    pages.push(win);
    const steps = await ready(win, win.document.querySelector('kommune-participation-ladder')!);
    const chart = await ready(win, win.document.querySelector('kommune-budget-pie')!);
    expect(steps.getAttribute('state')).to.equal('ready');
    expect(chart.getAttribute('state')).to.equal('ready');
    expect(steps.shadowRoot!.querySelector('ol.ladder')!.getAttribute('aria-label')).to.equal('Trinna i deltakingstrappa');
    expect(shadowText(chart.shadowRoot!.querySelector('.table-button')!)).to.equal('Show the figures as a table');
    // Both widgets came through the loader's chunks, not a file of their own.
    const files = fetched(win);
    for (const file of expectedFor('kommune-participation-ladder', 'kommune-budget-pie')) expect(files).to.include(file);
    expect(files.filter((file) => !file.startsWith('/dist/cdn/chunks/'))).to.deep.equal([LOADER]);
    expect(win.__problems).to.deep.equal([]);
  });

  it('fetches only the pie’s modules on a page with only the pie: nothing of the ladder, no other language', async () => {
    const win = await openPage(pie());
    await ready(win, win.document.querySelector('kommune-budget-pie')!);
    await idle();
    expect(new Set(fetched(win))).to.deep.equal(expectedFor('kommune-budget-pie'));
    expect(fetched(win)).to.have.length(expectedFor('kommune-budget-pie').size, 'each file once');
    expect(win.customElements.get('kommune-participation-ladder')).to.equal(undefined);
    expect(win.__problems).to.deep.equal([]);
  });

  it('upgrades a widget the page adds after it has loaded', async () => {
    const win = await openPage('<p>Ingen modul ennå.</p>');
    await idle();
    expect(fetched(win), 'nothing but the loader before a widget is there').to.deep.equal([LOADER]);
    // As a CMS inserts a block: the element with its inline data, in nynorsk.
    const added = win.document.createElement('kommune-participation-ladder') as Widget;
    added.setAttribute('today', TODAY);
    added.setAttribute('lang', 'nn');
    const data = win.document.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify(EXAMPLE_DOCUMENT.participation);
    added.append(data);
    win.document.body.append(added);
    await ready(win, added);
    expect(added.getAttribute('state')).to.equal('ready');
    expect(shadowText(added.shadowRoot!.querySelector('h2')!)).to.equal('Deltakingstrappa');
    expect(win.__problems).to.deep.equal([]);
  });

  it('never fetches anything for a kommune-* element of the site’s own, such as <kommune-header>', async () => {
    const win = await openPage(`<kommune-header><a href="/">Eksempel kommune</a></kommune-header>\n${pie()}`);
    await ready(win, win.document.querySelector('kommune-budget-pie')!);
    win.document.body.append(win.document.createElement('kommune-footer'));
    win.document.body.append(win.document.createElement('kommune-header'));
    await idle();
    expect(new Set(fetched(win))).to.deep.equal(expectedFor('kommune-budget-pie'));
    expect(win.customElements.get('kommune-header')).to.equal(undefined);
    expect(win.customElements.get('kommune-footer')).to.equal(undefined);
    expect(win.document.querySelector('kommune-header a')!.textContent).to.equal('Eksempel kommune');
    expect(win.__problems).to.deep.equal([]);
  });

  it('fetches only the loader on a page whose only kommune-* element is the site’s own', async () => {
    const win = await openPage('<kommune-header><a href="/">Eksempel kommune</a></kommune-header>');
    await idle();
    expect(fetched(win)).to.deep.equal([LOADER]);
    expect(win.__problems).to.deep.equal([]);
  });

  it('finds a widget inside a host’s own shadow root with discover(root), and one added to that root later', async () => {
    const host = `<script>
      customElements.define('cms-card', class extends HTMLElement {
        constructor() {
          super();
          const pie = document.createElement('kommune-budget-pie');
          pie.setAttribute('src', ${JSON.stringify(EXAMPLE)});
          pie.setAttribute('today', ${JSON.stringify(TODAY)});
          this.attachShadow({ mode: 'open' }).append(pie);
        }
      });
    </script>
    <script type="module">
      import { discover } from ${JSON.stringify(LOADER)};
      window.__discover = discover;
    </script>`;
    const win = await openPage('<cms-card></cms-card>', { head: host });
    const root = win.document.querySelector('cms-card')!.shadowRoot!;
    await idle();
    expect(win.customElements.get('kommune-budget-pie'), 'the document’s observer cannot see into a shadow root').to.equal(undefined);
    await win.__discover!(root);
    const chart = await ready(win, root.querySelector('kommune-budget-pie')!);
    expect(chart.getAttribute('state')).to.equal('ready');
    const later = win.document.createElement('kommune-participation-ladder') as Widget;
    later.setAttribute('src', EXAMPLE);
    later.setAttribute('today', TODAY);
    root.append(later);
    await ready(win, later);
    expect(later.getAttribute('state')).to.equal('ready');
    expect(win.__problems).to.deep.equal([]);
  });

  it('keeps working when the site’s navigation replaces <body>, as Turbo and similar CMS scripts do', async () => {
    const win = await openPage(ladder());
    await ready(win, win.document.querySelector('kommune-participation-ladder')!);
    // The next page's body arrives as a new element and takes the old one's place; the loader must still see it.
    const next = win.document.createElement('body');
    const heading = win.document.createElement('h1');
    heading.textContent = 'Budsjett';
    const chart = win.document.createElement('kommune-budget-pie') as Widget;
    chart.setAttribute('src', EXAMPLE);
    chart.setAttribute('today', TODAY);
    next.append(heading, chart);
    win.document.body.replaceWith(next);
    await ready(win, chart);
    expect(chart.getAttribute('state')).to.equal('ready');
    expect(win.__problems).to.deep.equal([]);
  });

  it('throws and warns nothing with two copies of the loader and a widget’s self-contained file on one page', async () => {
    const win = await openPage(`${ladder()}\n${pie()}`, {
      scripts: [LOADER, `${LOADER}?copy=2`, '/dist/cdn/budget-pie.js'],
    });
    await ready(win, win.document.querySelector('kommune-participation-ladder')!);
    await ready(win, win.document.querySelector('kommune-budget-pie')!);
    await idle();
    const files = fetched(win);
    expect(files.filter((file) => file.includes('/chunks/'))).to.deep.equal(
      [...new Set(files.filter((f) => f.includes('/chunks/')))],
      'each chunk once',
    );
    expect(win.__problems).to.deep.equal([]);
  });

  it('keeps the fallback and says so once when a widget’s module fails to load, and tries again for the next one', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    let attempts = 0;
    const tag = 'kommune-flaky-widget';
    const discover = startLoader({
      [tag]: () => {
        attempts++;
        if (attempts === 1) return Promise.reject(new Error('offline'));
        customElements.define(tag, class extends HTMLElement {});
        return Promise.resolve();
      },
    });
    const first = document.createElement(tag);
    const fallback = document.createElement('a');
    fallback.href = '/budsjett.pdf';
    fallback.textContent = 'Budsjettet som PDF';
    first.append(fallback);
    try {
      document.body.append(first);
      await discover(document.body);
      expect(customElements.get(tag)).to.equal(undefined);
      expect(fallback.getBoundingClientRect().height, 'the fallback link is shown').to.be.greaterThan(0);
      expect(errors).to.have.length(1);
      expect(String(errors[0]![0])).to.equal(`[kommune-widgets] <${tag}> could not be loaded; its fallback content stays.`);
      const second = document.createElement(tag);
      document.body.append(second);
      await discover(document.body);
      expect(customElements.get(tag)).not.to.equal(undefined);
      expect(attempts).to.equal(2);
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
      for (const element of document.querySelectorAll(tag)) element.remove();
    }
  });

  it('is accessible: both widgets loaded through the loader, in nynorsk and English', async () => {
    const win = pages[0]!;
    for (const tag of ['kommune-participation-ladder', 'kommune-budget-pie']) {
      const { violations } = await win.axe.run(win.document.querySelector(tag)!, { runOnly: { type: 'tag', values: AXE_TAGS } });
      expect(
        violations.map((v) => v.id),
        tag,
      ).to.deep.equal([]);
    }
  });
});
