import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pageWidth, setViewport } from '../../../test/helpers/engine.js';
import '@kommune-widgets/participation-ladder';
import type { KommuneParticipationLadder } from '@kommune-widgets/participation-ladder';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { settled, shadowText } from '../../../test/helpers/widget.js';
import { ladderEditorsMethods } from './fixtures/ladder-fixtures.js';

const FIXTURES = '/packages/participation-ladder/test/fixtures';
const DOCUMENT = `${FIXTURES}/ladder-document.json`;
const TODAY = '2026-11-23';

async function ladder(template = html`<kommune-participation-ladder src=${DOCUMENT} today=${TODAY}></kommune-participation-ladder>`) {
  const element = await fixture<KommuneParticipationLadder>(template);
  await settled(element);
  return element;
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];

/** The "Hvor står saken?" button of the process with this id. */
const activityButton = (element: Element, id: string) =>
  $$<HTMLButtonElement>(element, '.activity-select').find((b) => b.dataset.activity === id)!;

/** Presses "Vis alle" under the list of processes, as a reader does to see more than the first five. */
async function showAll(element: KommuneParticipationLadder): Promise<KommuneParticipationLadder> {
  $<HTMLButtonElement>(element, '.show-all').click();
  await element.updateComplete;
  return element;
}

/** The text a sighted reader sees in `element`: without what is only there for screen readers. */
const visibleText = (element: Element): string =>
  [...element.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE || (node instanceof Element && !node.classList.contains('visually-hidden')))
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

