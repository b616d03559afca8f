import { expect, fixture, html } from '@open-wc/testing';
import { normalizeLocale, parseKommuneDate, resolveLocale, formatDate, formatDateTime, formatNumber } from '@kommune-widgets/core';
import './test-widget.js';
import { expectAccessible } from '../../../test/helpers/axe.js';
import { settled } from '../../../test/helpers/widget.js';

describe('locale resolution', () => {
  it('renders an accessible widget in the language of the page around it', async () => {
    const wrapper = await fixture(html`<div lang="nn-NO"><test-widget .data=${{ activities: [] }}></test-widget></div>`);
    const element = wrapper.querySelector('test-widget')!;
    await settled(element);
    expect(element.locale).to.equal('nn');
    await expectAccessible(element);
  });

  it('maps the tags pages use to the four languages', () => {
    expect(normalizeLocale('nb-NO')).to.equal('nb');
    expect(normalizeLocale('no')).to.equal('nb');
    expect(normalizeLocale('nn-NO')).to.equal('nn');
    expect(normalizeLocale('en-GB')).to.equal('en');
    expect(normalizeLocale('se')).to.equal('se');
    expect(normalizeLocale('sme-NO')).to.equal('se');
    expect(normalizeLocale('de')).to.equal(undefined);
    expect(normalizeLocale('')).to.equal(undefined);
  });

  it('resolves from the element, then ancestors, then <html>, then bokmål', async () => {
    const root = await fixture(
      html`<div lang="nn">
        <p><span id="inner"></span><span id="own" lang="en"></span></p>
      </div>`,
    );
    expect(resolveLocale(root.querySelector('#inner')!)).to.equal('nn');
    expect(resolveLocale(root.querySelector('#own')!)).to.equal('en');
    const detached = document.createElement('span');
    expect(resolveLocale(detached)).to.equal('nb');
  });
});

describe('figures and dates in each language', () => {
  const OSLO = 'Europe/Oslo';
  const kroner = { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 } as const;
  const compactKroner = {
    style: 'currency',
    currency: 'NOK',
    notation: 'compact',
    compactDisplay: 'short',
    maximumSignificantDigits: 3,
  } as const;
  /** A space between digit groups: engines use a no-break space or a narrow one. */
  const GROUP = '[\\u00a0\\u202f ]';
  const date = parseKommuneDate('2026-12-01T23:30')!;

  // Engines differ in their locale data (WebKit writes «kr 399 mill.», Chromium «399 mill. kr»; Firefox and WebKit
  // have nordsamisk, Chromium has not): these tests assert what a reader relies on, not one engine's string.
  it('writes bokmål, nynorsk and nordsamisk figures with a decimal comma and spaced digit groups', () => {
    for (const locale of ['nb', 'nn', 'se'] as const) {
      expect(formatNumber(1234567.5, locale), locale).to.match(new RegExp(`^1${GROUP}234${GROUP}567,5$`));
      expect(formatNumber(0.034, locale, { style: 'percent', maximumFractionDigits: 1 }), locale).to.match(/^3,4\u00a0?%$/);
    }
    expect(formatNumber(1234567.5, 'en')).to.equal('1,234,567.5');
  });

  it('writes kroner in kroner, in short forms a reader knows, in every language', () => {
    for (const locale of ['nb', 'nn'] as const) {
      const amount = formatNumber(398_700_000, locale, compactKroner);
      expect(amount, locale).to.match(/^(399\u00a0mill\.\u00a0kr|kr\u00a0399\u00a0mill\.)$/);
      expect(formatNumber(-12_300, locale, kroner), locale).to.match(
        new RegExp(`^(−12${GROUP}300\u00a0kr|kr\u00a0−12${GROUP}300|−kr\u00a012${GROUP}300)$`),
      );
    }
    expect(formatNumber(398_700_000, 'en', { ...compactKroner, currencyDisplay: 'code' })).to.match(/^NOK\u00a0399[mM]$/);
    // Nordsamisk as the engine's Intl writes it, from the candidates the widgets hand it.
    const sami = ['se-NO', 'nb-NO', 'no-NO'];
    expect(formatNumber(-12_300, 'se', kroner)).to.equal(new Intl.NumberFormat(sami, kroner).format(-12_300));
  });

  it('writes dates day first, with the month in words, never in American order', () => {
    for (const locale of ['nb', 'nn'] as const) {
      expect(formatDate(date, locale), locale).to.equal('1. desember 2026');
      expect(formatDateTime(date, locale), locale).to.match(/^1\. desember 2026( kl\.|,) 23:30$/);
    }
    expect(formatDate(date, 'en')).to.equal('1 December 2026');
    expect(formatDateTime(date, 'en')).to.match(/^1 December 2026(,| at) 23:30$/);
    // Nordsamisk: CLDR's own format where the engine has it («2026 juovlamánnu 1.»), bokmål's where it has not.
    const sami = ['se-NO', 'nb-NO', 'no-NO'];
    expect(formatDate(date, 'se')).to.equal(new Intl.DateTimeFormat(sami, { dateStyle: 'long', timeZone: OSLO }).format(date));
    expect(formatDate(date, 'se'))
      .to.match(/2026/)
      .and.not.match(/December/);
    expect(formatDateTime(date, 'se')).to.contain('23:30');
  });

  it('shows Oslo’s time on both sides of the summer time changes, and in years with older rules', () => {
    const instants: number[] = [];
    for (const start of [Date.UTC(2026, 2, 28, 22), Date.UTC(2026, 9, 24, 22), Date.UTC(1990, 8, 29, 22), Date.UTC(1996, 9, 26, 22)]) {
      for (let minutes = 0; minutes <= 6 * 60; minutes += 15) instants.push(start + minutes * 60_000 + 59_999);
    }
    for (const locale of ['nb', 'en'] as const) {
      const intl = new Intl.DateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: OSLO });
      for (const instant of instants) {
        expect(formatDateTime(new Date(instant), locale), new Date(instant).toISOString()).to.equal(intl.format(instant));
      }
    }
    // 02:30 does not exist on the last Sunday of March: the clock jumps from 02:00 to 03:00.
    expect(formatDateTime(parseKommuneDate('2026-03-29T01:59')!, 'nb')).to.equal('29. mars 2026 kl. 01:59');
    expect(formatDateTime(parseKommuneDate('2026-03-29T03:00')!, 'nb')).to.equal('29. mars 2026 kl. 03:00');
    expect(parseKommuneDate('2026-10-25T12:00')!.toISOString()).to.equal('2026-10-25T11:00:00.000Z');
  });
});

