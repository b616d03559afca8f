// dist/cdn/embed.html, as a CMS that allows only an iframe shows it: one widget from the query, under the strict CSP,
// with only a document from its own site; a request it cannot show says why.
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { AXE_TAGS } from '../../../test/helpers/axe.js';

const EXAMPLE = '/docs/examples/eksempel-kommune.json';

/** Waits until `check` holds, or fails after `ms`. */
async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The embed page with `query`, in an iframe as a kommune's page has it; removed after the test. */
async function embed(query: Record<string, string>): Promise<{ win: Window; doc: Document; requests: () => string[] }> {
  const frame = document.createElement('iframe');
  frame.title = 'embed';
  frame.width = '800';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/cdn/embed.html?${new URLSearchParams(query)}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow!;
  return {
    win,
    doc: frame.contentDocument!,
    requests: () => win.performance.getEntriesByType('resource').map((entry) => entry.name),
  };
}

const frames: HTMLIFrameElement[] = [];

type AxeWindow = Window & {
  axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string } };
};

/**
 * Runs axe-core inside the frame's own document: loaded as a script of the site (the page requires Trusted Types,
 * so its URL goes through a policy of the test's), as the hostile host page loads it.
 */
async function expectFrameAccessible(win: AxeWindow): Promise<void> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    const url = '/node_modules/axe-core/axe.min.js';
    const policy = win.trustedTypes?.createPolicy('embed-test-axe', { createScriptURL: (u) => u });
    script.src = (policy ? policy.createScriptURL(url) : url) as string;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    win.document.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(win.document, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
}

/** CSP violations reported in the frame (the page itself runs no script of ours to record them: listen from here). */
function violationsOf(win: Window): string[] {
  const seen: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  return seen;
}

describe('embed.html', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('shows the widget the query names, in its language and with its options, under the strict CSP', async () => {
    const { win, doc, requests } = await embed({ widget: 'budget-pie', src: EXAMPLE, lang: 'nn', variant: 'pie' });
    const violations = violationsOf(win);
    const pie = () => doc.querySelector('kommune-budget-pie');
    await until(() => pie()?.getAttribute('state') === 'ready', 'the pie');
    expect(pie()!.getAttribute('lang')).to.equal('nn');
    expect(pie()!.getAttribute('variant')).to.equal('pie');
    expect(doc.documentElement.lang).to.equal('nn');
    expect(doc.title).to.equal('Budsjettkaka');
    expect(doc.querySelector('h1')!.textContent).to.equal('Budsjettkaka');
    expect(pie()!.shadowRoot!.textContent).to.contain('Driftsbudsjett');
    // Only what this widget needs: no other widget's module.
    expect(requests().some((name) => /participation-ladder|meeting-calendar|hate-report|pledge/.test(name))).to.equal(false);
    expect(violations).to.deep.equal([]);
    await expectFrameAccessible(win);
  });

  it('refuses a document on another site before fetching anything, and says why', async () => {
    const { win, doc, requests } = await embed({ widget: 'meeting-calendar', src: 'https://example.org/kommune.json' });
    await until(() => Boolean(doc.querySelector('[role=alert]')), 'the message');
    expect(doc.querySelector('[role=alert]')!.textContent).to.equal(
      '«https://example.org/kommune.json» er på et annet nettsted. Rammen viser bare dokumenter fra nettstedet den ligger på.',
    );
    expect(doc.querySelector('kommune-meeting-calendar')).to.equal(null);
    expect(requests().some((name) => name.includes('example.org'))).to.equal(false);
    await expectFrameAccessible(win);
  });

  it('names the widgets it knows for an unknown one, and refuses an option value the widget does not have', async () => {
    const unknown = await embed({ widget: 'kart', src: EXAMPLE, lang: 'en' });
    await until(() => Boolean(unknown.doc.querySelector('[role=alert]')), 'the message');
    expect(unknown.doc.querySelector('[role=alert]')!.textContent).to.equal(
      'Unknown widget “kart”. Write widget= with one of these: participation-ladder, budget-pie, meeting-calendar, hate-report, pledge.',
    );
    const option = await embed({ widget: 'meeting-calendar', src: EXAMPLE, view: 'year' });
    await until(() => Boolean(option.doc.querySelector('[role=alert]')), 'the message');
    expect(option.doc.querySelector('[role=alert]')!.textContent).to.equal('Verdien «year» passer ikke i view=.');
  });

  it('the editors’ page itself runs under the strict CSP: it checks a document and previews a widget with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'editors’ page';
    frame.width = '1280';
    frame.height = '900';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/dist/cdn/editor/index.html';
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const win = frame.contentWindow!;
    const violations = violationsOf(win);
    const app = () => win.document.querySelector('kw-editor-app')?.shadowRoot;
    await until(() => Boolean(app()?.querySelector('h1')), 'the page');
    const source = app()!.querySelector('kw-document-source')!.shadowRoot!;
    source.querySelector<HTMLInputElement>('#source-url')!.click();
    await until(() => Boolean(source.querySelector('#field-address')), 'the address field');
    const field = source.querySelector<HTMLInputElement>('#field-address')!;
    field.value = EXAMPLE;
    field.dispatchEvent(new Event('input'));
    source.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(
      () =>
        app()?.querySelector('kw-widget-preview')?.shadowRoot?.querySelector('kommune-participation-ladder')?.getAttribute('state') ===
        'ready',
      'the preview',
    );
    expect(app()!.querySelector('kw-check-report')!.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.match(
      /er i orden\.$|is in order\.$|er i orden\.$/,
    );
    expect(violations).to.deep.equal([]);
    await expectFrameAccessible(win as AxeWindow);
  });
});
