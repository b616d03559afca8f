import { expect } from '@open-wc/testing';
import type { KommuneElement } from '@kommune-widgets/core';
import type { AxeResults, RunOptions } from 'axe-core';
import { AXE_TAGS } from './helpers/axe.js';

/** The demo page as `npm start` serves it, with axe added once it has loaded. */
interface DemoWindow extends Window {
  axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
}

/** Opens `demo/index.html` (the page `npm start` shows) in an iframe and waits until no widget is loading. */
async function openDemo(): Promise<{ win: DemoWindow; widgets: KommuneElement<unknown>[]; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.title = 'Eksempel kommune';
  frame.width = '1280';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as DemoWindow;
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  const widgets = [
    ...win.document.querySelectorAll<KommuneElement<unknown>>('kommune-participation-ladder, kommune-budget-pie, kommune-meeting-calendar'),
  ];
  for (const widget of widgets) {
    await win.customElements.whenDefined(widget.localName);
    for (let i = 0; i < 500 && widget.getAttribute('state') !== 'ready' && widget.getAttribute('state') !== 'error'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await widget.updateComplete;
  }
  const axe = win.document.createElement('script');
  const axeLoaded = new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
  axe.src = '/node_modules/axe-core/axe.min.js';
  win.document.head.append(axe);
  await axeLoaded;
  return { win, widgets, errors };
}

describe('the demo page of Eksempel kommune', () => {
  let demo: Awaited<ReturnType<typeof openDemo>>;
  before(async () => {
    demo = await openDemo();
  });

  it('shows every widget on it with its data, in bokmål and nordsamisk', () => {
    expect(demo.widgets.length).to.be.at.least(6);
    expect(demo.widgets.map((widget) => `${widget.localName} ${widget.getAttribute('state')}`)).to.deep.equal(
      demo.widgets.map((widget) => `${widget.localName} ready`),
    );
    const sami = demo.widgets.filter((widget) => widget.closest('[lang="se"]'));
    expect(sami.length, 'widgets in the Sámegillii section').to.be.at.least(1);
    for (const widget of sami) expect(widget.shadowRoot!.textContent).not.to.contain('Laster inn');
    expect(demo.errors).to.deep.equal([]);
  });

  it('is accessible', async () => {
    for (const widget of demo.widgets) {
      const { violations } = await demo.win.axe.run(widget, { runOnly: { type: 'tag', values: AXE_TAGS } });
      expect(
        violations.map((violation) => violation.id),
        widget.localName,
      ).to.deep.equal([]);
    }
  });
});