describe('dates in Europe/Oslo', () => {
  it('reads a time without offset as Oslo time, in winter and summer', () => {
    expect(parseKommuneDate('2026-12-10T18:00')!.toISOString()).to.equal('2026-12-10T17:00:00.000Z');
    expect(parseKommuneDate('2026-06-10T18:00:00')!.toISOString()).to.equal('2026-06-10T16:00:00.000Z');
  });

  it('keeps an explicit offset', () => {
    expect(parseKommuneDate('2026-12-10T18:00:00+01:00')!.toISOString()).to.equal('2026-12-10T17:00:00.000Z');
    expect(parseKommuneDate('2026-12-10T18:00:00Z')!.toISOString()).to.equal('2026-12-10T18:00:00.000Z');
  });

  it('lets a deadline date last the whole Oslo day', () => {
    expect(parseKommuneDate('2026-12-01')!.toISOString()).to.equal('2026-11-30T23:00:00.000Z');
    expect(parseKommuneDate('2026-12-01', { endOfDay: true })!.toISOString()).to.equal('2026-12-01T22:59:59.999Z');
    expect(parseKommuneDate('2026-03-29', { endOfDay: true })!.toISOString()).to.equal('2026-03-29T21:59:59.999Z');
  });

  it('rejects what is not a date', () => {
    expect(parseKommuneDate('i morgen')).to.equal(undefined);
  });

  it('formats in the locale and in Oslo time whatever the visitor’s zone', () => {
    // This file runs in a browser context in Pacific/Auckland (the `time-zone` group in web-test-runner.config.mjs):
    // 23:30 on 1 December in Oslo is 11:30 on 2 December there, so a date formatted in the visitor's zone is wrong.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone, 'the visitor’s zone (run with --group time-zone)').to.equal(
      'Pacific/Auckland',
    );
    const lateEvening = parseKommuneDate('2026-12-01T23:30')!;
    expect(new Date(lateEvening).getDate(), 'the visitor’s own calendar day').to.equal(2);
    expect(formatDate(lateEvening, 'nb')).to.equal('1. desember 2026');
    expect(formatDate(lateEvening, 'en')).to.equal('1 December 2026');
    expect(formatDate(lateEvening, 'nn')).to.equal('1. desember 2026');
    expect(formatDateTime(lateEvening, 'nb')).to.equal('1. desember 2026 kl. 23:30');
    expect(formatDateTime(lateEvening, 'en')).to.equal('1 December 2026 at 23:30');
    // Summer time in Oslo (UTC+2) is winter in Auckland (UTC+12): 07:00 on 1 July in Oslo is 17:00 there.
    expect(formatDateTime(parseKommuneDate('2026-07-01T07:00')!, 'nb')).to.equal('1. juli 2026 kl. 07:00');
  });
});
