import { expect, fixture, html } from '@open-wc/testing';
import '@kommune-widgets/pledge';
import '@kommune-widgets/hate-report';
import type { KommunePledge, PledgeSignDetail } from '@kommune-widgets/pledge';
import { pledgeSubmissionSchema } from '@kommune-widgets/schema';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { pageWidth, setViewport } from '../../../test/helpers/engine.js';
import { settled } from '../../../test/helpers/widget.js';
import { contrast, parseColor } from '../src/colors.js';
import { reportSection } from '../../hate-report/test/fixtures/fake-server.js';
import { FakePledgeServer } from './fixtures/fake-server.js';
import { SIGNATORIES, campaignFixture, pledgeSection } from './fixtures/pledge-fixtures.js';

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

let server: FakePledgeServer;

async function pledge({
  lang = 'nb',
  variant = 'full',
  section = pledgeSection('/api/v1'),
  listUrl = '',
}: Partial<{ lang: string; variant: string; section: unknown; listUrl: string }> = {}): Promise<KommunePledge> {
  const element = await fixture<KommunePledge>(
    html`<kommune-pledge lang=${lang} variant=${variant} list-url=${listUrl} .data=${section}></kommune-pledge>`,
  );
  await settled(element);
  return element;
}

async function click(element: KommunePledge, selector: string): Promise<void> {
  const target = $<HTMLElement>(element, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await element.updateComplete;
}

async function type(element: KommunePledge, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(element, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function choose(element: KommunePledge, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** Fills the sign form as a person would. */
async function fill(element: KommunePledge, { name = 'Trine Solberg', list = 'frp', email = '' } = {}): Promise<void> {
  await type(element, '#field-name', name);
  await choose(element, '#field-list', list);
  await click(element, '#field-role-kandidat');
  if (email) await type(element, '#field-email', email);
  await click(element, '#field-consent-yes');
}

const sign = (element: KommunePledge) => click(element, '[part="sign-button"]');

/** The names shown in the list, in order. */
const names = (element: KommunePledge) => $$(element, '.groups .name').map(text);

/** Pretends the page was hidden and is seen again. */
function pageSeenAgain(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  document.dispatchEvent(new Event('visibilitychange'));
  delete (document as unknown as Record<string, unknown>)['visibilityState'];
}

describe('<kommune-pledge>', () => {
  beforeEach(() => {
    server = new FakePledgeServer().install();
  });
  afterEach(async () => {
    server.restore();
    await setViewport({ width: 1280, height: 800 });
  });

  describe('what a reader sees', () => {
    it('shows the campaign title, Valgløftet for 2027 with truthful debate, and says it is based on KS’ Valgløftet', async () => {
      const element = await pledge();
      expect(element.getAttribute('state')).to.equal('ready');
      expect(text($(element, '.widget-title'))).to.equal('Valgløftet 2027 i Eksempel kommune');
      const pledgeText = text($(element, '[part="text"]'));
      expect(pledgeText).to.contain('Valgløftet 2027');
      expect(pledgeText).to.contain('nei til hets, mobbing, trakassering, skjellsord og personangrep');
      expect(pledgeText).to.contain('sannferdige debatter');
      expect(pledgeText).to.contain('desinformasjon');
      expect(pledgeText).to.contain('barn og unge ser hvorfor lokaldemokratiet er verdt å kjempe for');
      expect(pledgeText).to.contain("Teksten bygger på KS' Valgløftet, utgaven fra 2023.");
      expect(text($(element, '[part="phase"]'))).to.contain('Åpent for signering til og med 13. september 2027');
      await expectAccessible(element);
    });

    it('shows the 2019 edition, without disinformation, for an election before 2023', async () => {
      server.campaign = campaignFixture('closed', { opens: '2019-03-01T00:00:00+01:00', closes: '2019-09-09T21:00:00+02:00' });
      const element = await pledge();
      const pledgeText = text($(element, '[part="text"]'));
      expect(pledgeText).to.contain('Valgløftet 2019');
      expect(pledgeText).to.contain('Vi sier ja til saklige debatter med reelle argumenter.');
      expect(pledgeText).not.to.contain('desinformasjon');
      expect(pledgeText).to.contain('utgaven fra 2019');
    });

    it('shows the campaign’s own text before the document’s, and the document’s before Valgløftet', async () => {
      const own = { version: '2027', title: 'Vårt løfte', body: ['Vi holder en god tone.'], breach: ['Personangrep.'] };
      const element = await pledge({ section: pledgeSection('/api/v1', { text: own }) });
      expect(text($(element, '[part="text"]'))).to.equal('Vårt løfte Vi holder en god tone.');
      expect(text($(element, '[part="breach"] ul'))).to.equal('Personangrep.');
      server.campaign = campaignFixture('open', { text: { version: '2027', title: 'Kampanjens løfte', body: ['Kampanjens tekst.'] } });
      const second = await pledge({ section: pledgeSection('/api/v1', { text: own }) });
      expect(text($(second, '[part="text"]'))).to.equal('Kampanjens løfte Kampanjens tekst.');
      expect(text($(second, '[part="breach"] ul')), 'Valgløftet’s breaches when the text has none').to.contain('desinformasjon');
    });

    it('marks the kommune’s own text with its language when it falls back to bokmål, so a screen reader switches voice', async () => {
      const own = {
        version: '2027',
        title: { nb: 'Vårt løfte', en: 'Our pledge' },
        body: ['Vi holder en god tone.'],
        breach: ['Personangrep.'],
      };
      const element = await pledge({ lang: 'se', section: pledgeSection('/api/v1', { text: own }) });
      const part = $(element, '[part="text"]')!;
      expect(part.querySelector('#pledge-text-title > [lang]')?.getAttribute('lang'), 'the title, in bokmål').to.equal('nb');
      expect(part.querySelector('p > [lang]')?.getAttribute('lang'), 'the paragraph, in bokmål').to.equal('nb');
      expect($(element, '[part="breach"] li > [lang]')?.getAttribute('lang')).to.equal('nb');
      const english = await pledge({ lang: 'en', section: pledgeSection('/api/v1', { text: own }) });
      const title = $(english, '#pledge-text-title')!;
      expect(text(title)).to.equal('Our pledge');
      expect(title.querySelector('[lang]'), 'a text in the widget’s own language is not marked').to.equal(null);
      await expectAccessible(element);
    });

    it('shows the kommunestyre decision with case number, date and link, and says when the meeting is in the calendar here', async () => {
      const element = await pledge();
      const decision = $(element, '[part="decision"]')!;
      expect(text(decision)).to.contain('Kommunestyret sluttet seg til valgløftet 18. juni 2026 (sak PS 31/26).');
      expect(decision.querySelector('a')!.getAttribute('href')).to.equal('/moter/ks-2026-06-18/protokoll.pdf');
      expect(text(decision)).not.to.contain('møtekalenderen');
      const calendar = document.createElement('kommune-meeting-calendar');
      document.body.append(calendar);
      try {
        const withMeeting = await pledge({
          section: pledgeSection('/api/v1', { decision: { caseNumber: 'PS 31/26', date: '2026-06-18', meeting: 'ks-2026-06-18' } }),
        });
        expect(text($(withMeeting, '[part="decision"]'))).to.contain('Møtet står i møtekalenderen på denne siden.');
      } finally {
        calendar.remove();
      }
    });

    it('counts the signatories and shows the coverage of the lists, naming those that have not signed', async () => {
      const element = await pledge();
      expect(text($(element, '[part="count"]'))).to.equal('13 har signert');
      const cover = text($(element, '[part="coverage"]'));
      expect(cover).to.contain('6 av 8 lister har signert');
      expect(cover).to.contain('Ikke signert ennå: Fremskrittspartiet, Bygdelista i Eksempel.');
    });

    it('groups the signatories by list in the campaign’s order, other lists last, names sorted, each with the role', async () => {
      const element = await pledge();
      const groups = $$(element, '.group-title .group-name').map(text);
      expect(groups).to.deep.equal([
        'Arbeiderpartiet',
        'Høyre',
        'Senterpartiet',
        'Sosialistisk Venstreparti',
        'Kristelig Folkeparti',
        'Venstre',
        'Pensjonistpartiet',
      ]);
      const ap = $$(element, '.group')[0]!;
      expect([...ap.querySelectorAll('li')].map(text)).to.deep.equal([
        'Kari Nordmann, listetopp',
        'Lise Berg, kandidat',
        'Ole Martin Ødegård, folkevalgt',
      ]);
      expect(text($$(element, '.group-title')[0])).to.contain('(3)');
    });

    it('reads every page of a long list', async () => {
      server.pageSize = 5;
      const element = await pledge();
      expect(names(element)).to.have.length(SIGNATORIES.length);
      expect(server.to('/pledges').map((r) => new URL(r.url).searchParams.get('offset'))).to.deep.equal(['0', '5', '10']);
    });
  });

  describe('colours', () => {
    /** Every marker's fill against the widget's background. */
    const markerContrasts = (element: KommunePledge) => {
      const background = parseColor(getComputedStyle($(element, '.base')!).backgroundColor)!;
      return $$(element, '[part="list-marker"] circle[data-color]').map((circle) => ({
        original: circle.getAttribute('data-color')!,
        drawn: circle.getAttribute('fill')!,
        ratio: contrast(parseColor(circle.getAttribute('fill')!)!, background),
      }));
    };

    it('keeps every list colour at 3:1 against the background, darkening only those that do not reach it', async () => {
      const element = await pledge();
      const markers = markerContrasts(element);
      expect(markers.length).to.be.at.least(6);
      for (const marker of markers) expect(marker.ratio, `${marker.original} drawn as ${marker.drawn}`).to.be.at.least(3);
      const yellow = markers.find((m) => m.original === '#fdd100')!;
      expect(yellow.drawn, 'KrF’s yellow is darkened').not.to.equal('#fdd100');
      const blue = markers.find((m) => m.original === '#0065f1')!;
      expect(blue.drawn, 'Høyre’s blue is kept').to.equal('#0065f1');
    });

    it('keeps them at 3:1 on a dark background too', async () => {
      const wrapper = document.createElement('div');
      wrapper.style.setProperty('--kw-color-background', '#14171a');
      wrapper.style.setProperty('--kw-color-text', '#f5f5f5');
      document.body.append(wrapper);
      try {
        const element = document.createElement('kommune-pledge') as KommunePledge;
        element.data = pledgeSection('/api/v1');
        wrapper.append(element);
        await settled(element);
        const markers = markerContrasts(element);
        for (const marker of markers) expect(marker.ratio, `${marker.original} drawn as ${marker.drawn}`).to.be.at.least(3);
        expect(
          markers.find((m) => m.original === '#024c93'),
          'no FrP signatory',
        ).to.equal(undefined);
      } finally {
        wrapper.remove();
      }
    });
  });

  describe('search', () => {
    it('filters by name, case and accents aside, says how many are shown, and announces it', async () => {
      const element = await pledge();
      await type(element, '#pledge-search', 'ODEGARD');
      expect(names(element)).to.deep.equal(['Ole Martin Ødegård']);
      expect(text($(element, '.search-result'))).to.equal('Viser 1 av 13');
      await until(() => text($(element, '.kw-announcer')) === '1 navn passer.', 'the announcement', 3000);
      await type(element, '#pledge-search', 'zzz');
      expect(text($(element, '.no-match'))).to.equal('Ingen navn passer til «zzz».');
      await expectAccessible(element);
      await type(element, '#pledge-search', '');
      expect(names(element)).to.have.length(13);
    });
  });

  describe('compact', () => {
    it('shows only the count and the five latest names, newest first, with a link to the whole list', async () => {
      const element = await pledge({ variant: 'compact', listUrl: '/valgloftet' });
      expect(text($(element, '[part="count"]'))).to.equal('13 har signert');
      expect($$(element, '[part="latest"] li .name').map(text)).to.deep.equal([
        'Nora Aasen',
        'Per Kristian Dahl',
        'Ingrid Lie',
        'Sverre Nilsen',
        'Mona Hagen',
      ]);
      expect(text($(element, '[part="latest"] li'))).to.contain('(Pensjonistpartiet)');
      expect($(element, '[part="list-link"]')!.getAttribute('href')).to.equal('/valgloftet');
      expect($(element, '[part="text"]'), 'no pledge text').to.equal(null);
      expect($(element, 'form'), 'no form').to.equal(null);
      await expectAccessible(element);
    });

    it('leaves out a link to an address that is not https or relative', async () => {
      const element = await pledge({ variant: 'compact', listUrl: 'javascript:alert(1)' });
      expect($(element, '[part="list-link"]')).to.equal(null);
    });
  });

  describe('where to report a breach', () => {
    it('goes to the report form on the same page and moves focus there', async () => {
      const report = document.createElement('kommune-hate-report') as HTMLElement & { data: unknown };
      report.data = reportSection;
      document.body.append(report);
      try {
        const element = await pledge();
        await click(element, '[part="report-button"]');
        expect(document.activeElement, 'focus is in the report form').to.equal(report);
      } finally {
        report.remove();
      }
    });

    it('links to the kommune’s page when no report form is on this page', async () => {
      const element = await pledge({ section: pledgeSection('/api/v1', { reportUrl: '/hets-og-trusler' }) });
      expect($(element, '[part="report-button"]')).to.equal(null);
      expect($(element, '[part="report-link"]')!.getAttribute('href')).to.equal('/hets-og-trusler');
    });
  });

  describe('signing', () => {
    it('lists what is missing in an error summary and sends nothing', async () => {
      const element = await pledge();
      await sign(element);
      const summary = $(element, '.kw-error-summary')!;
      await until(() => active(element) === summary, 'the summary to take focus');
      expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
        'Skriv navnet ditt slik det skal stå på listen.',
        'Velg partiet eller listen du stiller for.',
        'Velg rollen du signerer i.',
        'Du må samtykke i at navnet ditt vises på listen for å kunne signere.',
      ]);
      expect(server.to('/pledges', 'POST')).to.have.length(0);
      summary.querySelector('a')!.click();
      await element.updateComplete;
      expect(active(element)?.id).to.equal('field-name');
      await expectAccessible(element);
    });

    it('asks for the name of another list when «Annen liste» is chosen', async () => {
      const element = await pledge();
      await fill(element, { list: 'annen' });
      await sign(element);
      expect(text($(element, '.kw-error-summary'))).to.contain('Skriv navnet på partiet eller listen.');
      await type(element, '#field-otherList', 'Pensjonistpartiet');
      await sign(element);
      await until(() => $(element, '[part="confirmation"]') !== null, 'the confirmation');
      const body = JSON.parse(server.to('/pledges', 'POST')[0]!.body!);
      expect(body.list).to.equal('annen');
      expect(body.otherList).to.equal('Pensjonistpartiet');
    });

    it('sends a valid body once with an Idempotency-Key, says the name is published, and shows it in the list', async () => {
      const element = await pledge();
      const events: PledgeSignDetail[] = [];
      element.addEventListener('kommune-pledge-sign', (event) => events.push(event.detail));
      await fill(element);
      await sign(element);
      await until(() => $(element, '[part="confirmation"]') !== null, 'the confirmation');
      const posts = server.to('/pledges', 'POST');
      expect(posts).to.have.length(1);
      expect(posts[0]!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
      const body = JSON.parse(posts[0]!.body!);
      expect(pledgeSubmissionSchema.safeParse(body).success, JSON.stringify(body)).to.equal(true);
      expect(body).to.include({
        campaign: 'valgloftet-2027',
        name: 'Trine Solberg',
        list: 'frp',
        role: 'kandidat',
        consent: true,
        website: '',
      });
      expect(text($(element, '[part="confirmation"]'))).to.contain('Navnet ditt står nå på listen');
      expect(events).to.deep.equal([{ state: 'published', list: 'frp' }]);
      await until(() => names(element).includes('Trine Solberg'), 'the new name in the list');
      expect(text($(element, '[part="coverage"]'))).to.contain('7 av 8 lister har signert');
      await until(() => active(element)?.matches('.confirmation-title') ?? false, 'focus on the confirmation');
      await expectAccessible(element);
    });

    it("in a preview (the editors' page) checks the form as usual but sends nothing, and says so", async () => {
      const element = await fixture<KommunePledge>(html`<kommune-pledge preview .data=${pledgeSection('/api/v1')}></kommune-pledge>`);
      await settled(element);
      await sign(element);
      expect($(element, '[part="error-summary"]'), 'the form is still checked').to.not.equal(null);
      await fill(element);
      await sign(element);
      await until(() => text($(element, '[part="send-status"]')).length > 0, 'the preview notice');
      expect(text($(element, '[part="send-status"]'))).to.equal('Dette er en forhåndsvisning. Signaturen er ikke sendt.');
      expect(server.to('/pledges', 'POST')).to.have.length(0);
      expect($(element, '[part="confirmation"]')).to.equal(null);
      await until(() => active(element)?.matches('.send-problem') ?? false, 'focus on the notice');
      await expectAccessible(element);
    });

    it('says the signature waits for the e-mailed link, or for a moderator without e-mail', async () => {
      server.posts = [{ status: 201, body: { id: 'x1', state: 'pending-confirmation' } }];
      const element = await pledge();
      await fill(element, { email: 'trine@example.no' });
      await sign(element);
      await until(() => $(element, '[part="confirmation"]') !== null, 'the confirmation');
      expect(text($(element, '[part="confirmation"]'))).to.contain('Vi har sendt en e-post til trine@example.no');
      expect(names(element)).not.to.include('Trine Solberg');

      server.posts = [{ status: 201, body: { id: 'x2', state: 'pending-moderation' } }];
      await click(element, '[part="another-button"]');
      await until(() => active(element)?.id === 'field-name', 'focus on the name');
      await fill(element, { name: 'Geir Lunde', list: 'bygdelista' });
      await sign(element);
      await until(() => $(element, '[part="confirmation"]') !== null, 'the second confirmation');
      expect(text($(element, '[part="confirmation"]'))).to.contain('En moderator i kommunen ser på signaturen');
      const keys = server.to('/pledges', 'POST').map((r) => r.headers.get('Idempotency-Key'));
      expect(new Set(keys).size, 'a new key for the second signature').to.equal(2);
      const second = JSON.parse(server.to('/pledges', 'POST')[1]!.body!);
      expect(second).not.to.have.property('email');
    });

    it('answers a second signature for the same list politely', async () => {
      server.posts = [{ status: 409, body: { type: 'duplicate-pledge', title: 'Already signed', status: 409 } }];
      const element = await pledge();
      await fill(element, { name: 'Kari Nordmann', list: 'ap' });
      await sign(element);
      await until(() => $(element, '.send-problem') !== null, 'the answer');
      expect(text($(element, '.send-problem'))).to.contain('Du har allerede signert for denne listen.');
      expect($(element, '[part="confirmation"]')).to.equal(null);
      await expectAccessible(element);
    });

    it('waits while offline and sends by itself when the browser is online again', async () => {
      const element = await pledge();
      await fill(element);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        await sign(element);
        await until(() => text($(element, '[part="send-status"]')).includes('Du er uten nett'), 'the offline message');
        expect(server.to('/pledges', 'POST'), 'nothing is tried while offline').to.have.length(0);
        await expectAccessible(element);
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['onLine'];
      }
      window.dispatchEvent(new Event('online'));
      await until(() => $(element, '[part="confirmation"]') !== null, 'the confirmation');
      expect(server.to('/pledges', 'POST')).to.have.length(1);
    });
  });

  describe('a campaign that is not open', () => {
    it('says a closed campaign is over, shows the final list, and has no form', async () => {
      server.campaign = campaignFixture('closed');
      const element = await pledge();
      expect(text($(element, '[part="phase"]'))).to.equal('Signeringen ble avsluttet 13. september 2027. Dette er den endelige listen.');
      expect($(element, 'form')).to.equal(null);
      expect(names(element)).to.have.length(13);
      await expectAccessible(element);
    });

    it('when the campaign closes while the form is open, says so where focus goes, and shows the final list', async () => {
      const element = await pledge();
      await fill(element, { name: 'Kari Nordmann', list: 'ap' });
      server.posts = [{ status: 403, body: { type: 'campaign-closed', title: 'Closed', status: 403 } }];
      server.campaign = campaignFixture('closed');
      await sign(element);
      await until(() => $(element, 'form') === null, 'the form to go');
      await until(() => active(element)?.getAttribute('part') === 'phase', 'focus on the phase line');
      expect(text(active(element)!)).to.contain('Dette er den endelige listen.');
      await expectAccessible(element);
    });

    it('says when an upcoming campaign opens, and has no form', async () => {
      server.campaign = campaignFixture('upcoming');
      server.pledges = [];
      const element = await pledge();
      expect(text($(element, '[part="phase"]'))).to.equal('Valgløftet kan signeres fra 1. august 2027.');
      expect(text($(element, '[part="count"]'))).to.equal('Ingen har signert ennå');
      expect($(element, 'form')).to.equal(null);
      await expectAccessible(element);
    });
  });

  describe('refreshing', () => {
    it('reads the list again when the page is seen again, keeping the old list until the new one is in', async () => {
      const element = await pledge();
      const list = $(element, '.groups')!;
      const height = list.getBoundingClientRect().height;
      server.pledges = [
        { id: 'p99', name: 'Anne Viken', list: 'frp', role: 'listetopp', signedAt: '2027-04-03T10:00:00Z' },
        ...SIGNATORIES,
      ];
      let release!: () => void;
      server.hold = new Promise((resolve) => (release = resolve));
      pageSeenAgain();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(element.getAttribute('state'), 'no loading state').to.equal('ready');
      expect(names(element), 'the old list stays while the new one is read').to.have.length(13);
      expect($(element, '.groups')!.getBoundingClientRect().height).to.equal(height);
      release();
      server.hold = undefined;
      await until(() => names(element).includes('Anne Viken'), 'the new name');
      expect(text($(element, '[part="count"]'))).to.equal('14 har signert');
      const refresh = server.to('/pledges').at(-1)!;
      expect(refresh.headers.get('If-None-Match'), 'the list’s ETag is sent').to.equal(`"${SIGNATORIES.map((p) => p.id).join('.')}"`);
    });

    it('keeps the list as it is when the server answers 304 Not Modified', async () => {
      const element = await pledge();
      const before = names(element);
      pageSeenAgain();
      await until(() => server.to('/pledges').length === 2, 'the second read');
      await element.updateComplete;
      expect(names(element)).to.deep.equal(before);
      expect(server.to('/pledges').at(-1)!.headers.get('If-None-Match')).to.be.a('string');
    });

    it('reads the whole list again when the server does not allow If-None-Match from this page', async () => {
      const element = await pledge();
      server.refuseIfNoneMatch = true;
      server.pledges = [{ id: 'p98', name: 'Siri Moe', list: 'frp', role: 'kandidat', signedAt: '2027-04-03T10:00:00Z' }, ...SIGNATORIES];
      pageSeenAgain();
      await until(() => names(element).includes('Siri Moe'), 'the new name');
      expect(server.to('/pledges').at(-1)!.headers.has('If-None-Match')).to.equal(false);
    });
  });

  describe('when the campaign cannot be read', () => {
    const quietly = async <T>(fn: () => Promise<T>): Promise<{ result: T; logged: unknown[][] }> => {
      const logged: unknown[][] = [];
      const realError = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        return { result: await fn(), logged };
      } finally {
        console.error = realError;
      }
    };

    it('says the campaign was not found, never a blank box, and offers to try again', async () => {
      server.campaignAnswer = { status: 404, body: { type: 'not-found', title: 'Not found', status: 404 } };
      const errors: unknown[] = [];
      document.addEventListener('kommune-data-error', (event) => errors.push(event), { once: true });
      const { result: element, logged } = await quietly(() => pledge());
      expect(element.getAttribute('state')).to.equal('error');
      const box = $(element, '[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(text(box)).to.contain('Kunne ikke hente valgløftet');
      expect(text(box)).to.contain('Fant ikke kampanjen på serveren');
      expect(logged, 'logged once').to.have.length(1);
      expect(errors).to.have.length(1);
      await expectAccessible(element);
      server.campaignAnswer = undefined;
      await click(element, '[part="retry-button"]');
      await settled(element);
      expect(element.getAttribute('state')).to.equal('ready');
      expect(names(element)).to.have.length(13);
    });

    it('says the server cannot be reached when it does not answer', async () => {
      server.campaignAnswer = 'network-error';
      server.pledgesAnswer = 'network-error';
      const { result: element } = await quietly(() => pledge());
      expect(element.getAttribute('state')).to.equal('error');
      expect(text($(element, '[part="error"]'))).to.contain('Fikk ikke kontakt med serveren for valgløftet');
      expect($(element, '[part="retry-button"]')).to.exist;
    });
  });

  describe('in every language, at 320 px', () => {
    for (const lang of ['nb', 'nn', 'en', 'se']) {
      it(`is accessible after each step in ${lang}, without scrolling sideways`, async function () {
        this.timeout(40000);
        await setViewport({ width: 320, height: 800 });
        const element = await pledge({ lang });
        await expectAccessible(element);
        expect(pageWidth()).to.be.at.most(320);
        await type(element, '#pledge-search', 'a');
        await expectAccessible(element);
        await sign(element);
        await expectAccessible(element);
        await fill(element, { email: 'trine@example.no' });
        await sign(element);
        await until(() => $(element, '[part="confirmation"]') !== null, 'the confirmation');
        await expectAccessible(element);
        expect(pageWidth()).to.be.at.most(320);
        const compact = await pledge({ lang, variant: 'compact' });
        await expectAccessible(compact);
      });
    }
  });
});
