import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/axe.js';
import './form-harness.js';
import type { FormHarness } from './form-harness.js';

/** Dispatches what the browser dispatches before leaving the page; true when a listener asked to stay. */
function leave(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('LeaveGuardController', () => {
  it('leaves the form accessible', async () => {
    const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    await expectAccessible(element);
  });

  it('lets the page go while nothing is typed, and asks once something is', async () => {
    const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    expect(leave()).to.equal(false);
    element.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.focus();
    await sendKeys({ type: 'Hei' });
    expect(element.dirty).to.equal(true);
    expect(leave()).to.equal(true);
  });

  it('stops asking once the input is sent (no longer dirty), and when the form leaves the page', async () => {
    const element = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    element.dirty = true;
    expect(leave()).to.equal(true);
    element.dirty = false;
    expect(leave()).to.equal(false);
    element.dirty = true;
    element.remove();
    expect(leave()).to.equal(false);
  });
});
