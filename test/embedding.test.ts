import { expect } from '@open-wc/testing';
import { formatNumber } from '@kommune-widgets/core';
import type { KommuneParticipationLadder } from '@kommune-widgets/participation-ladder';
import type { KommuneBudgetPie } from '@kommune-widgets/budget-pie';
import { AXE_TAGS } from './helpers/axe.js';

interface HostWindow extends Window {
  __violations: string[];
  __errors: string[];
  __pwned?: unknown;
}

/** Loads the hostile host page (served with a strict CSP and Trusted Types required) in an iframe. */
async function loadHostPage(): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/csp/host.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as HostWindow;
  await win.customElements.whenDefined('kommune-participation-ladder');
  await win.customElements.whenDefined('kommune-budget-pie');
  for (const element of win.document.querySelectorAll<KommuneParticipationLadder | KommuneBudgetPie>(
    'kommune-participation-ladder, kommune-budget-pie',
  )) {
    for (let i = 0; i < 200 && element.getAttribute('state') === 'loading'; i++) await new Promise((r) => setTimeout(r, 10));
    await element.updateComplete;
  }
  // Let a late script (if any got in) run before we look.
  await new Promise((r) => setTimeout(r, 100));
  return win;
}

describe('embedding through the loader in a hostile page with strict CSP', () => {
  let win: HostWindow;
  before(async () => {
    win = await loadHostPage();
  });

  it('is accessible inside the hostile page', async () => {
    for (const id of ['#hostile-text', '#hostile-pie']) {
      const element = win.document.querySelector(id)!;
      const { violations } = await win.axe.run(element, { runOnly: { type: 'tag', values: AXE_TAGS } });
      expect(
        violations.map((v) => v.id),
        id,
      ).to.deep.equal([]);
    }
  });

  it('runs under the policy: no violation, no page error, no Trusted Types failure', () => {
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    // The widgets came through the loader (two copies of it) and its chunks, each file fetched once.
    const files = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.startsWith('/dist/cdn/'))
      .map((url) => url.pathname + url.search);
    // Resource Timing lists entries as they finish: the two copies may come in either order.
    expect(files.filter((file) => !file.startsWith('/dist/cdn/chunks/')).sort()).to.deep.equal([
      '/dist/cdn/kommune-widgets.js',
      '/dist/cdn/kommune-widgets.js?copy=2',
    ]);
    expect(files.filter((file) => /^\/dist\/cdn\/chunks\/(budget-pie|participation-ladder)-/.test(file))).to.have.length(2);
    expect(new Set(files).size, files.join(', ')).to.equal(files.length);
    expect(win.document.querySelector<KommuneParticipationLadder>('#hostile-text')!.state).to.equal('ready');
    expect(win.document.querySelector<KommuneBudgetPie>('#hostile-pie')!.state).to.equal('ready');
  });

  it('colours the pie through classes, which the policy allows, and keeps the data as text', () => {
    const root = win.document.querySelector<KommuneBudgetPie>('#hostile-pie')!.shadowRoot!;
    const fills = [...root.querySelectorAll('path.slice')].map((s) => win.getComputedStyle(s).fill);
    expect(fills).to.have.length(2);
    expect(new Set(fills).size).to.equal(2);
    expect(fills.every((f) => f.startsWith('rgb('))).to.equal(true);
    expect(root.querySelector('h2')!.textContent).to.equal('<img src=x onerror="window.__pwned = \'pie-title\'">Budsjett');
    // The amount as this engine's Intl writes kroner («600 kr», or «kr 600» in WebKit).
    const kroner = formatNumber(600, 'nb', { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).replace(/\s/gu, ' ');
    expect(root.querySelector('path.slice')!.getAttribute('aria-label')!.replace(/\s/gu, ' ')).to.equal(
      `<script>window.__pwned = 'pie-label'</script>Skole, ${kroner}, 60 %`,
    );
    expect(root.querySelector('.source a')!.textContent).to.equal('<i>SSB</i>');
    expect(root.querySelectorAll('img, script, b, i')).to.have.length(0);
    expect(win.getComputedStyle(root.querySelector('#pie-table-region')!).display).to.equal('block');
    expect(win.__pwned).to.equal(undefined);
  });

  it('refuses a javascript: source URL in the budget, with the fallback shown', () => {
    const element = win.document.querySelector<KommuneBudgetPie>('#hostile-pie-url')!;
    expect(element.state).to.equal('error');
    const paths = [...element.shadowRoot!.querySelectorAll('.error-issues code')].map((c) => c.textContent);
    expect(paths).to.deep.equal(['datasets[0].source.url']);
  });

  it('shows markup and script in the data as literal text, and runs none of it', () => {
    const element = win.document.querySelector<KommuneParticipationLadder>('#hostile-text')!;
    const root = element.shadowRoot!;
    expect(win.__pwned).to.equal(undefined);
    expect(root.querySelector('#ladder-heading')!.textContent).to.equal('<img src=x onerror="window.__pwned = \'heading\'">Overskrift');
    expect(root.querySelector('.intro')!.textContent).to.equal("<script>window.__pwned = 'intro'</script> & &amp; <b>fet</b>");
    expect(root.querySelector('.activity-title')!.textContent).to.equal(
      '<svg onload="window.__pwned = \'title\'"></svg>Høring "<i>kursiv</i>"',
    );
    expect(root.querySelectorAll('img, svg, script, b, i')).to.have.length(0);
    expect(root.querySelector('.activity-link')!.getAttribute('href')).to.equal('/ok?q=<script>');
  });

  it('refuses javascript:, data: and disguised URLs as schema errors, with the fallback shown', () => {
    const element = win.document.querySelector<KommuneParticipationLadder>('#hostile-url')!;
    expect(element.state).to.equal('error');
    const paths = [...element.shadowRoot!.querySelectorAll('.error-issues code')].map((c) => c.textContent);
    expect(paths).to.deep.equal(['activities[0].url', 'activities[1].url', 'activities[2].url']);
    expect(element.shadowRoot!.querySelectorAll('a[href^="javascript"], a[href^="data"]')).to.have.length(0);
    expect(
      element
        .shadowRoot!.querySelector('slot')!
        .assignedElements()
        .find((e) => e.localName === 'a')!.textContent,
    ).to.equal('Fallback link');
  });

  it('withstands the page’s global CSS: its own text is not uppercased, spaced or shrunk', () => {
    const element = win.document.querySelector<KommuneParticipationLadder>('#hostile-text')!;
    const title = element.shadowRoot!.querySelector('.step-title')!;
    const style = win.getComputedStyle(title);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    const button = element.shadowRoot!.querySelector('.step-button')!;
    expect(win.getComputedStyle(button).display).to.equal('grid');
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
  });
});
