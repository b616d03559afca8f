import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml, LitElement, type TemplateResult } from 'lit';
import { participationInput, type Participation } from '@kommune-widgets/schema';
import {
  DataController,
  decodeText,
  defineElement,
  fetchWithTimeout,
  KommuneElement,
  type DataErrorDetail,
  type DataReader,
} from '@kommune-widgets/core';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { settled, shadowText } from '../../../test/helpers/widget.js';

/** A reader for a tiny line format, as the calendar reads iCalendar: unfolds CRLF + space in the bytes, then decodes. */
const lineReader: DataReader = {
  name: 'lines',
  contentTypes: ['text/x-lines'],
  sniff: (bytes) => decodeText(bytes.subarray(0, 6)) === 'LINES:',
  load: async () => {
    await Promise.resolve();
    return (bytes) => {
      const unfolded: number[] = [];
      for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a && bytes[i + 2] === 0x20) i += 2;
        else unfolded.push(bytes[i]!);
      }
      const title = decodeText(new Uint8Array(unfolded)).slice('LINES:'.length);
      return { activities: [{ id: 'a', step: 'spørre', title }] };
    };
  },
};

class ReaderWidget extends KommuneElement<Participation> {
  protected readonly sectionInput = participationInput;
  protected override dataReaders(): DataReader[] {
    return [lineReader];
  }
  protected override renderContent(section: Participation): TemplateResult {
    return litHtml`<p class="title">${this.text(section.activities[0]!.title)}</p>`;
  }
}
defineElement('reader-widget', ReaderWidget);