describe('<kommune-participation-ladder>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  it('is accessible in its default state', async () => {
    const element = await ladder();
    await expectAccessible(element);
  });

  it('shows the five steps of the deltakelsestrapp as an ordered list, in KS order', async () => {
    const element = await ladder();
    const list = $(element, 'ol.ladder');
    expect(list.getAttribute('aria-label')).to.equal('Trinnene i deltakelsestrappa');
    expect($$(element, 'ol.ladder > li .step-title').map((t) => t.textContent)).to.deep.equal([
      'Informere',
      'Spørre',
      'Snakke med',
      'Innbyggerne er med å sette dagsorden',
      'Innbyggerne får ei hånd på rattet',
    ]);
  });

  it('lists open processes first with their deadline in the locale, then upcoming, closed and cancelled', async () => {
    const element = await showAll(await ladder());
    const titles = $$(element, '.overview .activity-title').map((h) => h.textContent);
    expect(titles).to.deep.equal([
      'Innbyggerpanel om budsjettet',
      'Høring: kommuneplanens arealdel',
      'Innbyggerforslag om ny lekeplass',
      'Plansmie om torget',
      'Barnetråkk: trygg skolevei',
      'Ungdommens kommunestyre fordeler 500 000 kroner',
    ]);
    const badges = $$(element, '.overview .phase-badge').map((b) => b.textContent);
    expect(badges[0]).to.equal('Åpen – frist 30. november 2026');
    expect(badges[1]).to.equal('Åpen – frist 1. desember 2026');
    expect(badges[2]).to.equal('Åpen');
    expect(badges[3]).to.equal('Åpner 10. januar 2027');
    expect(badges[4]).to.equal('Avsluttet 1. mai 2026');
    expect(badges[5]).to.equal('Avlyst');
  });

  it('moves a process on when its deadline passes or it opens, on the same page without reloading', async () => {
    const element = await showAll(await ladder());
    const titles = () => $$(element, '.overview .activity-title').map((h) => h.textContent);
    expect(titles().slice(0, 2)).to.deep.equal(['Innbyggerpanel om budsjettet', 'Høring: kommuneplanens arealdel']);
    // Redrawn for the same day (a step selected and cleared), the list keeps its order.
    element.selectStep('informere');
    await element.updateComplete;
    element.selectStep(null);
    await element.updateComplete;
    expect(titles().slice(0, 2)).to.deep.equal(['Innbyggerpanel om budsjettet', 'Høring: kommuneplanens arealdel']);
    // The panel's deadline, 30 November, has passed on 1 December: the høring is first, the panel among the closed.
    element.today = '2026-12-01';
    await element.updateComplete;
    expect(titles()[0]).to.equal('Høring: kommuneplanens arealdel');
    expect(titles().indexOf('Innbyggerpanel om budsjettet')).to.be.greaterThan(titles().indexOf('Plansmie om torget'));
    const badges = $$(element, '.overview .phase-badge').map((b) => b.textContent);
    expect(badges).to.include('Avsluttet 30. november 2026');
    // On 10 January the plansmie opens.
    element.today = '2027-01-10';
    await element.updateComplete;
    expect($$(element, '.overview .phase-badge').map((b) => b.textContent)).not.to.include('Åpner 10. januar 2027');
  });

  it('counts the open processes on each step', async () => {
    const element = await ladder();
    const counts = $$(element, '.step-button').map((b) => b.querySelector('.step-count')?.textContent ?? '');
    expect(counts).to.deep.equal(['', '2 åpne nå', '', '1 åpen nå', '']);
  });

  it('links each process to where one takes part, naming it for screen readers', async () => {
    const element = await ladder();
    const link = $$<HTMLAnchorElement>(element, '.activity-link').find((a) => a.textContent!.includes('arealdel'))!;
    expect(link.getAttribute('href')).to.equal('https://www.eksempel.kommune.no/horing/arealdel');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Svar på høringen: Høring: kommuneplanens arealdel');
  });

  it('shows the first five processes and a "Vis alle" button with the count, which shows the rest by keyboard and moves focus to the first new one', async () => {
    const element = await ladder();
    const titles = () => $$(element, '.overview .activity-title').map((h) => h.textContent);
    expect(titles()).to.deep.equal([
      'Innbyggerpanel om budsjettet',
      'Høring: kommuneplanens arealdel',
      'Innbyggerforslag om ny lekeplass',
      'Plansmie om torget',
      'Barnetråkk: trygg skolevei',
    ]);
    // From the last process shown, Tab reaches the button, which says how many there are in all.
    activityButton(element, 'skolevei-barnetrakk').focus();
    await sendKeys({ press: 'Tab' });
    const button = element.shadowRoot!.activeElement as HTMLButtonElement;
    expect(button.classList.contains('show-all'), 'Tab reaches "Vis alle"').to.equal(true);
    expect(shadowText(button)).to.equal('Vis alle (6)');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(titles()).to.have.length(6);
    expect(titles()[5]).to.equal('Ungdommens kommunestyre fordeler 500 000 kroner');
    const focused = element.shadowRoot!.activeElement!;
    expect(focused.localName).to.equal('li');
    expect(focused.querySelector('.activity-title')!.textContent).to.equal('Ungdommens kommunestyre fordeler 500 000 kroner');
    expect($(element, '.show-all'), 'nothing left to show').to.equal(null);
    // The reader goes on from the new process: Tab reaches its own button.
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(activityButton(element, 'ungdomsrad'));
    await expectAccessible(element);
  });

  it('says "Vis alle" in the reader’s language, and moves focus to the first new process after a click too', async () => {
    const element = await ladder(
      html`<kommune-participation-ladder src=${DOCUMENT} today=${TODAY} lang="en"></kommune-participation-ladder>`,
    );
    const button = $<HTMLButtonElement>(element, '.show-all');
    expect(shadowText(button)).to.equal('Show all (6)');
    button.click();
    await element.updateComplete;
    expect(shadowText(element.shadowRoot!.activeElement!.querySelector('.activity-title')!)).to.equal(
      'Ungdommens kommunestyre fordeler 500 000 kroner',
    );
  });

  it('shows a selected process that is not among the first five', async () => {
    const element = await ladder(
      html`<kommune-participation-ladder src=${DOCUMENT} today=${TODAY} activity="ungdomsrad"></kommune-participation-ladder>`,
    );
    expect(activityButton(element, 'ungdomsrad').getAttribute('aria-pressed')).to.equal('true');
    expect($$(element, '.overview .activity')).to.have.length(6);
    expect($(element, '.show-all')).to.equal(null);
  });

  it('selects a step on click: shows its explanation, promise and methods, and fires kommune-step-select', async () => {
    const element = await ladder();
    const button = $$<HTMLButtonElement>(element, '.step-button')[1]!;
    const event = oneEvent(element, 'kommune-step-select');
    button.click();
    expect((await event).detail).to.deep.equal({ step: 'spørre' });
    await element.updateComplete;
    expect(element.getAttribute('step')).to.equal('spørre');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    const panel = shadowText($(element, '.step-panel'));
    expect(panel).to.contain('Trinn 2 av 5');
    expect(panel).to.contain('Dette lover kommunen deg');
    expect(panel).to.contain('Vi lytter til det du sier');
    expect($$(element, '.methods li').map((li) => li.textContent)).to.deep.equal([
      'Høring',
      'Offentlig ettersyn',
      'Meningsmålinger',
      'Innbyggerpanel',
    ]);
    expect($$(element, '.step-panel .activity-title').map((h) => h.textContent)).to.deep.equal([
      'Innbyggerpanel om budsjettet',
      'Høring: kommuneplanens arealdel',
    ]);
    await expectAccessible(element);
    button.click();
    await element.updateComplete;
    expect(element.hasAttribute('step')).to.equal(false);
    expect($(element, '.overview')).to.exist;
  });

  it('moves between steps with the arrow keys and selects with Enter', async () => {
    const element = await ladder();
    const buttons = $$<HTMLButtonElement>(element, '.step-button');
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(element.shadowRoot!.activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(element.shadowRoot!.activeElement).to.equal(buttons[4]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(element.shadowRoot!.activeElement).to.equal(buttons[3]);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.step).to.equal('dagsorden');
    await sendKeys({ press: 'Home' });
    expect(element.shadowRoot!.activeElement).to.equal(buttons[0]);
  });

  it('states the right to an innbyggerforslag on the agenda step, with the kommune’s own threshold', async () => {
    const element = await ladder(
      html`<kommune-participation-ladder src=${DOCUMENT} today=${TODAY} step="dagsorden"></kommune-participation-ladder>`,
    );
    const right = shadowText($(element, '.legal-right'));
    expect(right).to.contain('kommuneloven § 12-1');
    expect(right).to.contain('seks måneder');
    // 2 % of 12 000 inhabitants is 240, fewer than 300.
    expect(right).to.contain('I denne kommunen er 240 underskrifter nok.');
    // heading-level 2 → the step's heading is h3, the boxes inside it h4.
    expect($$(element, '.legal-right :is(h1, h2, h3, h4, h5, h6)').map((h) => [h.localName, h.textContent])).to.deep.equal([
      ['h4', 'Din rett: innbyggerforslag'],
    ]);
  });

  it('answers the four questions for a selected process and marks its step on the ladder', async () => {
    const element = await ladder(
      html`<kommune-participation-ladder src=${DOCUMENT} today=${TODAY} activity="kommuneplan-horing"></kommune-participation-ladder>`,
    );
    const detail = $(element, '.activity-detail');
    const headings = $$(element, '.questions h4').map((h) => h.textContent);
    expect(headings).to.deep.equal(['Hvem spør?', 'Hvor i prosessen er vi?', 'Hva skjer videre?', 'Hva ble resultatet?']);
    const text = shadowText(detail);
    expect(text).to.contain('Plan- og miljøutvalget');
    expect(text).to.contain('Trinn 2 av 5 i deltakelsestrappa: Spørre.');
    expect(text).to.contain('Forslaget er lagt ut til høring.');
    expect(text).to.contain('Kommunestyret behandler planen i mars 2027.');
    expect(text).to.contain('Det får du vite her når prosessen er avsluttet.');
    expect($<HTMLAnchorElement>(element, '.contact a').getAttribute('href')).to.equal('mailto:kari.plan@eksempel.kommune.no');
    const marked = $$(element, '.step.holds-process');
    expect(marked).to.have.length(1);
    expect(shadowText(marked[0]!)).to.contain('Spørre');
    expect(shadowText(marked[0]!)).to.contain('Denne prosessen er her');
    await expectAccessible(element);
  });

  it('tells what difference the input made once a process is closed', async () => {
    const element = await ladder(
      html`<kommune-participation-ladder src=${DOCUMENT} today=${TODAY} activity="skolevei-barnetrakk"></kommune-participation-ladder>`,
    );
    expect(shadowText($(element, '.activity-detail'))).to.contain('Tre nye gangfelt ble bygd der barna markerte utrygge kryss.');
  });

  it('opens the detail from a process, moves focus to it, and returns focus when it closes', async () => {
    const element = await ladder();
    const opener = $$<HTMLButtonElement>(element, '.activity-select').find((b) => b.dataset.activity === 'budsjett-panel')!;
    const event = oneEvent(element, 'kommune-activity-select');
    opener.click();
    expect((await event).detail).to.deep.equal({ activity: 'budsjett-panel' });
    await element.updateComplete;
    expect(element.getAttribute('activity')).to.equal('budsjett-panel');
    expect(element.shadowRoot!.activeElement?.id).to.equal('activity-detail-title');
    $<HTMLButtonElement>(element, '.activity-detail .close').click();
    await element.updateComplete;
    expect(element.hasAttribute('activity')).to.equal(false);
    expect(element.shadowRoot!.activeElement).to.equal(
      $$<HTMLButtonElement>(element, '.activity-select').find((b) => b.dataset.activity === 'budsjett-panel'),
    );
  });

  it('states the right to an innbyggerforslag in the panel of a process that is one, with the kommune’s threshold', async () => {
    const element = await ladder();
    activityButton(element, 'lekeplass-forslag').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.hasAttribute('step'), 'no step is selected').to.equal(false);
    expect($(element, '.step-panel')).to.equal(null);
    const right = shadowText($(element, '.activity-detail .legal-right'));
    expect(right).to.contain('Etter kommuneloven § 12-1');
    expect(right).to.contain('2 prosent av innbyggerne eller 300 personer');
    expect(right).to.contain('senest seks måneder');
    // 2 % of 12 000 inhabitants is 240, fewer than 300.
    expect(right).to.contain('I denne kommunen er 240 underskrifter nok.');
    // The detail's title is h3 (heading-level 2), so its sections are h4, the right among them.
    expect($$(element, '.activity-detail .legal-right :is(h1, h2, h3, h4, h5, h6)').map((h) => h.localName)).to.deep.equal(['h4']);
    await expectAccessible(element);
    $<HTMLButtonElement>(element, '.activity-detail .close').click();
    await element.updateComplete;
    activityButton(element, 'kommuneplan-horing').click();
    await element.updateComplete;
    expect($(element, '.activity-detail')).to.exist;
    expect($(element, '.activity-detail .legal-right'), 'a høring carries no such right').to.equal(null);
  });

  it('recognises an innbyggerforslag however the editor wrote it, and caps the threshold at 300 signatures', async () => {
    const element = await showAll(
      await ladder(html`<kommune-participation-ladder .data=${ladderEditorsMethods} today=${TODAY}></kommune-participation-ladder>`),
    );
    activityButton(element, 'gatelys-forslag').click();
    await element.updateComplete;
    // 2 % of 50 000 is 1 000; 300 signatures are always enough.
    expect(shadowText($(element, '.activity-detail .legal-right'))).to.contain('I denne kommunen er 300 underskrifter nok.');
    expect(shadowText($(element, '.activity-detail .take-part'))).to.equal('Skriv under på forslaget');
    element.setAttribute('lang', 'nn');
    await element.updateComplete;
    expect(shadowText($(element, '.activity-detail .legal-right'))).to.contain('kommunelova § 12-1');
    expect(shadowText($(element, '.activity-detail .take-part'))).to.equal('Skriv under på forslaget');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(shadowText($(element, '.activity-detail .take-part'))).to.equal('Sign the proposal');
    await expectAccessible(element);
  });

  it('names methods written the way editors write them as KS does, in the reader’s language', async () => {
    const element = await showAll(
      await ladder(html`<kommune-participation-ladder .data=${ladderEditorsMethods} today=${TODAY}></kommune-participation-ladder>`),
    );
    const methodOf = (title: string) =>
      $$(element, '.overview .activity')
        .find((card) => card.querySelector('.activity-title')!.textContent === title)!
        .querySelector('.method')!.textContent;
    expect(methodOf('Ungdommens kommunestyre fordeler 300 000 kroner')).to.equal('Barne- og ungdommens kommunestyre');
    expect(methodOf('Innbyggerforslag om gatelys i Nordbyen')).to.equal('Innbyggerforslag');
    expect(methodOf('Folkemøte om den nye skolen')).to.equal('Folkemøte');
    expect(methodOf('Diskuter budsjettet på nett')).to.equal('E-demokrati');
    expect(methodOf('Reguleringsplan for sentrum')).to.equal('Offentlig ettersyn');
    expect(methodOf('Høring om skolestrukturen')).to.equal('Høring');
    expect(methodOf('Nyhetsbrev fra ordføreren')).to.equal('Nyhetsbrev');
    expect(methodOf('Hva vil du ha på biblioteket?'), 'the kommune’s own method').to.equal('Spørreundersøkelse på nett');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(methodOf('Ungdommens kommunestyre fordeler 300 000 kroner')).to.equal('Children and Young People’s Council');
    expect(methodOf('Innbyggerforslag om gatelys i Nordbyen')).to.equal('Residents’ proposals');
    expect(methodOf('Folkemøte om den nye skolen')).to.equal('Public meeting');
    expect(methodOf('Diskuter budsjettet på nett')).to.equal('E-democracy');
    expect(methodOf('Reguleringsplan for sentrum')).to.equal('Public inspection');
    expect(methodOf('Hva vil du ha på biblioteket?')).to.equal('Spørreundersøkelse på nett');
    element.setAttribute('lang', 'nn');
    await element.updateComplete;
    expect(methodOf('Høring om skolestrukturen')).to.equal('Høyring');
    expect(methodOf('Nyhetsbrev fra ordføreren')).to.equal('Nyheitsbrev');
  });

  it('invites a citizen to what the process asks: read, sign up, answer, have a say, join, sign or read more when closed', async () => {
    const element = await showAll(
      await ladder(html`<kommune-participation-ladder .data=${ladderEditorsMethods} today=${TODAY}></kommune-participation-ladder>`),
    );
    const callsToAction = (): Record<string, string> =>
      Object.fromEntries($$<HTMLAnchorElement>(element, '.overview .activity-link').map((a) => [a.getAttribute('href'), visibleText(a)]));
    expect(callsToAction()).to.deep.equal({
      '/nyhetsbrev': 'Meld deg på',
      '/ny-skole': 'Les mer',
      '/ny-skole/folkemote': 'Meld deg på',
      '/ny-skole/horing': 'Svar på høringen',
      '/sentrum': 'Si din mening',
      '/bibliotek': 'Si din mening',
      '/hund': 'Les mer',
      '/budsjett-dialog': 'Si din mening',
      '/gatelys': 'Skriv under på forslaget',
      '/uks': 'Bli med',
    });
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(callsToAction()).to.include({
      '/nyhetsbrev': 'Sign up',
      '/ny-skole': 'Read more',
      '/ny-skole/horing': 'Respond to the consultation',
      '/uks': 'Take part',
    });
    element.setAttribute('lang', 'nn');
    await element.updateComplete;
    expect(callsToAction()).to.include({ '/ny-skole/folkemote': 'Meld deg på', '/ny-skole/horing': 'Svar på høyringa', '/uks': 'Ver med' });
    element.setAttribute('lang', 'se');
    await element.updateComplete;
    expect(callsToAction()).to.include({ '/ny-skole/folkemote': 'Dieđit searvamis', '/ny-skole/horing': 'Vástit gulaskuddamii' });
    await expectAccessible(element);
  });

  it('says the same in the detail panel as on the list, by keyboard too', async () => {
    const element = await showAll(
      await ladder(html`<kommune-participation-ladder .data=${ladderEditorsMethods} today=${TODAY}></kommune-participation-ladder>`),
    );
    activityButton(element, 'skole-folkemote').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shadowText($(element, '.activity-detail .take-part'))).to.equal('Meld deg på');
    expect(shadowText($(element, '.activity-detail'))).not.to.contain('Si din mening');
    await expectAccessible(element);
  });

  it('speaks nynorsk, English and nordsamisk, and switches when lang changes', async () => {
    const element = await ladder(
      html`<kommune-participation-ladder src=${DOCUMENT} today=${TODAY} lang="nn"></kommune-participation-ladder>`,
    );
    const nn = shadowText(element);
    const steps = $(element, 'ol.ladder');
    // The list's accessible name lives only in aria-label, which textContent never holds.
    expect(steps.getAttribute('aria-label')).to.equal('Trinna i deltakingstrappa');
    expect(steps.getAttribute('aria-labelledby')).to.equal(null);
    expect($(element, '.overview .activity-title').textContent).to.equal('Innbyggerpanel om budsjettet');
    expect(shadowText(element)).to.contain('Høyring: kommuneplanens arealdel');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    const en = shadowText(element);
    expect(en).to.contain('Consultation: the land-use plan');
    expect(en).to.contain('30 November 2026');
    expect(en).not.to.equal(nn);
    element.setAttribute('lang', 'se');
    await element.updateComplete;
    const se = shadowText(element);
    expect(se).not.to.equal(en);
    expect($(element, 'ol.ladder').getAttribute('aria-label')).to.equal('Oassálastinráidalasa ceahkit');
    expect(se).not.to.contain('Si din mening');
    await expectAccessible(element);
  });

  it('keeps two widgets in different languages right on one page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <kommune-participation-ladder src=${DOCUMENT} today=${TODAY} lang="se"></kommune-participation-ladder>
        <kommune-participation-ladder src=${DOCUMENT} today=${TODAY} lang="nb"></kommune-participation-ladder>
      </div>`,
    );
    const [sami, bokmal] = [...wrapper.querySelectorAll<KommuneParticipationLadder>('kommune-participation-ladder')] as [
      KommuneParticipationLadder,
      KommuneParticipationLadder,
    ];
    await settled(sami);
    await settled(bokmal);
    expect(shadowText(bokmal)).to.contain('Si din mening');
    expect(shadowText(sami)).not.to.contain('Si din mening');
    expect($(bokmal, '.step-title').textContent).to.equal('Informere');
    expect($(sami, '.step-title').textContent).not.to.equal('Informere');
  });

  it('takes its language from the closest ancestor with lang, and follows changes to it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB">
        <section><kommune-participation-ladder src=${DOCUMENT} today=${TODAY}></kommune-participation-ladder></section>
      </div>`,
    );
    const element = wrapper.querySelector<KommuneParticipationLadder>('kommune-participation-ladder')!;
    await settled(element);
    expect(element.locale).to.equal('en');
    wrapper.setAttribute('lang', 'nn-NO');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(element.locale).to.equal('nn');
    wrapper.setAttribute('lang', 'no');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(element.locale).to.equal('nb');
  });

  it('picks lulesamisk texts from the data for lang="smj", with its own texts in bokmål, marked as such', async () => {
    const data = { activities: [{ id: 'a', step: 'spørre', title: { nb: 'Høring om skolen', smj: 'Gulaskuddam skåvlå birra' } }] };
    const element = await ladder(html`<kommune-participation-ladder lang="smj" .data=${data}></kommune-participation-ladder>`);
    expect(element.locale).to.equal('nb');
    expect(element.textLocale).to.equal('smj');
    expect($(element, '.activity-title').textContent).to.equal('Gulaskuddam skåvlå birra');
    expect($(element, '.base').getAttribute('lang')).to.equal('nb');
    expect($(element, '.step-title').textContent).to.equal('Informere');
    // The lulesamisk title inside the bokmål box carries its own language (WCAG 3.1.2).
    expect($(element, '.activity-title span[lang="smj"]').textContent).to.equal('Gulaskuddam skåvlå birra');
  });

  it('marks a bokmål fallback in a nordsamisk ladder as bokmål', async () => {
    const data = {
      activities: [
        { id: 'a', step: 'spørre', title: { nb: 'Høring om skolen', se: 'Gulaskuddan skuvlla birra' }, summary: 'Bare på bokmål' },
      ],
    };
    const element = await ladder(html`<kommune-participation-ladder lang="se" .data=${data}></kommune-participation-ladder>`);
    expect($(element, '.activity-title span[lang]')).to.equal(null);
    expect($(element, '.activity-summary span[lang="nb"]').textContent).to.equal('Bare på bokmål');
  });

  it('lets the editor override the heading and every text of a step, and accepts the section alone', async () => {
    const element = await ladder(
      html`<kommune-participation-ladder src=${`${FIXTURES}/ladder-section-only.json`} step="informere"></kommune-participation-ladder>`,
    );
    expect($(element, '#ladder-heading').textContent).to.equal('Medvirkning i Eksempel');
    expect($(element, '.step-title').textContent).to.equal('Vi informerer');
    expect(shadowText($(element, '.promise'))).to.contain('Du får vite det først.');
    expect($(element, '.method').textContent).to.equal('Eget nyhetsbrev');
    element.setAttribute('lang', 'nn');
    await element.updateComplete;
    expect($(element, '.step-title').textContent).to.equal('Vi informerer deg');
  });

  it('says so when the kommune has no processes, and still shows the ladder', async () => {
    const element = await ladder(
      html`<kommune-participation-ladder src=${`${FIXTURES}/ladder-empty.json`}></kommune-participation-ladder>`,
    );
    expect(element.state).to.equal('empty');
    expect($$(element, '.step-button')).to.have.length(5);
    expect(shadowText($(element, '.empty'))).to.contain('ingen medvirkningsprosesser');
    await expectAccessible(element);
  });

  it('fits a 320 px wide phone without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await ladder(
      html`<kommune-participation-ladder src=${DOCUMENT} today=${TODAY} activity="kommuneplan-horing"></kommune-participation-ladder>`,
    );
    expect(pageWidth()).to.be.at.most(320);
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
    for (const button of $$(element, 'button')) {
      const box = button.getBoundingClientRect();
      expect(box.width, button.textContent!).to.be.at.least(24);
      expect(box.height, button.textContent!).to.be.at.least(24);
    }
    await expectAccessible(element);
  });

  it('rises like stairs on a wide screen', async () => {
    await setViewport({ width: 1280, height: 800 });
    const element = await ladder();
    const heights = $$(element, '.step-button').map((b) => b.getBoundingClientRect().height);
    for (let i = 1; i < heights.length; i++) expect(heights[i]).to.be.greaterThan(heights[i - 1]!);
  });
});
