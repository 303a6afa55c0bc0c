// Person resolution across documents: full names, short forms, shared surnames, ambiguity.
import { expect } from 'chai';
import { resolveExtractions } from '../../../ingest/resolve';
import { doc, idsOf, person } from './builders';

const TAG = '[resolve/person]';

describe('resolve: people across documents', () => {
  // [names, one per document; expected distinct people]
  const table: [string[], string[][]][] = [
    [['Leonel Antonio Flores Sosa', 'Leonel Flores'], [['Leonel Antonio Flores Sosa', 'Leonel Flores']]],
    [['Dr. José Antonio González Anaya', 'José Antonio Gonzalez Anaya'], [['José Antonio González Anaya']]],
    [
      ['José Antonio Meade', 'José Antonio Meade Kuribreña'],
      [['José Antonio Meade Kuribreña', 'José Antonio Meade']],
    ],
    [['César Duarte', 'César Duarte Jáquez'], [['César Duarte Jáquez', 'César Duarte']]],
    [['Luis A. Lucero', 'Luis Alberto Lucero'], [['Luis Alberto Lucero', 'Luis A. Lucero']]],
    // two people sharing a surname stay two
    [
      ['José Antonio González Anaya', 'José Antonio González Pérez'],
      [['José Antonio González Anaya'], ['José Antonio González Pérez']],
    ],
    [
      ['María González', 'José González'],
      [['María González'], ['José González']],
    ],
    // never on a surname alone, never on given names alone
    [
      ['González Anaya', 'José Antonio González Anaya'],
      [['González Anaya'], ['José Antonio González Anaya']],
    ],
    [
      ['Nelson', 'Nelson'],
      [['Nelson'], ['Nelson']],
    ],
    [
      ['José Antonio', 'José Antonio Meade Kuribreña'],
      [['José Antonio'], ['José Antonio Meade Kuribreña']],
    ],
    // a short form matching two different people stays unmerged
    [
      ['José González', 'José Antonio González Anaya', 'José Luis González Pérez'],
      [['José González'], ['José Antonio González Anaya'], ['José Luis González Pérez']],
    ],
    // a hyphenated name is one name: its first half is no short form of it
    [
      ['Jean Dupont', 'Jean-Pierre Dupont'],
      [['Jean Dupont'], ['Jean-Pierre Dupont']],
    ],
    [['Sean O’Brien', "Sean O'Brien"], [["Sean O'Brien", 'Sean O’Brien']]],
    // ... but a chain of forms of one person is not ambiguous
    [
      ['Leonel Flores', 'Leonel Flores Sosa', 'Leonel Antonio Flores Sosa'],
      [['Leonel Antonio Flores Sosa', 'Leonel Flores', 'Leonel Flores Sosa']],
    ],
  ];
  for (const [names, expected] of table) {
    it(`${TAG} ${names.join(' | ')} -> ${expected.length} person(s)`, () => {
      const input = names.map((name, i) => doc(`${String(i).padStart(3, '0')}.txt`, [person(name)]));
      const { extractions } = resolveExtractions(input);
      expect(idsOf(extractions, 'Person'), `${TAG} ${names.join(' | ')}`).to.have.length(expected.length);
      for (const [canonical, ...aliases] of expected) {
        const nodes = extractions.flatMap((e) => e.nodes).filter((n) => n.name === canonical);
        expect(nodes.length, `${TAG} canonical "${canonical}"`).to.be.greaterThan(0);
        for (const alias of aliases)
          expect(nodes[0]!.aliases, `${TAG} alias of ${canonical}`).to.include(alias);
      }
    });
  }

  it(`${TAG} the merged id is derived from the fullest name and reported with its rule`, () => {
    const { extractions, merges } = resolveExtractions([
      doc('000.txt', [person('Leonel Antonio Flores Sosa', ['Flores Sosa'])]),
      doc('002.txt', [person('Leonel Flores', ['Flores'])]),
    ]);
    expect(idsOf(extractions, 'Person')).to.deep.equal(['person:leonel-antonio-flores-sosa']);
    expect(extractions[1]!.nodes[0]!.aliases).to.have.members(['Flores Sosa', 'Leonel Flores', 'Flores']);
    expect(merges).to.have.length(1);
    expect(merges[0]!.members.map((m) => m.id)).to.have.members([
      'person:leonel-antonio-flores-sosa',
      'person:leonel-flores',
    ]);
    expect(merges[0]!.links.map((l) => l.rule)).to.deep.equal(['person-short-form']);
  });

  it(`${TAG} a node whose alias is fuller takes the fuller name and id, and says why`, () => {
    const { extractions, merges } = resolveExtractions([
      doc('002.txt', [person('Leonel Flores', ['Leonel Antonio Flores Sosa'])]),
    ]);
    expect(extractions[0]!.nodes[0]).to.deep.include({
      id: 'person:leonel-antonio-flores-sosa',
      name: 'Leonel Antonio Flores Sosa',
      aliases: ['Leonel Flores'],
    });
    expect(merges.map((m) => m.links.map((l) => l.rule))).to.deep.equal([['id-from-canonical-name']]);
  });

  it(`${TAG} two nodes of one document are never merged by the rules`, () => {
    const { extractions } = resolveExtractions([
      doc('000.txt', [person('Leonel Flores'), person('Leonel Antonio Flores Sosa')]),
    ]);
    expect(idsOf(extractions, 'Person')).to.have.length(2);
  });
});
