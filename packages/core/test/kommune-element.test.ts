import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ENGINE } from '../../../test/helpers/engine.js';
import { defineElement, VERSION, type DataErrorDetail } from '@kommune-widgets/core';
import { TestWidget } from './test-widget.js';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { settled, shadowText } from '../../../test/helpers/widget.js';

const VALID = {
  schemaVersion: 1,
  kommune: { nummer: '9999', navn: 'Eksempel kommune' },
  participation: { activities: [{ id: 'a', step: 'spørre', title: 'Høring' }] },
};
const DOCUMENT = '/packages/participation-ladder/test/fixtures/ladder-document.json';
const INVALID = '/packages/participation-ladder/test/fixtures/ladder-invalid.json';
const SECTION_ONLY = '/packages/participation-ladder/test/fixtures/ladder-section-only.json';

const $ = (element: Element, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);

/** Collects console.error calls while `fn` runs. */
async function captureConsoleErrors(fn: () => Promise<void>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args);
  try {
    await fn();
  } finally {
    console.error = original;
  }
  return calls;
}

describe('KommuneElement (core)', () => {
  it('is accessible while showing a schema error', async () => {
    const element = await fixture<TestWidget>(html`<test-widget src=${INVALID}></test-widget>`);
    await settled(element);
    await expectAccessible(element);
  });

  it('prefers the data property over inline JSON and src', async () => {
    const element = await fixture<TestWidget>(
      html`<test-widget src=${DOCUMENT} .data=${VALID}
        ><script type="application/json">
          { "activities": [] }
        </script></test-widget
      >`,
    );
    await settled(element);
    expect(element.state).to.equal('ready');
    expect($(element, '.count')!.textContent).to.equal('1');
  });

  it('prefers inline JSON over src, and announces where the data came from', async () => {
    const element = document.createElement('test-widget');
    element.setAttribute('src', DOCUMENT);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ activities: [] });
    element.append(script);
    const loaded = oneEvent(element, 'kommune-data-load');
    document.body.append(element);
    expect((await loaded).detail).to.deep.equal({ source: 'inline' });
    expect(element.state).to.equal('empty');
    element.remove();
  });

  it('fetches src and fires kommune-data-load with the url', async () => {
    const element = document.createElement('test-widget');
    element.src = DOCUMENT;
    const loaded = oneEvent(element, 'kommune-data-load');
    document.body.append(element);
    const { detail } = await loaded;
    expect(detail.source).to.equal('src');
    expect(detail.url).to.equal(new URL(DOCUMENT, location.href).href);
    expect(element.state).to.equal('ready');
    element.remove();
  });

  it('shows the fallback children and aria-busy while loading', async () => {
    const element = await fixture<TestWidget>(
      html`<test-widget src=${`/__test/slow?ms=800&file=${DOCUMENT}`}><a href="/budsjett.pdf">Budsjett (PDF)</a></test-widget>`,
    );
    expect(element.state).to.equal('loading');
    expect($(element, '.base')!.getAttribute('aria-busy')).to.equal('true');
    const slot = element.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Budsjett (PDF)');
    expect(element.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await settled(element);
    expect(element.state).to.equal('ready');
    expect(element.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('reports an HTTP error with its status, a retry button and the fallback, without throwing into the page', async () => {
    let pageErrors = 0;
    const onError = () => pageErrors++;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    let detail: DataErrorDetail | undefined;
    const logged = await captureConsoleErrors(async () => {
      const element = await fixture<TestWidget>(
        html`<test-widget src="/__test/status/500" @kommune-data-error=${(e: CustomEvent<DataErrorDetail>) => (detail = e.detail)}
          ><a href="/b.pdf">PDF</a></test-widget
        >`,
      );
      await settled(element);
      expect(element.state).to.equal('error');
      const alert = $(element, '[role=alert]')!;
      expect(shadowText(alert)).to.contain('Kunne ikke hente innholdet');
      expect(shadowText(alert)).to.contain('feilkode 500');
      expect($(element, 'button.retry')!.textContent!.trim()).to.equal('Prøv igjen');
      expect(element.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
      await expectAccessible(element);
    });
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(pageErrors).to.equal(0);
    expect(detail).to.include({ kind: 'network', status: 500 });
    expect(logged.filter((args) => String(args[0]).includes('test-widget'))).to.have.length(1);
  });

  it('recovers when src changes after an error', async () => {
    const element = await fixture<TestWidget>(html`<test-widget src="/__test/status/503"></test-widget>`);
    await settled(element);
    expect(element.state).to.equal('error');
    element.src = DOCUMENT;
    await element.updateComplete;
    await settled(element);
    expect(element.state).to.equal('ready');
  });

  it('loads again with the “Prøv igjen” button, which a keyboard reaches', async () => {
    // The server fails the first request and answers the second: only pressing the button can make it ready.
    const key = `retry-${Math.random()}`;
    const element = await fixture<TestWidget>(html`<test-widget src=${`/__test/fail-once?key=${key}&file=${DOCUMENT}`}></test-widget>`);
    await settled(element);
    expect(element.state).to.equal('error');
    const retry = $(element, 'button.retry');
    expect(retry, 'the retry button').to.be.instanceOf(HTMLButtonElement);
    expect(retry!.tabIndex).to.equal(0);
    const loaded = oneEvent(element, 'kommune-data-load');
    retry!.click();
    await loaded;
    expect(element.state).to.equal('ready');
  });

  it('gives up after the timeout with a network error that says so', async () => {
    const element = await fixture<TestWidget>(
      html`<test-widget timeout="100" src=${`/__test/slow?ms=1500&file=${DOCUMENT}`}></test-widget>`,
    );
    const error = await oneEvent(element, 'kommune-data-error');
    expect(error.detail).to.include({ kind: 'network', timedOut: true });
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Det tok for lang tid');
  });

  it('aborts the old request when src changes, so a slow old answer cannot win', async () => {
    // The old answer is valid too, with other content: only the abort (or the generation check) keeps it out.
    const element = await fixture<TestWidget>(html`<test-widget src=${`/__test/slow?ms=600&file=${SECTION_ONLY}`}></test-widget>`);
    element.src = DOCUMENT;
    await settled(element);
    const count = $(element, '.count')!.textContent;
    expect(count).not.to.equal('1');
    await new Promise((resolve) => setTimeout(resolve, 900));
    await element.updateComplete;
    expect(element.state).to.equal('ready');
    expect($(element, '.count')!.textContent).to.equal(count);
  });

  it('says a file that is not found is not there, names the address and asks to check src', async () => {
    const element = await fixture<TestWidget>(html`<test-widget src="/__test/status/404"></test-widget>`);
    await settled(element);
    const text = shadowText($(element, '[role=alert]')!);
    expect(text).to.contain('Fant ingen fil på adressen');
    expect(text).to.contain('/__test/status/404');
    expect(text).to.contain('src');
  });

  it('says when the address answered a web page instead of a data file', async () => {
    const page = `/__test/text?type=text/html&body=${encodeURIComponent('<h1>Siden finnes ikke</h1>')}`;
    const element = await fixture<TestWidget>(html`<test-widget src=${page}></test-widget>`);
    const { detail } = await oneEvent(element, 'kommune-data-error');
    expect(detail).to.include({ kind: 'parse', html: true });
    await element.updateComplete;
    expect(shadowText(element)).to.contain('svarte med en nettside');
  });

  it('reports an answer whose body comes too slowly as a time-out, with a retry button', async () => {
    const element = await fixture<TestWidget>(html`<test-widget timeout="300" src="/__test/stall?ms=2000"></test-widget>`);
    const { detail } = await oneEvent(element, 'kommune-data-error');
    expect(detail).to.include({ kind: 'network', timedOut: true });
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Det tok for lang tid');
    expect($(element, 'button.retry')).to.exist;
  });

  it('keeps keyboard focus in the widget through «Prøv igjen»: on the heading when it loads, on the button when it fails again', async () => {
    const key = `focus-${Math.random()}`;
    const element = await fixture<TestWidget>(html`<test-widget src=${`/__test/fail-once?key=${key}&file=${DOCUMENT}`}></test-widget>`);
    await settled(element);
    $(element, 'button.retry')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(element.shadowRoot!.activeElement?.classList.contains('title'), 'focus on the heading').to.equal(true);

    const failing = await fixture<TestWidget>(html`<test-widget src="/__test/status/503"></test-widget>`);
    await settled(failing);
    $(failing, 'button.retry')!.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(failing);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failing.shadowRoot!.activeElement?.classList.contains('retry'), 'focus on the retry button').to.equal(true);
  });

  it('starts loading again when the page moves it while it loads', async () => {
    const element = await fixture<TestWidget>(html`<test-widget src=${`/__test/slow?ms=400&file=${DOCUMENT}`}></test-widget>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(element);
    await settled(element);
    expect(element.state).to.equal('ready');
    elsewhere.remove();
  });

  it('reports malformed JSON as a parse error', async () => {
    const element = await fixture<TestWidget>(html`<test-widget src="/__test/text?body=%7B%22activities%22%3A"></test-widget>`);
    const { detail } = await oneEvent(element, 'kommune-data-error');
    expect(detail.kind).to.equal('parse');
    await element.updateComplete;
    expect(shadowText(element)).to.contain('ikke gyldig JSON');
    // `{"activities":` ends early: the error is at the end of line 1.
    expect([detail.line, detail.column]).to.deep.equal([1, 15]);
    expect(shadowText(element)).to.contain('Feilen er på linje 1, tegn 15.');
  });

  it('says on which line inline JSON breaks, in the reader’s language', async () => {
    const element = document.createElement('test-widget') as TestWidget;
    element.lang = 'en';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '\n{\n  "activities": [ }\n';
    element.append(script);
    const failed = oneEvent(element, 'kommune-data-error');
    document.body.append(element);
    const { detail } = await failed;
    await element.updateComplete;
    expect(shadowText(element)).to.contain('The data file is not valid JSON.');
    if (ENGINE === 'webkit') {
      // JavaScriptCore names the token but not where it is: no place is better than a wrong one.
      expect(detail.line).to.equal(undefined);
      expect(shadowText(element)).not.to.contain('line');
    } else {
      expect([detail.line, detail.column]).to.deep.equal([3, 19]);
      expect(shadowText(element)).to.contain('The error is on line 3, character 19.');
    }
    element.remove();
  });

  it('lists every schema issue with its JSON path, in the user’s language', async () => {
    const element = await fixture<TestWidget>(html`<test-widget src=${INVALID}></test-widget>`);
    const { detail } = await oneEvent(element, 'kommune-data-error');
    expect(detail.kind).to.equal('schema');
    const paths = detail.issues!.map((i: { path: string }) => i.path);
    expect(paths).to.include('participation.activities[0].url');
    expect(paths).to.include('participation.activities[1].step');
    expect(paths).to.include('participation.activities[1].id');
    await element.updateComplete;
    const items = [...element.shadowRoot!.querySelectorAll('.error-issues li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(items).to.have.length(detail.issues!.length);
    expect(items.find((t) => t.startsWith('participation.activities[0].url'))).to.match(/https/);
    const nb = shadowText(element);
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    const en = shadowText(element);
    expect(en).to.contain('participation.activities[0].url');
    expect(en).not.to.equal(nb);
    element.setAttribute('lang', 'se');
    await element.updateComplete;
    expect(shadowText(element)).not.to.equal(en);
  });

  it('says so when it got no data at all', async () => {
    const element = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    await settled(element);
    expect(element.state).to.equal('error');
    expect(shadowText(element)).to.contain('Innholdet mangler');
  });

  it('reports a bug in a widget’s render as its own kind of error, once, instead of breaking the page', async () => {
    const events: DataErrorDetail[] = [];
    let loads = 0;
    const logged = await captureConsoleErrors(async () => {
      const element = await fixture<TestWidget>(
        html`<test-widget
          .data=${{ heading: 'explode', activities: [{ id: 'a', step: 'spørre', title: 'Høring' }] }}
          @kommune-data-load=${() => loads++}
          @kommune-data-error=${(e: CustomEvent<DataErrorDetail>) => events.push(e.detail)}
          ><a href="/x">Fallback</a></test-widget
        >`,
      );
      await settled(element);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
      expect(element.state).to.equal('error');
      const alert = $(element, '[role=alert]')!;
      expect(shadowText(alert)).to.contain('Modulen kunne ikke vises');
      expect(shadowText(alert)).not.to.contain('JSON');
      expect(element.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Fallback');
      expect($(element, 'button.retry')).to.equal(null);
      await expectAccessible(element);
    });
    // Never a kommune-data-load first: a page that hides its fallback on load would hide it from a broken widget.
    expect(events.map((e) => e.kind)).to.deep.equal(['render']);
    expect(loads).to.equal(0);
    expect(events[0]!.message).to.contain('render bug on purpose');
    expect(logged.filter((args) => String(args[0]).includes('test-widget'))).to.have.length(1);
  });

  it('shows the fallback in the empty state, below what the widget draws for it', async () => {
    const element = await fixture<TestWidget>(
      html`<test-widget .data=${{ activities: [] }}><a href="/plan.pdf">Planen (PDF)</a></test-widget>`,
    );
    await settled(element);
    expect(element.state).to.equal('empty');
    expect(shadowText($(element, '.empty')!)).to.equal('Det er ikke noe innhold å vise her ennå.');
    expect(element.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Planen (PDF)');
    expect(element.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('puts its title at heading-level and its panels one below', async () => {
    const element = await fixture<TestWidget>(html`<test-widget heading-level="4" .data=${VALID}></test-widget>`);
    await settled(element);
    expect(element.shadowRoot!.querySelector('.title')!.localName).to.equal('h4');
    expect(element.shadowRoot!.querySelector('.panel-title')!.localName).to.equal('h5');
  });

  it('takes the today attribute as today, in Oslo time', async () => {
    const element = await fixture<TestWidget>(html`<test-widget today="2026-12-01" .data=${VALID}></test-widget>`);
    await settled(element);
    expect($(element, '.today')!.textContent).to.equal('2026-11-30T23:00:00.000Z');
  });

  it('renders msg() in the element’s own language, not a page-wide one', async () => {
    const wrapper = await fixture(
      html`<div><test-widget lang="en" .data=${VALID}></test-widget><test-widget lang="nn" .data=${VALID}></test-widget></div>`,
    );
    const [en, nn] = [...wrapper.querySelectorAll('test-widget')] as [TestWidget, TestWidget];
    await settled(en);
    await settled(nn);
    expect($(en, '.loading-word')!.textContent).to.match(/^Loading/);
    expect($(nn, '.loading-word')!.textContent).to.not.match(/^Loading/);
    expect($(nn, '.loading-word')!.textContent).to.not.equal('Laster inn …');
  });

  it('keeps its text size when the host page sets html { font-size: 62.5% }', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5%; } body { font-size: 16px; }';
    document.head.append(style);
    const element = await fixture<TestWidget>(html`<test-widget .data=${VALID}></test-widget>`);
    await settled(element);
    expect(getComputedStyle($(element, '.count')!).fontSize).to.equal('16px');
    style.remove();
  });

  it('resets the page’s inherited text-transform and letter-spacing, but keeps its font', async () => {
    const wrapper = await fixture(
      html`<div style="text-transform: uppercase; letter-spacing: 0.5em; font-family: Georgia, serif">
        <test-widget .data=${VALID}></test-widget>
      </div>`,
    );
    const element = wrapper.querySelector('test-widget')!;
    await settled(element);
    const style = getComputedStyle($(element, '.count')!);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.fontFamily).to.contain('Georgia');
  });
});

/** Collects console.warn calls while `fn` runs. */
function captureWarnings(fn: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('defineElement', () => {
  it('registers the same version twice without throwing or warning', () => {
    class Copy extends TestWidget {}
    const warnings = captureWarnings(() => expect(() => defineElement('test-widget', Copy)).not.to.throw());
    expect(customElements.get('test-widget')).to.equal(TestWidget);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version registered the element first', () => {
    class Older extends TestWidget {}
    class Newer extends TestWidget {}
    // Another bundle of version 0.0.9 on the page registered the tag first.
    customElements.define('version-clash-widget', Older);
    (globalThis as unknown as Record<symbol, Map<string, string>>)[Symbol.for('kommune-widgets.versions')]!.set(
      'version-clash-widget',
      '0.0.9',
    );
    const warnings = captureWarnings(() => {
      expect(() => defineElement('version-clash-widget', Newer)).not.to.throw();
      expect(() => defineElement('version-clash-widget', Newer)).not.to.throw();
    });
    expect(customElements.get('version-clash-widget')).to.equal(Older);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('0.0.9').and.to.contain(VERSION);
  });
});
