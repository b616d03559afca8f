import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { participationInput, type Participation } from '@kommune-widgets/schema';
import { defineElement, KommuneElement, registerTranslations, type TranslationSet } from '@kommune-widgets/core';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { shadowText } from '../../../test/helpers/widget.js';

/** A catalogue whose arrival the test decides. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const nynorsk = gate();
const calls: string[] = [];
const greetings: TranslationSet = {
  nn: async () => {
    calls.push('nn');
    await nynorsk.opened;
    return { templates: { 'test.greeting': 'Hei frå nynorsk' } };
  },
  en: async () => {
    calls.push('en');
    return { templates: { 'test.greeting': 'Hello in English' } };
  },
  se: async () => {
    calls.push('se');
    throw new Error('the se catalogue is missing on purpose');
  },
};
registerTranslations(greetings);

const issueCalls: string[] = [];
registerTranslations(
  {
    en: async () => {
      issueCalls.push('en');
      return { templates: {} };
    },
  },
  'issues',
);

class GreetingWidget extends KommuneElement<Participation> {
  protected readonly sectionInput = participationInput;
  protected override renderContent(): TemplateResult {
    return litHtml`<p class="greeting">${msg('Hei på bokmål', { id: 'test.greeting' })}</p>`;
  }
}
defineElement('greeting-widget', GreetingWidget);

const DATA = { activities: [{ id: 'a', step: 'spørre', title: 'Høring' }] };

describe('languages on demand', () => {
  it('fetches a language only when an element speaks it, and stays loading until its texts are in', async () => {
    let loads = 0;
    // Built by hand: fixture() would await updateComplete, which waits for the catalogue.
    const widget = document.createElement('greeting-widget') as GreetingWidget;
    widget.lang = 'nn';
    widget.data = DATA;
    widget.addEventListener('kommune-data-load', () => loads++);
    document.body.append(widget);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.deep.equal(['nn']);
    expect(widget.getAttribute('state')).to.equal('loading');
    expect(shadowText(widget)).not.to.contain('bokmål');
    expect(loads).to.equal(0);
    nynorsk.open();
    await widget.updateComplete;
    expect(widget.getAttribute('state')).to.equal('ready');
    expect(shadowText(widget.shadowRoot!.querySelector('.greeting')!)).to.equal('Hei frå nynorsk');
    expect(loads).to.equal(1);
    await expectAccessible(widget);
  });

  it('draws at once in a language whose texts are already in', async () => {
    const element = await fixture<GreetingWidget>(html`<greeting-widget lang="nn" .data=${DATA}></greeting-widget>`);
    expect(element.getAttribute('state')).to.equal('ready');
    expect(calls.filter((c) => c === 'nn')).to.have.length(1);
  });

  it('falls back to bokmål, and says so on the console, when a language cannot be fetched', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await fixture<GreetingWidget>(html`<greeting-widget lang="se" .data=${DATA}></greeting-widget>`);
      expect(element.getAttribute('state')).to.equal('ready');
      expect(shadowText(element.shadowRoot!.querySelector('.greeting')!)).to.equal('Hei på bokmål');
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => String(w[0]).includes('se texts could not be loaded'))).to.have.length(1);
  });

  it('fetches the schema’s messages only when there is an issue to show', async () => {
    const element = await fixture<GreetingWidget>(html`<greeting-widget lang="en" .data=${DATA}></greeting-widget>`);
    expect(shadowText(element.shadowRoot!.querySelector('.greeting')!)).to.equal('Hello in English');
    expect(issueCalls).to.deep.equal([]);
    const original = console.error;
    console.error = () => {};
    try {
      element.data = { activities: [{ id: 'a', step: 'nowhere', title: 'Høring' }] };
      await element.updateComplete;
    } finally {
      console.error = original;
    }
    expect(element.getAttribute('state')).to.equal('error');
    expect(issueCalls).to.deep.equal(['en']);
  });
});