const hex = (text: string) => [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');
/** «Høring om Ørje» with the line folded between the two bytes of «Ø» (C3 | 98), as RFC 5545 folding may do. */
const FOLDED = `${hex('LINES:Høring om ')}c30d0a2098${hex('rje')}`;

describe('DataController', () => {
  it('is accessible once a reader has read the file', async () => {
    const element = await fixture<ReaderWidget>(
      html`<reader-widget src=${`/__test/bytes?type=text/x-lines&hex=${FOLDED}`}></reader-widget>`,
    );
    await settled(element);
    await expectAccessible(element);
  });

  it('hands a reader the bytes, so text folded inside a multi-byte character comes back exactly', async () => {
    const element = await fixture<ReaderWidget>(
      html`<reader-widget src=${`/__test/bytes?type=text/x-lines&hex=${FOLDED}`}></reader-widget>`,
    );
    await settled(element);
    expect(element.state).to.equal('ready');
    expect(shadowText(element)).to.equal('Høring om Ørje');
  });

  it('chooses a reader by content when the server calls the file text/plain', async () => {
    const element = await fixture<ReaderWidget>(html`<reader-widget src=${`/__test/bytes?type=text/plain&hex=${FOLDED}`}></reader-widget>`);
    await settled(element);
    expect(shadowText(element)).to.equal('Høring om Ørje');
  });

  it('reads JSON served as text/plain with the default reader', async () => {
    const body = encodeURIComponent(JSON.stringify({ activities: [{ id: 'a', step: 'spørre', title: 'Høring' }] }));
    const element = await fixture<ReaderWidget>(html`<reader-widget src=${`/__test/text?type=text/plain&body=${body}`}></reader-widget>`);
    await settled(element);
    expect(shadowText(element)).to.equal('Høring');
  });

  it('says that the data’s server does not allow this page (CORS), and how it is fixed', async () => {
    // 127.0.0.1 is another origin than localhost: the test server sends no CORS headers, so the browser refuses.
    const url = `${location.protocol}//127.0.0.1:${location.port}/packages/participation-ladder/test/fixtures/ladder-document.json`;
    const element = await fixture<ReaderWidget>(html`<reader-widget src=${url}></reader-widget>`);
    const { detail } = await oneEvent(element, 'kommune-data-error');
    expect(detail).to.include({ kind: 'network', cors: true, url });
    await element.updateComplete;
    expect(shadowText(element)).to.contain('CORS');
    expect(element.shadowRoot!.querySelector('button.retry')).to.exist;
  });

  it('waits quietly for .data set by a later script: no error shown, logged or dispatched', async () => {
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    let events = 0;
    const onError = () => events++;
    document.addEventListener('kommune-data-error', onError);
    try {
      const element = document.createElement('reader-widget') as ReaderWidget;
      document.body.append(element);
      // A module script later in the page runs in a task after the element upgraded, and sets the data.
      const later = new Promise<void>((resolve) =>
        setTimeout(() => {
          element.data = { activities: [{ id: 'a', step: 'spørre', title: 'Sent satt' }] };
          resolve();
        }, 0),
      );
      try {
        await element.updateComplete;
        expect(element.state).to.equal('loading');
        expect(element.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
        await later;
        await settled(element);
        expect(element.state).to.equal('ready');
        expect(shadowText(element)).to.equal('Sent satt');
      } finally {
        element.remove();
      }
    } finally {
      console.error = originalError;
      document.removeEventListener('kommune-data-error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(events).to.equal(0);
  });

  it('calls the data missing once the page has had its chance to set it', async () => {
    const element = document.createElement('reader-widget') as ReaderWidget;
    const failed = oneEvent(element, 'kommune-data-error');
    document.body.append(element);
    try {
      const { detail } = (await failed) as CustomEvent<DataErrorDetail>;
      expect(detail).to.include({ kind: 'network', missing: true });
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Innholdet mangler');
      expect(element.shadowRoot!.querySelector('button.retry')).to.equal(null);
    } finally {
      element.remove();
    }
  });

  it('waits for a page script that fetches the data before it sets .data, while the page still loads', async () => {
    // The page's own picture is held until its script has set the data (the script fetches it, 300 ms, then releases
    // the picture), so the page's load event comes after .data however slow the machine. The log says when.
    const key = `picture-${Math.random().toString(36).slice(2)}`;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="nb"><head><title>Side</title>
      <script type="module" src="/packages/participation-ladder/dist/index.js"></script>
      <script>window.__log = []; addEventListener('unhandledrejection', (e) => __log.push(String(e.reason))); addEventListener('load', () => __log.push('load ' + performance.now())); document.addEventListener('kommune-data-error', () => __log.push('error ' + performance.now()));</script>
      <script type="module">
        const response = await fetch('/__test/slow?ms=300&file=/packages/participation-ladder/test/fixtures/ladder-document.json');
        const data = await response.json();
        __log.push('set ' + performance.now() + ' ' + document.readyState);
        document.querySelector('kommune-participation-ladder').data = data;
        await fetch('/__test/release?key=${key}');
      </script></head>
      <body><kommune-participation-ladder></kommune-participation-ladder>
      <img alt="" src="/__test/hold?key=${key}&file=/docs/images/demo.png"></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow! as Window & typeof globalThis;
      const errors: unknown[] = [];
      win.document.addEventListener('kommune-data-error', (event) => errors.push(event));
      const element = win.document.querySelector('kommune-participation-ladder')!;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(element.getAttribute('state'), JSON.stringify((win as unknown as { __log: string[] }).__log)).to.equal('ready');
      expect(errors.length, JSON.stringify((win as unknown as { __log: string[] }).__log)).to.equal(0);
    } finally {
      frame.remove();
    }
  });

  it('serves a host that is not a KommuneElement', async () => {
    class Bare extends LitElement {
      src = '/packages/participation-ladder/test/fixtures/ladder-document.json';
      timeout = 5000;
      data?: unknown;
      readonly loader = new DataController<Participation>(this, { input: participationInput });
      override render() {
        return litHtml`<p>${this.loader.state}: ${this.loader.value?.activities.length ?? '-'}</p>`;
      }
    }
    customElements.define('bare-data-host', Bare);
    const element = await fixture<Bare>(html`<bare-data-host></bare-data-host>`);
    await oneEvent(element, 'kommune-data-load');
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.match(/^ready: \d+$/);
  });
});

describe('fetchWithTimeout', () => {
  it('posts and answers the response whatever its status', async () => {
    const response = await fetchWithTimeout('/__test/status/422', { method: 'POST', body: '{}', timeout: 2000 });
    expect(response.status).to.equal(422);
  });

  it('rejects with a timeout failure', async () => {
    let failure: unknown;
    await fetchWithTimeout('/__test/slow?ms=1000&file=/package.json', { timeout: 50 }).catch((error) => (failure = error));
    expect(failure).to.include({ name: 'FetchFailure', kind: 'timeout' });
  });
});
