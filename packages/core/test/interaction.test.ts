import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pressChord } from '../../../test/helpers/engine.js';
import { css, html as litHtml, LitElement } from 'lit';
import { AnnouncerController, FocusAfterUpdateController, RovingFocusController } from '@kommune-widgets/core';
import { expectAccessible } from '../../../test/helpers/axe.js';

/** A toolbar of five buttons and a 3×7 grid of days, each with its own roving focus, as a widget would compose them. */
class FocusHarness extends LitElement {
  static override properties = { month: { type: Number } };
  static override styles = css`
    .item,
    td {
      min-inline-size: 2em;
      block-size: 2em;
    }
  `;
  month = 1;
  pages: number[] = [];
  readonly list = new RovingFocusController(this, {
    elements: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.item')],
    orientation: 'horizontal',
  });
  readonly grid = new RovingFocusController(this, {
    elements: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role=gridcell]')],
    layout: 'grid',
    columns: 7,
    onBeyond: ({ direction, page }) => {
      if (!page) return false;
      this.pages.push(direction);
      this.month += direction;
      this.focusAfter.request(() => this.renderRoot.querySelector<HTMLElement>('[role=gridcell]'));
      return true;
    },
  });
  readonly focusAfter = new FocusAfterUpdateController(this);
  readonly announcer = new AnnouncerController(this);

  override render() {
    return litHtml`<div role="toolbar" aria-label="Trinn">${[1, 2, 3, 4, 5].map((n) => litHtml`<button class="item" type="button">${n}</button>`)}</div>
      <table role="grid" aria-label=${`Måned ${this.month}`}>
        ${[0, 1, 2].map(
          (row) =>
            litHtml`<tr>${[0, 1, 2, 3, 4, 5, 6].map((col) => litHtml`<td role="gridcell" data-day=${row * 7 + col + 1}>${row * 7 + col + 1}</td>`)}</tr>`,
        )}
      </table>
      <button class="outside-target" type="button">Mål</button>
      ${this.announcer.render()}`;
  }
}
customElements.define('focus-harness', FocusHarness);

const active = (element: FocusHarness) => element.shadowRoot!.activeElement as HTMLElement | null;
const tabStops = (element: FocusHarness, selector: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)].filter((e) => e.tabIndex === 0).length;

describe('interaction controllers', () => {
  it('leave the harness accessible', async () => {
    const element = await fixture<FocusHarness>(html`<focus-harness></focus-harness>`);
    await expectAccessible(element);
  });

  describe('RovingFocusController over a list', () => {
    it('keeps one Tab stop and moves with the arrows, Home and End, without wrapping', async () => {
      const element = await fixture<FocusHarness>(html`<focus-harness></focus-harness>`);
      expect(tabStops(element, '.item')).to.equal(1);
      element.shadowRoot!.querySelector<HTMLElement>('.item')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(active(element)?.textContent).to.equal('2');
      await sendKeys({ press: 'End' });
      expect(active(element)?.textContent).to.equal('5');
      await sendKeys({ press: 'ArrowRight' });
      expect(active(element)?.textContent).to.equal('5');
      await sendKeys({ press: 'Home' });
      expect(active(element)?.textContent).to.equal('1');
      // Horizontal only: up and down belong to the page.
      await sendKeys({ press: 'ArrowDown' });
      expect(active(element)?.textContent).to.equal('1');
      expect(tabStops(element, '.item')).to.equal(1);
    });

    it('remembers where the reader left the group for the next Tab into it', async () => {
      const element = await fixture<FocusHarness>(html`<focus-harness></focus-harness>`);
      element.shadowRoot!.querySelector<HTMLElement>('.item')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      const stop = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.item')].find((e) => e.tabIndex === 0);
      expect(stop?.textContent).to.equal('3');
    });
  });

  describe('RovingFocusController over a grid', () => {
    it('moves by day with left and right and by week with up and down, Home and End within the week', async () => {
      const element = await fixture<FocusHarness>(html`<focus-harness></focus-harness>`);
      element.shadowRoot!.querySelector<HTMLElement>('[data-day="9"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(active(element)?.dataset['day']).to.equal('16');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(active(element)?.dataset['day']).to.equal('2');
      await sendKeys({ press: 'ArrowLeft' });
      expect(active(element)?.dataset['day']).to.equal('1');
      await sendKeys({ press: 'End' });
      expect(active(element)?.dataset['day']).to.equal('7');
      await sendKeys({ press: 'Home' });
      expect(active(element)?.dataset['day']).to.equal('1');
      await pressChord('Control', 'End');
      expect(active(element)?.dataset['day']).to.equal('21');
      expect(tabStops(element, '[role=gridcell]')).to.equal(1);
    });

    it('hands PageDown and PageUp to the host, which turns the month and keeps focus in the grid', async () => {
      const element = await fixture<FocusHarness>(html`<focus-harness></focus-harness>`);
      element.shadowRoot!.querySelector<HTMLElement>('[data-day="9"]')!.focus();
      await sendKeys({ press: 'PageDown' });
      await element.updateComplete;
      expect(element.pages).to.deep.equal([1]);
      expect(element.shadowRoot!.querySelector('table')!.getAttribute('aria-label')).to.equal('Måned 2');
      expect(active(element)?.dataset['day']).to.equal('1');
      await sendKeys({ press: 'PageUp' });
      await element.updateComplete;
      expect(element.pages).to.deep.equal([1, -1]);
    });
  });

  describe('FocusAfterUpdateController', () => {
    it('moves focus after the update when focus is in the widget', async () => {
      const element = await fixture<FocusHarness>(html`<focus-harness></focus-harness>`);
      element.shadowRoot!.querySelector<HTMLElement>('.item')!.focus();
      expect(element.focusAfter.request(() => element.shadowRoot!.querySelector<HTMLElement>('.outside-target'))).to.equal(true);
      await element.updateComplete;
      expect(active(element)?.className).to.equal('outside-target');
    });

    it('never pulls focus into the widget from elsewhere on the page', async () => {
      const wrapper = await fixture(html`<div><input aria-label="Søk på siden" /><focus-harness></focus-harness></div>`);
      const element = wrapper.querySelector('focus-harness') as FocusHarness;
      const input = wrapper.querySelector('input')!;
      input.focus();
      expect(element.focusAfter.request(() => element.shadowRoot!.querySelector<HTMLElement>('.outside-target'))).to.equal(false);
      await element.updateComplete;
      expect(document.activeElement).to.equal(input);
    });
  });

  describe('AnnouncerController', () => {
    it('says a message in a polite status region, and the same message twice is said twice', async () => {
      const element = await fixture<FocusHarness>(html`<focus-harness></focus-harness>`);
      const region = element.shadowRoot!.querySelector('[role=status]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      element.announcer.announce('Viser Oppvekst.');
      await element.updateComplete;
      expect(region.textContent).to.equal('Viser Oppvekst.');
      element.announcer.announce('Viser Oppvekst.');
      await element.updateComplete;
      expect(region.textContent).to.equal('');
      await new Promise((resolve) => setTimeout(resolve, 150));
      await element.updateComplete;
      expect(region.textContent).to.equal('Viser Oppvekst.');
      await expectAccessible(element);
    });
  });
});
