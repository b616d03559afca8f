import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isInnbyggerforslag, METHOD_ALIASES, METHOD_IDS, methodId, normalizeMethodName } from '../src/method-names.js';
import { methodLabel, STEP_METHODS } from '../src/methods.js';

describe('methodId', () => {
  it('recognises every KS method by its id', () => {
    for (const id of METHOD_IDS) assert.equal(methodId(id), id);
  });

  it('recognises method names the way editors write them', () => {
    const written: [string, string][] = [
      ['ungdommens kommunestyre', 'ungdommens-kommunestyre'],
      ['Ungdommens kommunestyre', 'ungdommens-kommunestyre'],
      ['Barne- og ungdommens kommunestyre', 'ungdommens-kommunestyre'],
      ['Barn og unges kommunestyre', 'ungdommens-kommunestyre'],
      ['Innbyggerforslag', 'innbyggerforslag'],
      ['INNBYGGERFORSLAG', 'innbyggerforslag'],
      ['Innbyggerinitiativ', 'innbyggerforslag'],
      ['Folkemøte', 'folkemøte'],
      ['folkemøter', 'folkemøte'],
      ['folkemote', 'folkemøte'],
      ['e-demokrati', 'e-demokrati'],
      ['E-demokrati', 'e-demokrati'],
      ['edemokrati', 'e-demokrati'],
      ['E demokrati', 'e-demokrati'],
      ['  Offentlig   ettersyn ', 'offentlig-ettersyn'],
      ['offentlig_ettersyn', 'offentlig-ettersyn'],
      ['Meningsmålinger', 'meningsmåling'],
      ['Demokraticafe', 'demokraticafé'],
      ['Demokrati-café', 'demokraticafé'],
      ['Styre for institusjon', 'institusjonsstyre'],
      ['Rådgivende folkeavstemninger', 'folkeavstemning'],
      ['Dagsordensetting i sosiale medier', 'sosiale-medier'],
      ['barnetrakk', 'barnetråkk'],
    ];
    for (const [name, id] of written) assert.equal(methodId(name), id, name);
  });

  it('recognises the nynorsk names', () => {
    const nynorsk: [string, string][] = [
      ['Høyring', 'høring'],
      ['Offentleg ettersyn', 'offentlig-ettersyn'],
      ['Meiningsmålingar', 'meningsmåling'],
      ['Innbyggjarpanel', 'innbyggerpanel'],
      ['Framtidsverkstad', 'fremtidsverksted'],
      ['Gjestebod', 'gjestebud'],
      ['Ordførarbenk', 'ordførerbenk'],
      ['Demokratikafé', 'demokraticafé'],
      ['Innbyggjarforslag', 'innbyggerforslag'],
      ['Dagsordensetting i sosiale medium', 'sosiale-medier'],
      ['Kommunedelsutval', 'kommunedelsutvalg'],
      ['Rådgjevande folkerøysting', 'folkeavstemning'],
      ['Nyheitsbrev', 'nyhetsbrev'],
    ];
    for (const [name, id] of nynorsk) assert.equal(methodId(name), id, name);
  });

  it('leaves the kommune’s own method names alone', () => {
    for (const name of ['Eget nyhetsbrev', 'Deltakende budsjettering', 'Høring om skolen', 'Workshop', '', '   '])
      assert.equal(methodId(name), undefined, name);
    assert.equal(methodId(undefined), undefined);
  });

  it('gives every way of writing a method to that method alone', () => {
    for (const id of METHOD_IDS) for (const alias of METHOD_ALIASES[id]) assert.equal(methodId(alias), id, alias);
  });

  it('folds case, separators and accents but keeps the letters that tell words apart', () => {
    assert.equal(normalizeMethodName(' Demokrati–Café '), 'demokraticafe');
    assert.equal(normalizeMethodName('Høyring'), 'hoyring');
    assert.equal(normalizeMethodName('Barne- og ungdommens kommunestyre'), 'barneogungdommenskommunestyre');
  });
});

describe('isInnbyggerforslag', () => {
  it('is true for an innbyggerforslag however it is written, and false otherwise', () => {
    for (const name of ['innbyggerforslag', 'Innbyggerforslag', ' innbyggjarforslag ', 'Innbyggerinitiativ'])
      assert.equal(isInnbyggerforslag(name), true, name);
    for (const name of [undefined, 'høring', 'Forslag fra innbyggerne om lekeplass'])
      assert.equal(isInnbyggerforslag(name), false, String(name));
  });
});

describe('methodLabel', () => {
  it('names a method written by its name in KS’ wording, as it does its id', () => {
    assert.equal(methodLabel('ungdommens kommunestyre'), 'Barne- og ungdommens kommunestyre');
    assert.equal(methodLabel('ungdommens-kommunestyre'), 'Barne- og ungdommens kommunestyre');
    assert.equal(methodLabel('INNBYGGERFORSLAG'), 'Innbyggerforslag');
    assert.equal(methodLabel('høyring'), 'Høring');
    assert.equal(methodLabel('Eget nyhetsbrev'), undefined);
  });

  it('names every example method on the five steps', () => {
    const all = Object.values(STEP_METHODS).flat();
    assert.deepEqual([...all].sort(), [...METHOD_IDS].sort());
    for (const id of all) assert.notEqual(methodLabel(id), undefined, id);
  });
});
