import { expect, fixture, html } from '@open-wc/testing';
import { render, type CSSResult, type TemplateResult } from 'lit';
import { themeTokens } from '@kommune-widgets/core';
import { formStyles } from '@kommune-widgets/core/form';
import type { LocalizedText, Report } from '@kommune-widgets/schema';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { renderAdvice } from '../src/advice-panel.js';
import { renderContactFallback } from '../src/contact-fallback.js';
import { contentStyles } from '../src/content.styles.js';
import {
  buildEvidencePackage,
  downloadEvidencePackage,
  escapeHtml,
  evidenceFileName,
  sha256Base64,
  type EvidenceInput,
} from '../src/evidence-package.js';
import { renderPrivacyNotice } from '../src/privacy-notice.js';
import { emptyDraft, type ReportDraft } from '../src/report-draft.js';
import { renderEmergency, renderTriage } from '../src/triage-panel.js';

const contact: Report['contact'] = {
  name: 'Kari Nordmann',
  role: { nb: 'Kontaktperson for folkevalgte', en: 'Contact person for elected officials' },
  phone: '+47 22 33 44 55',
  email: 'kari.nordmann@eksempel.kommune.no',
};
const report: Report = { kommune: '9999', endpoint: '/api/v1', contact, responseTime: { nb: 'Innen to virkedager' } };
const text = (t: LocalizedText) => (typeof t === 'string' ? t : t.nb);

/** Renders `template` inside a shadow root styled as the element styles it, and returns that root's wrapper. */
async function show(template: TemplateResult): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [themeTokens, formStyles, contentStyles].map((s: CSSResult) => s.styleSheet!);
  const base = document.createElement('div');
  base.className = 'base';
  root.append(base);
  render(template, base);
  return base;
}

const fold = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const hrefs = (root: Element) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
const noop = () => undefined;

function expectTarget(element: Element): void {
  const box = element.getBoundingClientRect();
  expect(box.width, `${fold(element)} width`).to.be.at.least(24);
  expect(box.height, `${fold(element)} height`).to.be.at.least(24);
}

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

function filledDraft(): ReportDraft {
  const draft = emptyDraft(new Date('2026-12-02T08:00:00Z'));
  return {
    ...draft,
    danger: false,
    target: 'me',
    role: 'folkevalgt',
    kinds: ['trussel', 'hets'],
    platform: 'Facebook',
    whenDate: '2026-11-30',
    whenTime: '21:15',
    description: 'Første linje\nAndre linje <script>alert(1)</script> & «sitat»',
    links: 'https://example.com/post?id=1&x=2\nhttps://example.com/"onmouseover="alert(1)\njavascript:alert(1)',
    attachments: [
      { key: 'a', file: new File([bytes(PNG_BASE64)], 'skjerm <1>.png', { type: 'image/png' }), state: 'uploaded', id: 'att-1' },
      { key: 'b', file: new File(['%PDF-1.4\n%%EOF\n'], 'brev.pdf', { type: 'application/pdf' }), state: 'uploaded', id: 'att-2' },
    ],
    reportedToPlatform: true,
    platformReference: 'FB-123',
    help: ['juridisk', 'samtale'],
    anonymous: false,
    name: 'Ola "Test" Nordmann',
    email: 'ola@example.com',
    phone: '',
  };
}

const evidenceInput = (draft = filledDraft()): EvidenceInput => ({
  receipt: 'HR-2026-0042',
  receivedAt: '2026-12-02T09:30:00Z',
  kommuneName: 'Eksempel kommune',
  contactName: 'Kari Nordmann',
  draft,
  lang: 'nb',
});

const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');

