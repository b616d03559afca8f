// The editors' page's check of a kommune document, as a web editor uses it: a document from a file, pasted in or at
// an address on the site; each problem with its line, the command line's message and a fix; languages; axe at a
// phone's and a desktop's width.
import { expect } from '@open-wc/testing';
import '@kommune-widgets/editor';
import type { EditorApp } from '@kommune-widgets/editor';
import { checkDocumentText } from '@kommune-widgets/schema/check';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { FakePledgeServer } from '../../pledge/test/fixtures/fake-server.js';
import { pageWidth, setViewport } from '../../../test/helpers/engine.js';
import {
  EXAMPLE,
  text,
  until,
  parts,
  openPage,
  choose,
  paste,
  issues,
  brokenDocument,
  previewParts,
  openExample,
  setControl,
  previewed,
  lineOf,
} from './helpers/editor-page.js';

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

  describe('preview and snippet', () => {
    let pledges: FakePledgeServer;
    beforeEach(() => {
      pledges = new FakePledgeServer().install();
    });
    afterEach(() => pledges.restore());

    it('previews each widget the document feeds, fetching each widget only when it is shown', async () => {
      expect(customElements.get('kommune-budget-pie')).to.equal(undefined);
      const app = await openPage();
      await openExample(app);
      const choices = [...previewParts(app).root.querySelectorAll<HTMLOptionElement>('#field-widget option')].map((o) => o.value);
      expect(choices).to.deep.equal([
        'kommune-participation-ladder',
        'kommune-budget-pie',
        'kommune-meeting-calendar',
        'kommune-hate-report',
        'kommune-pledge',
      ]);
      await previewed(app, 'kommune-participation-ladder');
      expect(customElements.get('kommune-budget-pie'), 'the pie is not fetched before it is shown').to.equal(undefined);
      for (const tag of choices.slice(1)) {
        await setControl(app, '#field-widget', tag);
        const [widget] = await previewed(app, tag);
        expect(widget!.shadowRoot!.textContent!.trim().length, tag).to.be.greaterThan(0);
        if (tag === 'kommune-hate-report' || tag === 'kommune-pledge') expect(widget!.hasAttribute('preview'), tag).to.equal(true);
      }
      await expectAccessible(app);
    });

    it('shows the widget in the language chosen and a second one beside it, at a phone’s width, in the site’s colours', async () => {
      const app = await openPage();
      await openExample(app);
      await setControl(app, '#field-widget', 'kommune-meeting-calendar');
      await setControl(app, '#field-preview-lang', 'nn');
      await setControl(app, '#field-second-lang', 'se');
      const [nynorsk, sami] = await previewed(app, 'kommune-meeting-calendar', 2);
      expect([nynorsk!.lang, sami!.lang]).to.deep.equal(['nn', 'se']);
      expect(nynorsk!.shadowRoot!.textContent).to.contain('Politiske møte');
      await setControl(app, '#width-phone');
      for (const frame of previewParts(app).frames()) expect(frame.getBoundingClientRect().width).to.be.at.most(360);

      const { root } = previewParts(app);
      root.querySelector<HTMLDetailsElement>('details.theme')!.open = true;
      const set = async (id: string, value: string) => {
        const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(id)!;
        field.value = value;
        field.dispatchEvent(new Event('change'));
        await (previewParts(app).preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      };
      await set('#field-theme-accent', '#8a1538');
      await set('#field-theme-font', 'Georgia, serif');
      await set(
        '#field-theme-tokens',
        ':root { --ds-color-neutral-text-default: #101820; --ds-color-accent-surface-tinted: url(https://example.org/x.png); }',
      );
      const style = getComputedStyle(nynorsk!);
      expect(style.getPropertyValue('--kw-color-accent').trim()).to.equal('#8a1538');
      expect(style.getPropertyValue('--kw-font-family').trim()).to.equal('Georgia, serif');
      expect(style.getPropertyValue('--ds-color-neutral-text-default').trim()).to.equal('#101820');
      expect(style.getPropertyValue('--ds-color-accent-surface-tinted').trim(), 'no url() from a pasted theme').to.equal('');
      await expectAccessible(app);
    });

    it('writes the snippet for what is shown; copied and pasted into a blank page with its CSP line, it shows the same widget', async () => {
      const app = await openPage();
      await openExample(app);
      await setControl(app, '#field-widget', 'kommune-budget-pie');
      await setControl(app, '#variant-pie');
      await previewed(app, 'kommune-budget-pie');
      const snippetRoot = previewParts(app).snippetRoot();
      const script = snippetRoot.querySelector<HTMLInputElement>('#field-script-url')!;
      script.value = '/dist/cdn/kommune-widgets.js';
      script.dispatchEvent(new Event('input'));
      await until(() => previewParts(app).code('snippet').includes('/dist/cdn/kommune-widgets.js'), 'the script address in the snippet');
      expect(previewParts(app).code('snippet')).to.equal(
        [
          '<script type="module" src="/dist/cdn/kommune-widgets.js"></script>',
          `<kommune-budget-pie src="${EXAMPLE}" variant="pie">`,
          '  <a href="/budsjett.pdf">Budsjettet (PDF)</a>',
          '</kommune-budget-pie>',
        ].join('\n'),
      );
      const csp = previewParts(app).code('csp');
      expect(csp).to.equal(
        "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'",
      );

      // For a CMS that takes only an iframe: the embed page with the same widget and options, as tall as the preview.
      const [shownPie] = await previewed(app, 'kommune-budget-pie');
      const iframeHeight = () => Number(/height="(\d+)"/.exec(previewParts(app).code('iframe'))![1]);
      // The height follows the widget's as it settles (a ResizeObserver): the widget's own, plus a little room.
      await until(() => {
        const shown = shownPie!.getBoundingClientRect().height;
        return iframeHeight() >= shown && iframeHeight() <= shown + 100;
      }, 'the iframe as tall as the widget');
      expect(previewParts(app).code('iframe')).to.match(
        new RegExp(
          `^<iframe src="/dist/cdn/embed\\.html\\?widget=budget-pie&amp;src=${encodeURIComponent(EXAMPLE)}&amp;variant=pie" title="Budsjettkaka" width="100%" height="\\d+" loading="lazy"></iframe>$`,
        ),
      );

      let copied = '';
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      try {
        [...snippetRoot.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Kopier koden'))!.click();
        await until(() => copied !== '', 'the copy');
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
        if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
      expect(copied).to.equal(previewParts(app).code('snippet'));
      await until(() => snippetRoot.querySelector('.kw-announcer')!.textContent!.includes('Kopiert'), 'the announcement');

      const frame = document.createElement('iframe');
      frame.title = 'pasted';
      frame.width = '1024';
      frame.height = '800';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/test/csp/pasted?${new URLSearchParams({ snippet: copied, csp })}`;
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { __violations: string[]; __errors: string[] };
        const pasted = () => win.document.querySelector('kommune-budget-pie');
        await until(() => pasted()?.getAttribute('state') === 'ready', 'the pasted widget');
        expect(pasted()!.getAttribute('variant')).to.equal('pie');
        const heading = (widget: Element) => widget.shadowRoot!.querySelector('h2, h3')!.textContent!.trim();
        const [previewedPie] = await previewed(app, 'kommune-budget-pie');
        expect(heading(pasted()!)).to.equal(heading(previewedPie!));
        expect(pasted()!.shadowRoot!.querySelectorAll('path').length).to.equal(previewedPie!.shadowRoot!.querySelectorAll('path').length);
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('writes the report form’s fallback from the contact person, and the pledge’s server into the CSP line when it is elsewhere', async () => {
      const app = await openPage();
      const doc = await (await fetch(EXAMPLE)).json();
      doc.pledge.endpoint = 'https://valgloftet.example.no/api/v1';
      await paste(app, JSON.stringify(doc, null, 2));
      await until(() => Boolean(app.shadowRoot!.querySelector('kw-widget-preview')?.shadowRoot?.querySelector('h2')), 'the preview');
      await setControl(app, '#field-widget', 'kommune-hate-report');
      await previewed(app, 'kommune-hate-report');
      await until(() => previewParts(app).code('snippet').includes('kommune-hate-report'), 'the report snippet');
      const snippet = previewParts(app).code('snippet');
      const contact = doc.report.contact;
      expect(snippet).to.contain(`til kommunens kontaktperson, ${contact.name}:`);
      expect(snippet).to.contain(`<a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>`);
      expect(snippet).to.contain(`<a href="mailto:${contact.email}">${contact.email}</a>`);
      expect(snippet).to.contain('Er noen i fare, ring 112.');
      expect(previewParts(app).code('csp')).to.match(/connect-src 'self' https:\/\/valgloftet\.example\.no$/);
    });
  });

  describe('a new document', () => {
    /** The starter form's shadow root. */
    const starter = (app: EditorApp) => app.shadowRoot!.querySelector('kw-starter')!.shadowRoot!;
    async function type(app: EditorApp, id: string, value: string): Promise<void> {
      const input = starter(app).querySelector<HTMLInputElement>(`#field-${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await (app.shadowRoot!.querySelector('kw-starter') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
    const submit = (app: EditorApp) => starter(app).querySelector<HTMLButtonElement>('form button[type=submit]')!.click();

    it('lists what is missing or wrong in an error summary, with links to the fields', async () => {
      const app = await openPage();
      await type(app, 'nummer', '312');
      submit(app);
      await until(() => Boolean(starter(app).querySelector('.kw-error-summary a')), 'the error summary');
      const links = [...starter(app).querySelectorAll('.kw-error-summary a')].map((a) => text(a));
      expect(links).to.deep.equal(['Kommunenummeret er fire sifre, for eksempel 3120.', 'Skriv kommunens navn.']);
      await until(() => starter(app).activeElement?.classList.contains('kw-error-summary') ?? false, 'focus on the summary');
      expect(starter(app).querySelector('#field-nummer')!.getAttribute('aria-invalid')).to.equal('true');
      await expectAccessible(app);
    });

    it('writes a valid document from the form, to download or to check and preview at once; the KOSTRA query has the number', async () => {
      const app = await openPage();
      await type(app, 'nummer', '3120');
      await type(app, 'navn', 'Rakkestad');
      await type(app, 'innbyggere', '8 300');
      starter(app).querySelector<HTMLInputElement>('#field-report')!.click();
      await (app.shadowRoot!.querySelector('kw-starter') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await type(app, 'contactName', 'Ola Hansen');
      await type(app, 'contactPhone', '99 99 88 88');
      submit(app);
      await until(() => Boolean(starter(app).querySelector('#made-text')), 'the document');
      const made = starter(app).querySelector<HTMLTextAreaElement>('#made-text')!.value;
      const check = checkDocumentText(made);
      expect(check.valid, JSON.stringify(check.issues)).to.equal(true);
      expect(JSON.parse(made)).to.deep.include({
        schemaVersion: 1,
        kommune: { nummer: '3120', navn: 'Rakkestad', innbyggere: 8300 },
        participation: { activities: [] },
        report: { kommune: '3120', endpoint: '/api/v1', contact: { name: 'Ola Hansen', phone: '99 99 88 88' } },
      });
      const link = starter(app).querySelector<HTMLAnchorElement>('a[download]')!;
      expect(link.getAttribute('download')).to.equal('kommune.json');
      expect(await (await fetch(link.href)).text()).to.equal(made);
      expect(starter(app).querySelector<HTMLTextAreaElement>('#kostra-query')!.value).to.contain('"values": ["3120", "EAK"]');

      [...starter(app).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Sjekk og forhåndsvis')!.click();
      await until(() => text(parts(app).reportRoot().querySelector('h2')) === 'kommune.json er i orden.', 'the check of the new document');
      await until(() => Boolean(app.shadowRoot!.querySelector('kw-widget-preview')?.shadowRoot?.querySelector('h2')), 'the preview');
      await expectAccessible(app);
    });
  });

  it('writes the accessibility statement for the widgets the document feeds, criterion by criterion, with the reasons', async () => {
    const app = await openPage();
    const doc = await (await fetch(EXAMPLE)).json();
    await paste(app, JSON.stringify({ schemaVersion: 1, kommune: doc.kommune, participation: doc.participation }));
    const statement = () => app.shadowRoot!.querySelector('kw-accessibility-statement')!.shadowRoot!;
    // Its tables are fetched when it is opened.
    statement().querySelector<HTMLDetailsElement>('details.statement')!.open = true;
    await until(() => Boolean(statement().querySelector('.criteria')), 'the statement');
    await until(() => statement().querySelector<HTMLInputElement>('#statement-kommune-budget-pie')?.checked === false, 'the ladder alone');
    expect(statement().querySelector<HTMLInputElement>('#statement-kommune-participation-ladder')!.checked).to.equal(true);
    const line = (id: string) =>
      [...statement().querySelectorAll('.criteria > li')].find((li) => text(li.querySelector('.criterion-name')).startsWith(`${id} `))!;
    expect([...statement().querySelectorAll('.criteria')][0]!.children.length).to.equal(50);
    expect(text(line('1.1.1').querySelector('.criterion-name'))).to.equal('1.1.1 Ikke-tekstlig innhold (A)');
    expect(text(line('3.1.2').querySelector('.answer'))).to.equal('Samsvar');
    expect(text(line('1.2.2').querySelector('.answer'))).to.equal('Ikke relevant');

    statement().querySelector<HTMLInputElement>('#statement-kommune-meeting-calendar')!.click();
    await until(() => text(line('3.1.2').querySelector('.answer')) === 'Ikke samsvar', 'the calendar’s reservation');
    const reason = line('3.1.2').querySelector('.reasons li')!;
    expect(text(reason)).to.match(/^Møtekalenderen: Widgeten snakker språket/);
    expect(reason.querySelector('[lang=nb]')).to.not.equal(null);
    expect(text(statement().querySelector('.totals'))).to.match(/^WCAG 2\.1: \d+ samsvar, 1 ikke samsvar, \d+ ikke relevant\.$/);
    await expectAccessible(app);
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
