import { expect } from '@open-wc/testing';
import { contrast, markerColor, parseColor } from '../src/colors.js';
import { coverage, foldName, groupSignatories, latestSignatories, searchSignatories } from '../src/signatories.js';
import { CAMPAIGN_LISTS, SIGNATORIES } from './fixtures/pledge-fixtures.js';

describe('list colours and the list of names, without a page', () => {
  it('keeps a colour that has 3:1 on white, and darkens one that has not until it has', () => {
    expect(markerColor('#0065f1', '#ffffff')).to.equal('#0065f1');
    const yellow = markerColor('#fdd100', '#ffffff')!;
    expect(yellow).not.to.equal('#fdd100');
    expect(contrast(parseColor(yellow)!, [255, 255, 255])).to.be.at.least(3);
    const onDark = markerColor('#024c93', 'rgb(20, 23, 26)')!;
    expect(contrast(parseColor(onDark)!, [20, 23, 26]), 'lightened on a dark background').to.be.at.least(3);
    expect(markerColor('not a colour', '#ffffff')).to.equal(undefined);
  });

  it('finds «Ødegård» as «odegard» and «Åse» as «ase», whatever the case and spacing', () => {
    expect(foldName('  Ole  Martin ØDEGÅRD ')).to.equal('ole martin odegard');
    expect(searchSignatories(SIGNATORIES, 'ase strand').map((s) => s.name)).to.deep.equal(['Åse Strand']);
    expect(searchSignatories(SIGNATORIES, 'martin odegard').map((s) => s.name)).to.deep.equal(['Ole Martin Ødegård']);
    expect(searchSignatories(SIGNATORIES, '   ')).to.have.length(SIGNATORIES.length);
  });

  it('counts a list as covered when anyone has signed for it, and names the rest in the campaign’s order', () => {
    const { signed, total, missing } = coverage(SIGNATORIES, CAMPAIGN_LISTS);
    expect([signed, total]).to.deep.equal([6, 8]);
    expect(missing.map((list) => list.id)).to.deep.equal(['frp', 'bygdelista']);
  });

  it('groups other lists by the name people gave them, case aside, after the campaign’s lists', () => {
    const others = [
      { id: 'a', name: 'A', list: 'annen', otherList: 'Pensjonistpartiet', role: 'kandidat', signedAt: '2027-04-01T00:00:00Z' },
      { id: 'b', name: 'B', list: 'annen', otherList: 'pensjonistpartiet ', role: 'kandidat', signedAt: '2027-04-02T00:00:00Z' },
    ];
    const groups = groupSignatories([...others, SIGNATORIES[2]!], CAMPAIGN_LISTS);
    expect(groups.map((g) => g.list?.id ?? g.otherName)).to.deep.equal(['v', 'Pensjonistpartiet']);
    expect(groups[1]!.signatories.map((s) => s.name)).to.deep.equal(['A', 'B']);
  });

  it('gives the latest names newest first', () => {
    expect(latestSignatories(SIGNATORIES, 2).map((s) => s.id)).to.deep.equal(['p13', 'p12']);
  });
});