describe('hate report content pieces', () => {
  it('is accessible: triage, the 112 box, the police line, advice, fallback and privacy notice', async () => {
    const root = await show(
      html`<div>
        ${renderTriage({ answer: undefined, onAnswer: noop, headingLevel: 2 })}
        ${renderEmergency({ danger: true, headingLevel: 3, onContinue: noop })}
        ${renderEmergency({ danger: false, headingLevel: 3, onContinue: noop })}
        ${renderContactFallback({ contact, text, reason: 'unreachable', headingLevel: 2, onRetry: noop })}
        ${renderPrivacyNotice({ contact, text, retentionDays: 90, privacyUrl: 'https://eksempel.kommune.no/personvern', headingLevel: 3 })}
      </div>`,
    );
    await expectAccessible(root);
    const advice = await show(renderAdvice({ report, text, headingLevel: 2, kommuneName: 'Eksempel kommune', retentionDays: 90 }));
    await expectAccessible(advice);
  });

  describe('triage', () => {
    it('asks «Er noen i umiddelbar fare akkurat nå?» as a fieldset with the heading in its legend and two radios', async () => {
      const answers: boolean[] = [];
      const root = await show(renderTriage({ answer: undefined, onAnswer: (d) => answers.push(d), headingLevel: 3 }));
      const fieldset = root.querySelector('fieldset')!;
      expect(fieldset.id).to.equal('field-danger');
      expect(fold(fieldset.querySelector('legend h3'))).to.equal('Er noen i umiddelbar fare akkurat nå?');
      const yes = root.querySelector<HTMLInputElement>('#field-danger-yes')!;
      const no = root.querySelector<HTMLInputElement>('#field-danger-no')!;
      expect([yes.type, no.type, yes.checked, no.checked]).to.deep.equal(['radio', 'radio', false, false]);
      expect(fold(root.querySelector('label[for="field-danger-yes"]'))).to.equal('Ja');
      expect(fold(root.querySelector('label[for="field-danger-no"]'))).to.equal('Nei');
      root.querySelector<HTMLElement>('label[for="field-danger-yes"]')!.click();
      no.click();
      expect(answers).to.deep.equal([true, false]);
      expectTarget(yes.closest('label')!);
    });

    it('keeps the answer checked and shows an error at the question when given one', async () => {
      const root = await show(renderTriage({ answer: true, onAnswer: noop, headingLevel: 3, error: 'Svar på spørsmålet' }));
      expect(root.querySelector<HTMLInputElement>('#field-danger-yes')!.checked).to.equal(true);
      const fieldset = root.querySelector('fieldset')!;
      expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
      expect(fieldset.getAttribute('aria-describedby')).to.equal('field-danger-hint field-danger-error');
      expect(fold(root.querySelector('#field-danger-error'))).to.equal('Feil: Svar på spørsmålet');
    });

    it('for «Ja» shows «Ring 112 nå» in a box with tel: links to 112 and 02800, and a button on to the form', async () => {
      let continued = 0;
      const root = await show(renderEmergency({ danger: true, headingLevel: 3, onContinue: () => continued++ }));
      const box = root.querySelector('[part="emergency"]')!;
      expect(fold(box.querySelector('h3#emergency-heading'))).to.equal('Ring 112 nå');
      expect(hrefs(box)).to.deep.equal(['tel:112', 'tel:02800']);
      expect(fold(box)).to.contain('Politiet når det ikke haster: 02800');
      expect(fold(box)).to.contain('Du kan sende meldingen til kontaktpersonen etterpå.');
      const button = box.querySelector('button')!;
      expect(fold(button)).to.equal('Fortsett til skjemaet');
      for (const target of [button, ...box.querySelectorAll('a')]) expectTarget(target);
      button.click();
      expect(continued).to.equal(1);
    });

    it('for «Nei» shows one line with 02800 and 112 and no box', async () => {
      const root = await show(renderEmergency({ danger: false, headingLevel: 3, onContinue: noop }));
      expect(root.querySelector('[part="emergency"]')).to.equal(null);
      expect(hrefs(root)).to.deep.equal(['tel:02800', 'tel:112']);
      expect(fold(root)).to.equal('Politiet når det ikke haster: 02800. Nødnummer til politiet: 112.');
      for (const link of root.querySelectorAll('a')) expectTarget(link);
    });
  });

  describe('advice beside the form', () => {
    it('names the contact person with phone as tel: and e-mail as mailto:, and says what happens next and when', async () => {
      const root = await show(renderAdvice({ report, text, headingLevel: 2, kommuneName: 'Eksempel kommune', retentionDays: 90 }));
      const aside = root.querySelector('.advice')!;
      expect(fold(aside.querySelector('#advice-heading'))).to.equal('Råd og hjelp');
      expect([...aside.querySelectorAll('h3')].map(fold)).to.deep.equal([
        'Kontaktpersonen i Eksempel kommune',
        'Hva skjer videre',
        'Sikre bevis',
        'Meld fra til plattformen',
        'Når du bør gå til politiet',
        'Få innhold fjernet: Slettmeg',
        'Aviser, radio og TV: PFU',
        'Partiet ditt',
      ]);
      expect(fold(aside.querySelector('.contact-name strong'))).to.equal('Kari Nordmann');
      expect(fold(aside.querySelector('.contact-role'))).to.equal('Kontaktperson for folkevalgte');
      expect(hrefs(aside)).to.include.members(['tel:+4722334455', 'mailto:kari.nordmann@eksempel.kommune.no']);
      expect(fold(aside)).to.contain('Når meldingen blir lest: Innen to virkedager');
      expect(fold(aside)).to.contain('Meldingen slettes 90 dager etter at saken er avsluttet.');
      expect(fold(aside)).to.contain('adressen (URL)');
      for (const link of aside.querySelectorAll('.tel, .mail')) expectTarget(link);
    });

    it('links only to https addresses of its own: politiet.no, slettmeg.no, pfu.no', async () => {
      const root = await show(renderAdvice({ report, text, headingLevel: 2 }));
      const web = hrefs(root).filter((href) => !/^(tel|mailto):/.test(href!));
      expect(web).to.deep.equal(['https://www.politiet.no/', 'https://slettmeg.no/', 'https://www.pfu.no/']);
    });

    it('shows the kommune’s own advice instead of the built-in texts, section by section', async () => {
      const own: Report = {
        ...report,
        advice: {
          nextSteps: { nb: 'Vi ringer deg innen en dag.\n\nDu kan også komme innom.' },
          evidence: { nb: 'Ta skjermbilder med kommunens egen mal.' },
          platform: { nb: 'Kommunen melder innholdet for deg.' },
          police: { nb: 'Kommunen har fast kontakt i politiet.' },
          party: { nb: 'Snakk med gruppelederen.' },
        },
      };
      const root = await show(renderAdvice({ report: own, text, headingLevel: 2 }));
      const section = (id: string) => fold(root.querySelector(`#advice-${id}`)!.closest('.advice-section'));
      expect([...root.querySelectorAll('#advice-next ~ .own-text')].map(fold)).to.deep.equal([
        'Vi ringer deg innen en dag.',
        'Du kan også komme innom.',
      ]);
      expect(section('next')).to.contain('Når meldingen blir lest: Innen to virkedager');
      expect(section('next')).not.to.contain('Kontaktpersonen leser meldingen.');
      expect(section('evidence')).to.equal('Sikre bevis Ta skjermbilder med kommunens egen mal.');
      expect(section('platform')).to.equal('Meld fra til plattformen Kommunen melder innholdet for deg.');
      expect(section('police')).to.equal('Når du bør gå til politiet Kommunen har fast kontakt i politiet.');
      expect(section('party')).to.equal('Partiet ditt Snakk med gruppelederen.');
      expect(fold(root)).not.to.contain('adressen (URL)');
      expect(fold(root)).to.contain('slettmeg.no');
    });
  });

  describe('contact fallback', () => {
    it('when the server does not answer: says so, gives phone and e-mail at once, and offers «Prøv igjen»', async () => {
      let retried = 0;
      const root = await show(renderContactFallback({ contact, text, reason: 'unreachable', headingLevel: 2, onRetry: () => retried++ }));
      const box = root.querySelector('[part="contact-fallback"]')!;
      expect(fold(box.querySelector('h2'))).to.equal('Skjemaet kan ikke sendes herfra akkurat nå');
      expect(fold(box.querySelector('.contact-name strong'))).to.equal('Kari Nordmann');
      expect(fold(box.querySelector('.contact-role'))).to.equal('Kontaktperson for folkevalgte');
      expect(hrefs(box)).to.deep.equal(['tel:+4722334455', 'mailto:kari.nordmann@eksempel.kommune.no', 'tel:112']);
      expect(fold(box.querySelector('a[href^="tel:+47"]'))).to.equal('+47 22 33 44 55');
      box.querySelector('button')!.click();
      expect(retried).to.equal(1);
    });

    it('when the server refuses this page: says so, with the contact details and no retry', async () => {
      const root = await show(renderContactFallback({ contact, text, reason: 'refused', headingLevel: 2, onRetry: noop }));
      expect(fold(root.querySelector('h2'))).to.equal('Denne siden kan ikke sende meldinger til kommunen');
      expect(hrefs(root)).to.include('mailto:kari.nordmann@eksempel.kommune.no');
      expect(root.querySelector('button')).to.equal(null);
    });
  });

  describe('privacy notice', () => {
    it('says who reads the report, that it is deleted the server’s number of days after the case, and that it is not a police report', async () => {
      const root = await show(
        renderPrivacyNotice({
          contact,
          text,
          retentionDays: 1200,
          privacyUrl: 'https://eksempel.kommune.no/personvern',
          kommuneName: 'Eksempel kommune',
          headingLevel: 3,
        }),
      );
      const notice = fold(root);
      expect(notice).to.contain('Bare kontaktpersonen i Eksempel kommune, Kari Nordmann, leser meldingen.');
      expect(notice).to.match(/Meldingen slettes 1\s200 dager etter at saken er avsluttet\./);
      expect(notice).to.contain('Skjemaet lagrer ingenting i nettleseren din.');
      expect(fold(root.querySelector('.not-police'))).to.equal(
        'Dette er ikke en politianmeldelse. Vil du anmelde, ring politiet på 02800. Er noen i fare, ring 112.',
      );
      expect(hrefs(root)).to.deep.equal(['tel:02800', 'tel:112', 'https://eksempel.kommune.no/personvern']);
    });

    it('without the server’s retention days says so without a number, and leaves out a missing privacy statement', async () => {
      const root = await show(renderPrivacyNotice({ contact, text, headingLevel: 3 }));
      expect(fold(root)).to.contain('Meldingen slettes når kommunen ikke lenger trenger den for å følge opp saken.');
      expect(fold(root)).to.contain('Bare kommunens kontaktperson, Kari Nordmann, leser meldingen.');
      expect(hrefs(root)).to.deep.equal(['tel:02800', 'tel:112']);
    });
  });

  describe('evidence package', () => {
    it('escapes & < > " and \' with one function', () => {
      expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });

    it('is one HTML document with the receipt, the report as written, and no script', async () => {
      const source = await buildEvidencePackage(evidenceInput());
      expect(source.startsWith('<!doctype html>')).to.equal(true);
      expect(source).not.to.match(/<script/i);
      const doc = parse(source);
      expect(doc.documentElement.lang).to.equal('nb');
      expect(doc.querySelector('meta[charset]')!.getAttribute('charset')).to.equal('utf-8');
      expect(doc.querySelector('meta[name="viewport"]')).not.to.equal(null);
      expect(doc.title).to.equal('Melding om hets og trusler – kvittering HR-2026-0042');
      const facts = Object.fromEntries([...doc.querySelectorAll('dt')].map((dt) => [fold(dt), fold(dt.nextElementSibling)]));
      expect(facts).to.deep.include({
        Kvitteringsnummer: 'HR-2026-0042',
        'Hvem det gjaldt': 'Meg selv',
        Rolle: 'Folkevalgt',
        'Hva det var': 'Trussel, Hets',
        Hvor: 'Facebook',
        'Til plattformen': 'Ja, referanse FB-123',
        'Til politiet': 'Nei',
        Navn: 'Ola "Test" Nordmann',
        'E-post': 'ola@example.com',
      });
      expect(facts['Mottatt']).to.match(/^2\. desember 2026.*10:30$/);
      expect(facts['Når']).to.match(/^30\. november 2026.*21:15$/);
      const body = fold(doc.body);
      expect(body).to.contain('Meldingen ble sendt til Kari Nordmann, kontaktpersonen i Eksempel kommune.');
      expect(body).to.contain('Hjelp du ba om Juridisk vurdering, En samtale');
      expect(body).to.contain('Denne kopien ble laget på din egen enhet og er ikke sendt noe sted.');
      expect(doc.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-02T09:30:00.000Z');
    });

    it('keeps the description’s line breaks and makes its markup inert text', async () => {
      const draft = filledDraft();
      const doc = parse(await buildEvidencePackage(evidenceInput(draft)));
      expect(doc.querySelectorAll('script')).to.have.length(0);
      expect(doc.querySelector('.description')!.textContent).to.equal(draft.description);
    });

    it('shows each link as text and as an inert link, and only http(s) addresses as links', async () => {
      const doc = parse(await buildEvidencePackage(evidenceInput()));
      const items = [...doc.querySelectorAll('main ul li')];
      expect(items.map((li) => li.textContent)).to.deep.equal([
        'https://example.com/post?id=1&x=2',
        'https://example.com/"onmouseover="alert(1)',
        'javascript:alert(1)',
      ]);
      expect(items.map((li) => li.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal([
        'https://example.com/post?id=1&x=2',
        'https://example.com/"onmouseover="alert(1)',
        null,
      ]);
      const withHandlers = [...doc.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')));
      expect(withHandlers).to.have.length(0);
    });

    it('embeds screenshots as data: images with alt text and lists PDFs with a data: link', async () => {
      const doc = parse(await buildEvidencePackage(evidenceInput()));
      const img = doc.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('Skjermbilde 1: skjerm <1>.png');
      expect(img.getAttribute('src')).to.equal(`data:image/png;base64,${PNG_BASE64}`);
      const pdf = [...doc.querySelectorAll('a')].find((a) => a.getAttribute('href')!.startsWith('data:application/pdf;base64,'))!;
      expect(pdf.getAttribute('download')).to.equal('brev.pdf');
      expect(fold(pdf)).to.contain('brev.pdf');
      // The image decodes: it is a real picture in the file, not a reference to the site.
      const shown = new Image();
      shown.src = img.getAttribute('src')!;
      await shown.decode();
      expect(shown.naturalWidth).to.equal(1);
    });

    it('allows only its own style (by SHA-256) and data: images in its Content-Security-Policy', async () => {
      const doc = parse(await buildEvidencePackage(evidenceInput()));
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      const styles = doc.querySelectorAll('style');
      expect(styles).to.have.length(1);
      const hash = await sha256Base64(styles[0]!.textContent!);
      expect(csp).to.equal(`default-src 'none'; img-src data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`);
      expect(doc.querySelectorAll('[style]')).to.have.length(0);
    });

    it('opens on its own with its style allowed by its policy (and a tampered style refused), and its picture shown', async () => {
      const source = await buildEvidencePackage(evidenceInput());
      const tampered = source.replace(/sha256-[^&]+/, 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
      expect(tampered).not.to.equal(source);
      const seen: [string, number][] = [];
      for (const page of [source, tampered]) {
        const frame = document.createElement('iframe');
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.srcdoc = page;
        document.body.append(frame);
        try {
          await loaded;
          const doc = frame.contentDocument!;
          const img = doc.querySelector('img')!;
          if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
          seen.push([getComputedStyle(doc.querySelector('.description')!).whiteSpace, img.naturalWidth]);
        } finally {
          frame.remove();
        }
      }
      expect(seen).to.deep.equal([
        ['pre-wrap', 1],
        ['normal', 1],
      ]);
    });

    it('says «anonym» when no contact details were given', async () => {
      const draft = { ...filledDraft(), anonymous: true, name: '', email: '' };
      const doc = parse(await buildEvidencePackage(evidenceInput(draft)));
      expect(fold(doc.body)).to.contain('Anonym: ingen kontaktopplysninger ble sendt.');
    });

    it('is named after the receipt, and downloads as an HTML file from a temporary link', async () => {
      expect(evidenceFileName('HR-2026-0042')).to.equal('melding-HR-2026-0042.html');
      expect(evidenceFileName('../x/<y>')).to.equal('melding-xy.html');
      const clicked: HTMLAnchorElement[] = [];
      const catchClick = (event: Event) => {
        if (event.target instanceof HTMLAnchorElement && event.target.download) {
          event.preventDefault();
          clicked.push(event.target);
        }
      };
      document.addEventListener('click', catchClick, true);
      try {
        downloadEvidencePackage('<!doctype html><title>æøå</title>', 'melding-1.html');
      } finally {
        document.removeEventListener('click', catchClick, true);
      }
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal('melding-1.html');
      expect(clicked[0]!.isConnected).to.equal(false);
      const blob = await (await fetch(clicked[0]!.href)).blob();
      // WebKit reports a blob: URL's type without its parameters.
      expect(blob.type).to.match(/^text\/html(;charset=utf-8)?$/);
      expect(await blob.text()).to.equal('<!doctype html><title>æøå</title>');
    });
  });
});
