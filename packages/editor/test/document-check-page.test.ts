// The editors' page's check of a kommune document, as a web editor uses it: a document from a file, pasted in or at
// an address on the site; each problem with its line, the command line's message and a fix; languages; axe at a
// phone's and a desktop's width.
import { expect, fixture, html } from '@open-wc/testing';
import '@kommune-widgets/editor';
import type { EditorApp } from '@kommune-widgets/editor';
import { checkDocumentText } from '@kommune-widgets/schema/check';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { pageWidth, setViewport } from '../../../test/helpers/engine.js';

const EXAMPLE = '/docs/examples/eksempel-kommune.json';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until `check` holds, or fails after `ms`. */
async function until(check: () => boolean, what: string, ms = 6000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The page's parts, through its shadow roots. */
function parts(app: EditorApp) {
  const root = app.shadowRoot!;
  const source = root.querySelector('kw-document-source')!;
  const report = root.querySelector('kw-check-report')!;
  return {
    heading: () => root.querySelector('h1'),
    source,
    sourceRoot: () => source.shadowRoot!,
    report,
    reportRoot: () => report.shadowRoot!,
    language: () => root.querySelector<HTMLSelectElement>('#language')!,
  };
}

async function openPage(): Promise<EditorApp> {
  const app = await fixture<EditorApp>(html`<kw-editor-app></kw-editor-app>`);
  await until(() => Boolean(app.shadowRoot?.querySelector('h1')), 'the page');
  await app.setLocale('nb');
  return app;
}

async function choose(app: EditorApp, kind: 'file' | 'paste' | 'url'): Promise<void> {
  const { source, sourceRoot } = parts(app);
  sourceRoot().querySelector<HTMLInputElement>(`#source-${kind}`)!.click();
  await (source as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Pastes `value` and presses «Sjekk teksten»; resolves when the result is shown. */
async function paste(app: EditorApp, value: string): Promise<void> {
  await choose(app, 'paste');
  const root = parts(app).sourceRoot();
  const area = root.querySelector<HTMLTextAreaElement>('textarea')!;
  area.value = value;
  area.dispatchEvent(new Event('input'));
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await until(() => Boolean(parts(app).reportRoot().querySelector('h2')), 'the result');
  await until(() => parts(app).reportRoot().activeElement?.localName === 'h2', 'focus on the result');
}

const issues = (app: EditorApp) => [...parts(app).reportRoot().querySelectorAll('.issues:not(.warnings) > li')];

/** The example document with the three mistakes the issue names, pretty-printed as an editor's file is. */
async function brokenDocument(): Promise<string> {
  const doc = await (await fetch(EXAMPLE)).json();
  doc.meetings.meetings[0].start = '10.12.2026';
  doc.participation.activities[0].url = 'http://www.eksempel.kommune.no/høring';
  const closed = doc.meetings.meetings.flatMap((m: { agenda?: { public: boolean; closedReason?: unknown }[] }) => m.agenda ?? [])[0];
  closed.public = false;
  delete closed.closedReason;
  return JSON.stringify(doc, null, 2);
}

const lineOf = (source: string, needle: string) => source.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('the editors’ page: check the data', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  it('lists each problem of a broken document with its line and character, the CLI’s message and a fix', async () => {
    const app = await openPage();
    const source = await brokenDocument();
    await paste(app, source);
    const expected = checkDocumentText(source).issues;
    expect(expected.length).to.equal(3);
    const items = issues(app);
    expect(items.length).to.equal(3);
    expect(text(parts(app).reportRoot().querySelector('h2'))).to.equal('3 problemer i Teksten du limte inn');
    // In the order they are written; each at its line, as checkDocumentText places it.
    const byLine = [...items].map((item) => text(item.querySelector('.place strong')));
    expect(byLine).to.deep.equal(expected.map((issue) => `Linje ${issue.line}, tegn ${issue.column}`));
    const url = items.find((item) => text(item).includes('participation.activities[0].url'))!;
    expect(text(url.querySelector('.place strong'))).to.match(new RegExp(`^Linje ${lineOf(source, '"http://www.eksempel')},`));
    expect(text(url.querySelector('.message'))).to.contain('«http://www.eksempel.kommune.no/høring» er ikke en tillatt adresse');
    expect(text(url.querySelector('.fix'))).to.equal(
      'Slik retter du det: Skriv «https://www.eksempel.kommune.no/høring», med s. Åpner ikke siden seg med https, må den som har siden rette det: modulene lenker aldri til http.',
    );
    expect(text(url.querySelector('.excerpt mark'))).to.equal('"url"');
    const date = items.find((item) => text(item).includes('meetings.meetings[0].start'))!;
    expect(text(date.querySelector('.place strong'))).to.match(new RegExp(`^Linje ${lineOf(source, '"10.12.2026"')},`));
    expect(text(date.querySelector('.fix'))).to.contain('«2026-12-10»');
    const closed = items.find((item) => text(item).includes('closedReason'))!;
    expect(text(closed.querySelector('.fix'))).to.contain('"closedReason": "Offl. § 13, jf. fvl. § 13"');
    // Which widgets still show: the ladder and the calendar have problems; the pie is untouched.
    const coverage = [...parts(app).reportRoot().querySelectorAll('.coverage li')].map((li) => [li.className, text(li)]);
    expect(coverage.find(([, t]) => t.startsWith('Budsjettkaka'))![0]).to.equal('ready');
    expect(coverage.find(([, t]) => t.startsWith('Deltakelsestrappa'))![0]).to.equal('invalid');
    expect(coverage.find(([, t]) => t.startsWith('Møtekalenderen'))![0]).to.equal('invalid');
    await expectAccessible(app);
  });

  it('says where a text stops being JSON', async () => {
    const app = await openPage();
    await paste(app, '{\n  "schemaVersion": 1,\n  "kommune": { "nummer": "9999" }\n  "participation": {}\n}\n');
    const root = parts(app).reportRoot();
    expect(text(root.querySelector('h2'))).to.equal('Teksten du limte inn er ikke gyldig JSON');
    expect(text(root.querySelector('.place'))).to.equal('Linje 4, tegn 3');
    expect(text(root.querySelector('.excerpt mark'))).to.equal('"participation"');
    await expectAccessible(app);
  });

  it('reads a file chosen on the computer, and says a valid document is in order with what it can show', async () => {
    const app = await openPage();
    const input = parts(app).sourceRoot().querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([await (await fetch(EXAMPLE)).text()], 'kommune.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => Boolean(parts(app).reportRoot().querySelector('h2')), 'the result');
    const root = parts(app).reportRoot();
    expect(text(root.querySelector('h2'))).to.equal('kommune.json er i orden.');
    expect(issues(app).length).to.equal(0);
    expect([...root.querySelectorAll('.coverage li')].map((li) => li.className)).to.deep.equal([
      'ready',
      'ready',
      'ready',
      'ready',
      'ready',
    ]);
  });

  it('fetches a document at an address on the same site, and refuses one on another site before fetching', async () => {
    const app = await openPage();
    await choose(app, 'url');
    const root = parts(app).sourceRoot();
    const field = root.querySelector<HTMLInputElement>('#field-address')!;
    const submit = () => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });

    field.value = 'https://example.org/kommune.json';
    field.dispatchEvent(new Event('input'));
    submit();
    await until(() => Boolean(root.querySelector('.kw-error-message')), 'the refusal');
    expect(text(root.querySelector('.kw-error-message'))).to.contain(
      `Siden henter bare dokumenter fra dette nettstedet (${location.host})`,
    );
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    await until(() => root.activeElement === field, 'focus on the address');

    field.value = '/docs/examples/finnes-ikke.json';
    field.dispatchEvent(new Event('input'));
    submit();
    await until(() => text(root.querySelector('.kw-error-message')).includes('404'), 'the 404');
    expect(text(root.querySelector('.kw-error-message'))).to.contain('Fant ingen fil på /docs/examples/finnes-ikke.json (404)');

    field.value = EXAMPLE;
    field.dispatchEvent(new Event('input'));
    submit();
    await until(() => Boolean(parts(app).reportRoot().querySelector('h2')), 'the result');
    expect(text(parts(app).reportRoot().querySelector('h2'))).to.equal(`${EXAMPLE} er i orden.`);
    observer.disconnect();
    expect(requested.some((name) => name.includes('example.org'))).to.equal(false);
    await expectAccessible(app);
  });

  it('speaks nynorsk and English when chosen: the page, the messages and the fixes', async () => {
    const app = await openPage();
    await paste(app, await brokenDocument());
    const select = parts(app).language();
    select.value = 'nn';
    select.dispatchEvent(new Event('change'));
    await until(() => text(parts(app).heading()) === 'Sjekk kommunedokumentet' && document.documentElement.lang === 'nn', 'nynorsk');
    await until(() => text(parts(app).reportRoot().querySelector('h2')) === '3 problem i Teksten du limte inn', 'the result in nynorsk');
    const url = issues(app).find((item) => text(item).includes('participation.activities[0].url'))!;
    expect(text(url.querySelector('.place strong'))).to.match(/^Linje \d+, teikn \d+$/);
    expect(text(url.querySelector('.message'))).to.contain('er ikkje ei tillaten adresse');
    expect(text(url.querySelector('.fix'))).to.match(/^Slik rettar du det: Skriv «https:\/\/www\.eksempel\.kommune\.no\/høring», med s\./);

    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await until(() => text(parts(app).heading()) === 'Check the kommune document', 'English');
    expect(document.title).to.equal('Check the kommune document – kommune-widgets');
    const english = issues(app).find((item) => text(item).includes('meetings.meetings[0].start'))!;
    expect(text(english.querySelector('.fix'))).to.equal(
      'How to fix it: Write “2026-12-10”: year, month and day with hyphens between them, in that order.',
    );
  });

  for (const width of [320, 1280]) {
    it(`is axe-clean and fits without sideways scrolling at ${width} px, before and after a check`, async () => {
      await setViewport({ width, height: 800 });
      const app = await openPage();
      await expectAccessible(app);
      await choose(app, 'paste');
      await expectAccessible(app);
      await paste(app, JSON.stringify(JSON.parse(await brokenDocument())));
      // A document on one line: the excerpt is cut around the place and wraps.
      expect(text(issues(app)[0]!.querySelector('.excerpt'))).to.match(/…/);
      await expectAccessible(app);
      expect(pageWidth()).to.be.at.most(width);
    });
  }
});
