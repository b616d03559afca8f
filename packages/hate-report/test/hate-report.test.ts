import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@kommune-widgets/hate-report';
import type { KommuneHateReport, ReportReceiptDetail, ReportSubmitDetail } from '@kommune-widgets/hate-report';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { CAN_EMULATE_MEDIA, pageWidth, setViewport } from '../../../test/helpers/engine.js';
import { settled } from '../../../test/helpers/widget.js';
import { FakeServer, pngFile, reportSection } from './fixtures/fake-server.js';

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (element: Element) => element.shadowRoot!.activeElement as HTMLElement | null;

/** Waits until `check` holds, or fails after `ms`. */
async function until(check: () => boolean, what: string, ms = 6000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let server: FakeServer;

async function form(lang = 'nb', today = '2026-12-02'): Promise<KommuneHateReport> {
  const element = await fixture<KommuneHateReport>(
    html`<kommune-hate-report lang=${lang} today=${today} .data=${reportSection}></kommune-hate-report>`,
  );
  await settled(element);
  await until(() => server.to('/kommuner/9999').length > 0, 'the availability check');
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  return element;
}

/** The question group shown now. */
const shownStep = (element: Element) =>
  $$(element, '.step')
    .find((s) => !s.hidden)
    ?.className.match(/step-(\w+)/)?.[1] ?? 'triage';

async function click(element: KommuneHateReport, selector: string): Promise<void> {
  const target = $<HTMLElement>(element, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await element.updateComplete;
}

async function type(element: KommuneHateReport, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(element, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function choose(element: KommuneHateReport, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

const next = (element: KommuneHateReport) => click(element, '[part="next-button"]');

/** Picks `files` in the screenshot field, as the file picker does. */
async function chooseFiles(element: KommuneHateReport, ...files: File[]): Promise<void> {
  const input = $<HTMLInputElement>(element, '#field-attachments')!;
  const picked = new DataTransfer();
  for (const file of files) picked.items.add(file);
  input.files = picked.files;
  input.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

/** Answers every group with a complete report and stops at «Se over og send». */
async function fillEverything(
  element: KommuneHateReport,
  { anonymous = false, check = async () => undefined }: { anonymous?: boolean; check?: () => Promise<void> } = {},
): Promise<void> {
  const next = async (e: KommuneHateReport) => {
    await click(e, '[part="next-button"]');
    await check();
  };
  await click(element, '#field-danger-no');
  await next(element);
  await click(element, '#field-target-me');
  await click(element, '#field-role-folkevalgt');
  await next(element);
  await click(element, '#field-kinds-trussel');
  await click(element, '#field-kinds-hets');
  await type(element, '#field-description', 'Fikk en truende melding etter kommunestyremøtet.\nSamme person som før.');
  await next(element);
  await choose(element, '#field-platform', 'Facebook');
  await type(element, '#field-whenDate', '2026-11-30');
  await type(element, '#field-whenTime', '21:15');
  await next(element);
  await type(element, '#field-links', 'https://www.facebook.com/post/123\nhttps://www.facebook.com/post/124');
  await next(element);
  await click(element, '#field-reportedToPolice');
  await type(element, '#field-policeReference', 'Anm. 2026-991');
  await next(element);
  await click(element, '#field-help-samtale');
  await next(element);
  if (anonymous) await click(element, '#field-anonymous-anonymous');
  else {
    await click(element, '#field-anonymous-contact');
    await type(element, '#field-name', 'Per Hansen');
    await type(element, '#field-email', 'per@example.no');
  }
  await next(element);
  expect(shownStep(element)).to.equal('review');
}

const send = (element: KommuneHateReport) => click(element, '[part="next-button"]');

describe('<kommune-hate-report>', () => {
  beforeEach(() => {
    server = new FakeServer().install();
  });
  afterEach(async () => {
    server.restore();
    await setViewport({ width: 1280, height: 800 });
  });

  describe('triage', () => {
    it('asks first whether anyone is in immediate danger, and «Ja» shows ring 112 before anything else', async () => {
      const element = await form();
      expect(shownStep(element)).to.equal('triage');
      expect(text($(element, '#field-danger legend'))).to.contain('Er noen i umiddelbar fare akkurat nå?');
      await click(element, '#field-danger-yes');
      const box = $(element, '[part="emergency"]')!;
      expect(text(box)).to.contain('112');
      expect($$<HTMLAnchorElement>(element, 'a[href="tel:112"]').length).to.be.at.least(1);
      expect($(element, 'a[href="tel:02800"]'), 'the police for what does not hurry').to.exist;
      await expectAccessible(element);
    });

    it('lets the person go on to the form after ring 112, and send it afterwards', async () => {
      const element = await form();
      await click(element, '#field-danger-yes');
      const go = $$<HTMLButtonElement>(element, '[part="emergency"] button')[0]!;
      go.click();
      await element.updateComplete;
      expect(shownStep(element)).to.equal('who');
    });

    it('will not go on before the question is answered, and says why in the summary', async () => {
      const element = await form();
      await next(element);
      expect(shownStep(element)).to.equal('triage');
      await until(() => active(element)?.matches('.kw-error-summary') ?? false, 'the summary to take focus');
      expect(text($(element, '.kw-error-summary'))).to.contain('Svar på om noen er i fare');
    });
  });

  describe('the question groups', () => {
    it('shows one group at a time with its progress, and Back keeps every answer', async () => {
      const element = await form();
      await click(element, '#field-danger-no');
      await next(element);
      expect(text($(element, '.step-who [part="progress"]'))).to.equal('Steg 1 av 8');
      await click(element, '#field-target-other');
      await click(element, '#field-role-kandidat');
      await next(element);
      expect(shownStep(element)).to.equal('what');
      await type(element, '#field-description', 'Trusler i kommentarfeltet.');
      await click(element, '[part="back-button"]');
      expect(shownStep(element)).to.equal('who');
      expect($<HTMLInputElement>(element, '#field-target-other')!.checked).to.equal(true);
      expect($<HTMLInputElement>(element, '#field-role-kandidat')!.checked).to.equal(true);
      await next(element);
      expect($<HTMLTextAreaElement>(element, '#field-description')!.value).to.equal('Trusler i kommentarfeltet.');
      expect(active(element)?.id, 'focus on the group heading').to.equal('title-what');
    });

    it('lists what is missing in an error summary whose links move focus to the field, keeping what was typed', async () => {
      const element = await form();
      await click(element, '#field-danger-no');
      await next(element);
      await click(element, '#field-target-me');
      await click(element, '#field-role-folkevalgt');
      await next(element);
      await type(element, '#field-description', 'Det som ble skrevet.');
      await next(element);
      expect(shownStep(element)).to.equal('what');
      const summary = $(element, '.kw-error-summary')!;
      await until(() => active(element) === summary, 'the summary to take focus');
      const links = [...summary.querySelectorAll('a')];
      expect(links.map(text)).to.deep.equal(['Velg minst én av dem som passer.']);
      expect($(element, '#field-kinds')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(element, '#field-kinds-error'))).to.contain('Velg minst én av dem som passer.');
      links[0]!.click();
      await element.updateComplete;
      expect(active(element)?.id).to.equal('field-kinds-trussel');
      expect($<HTMLTextAreaElement>(element, '#field-description')!.value).to.equal('Det som ble skrevet.');
      await expectAccessible(element);
    });

    it('refuses a date in the future and a link that is not https, and «Endre» comes back to the summary', async () => {
      const element = await form();
      await fillEverything(element);
      const change = async (row: number) => {
        $$<HTMLButtonElement>(element, '.step-review [part="change-button"]')[row]!.click();
        await element.updateComplete;
      };
      await change(4); // «Når»
      expect(shownStep(element)).to.equal('where');
      expect(text($(element, '[part="next-button"]'))).to.equal('Tilbake til oversikten');
      await type(element, '#field-whenDate', '2027-01-05');
      await next(element);
      expect(text($(element, '#field-whenDate-error'))).to.contain('fram i tid');
      await type(element, '#field-whenDate', '2026-11-30');
      await next(element);
      expect(shownStep(element)).to.equal('review');
      await change(5); // «Lenker»
      await type(element, '#field-links', 'http://example.com/innlegg');
      await next(element);
      expect(text($(element, '#field-links-error'))).to.contain('må begynne med https://');
      expect(shownStep(element)).to.equal('evidence');
    });

    it('says what anonymity costs, and asks for a way to reach the person otherwise', async () => {
      const element = await form();
      await fillEverything(element, { anonymous: true });
      await click(element, '[part="back-button"]');
      expect(text($(element, '#field-anonymous-hint'))).to.contain('Da kan ingen følge opp saken med deg');
      await click(element, '#field-anonymous-contact');
      await type(element, '#field-name', 'Per');
      await next(element);
      expect(text($(element, '#field-email-error'))).to.contain('e-postadressen eller telefonnummeret');
    });
  });

  describe('sending', () => {
    it('sends the report once with an Idempotency-Key, then shows the receipt and what happens next', async () => {
      const element = await form();
      await fillEverything(element);
      const submit = oneEvent(element, 'kommune-report-submit');
      const receipt = oneEvent(element, 'kommune-report-receipt');
      await send(element);
      const submitted = (await submit) as CustomEvent<ReportSubmitDetail>;
      expect((submitted.detail.report as { kinds: string[] }).kinds).to.deep.equal(['trussel', 'hets']);
      expect(((await receipt) as CustomEvent<ReportReceiptDetail>).detail.receipt).to.equal('HT-2026-7K3Q9P');
      await element.updateComplete;
      const posts = server.to('/reports');
      expect(posts.length).to.equal(1);
      expect(posts[0]!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
      const body = JSON.parse(posts[0]!.body as string);
      expect(body).to.deep.include({ kommune: '9999', target: 'me', role: 'folkevalgt', when: '2026-11-30T21:15', website: '' });
      expect(body.links).to.deep.equal(['https://www.facebook.com/post/123', 'https://www.facebook.com/post/124']);
      expect(body.reportedTo).to.deep.equal({ police: { reference: 'Anm. 2026-991' } });
      expect(body.contact).to.deep.equal({ name: 'Per Hansen', email: 'per@example.no' });
      expect(text($(element, '[part="receipt-number"]'))).to.equal('HT-2026-7K3Q9P');
      expect(text($(element, '[part="receipt"]'))).to.contain('Kontaktpersonen tar kontakt innen to virkedager.');
      expect(active(element)?.classList.contains('receipt-title')).to.equal(true);
      await expectAccessible(element);
    });

    it('sends nothing when a listener cancels kommune-report-submit', async () => {
      const element = await form();
      await fillEverything(element);
      element.addEventListener('kommune-report-submit', (event) => event.preventDefault(), { once: true });
      await send(element);
      expect(server.to('/reports').length).to.equal(0);
      expect(shownStep(element)).to.equal('review');
    });

    it('retries after 503 and 429 with the same key, honouring Retry-After, and says it is waiting', async () => {
      server.reports = [
        { status: 503, body: { type: 'unavailable', title: 'x', status: 503 }, headers: { 'Retry-After': '1' } },
        { status: 429, body: { type: 'rate-limited', title: 'x', status: 429 }, headers: { 'Retry-After': '1' } },
        { status: 201, body: { receipt: 'HT-2026-AAAAAA', kommune: '9999', receivedAt: '2026-12-02T09:15:00.000Z' } },
      ];
      const element = await form();
      await fillEverything(element);
      await send(element);
      await until(() => text($(element, '[part="send-status"]')).includes('Vi prøver igjen'), 'the waiting message');
      await until(() => text($(element, '[part="receipt-number"]')) === 'HT-2026-AAAAAA', 'the receipt', 10000);
      const keys = server.to('/reports').map((r) => r.headers.get('Idempotency-Key'));
      expect(keys.length).to.equal(3);
      expect(new Set(keys).size, 'one key for every attempt').to.equal(1);
    });

    it('waits while offline and sends by itself when the browser is online again', async () => {
      const element = await form();
      await fillEverything(element);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      server.reports = [{ status: 201, body: { receipt: 'HT-2026-BBBBBB', kommune: '9999', receivedAt: '2026-12-02T09:15:00.000Z' } }];
      try {
        await send(element);
        await until(() => text($(element, '[part="send-status"]')).includes('Du er uten nett'), 'the offline message');
        expect(server.to('/reports').length, 'nothing is tried while offline').to.equal(0);
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['onLine'];
      }
      window.dispatchEvent(new Event('online'));
      await until(() => text($(element, '[part="receipt-number"]')) === 'HT-2026-BBBBBB', 'the receipt');
    });

    it('shows the server’s validation problems at their fields', async () => {
      server.reports = [
        {
          status: 400,
          body: { type: 'validation', title: 'x', status: 400, issues: [{ path: 'links[1]', code: 'invalid_format', message: 'Ugyldig' }] },
        },
      ];
      const element = await form();
      await fillEverything(element);
      await send(element);
      await until(() => shownStep(element) === 'evidence', 'the links group');
      expect($(element, '#field-links')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(element, '.kw-error-summary'))).to.contain('Svaret her ble ikke godtatt');
    });

    it('tells the person plainly when the server refuses, and how to reach the contact person instead', async () => {
      server.reports = [{ status: 403, body: { type: 'origin-not-allowed', title: 'x', status: 403 } }];
      const element = await form();
      await fillEverything(element);
      await send(element);
      await until(() => $(element, '.send-problem') !== null, 'the refusal');
      expect(text($(element, '.send-problem'))).to.contain('ikke sendt');
      expect($(element, '.send-problem a[href="tel:+4799998888"]')).to.exist;
      expect(server.to('/reports').length, 'a refusal is not retried').to.equal(1);
    });

    it('leaves nothing of the report in localStorage, sessionStorage, cookies or IndexedDB', async () => {
      const before = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name) : [];
      const element = await form();
      await fillEverything(element);
      await send(element);
      await until(() => $(element, '[part="receipt-number"]') !== null, 'the receipt');
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      if ('databases' in indexedDB) expect((await indexedDB.databases()).map((d) => d.name)).to.deep.equal(before);
    });

    it('asks before the page is left only while there is unsent input', async () => {
      const element = await form();
      const leave = () => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(leave(), 'an empty form').to.equal(false);
      await fillEverything(element);
      expect(leave(), 'unsent answers').to.equal(true);
      await send(element);
      await until(() => $(element, '[part="receipt-number"]') !== null, 'the receipt');
      expect(leave(), 'after sending').to.equal(false);
    });

    it('puts a honeypot where no person meets it, and sends it empty', async () => {
      const element = await form();
      const trap = $<HTMLInputElement>(element, '#kw-website')!;
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      expect(trap.closest('.honeypot')!.getBoundingClientRect().width).to.be.at.most(1);
      await fillEverything(element);
      await send(element);
      await until(() => server.to('/reports').length > 0, 'the report');
      expect(JSON.parse(server.to('/reports')[0]!.body as string).website).to.equal('');
    });
  });

  describe('when the server cannot take reports', () => {
    it('shows the contact person’s phone and e-mail at once when the server does not answer', async () => {
      server.kommune = 'network-error';
      const element = await form();
      await until(() => $(element, '[part="contact-fallback"]') !== null, 'the fallback');
      const fallback = $(element, '[part="contact-fallback"]')!;
      expect(text(fallback)).to.contain('Ola Hansen');
      expect(fallback.querySelector('a[href^="tel:"]')).to.exist;
      expect(fallback.querySelector('a[href="mailto:kontaktperson@eksempel.kommune.no"]')).to.exist;
      expect($$(element, '.step').length, 'no form that cannot be sent').to.equal(0);
      expect($(element, '#field-danger'), 'the triage still comes first').to.exist;
      await expectAccessible(element);
    });

    it('says the page may not send reports when the server refuses this origin', async () => {
      server.kommune = { status: 403, body: { type: 'origin-not-allowed', title: 'x', status: 403 } };
      const element = await form();
      await until(() => $(element, '[part="contact-fallback"]') !== null, 'the fallback');
      expect(text($(element, '[part="contact-fallback"]'))).to.contain('Denne siden kan ikke sende meldinger');
    });
  });

  describe('screenshots', () => {
    it('uploads a chosen image as raw bytes and sends its id with the report', async () => {
      const element = await form();
      await fillEverything(element);
      $$<HTMLButtonElement>(element, '.step-review [part="change-button"]')[6]!.click(); // «Filer»
      await element.updateComplete;
      expect(shownStep(element)).to.equal('evidence');
      await chooseFiles(element, pngFile());
      await until(() => text($(element, '[part="attachment-list"]')).includes('Lastet opp'), 'the upload');
      const upload = server.to('/attachments')[0]!;
      expect(new URL(upload.url).searchParams.get('kommune')).to.equal('9999');
      expect(upload.headers.get('Content-Type')).to.equal('image/png');
      expect(upload.body).to.be.instanceOf(Blob);
      await next(element);
      expect(shownStep(element)).to.equal('review');
      await send(element);
      await until(() => $(element, '[part="receipt-number"]') !== null, 'the receipt');
      expect(JSON.parse(server.to('/reports')[0]!.body as string).attachments).to.deep.equal(['vedlegg1abcdefghijklmnop']);
    });

    it('asks for a screenshot again when the server no longer has it', async () => {
      server.reports = [
        {
          status: 400,
          body: {
            type: 'validation',
            title: 'x',
            status: 400,
            issues: [{ path: 'attachments[0]', code: 'unknown_reference', message: 'Finner ikke vedlegget.' }],
          },
        },
      ];
      const element = await form();
      await fillEverything(element);
      $$<HTMLButtonElement>(element, '.step-review [part="change-button"]')[6]!.click();
      await element.updateComplete;
      await chooseFiles(element, pngFile());
      await until(() => text($(element, '[part="attachment-list"]')).includes('Lastet opp'), 'the upload');
      await next(element);
      await send(element);
      await until(() => shownStep(element) === 'evidence', 'the screenshots group');
      expect(text($(element, '[part="attachment-list"]'))).to.contain('Last opp skjermbildet på nytt.');
      expect($(element, '#field-attachments')!.getAttribute('aria-invalid')).to.equal('true');
    });

    it('refuses a file that is not an image or PDF by its content, whatever its name', async () => {
      const element = await form();
      await fillEverything(element);
      for (let i = 0; i < 4; i++) await click(element, '[part="back-button"]');
      expect(shownStep(element)).to.equal('evidence');
      await chooseFiles(element, new File(['<html>ikke et bilde</html>'], 'bilde.png', { type: 'image/png' }));
      await until(() => text($(element, '#field-attachments-error')).includes('er ikke et bilde'), 'the refusal');
      expect(server.to('/attachments').length).to.equal(0);
    });
  });

  describe('printed', () => {
    it('puts every question group and its answers on one page, without the buttons', async function () {
      if (!CAN_EMULATE_MEDIA) this.skip();
      const element = await form();
      await fillEverything(element);
      await emulateMedia({ media: 'print' });
      try {
        const shown = $$(element, '.step').filter((group) => getComputedStyle(group).display !== 'none');
        expect(shown.map((group) => group.className.match(/step-(\w+)/)?.[1])).to.deep.equal([
          'who',
          'what',
          'where',
          'evidence',
          'reported',
          'help',
          'contact',
          'review',
        ]);
        expect($<HTMLTextAreaElement>(element, '#field-description')!.value).to.contain('Fikk en truende melding');
        expect(getComputedStyle($(element, '.form-actions')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('the copy the person keeps', () => {
    it('downloads one self-contained HTML file with the receipt and the answers', async () => {
      const element = await form();
      await fillEverything(element);
      await send(element);
      await until(() => $(element, '[part="download-button"]') !== null, 'the receipt');
      const blobs: Blob[] = [];
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return createObjectURL.call(URL, blob);
      };
      // A real download would open the browser's download panel: stop the click, keep the file.
      const stop = (event: Event) => {
        if ((event.target as Element).matches?.('a[download]')) event.preventDefault();
      };
      document.addEventListener('click', stop, true);
      try {
        await click(element, '[part="download-button"]');
        await until(() => blobs.length > 0, 'the file');
      } finally {
        URL.createObjectURL = createObjectURL;
        document.removeEventListener('click', stop, true);
      }
      const page = new DOMParser().parseFromString(await blobs[0]!.text(), 'text/html');
      expect(page.querySelector('script')).to.equal(null);
      expect(page.body.textContent).to.contain('HT-2026-7K3Q9P');
      expect(page.body.textContent).to.contain('Fikk en truende melding etter kommunestyremøtet.');
      expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')).to.exist;
    });
  });

  describe('in every language, at 320 px', () => {
    for (const lang of ['nb', 'nn', 'en', 'se']) {
      it(`is accessible after each step in ${lang}, without scrolling sideways`, async function () {
        // Eleven axe-core runs over the whole form: more than the default 10 s on a slow WebKit.
        this.timeout(40000);
        await setViewport({ width: 320, height: 800 });
        const element = await form(lang);
        expect(element.shadowRoot!.textContent).not.to.contain('Laster inn');
        await expectAccessible(element);
        // The summary and the error at the question, the 112 box, then every group as it is reached.
        await next(element);
        await expectAccessible(element);
        await click(element, '#field-danger-yes');
        await expectAccessible(element);
        await fillEverything(element, {
          check: async () => {
            await expectAccessible(element);
            expect(pageWidth(), `no sideways scroll in ${shownStep(element)}`).to.be.at.most(320);
          },
        });
        await expectAccessible(element);
        await send(element);
        await until(() => $(element, '[part="receipt-number"]') !== null, 'the receipt');
        await expectAccessible(element);
        expect(pageWidth()).to.be.at.most(320);
      });
    }
  });

  describe("preview (the editors' page)", () => {
    it('shows the form without asking the server, uploads no file and sends nothing, and says so', async () => {
      const element = await fixture<KommuneHateReport>(
        html`<kommune-hate-report preview today="2026-12-02" .data=${reportSection}></kommune-hate-report>`,
      );
      await settled(element);
      await element.updateComplete;
      expect($(element, '[part="contact-fallback"]')).to.equal(null);
      let chosen = false;
      await fillEverything(element, {
        check: async () => {
          if (!chosen && $(element, '#field-attachments')) {
            chosen = true;
            await chooseFiles(element, pngFile('skjermbilde.png'));
            expect(text($(element, '#field-attachments-error'))).to.equal('Feil: Filer lastes ikke opp i en forhåndsvisning.');
            expect($$(element, '[part="attachment-list"] li').length).to.equal(0);
          }
        },
      });
      await send(element);
      await until(() => text($(element, '[part="send-status"]')).includes('forhåndsvisning'), 'the preview notice');
      expect(text($(element, '[part="send-status"]'))).to.equal('Dette er en forhåndsvisning. Meldingen er ikke sendt.');
      expect($(element, '[part="receipt"]')).to.equal(null);
      expect(server.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).to.deep.equal([]);
      await expectAccessible(element);
    });
  });
});
