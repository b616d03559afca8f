// The editors' page in every state a web editor reaches, at a phone's and a desktop's width: axe-core finds nothing
// and nothing makes the page scroll sideways. (Its own file: run after the other page tests in one page, it did not
// finish within web-test-runner's limit.)
import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { pageWidth, setViewport } from '../../../test/helpers/engine.js';
import { FakePledgeServer } from '../../pledge/test/fixtures/fake-server.js';
import { choose, openExample, openPage, paste, previewed, previewParts, setControl, until } from './helpers/editor-page.js';

describe('the editors’ page in every state', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  for (const width of [320, 1280]) {
    it(`is axe-clean and fits at ${width} px in every other state: not JSON, each widget previewed, the new document, the statement`, async () => {
      await setViewport({ width, height: 800 });
      const pledges = new FakePledgeServer().install();
      try {
        const app = await openPage();
        const fits = async (state: string) => {
          await expectAccessible(app);
          expect(pageWidth(), state).to.be.at.most(width);
        };
        await paste(app, '{\n  "schemaVersion": 1,\n  "kommune": {}\n  "x": 1\n}');
        await fits('not JSON');
        await choose(app, 'url');
        await fits('an address');
        await openExample(app);
        for (const tag of [
          'kommune-participation-ladder',
          'kommune-budget-pie',
          'kommune-meeting-calendar',
          'kommune-hate-report',
          'kommune-pledge',
        ]) {
          await setControl(app, '#field-widget', tag);
          await previewed(app, tag);
          await fits(tag);
        }
        await setControl(app, '#field-second-lang', 'se');
        await previewed(app, 'kommune-pledge', 2);
        const root = previewParts(app).root;
        root.querySelector<HTMLDetailsElement>('details.theme')!.open = true;
        previewParts(app).snippetRoot().querySelector<HTMLDetailsElement>('details.iframe')!.open = true;
        await fits('two languages, the theme and the iframe open');

        const starter = app.shadowRoot!.querySelector('kw-starter')!;
        starter.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
        await until(() => Boolean(starter.shadowRoot!.querySelector('.kw-error-summary a')), 'the error summary');
        await fits('the new document’s errors');
        starter.shadowRoot!.querySelector<HTMLDetailsElement>('details.kostra')!.open = true;
        await fits('the KOSTRA steps');
        const statement = app.shadowRoot!.querySelector('kw-accessibility-statement')!.shadowRoot!;
        statement.querySelector<HTMLDetailsElement>('details.statement')!.open = true;
        await until(() => Boolean(statement.querySelector('.criteria')), 'the statement');
        statement.querySelector<HTMLDetailsElement>('details.statement details')!.open = true;
        await fits('the statement with WCAG 2.2');
      } finally {
        pledges.restore();
      }
    });
  }
});
