import { expect, fixture, html } from '@open-wc/testing';
import { normalizeLocale, parseKommuneDate, resolveLocale, formatDate, formatDateTime } from '@kommune-widgets/core';
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
