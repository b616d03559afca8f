import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadLocale } from '@kommune-widgets/core';
import { setViewport, pageWidth } from '../../../../test/helpers/engine.js';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import './form-harness.js';
import type { FormHarness } from './form-harness.js';

const $ = <T extends Element = HTMLElement>(element: FormHarness, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const $$ = (element: FormHarness, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const active = (element: FormHarness) => element.shadowRoot!.activeElement;

async function submit(element: FormHarness): Promise<void> {
  $<HTMLButtonElement>(element, 'button[type=submit]').click();
  await element.updateComplete;
  // The summary takes focus in a microtask after the update.
  await new Promise((resolve) => setTimeout(resolve));
}

describe('form fields and the error summary', () => {
  it('is accessible before and after a submit with errors', async () => {
    const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    await expectAccessible(element);
    await submit(element);
    await expectAccessible(element);
  });

  it('wires each control to its label and hint, and marks the optional field «(valgfritt)»', async () => {
    const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    const description = $<HTMLTextAreaElement>(element, 'textarea');
    expect(description.id).to.equal('field-description');
    expect($(element, 'label[for="field-description"]').textContent!.trim()).to.equal('Hva skjedde?');
    expect(description.getAttribute('aria-describedby')).to.equal('field-description-hint');
    expect($(element, '#field-description-hint').textContent).to.equal('Med egne ord.');
    expect(description.getAttribute('aria-invalid')).to.equal('false');
    expect($(element, 'label[for="field-email"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('E-post (valgfritt)');
    expect($<HTMLInputElement>(element, '#field-email').hasAttribute('aria-describedby')).to.equal(false);
    expect($(element, 'legend').textContent!.trim()).to.equal('Hva var det?');
  });

  it('shows each error at its field after the hint, with a hidden «Feil:» first, and marks the control invalid', async () => {
    const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    await submit(element);
    const description = $<HTMLTextAreaElement>(element, 'textarea');
    expect(description.getAttribute('aria-invalid')).to.equal('true');
    expect(description.getAttribute('aria-describedby')).to.equal('field-description-hint field-description-error');
    const error = $(element, '#field-description-error');
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Feil: Skriv hva som skjedde');
    expect(getComputedStyle(error.querySelector('.visually-hidden')!).position).to.equal('absolute');
    const fieldset = $(element, 'fieldset');
    expect(fieldset.id).to.equal('field-kinds');
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('field-kinds-hint field-kinds-error');
  });

  it('moves focus to the summary after a submit, which lists one link per error in field order', async () => {
    const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    await submit(element);
    const summary = $(element, '.kw-error-summary');
    expect(active(element)).to.equal(summary);
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(summary.hasAttribute('role')).to.equal(false);
    expect($(element, '.kw-error-summary-title').textContent).to.equal('Dette må rettes før du kan sende');
    expect($$(element, '.kw-error-summary-list a').map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['#field-description', 'Skriv hva som skjedde'],
      ['#field-kinds', 'Velg hva som skjedde'],
    ]);
  });

  it('follows a summary link to its field in the shadow root, by click and by Enter', async () => {
    const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    await submit(element);
    const [toDescription, toKinds] = $$(element, '.kw-error-summary-list a');
    toDescription!.click();
    expect(active(element)).to.equal($(element, '#field-description'));
    expect(location.hash).to.equal('');
    toKinds!.focus();
    await sendKeys({ press: 'Enter' });
    expect(active(element)).to.equal($(element, 'input[value=trussel]'));
  });

  it('keeps everything typed when errors are shown and when they are cleared', async () => {
    const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    const email = $<HTMLInputElement>(element, '#field-email');
    email.focus();
    await sendKeys({ type: 'ola@example.no' });
    await submit(element);
    expect($<HTMLInputElement>(element, '#field-email')).to.equal(email);
    expect(email.value).to.equal('ola@example.no');
    $(element, '#field-description').focus();
    // No doubled letters or spaces: WebKitGTK's driver drops a key pressed twice in a row.
    await sendKeys({ type: 'Trusler' });
    $<HTMLInputElement>(element, 'input[value=hets]').click();
    await submit(element);
    expect(element.errors.list).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('.kw-error-summary')).to.equal(null);
    expect($<HTMLTextAreaElement>(element, 'textarea').value).to.equal('Trusler');
    expect(email.value).to.equal('ola@example.no');
    expect($<HTMLInputElement>(element, 'input[value=hets]').checked).to.equal(true);
  });

  it('clears one field’s error and leaves the others', async () => {
    const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    await submit(element);
    element.errors.clear('description');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#field-description-error')).to.equal(null);
    expect($(element, 'textarea').getAttribute('aria-invalid')).to.equal('false');
    expect($$(element, '.kw-error-summary-list a').map((a) => a.getAttribute('href'))).to.deep.equal(['#field-kinds']);
  });

  it('speaks nynorsk in a nynorsk form: «(valfritt)», «Feil:» and the summary’s heading', async () => {
    await loadLocale('nn');
    const element = await fixture<FormHarness>(html`<form-harness .locale=${'nn'}></form-harness>`);
    await submit(element);
    expect($(element, 'label[for="field-email"] .kw-optional').textContent).to.equal('(valfritt)');
    expect($(element, '#field-description-error .visually-hidden').textContent!.trim()).to.equal('Feil:');
    expect($(element, '.kw-error-summary-title').textContent).to.equal('Dette må rettast før du kan sende');
  });

  it('fits 320 px without horizontal scroll, errors shown, and gives checkboxes targets of at least 24×24 px', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
      await submit(element);
      expect(pageWidth()).to.be.at.most(320);
      const box = $(element, 'input[value=trussel]').getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      expect($(element, '#field-email').getBoundingClientRect().right).to.be.at.most(320);
      await expectAccessible(element);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('@kommune-widgets/core/form as a module of its own', () => {
  it('is not fetched by a page that imports only core’s main entry', async () => {
    const seen = new Set<string>();
    const walk = async (url: string): Promise<void> => {
      if (seen.has(url)) return;
      seen.add(url);
      const source = await (await fetch(url)).text();
      const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => new URL(m[1]!, url).href);
      await Promise.all(specifiers.map(walk));
    };
    await walk(new URL('/packages/core/dist/index.js', location.href).href);
    expect(seen.size).to.be.above(10);
    expect([...seen].filter((url) => url.includes('/form/'))).to.deep.equal([]);
  });
});
