// Curated alias rules win over automatic matching; duplicates they create within a document
// collapse into one relationship with the evidence of both.
import { expect } from 'chai';
import { parseAliasRules, resolveExtractions } from '../../../ingest/resolve';
import { doc, findNode, idsOf, institution, person, place, rel } from './builders';

const TAG = '[resolve/curated]';

describe('resolve: curated alias rules', () => {
  it(`${TAG} a curated merge forces a merge the rules would not make`, () => {
    const rules = parseAliasRules(
      'merge:\n  - label: Institution\n    name: Instituto Mexicano del Seguro Social\n    aliases: [Seguro de México]\n',
      'aliases.yml',
    );
    const input = [
      doc('000.txt', [institution('Instituto Mexicano del Seguro Social', { acronym: 'IMSS' })]),
      doc('002.txt', [institution('Seguro de México')]),
    ];
    expect(
      idsOf(resolveExtractions(input).extractions, 'Institution'),
      `${TAG} without rules`,
    ).to.have.length(2);
    const { extractions, merges } = resolveExtractions(input, rules);
    expect(idsOf(extractions, 'Institution')).to.deep.equal([
      'institution:instituto-mexicano-del-seguro-social',
    ]);
    expect(merges[0]!.links.map((l) => l.rule)).to.deep.equal(['curated-merge']);
  });

  it(`${TAG} a curated split prevents a merge the rules would make`, () => {
    const rules = parseAliasRules(
      'split:\n  - label: Person\n    names: [Leonel Flores, Leonel Antonio Flores Sosa]\n',
      'aliases.yml',
    );
    const input = [
      doc('000.txt', [person('Leonel Antonio Flores Sosa')]),
      doc('002.txt', [person('Leonel Flores')]),
    ];
    expect(idsOf(resolveExtractions(input).extractions, 'Person'), `${TAG} without rules`).to.have.length(1);
    expect(idsOf(resolveExtractions(input, rules).extractions, 'Person')).to.have.length(2);
  });

  it(`${TAG} a split pinned to documents keeps two namesakes apart`, () => {
    const rules = parseAliasRules(
      'split:\n  - label: Person\n    names:\n      - { name: Juan Pérez, document: 000.txt }\n      - { name: Juan Pérez, document: 001.txt }\n',
      'aliases.yml',
    );
    const input = [doc('000.txt', [person('Juan Pérez')]), doc('001.txt', [person('Juan Pérez')])];
    expect(idsOf(resolveExtractions(input, rules).extractions, 'Person')).to.deep.equal([
      'person:juan-perez',
      'person:juan-perez--sha001tx',
    ]);
  });

  it(`${TAG} a rename sets the canonical name`, () => {
    const rules = parseAliasRules(
      'rename:\n  - label: Place\n    from: EE. UU.\n    to: Estados Unidos de América\n',
      'aliases.yml',
    );
    const { extractions } = resolveExtractions(
      [doc('000.txt', [place('EE. UU.')]), doc('001.txt', [place('Estados Unidos')])],
      rules,
    );
    expect(findNode(extractions, '000.txt', 'Estados Unidos de América').id).to.equal(
      'place:estados-unidos-de-america',
    );
    expect(idsOf(extractions, 'Place'), `${TAG} the rule-made merge still happens`).to.have.length(1);
  });

  it(`${TAG} nodes of one document merged by force: duplicates collapse, self-loops go`, () => {
    const imss = institution('Instituto Mexicano del Seguro Social');
    const seguro = institution('Seguro de México');
    const boss = person('José Antonio González Anaya');
    const rules = parseAliasRules(
      'merge:\n  - label: Institution\n    name: Instituto Mexicano del Seguro Social\n    aliases: [Seguro de México]\n',
      'aliases.yml',
    );
    const { extractions } = resolveExtractions(
      [
        doc(
          '000.txt',
          [imss, seguro, boss],
          [
            rel('HOLDS_ROLE', boss, imss, 'El Director General del IMSS.', { role: 'Director General' }),
            rel('HOLDS_ROLE', boss, seguro, 'El director general del Seguro de México.', {
              role: 'director general',
            }),
            rel('PART_OF', seguro, imss, 'El Seguro de México, es decir el IMSS.'),
          ],
        ),
      ],
      rules,
    );
    const [only] = extractions;
    expect(only!.nodes.filter((n) => n.label === 'Institution')).to.have.length(1);
    expect(only!.relationships).to.have.length(1);
    expect(only!.relationships[0]!.evidence.map((e) => e.text)).to.deep.equal([
      'El Director General del IMSS.',
      'El director general del Seguro de México.',
    ]);
  });
});
