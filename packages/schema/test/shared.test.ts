import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IsoDate, IsoDateOrDateTime, IsoDateTime, LocalizedText, formatPath, localize, localizeWithLanguage } from '../src/index.js';
import { instantOf } from '../src/shared.js';

test('localize picks the requested language, then bokmål, then any', () => {
  const text = { nb: 'Høring', nn: 'Høyring', se: 'Gulaskuddan' };
  assert.equal(localize(text, 'nn'), 'Høyring');
  assert.equal(localize(text, 'nn-NO'), 'Høyring');
  assert.equal(localize(text, 'se'), 'Gulaskuddan');
  assert.equal(localize(text, 'en'), 'Høring');
  assert.equal(localize(text, 'no'), 'Høring');
  assert.equal(localize('Bare bokmål', 'en'), 'Bare bokmål');
  // Not valid per schema, but a runtime must still show something.
  assert.equal(localize({ en: 'Only English' } as unknown as LocalizedText, 'nn'), 'Only English');
});

test('localizeWithLanguage says which language the text fell back to, so the page can mark it', () => {
  const text = { nb: 'Høring', se: 'Gulaskuddan', smj: 'Gulaskuddam' };
  assert.deepEqual(localizeWithLanguage(text, 'se'), { text: 'Gulaskuddan', lang: 'se' });
  assert.deepEqual(localizeWithLanguage(text, 'en'), { text: 'Høring', lang: 'nb' });
  assert.deepEqual(localizeWithLanguage(text, 'smj'), { text: 'Gulaskuddam', lang: 'smj' });
  assert.deepEqual(localizeWithLanguage('Bare bokmål', 'se'), { text: 'Bare bokmål', lang: 'nb' });
});

test('LocalizedText is a non-empty string or an object with nb', () => {
  assert.ok(LocalizedText.safeParse('Tekst').success);
  assert.ok(LocalizedText.safeParse({ nb: 'a', nn: 'b', en: 'c', se: 'd', smj: 'e', sma: 'f' }).success);
  assert.equal(LocalizedText.safeParse('').success, false);
  assert.equal(LocalizedText.safeParse({ nn: 'b' }).success, false);
  assert.equal(LocalizedText.safeParse({ nb: 'a', sv: 'x' }).success, false);
  assert.equal(LocalizedText.safeParse({ nb: '' }).success, false);
  assert.equal(LocalizedText.safeParse(3).success, false);
});

test('IsoDate accepts real calendar dates only', () => {
  for (const ok of ['2026-11-23', '2028-02-29', '2000-02-29']) assert.ok(IsoDate.safeParse(ok).success, ok);
  for (const bad of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '26-11-23', '2026-11-23T10:00', '23.11.2026', ''])
    assert.equal(IsoDate.safeParse(bad).success, false, bad);
});

test('IsoDateTime accepts optional seconds and offset', () => {
  for (const ok of [
    '2026-12-10T18:00',
    '2026-12-10T18:00:30',
    '2026-12-10T18:00:30.5Z',
    '2026-12-10T18:00Z',
    '2026-12-10T18:00+01:00',
    '2026-12-10T18:00:00-05:30',
  ])
    assert.ok(IsoDateTime.safeParse(ok).success, ok);
  for (const bad of ['2026-12-10', '2026-12-10 18:00', '2026-12-10T24:00', '2026-12-10T18', '2026-12-10T18:00+1', '2026-02-30T10:00'])
    assert.equal(IsoDateTime.safeParse(bad).success, false, bad);
});

test('IsoDateOrDateTime accepts both forms', () => {
  assert.ok(IsoDateOrDateTime.safeParse('2026-12-10').success);
  assert.ok(IsoDateOrDateTime.safeParse('2026-12-10T18:00+01:00').success);
  assert.equal(IsoDateOrDateTime.safeParse('10.12.2026').success, false);
});

test('a time without offset is Europe/Oslo, winter and summer', () => {
  assert.equal(instantOf('2026-12-10T18:00'), Date.parse('2026-12-10T17:00Z'));
  assert.equal(instantOf('2026-07-01T12:00'), Date.parse('2026-07-01T10:00Z'));
  assert.equal(instantOf('2026-12-10T18:00+01:00'), Date.parse('2026-12-10T17:00Z'));
  assert.equal(instantOf('2026-12-10'), Date.parse('2026-12-09T23:00Z'));
  assert.equal(instantOf('2026-12-10', true), Date.parse('2026-12-10T23:00Z') - 1);
});

test('formatPath writes JSON paths', () => {
  assert.equal(formatPath([]), '');
  assert.equal(formatPath(['budget', 'datasets', 0, 'items', 3, 'amount']), 'budget.datasets[0].items[3].amount');
  assert.equal(formatPath(['a', '', 'b']), 'a.b');
  assert.equal(formatPath(['perInnbygger', 'helse-omsorg']), 'perInnbygger["helse-omsorg"]');
  assert.equal(formatPath([0, 'id']), '[0].id');
});
