// Entities already in the graph keep their ids: new documents join them instead of duplicating.
import { expect } from 'chai';
import type { Extraction, ExtractedNode } from '../../../model/extraction';
import { GRAPH_DOCUMENT_ID, parseAliasRules, resolveExtractions } from '../../../ingest/resolve';
import { agreement, doc, findNode, institution, person, rel } from './builders';

/** The graph's entities as readKnownEntities returns them: one extraction, ids as stored. */
function graph(nodes: ExtractedNode[], relationships: Extraction['relationships'] = []): Extraction {
  return {
    ...doc('(graph)', nodes, relationships),
    document: { ...doc('(graph)', []).document, id: GRAPH_DOCUMENT_ID },
  };
}

describe('resolveExtractions with known graph entities', () => {
  it('should give a short form the id of the full name already in the graph', () => {
    const stored = { ...person('Leonel Antonio Flores Sosa'), id: 'person:leonel-antonio-flores-sosa' };
    const { extractions } = resolveExtractions([doc('b.txt', [person('Leonel Flores')])], undefined, {
      known: graph([stored]),
    });
    expect(extractions).to.have.length(1);
    expect(findNode(extractions, 'b.txt', 'Leonel Flores').id).to.equal('person:leonel-antonio-flores-sosa');
  });

  it('should keep a stored id even when the new document writes a fuller name', () => {
    const stored = { ...person('Leonel Flores'), id: 'person:leonel-flores' };
    const { extractions } = resolveExtractions(
      [doc('b.txt', [person('Leonel Antonio Flores Sosa')])],
      undefined,
      {
        known: graph([stored]),
      },
    );
    const resolved = findNode(extractions, 'b.txt', 'Leonel Antonio Flores Sosa');
    expect(resolved.id).to.equal('person:leonel-flores');
    expect(resolved.name).to.equal('Leonel Antonio Flores Sosa');
  });

  it('should attach the same agreement, reported later, to the stored one', () => {
    const imss = institution('Instituto Mexicano del Seguro Social', { acronym: 'IMSS' });
    const isss = institution('Instituto Salvadoreño del Seguro Social', { acronym: 'ISSS' });
    const stored = {
      ...agreement('Convenio IMSS-ISSS', { kind: 'convenio', date: '2014-05-09' }),
      id: 'agreement:imss-isss',
    };
    const later = agreement('Acuerdo de cooperación', { kind: 'acuerdo', date: '2014-05-12' });
    const { extractions } = resolveExtractions(
      [doc('b.txt', [imss, isss, later], [rel('PARTY_TO', imss, later), rel('PARTY_TO', isss, later)])],
      undefined,
      { known: graph([imss, isss, stored], [rel('PARTY_TO', imss, stored), rel('PARTY_TO', isss, stored)]) },
    );
    expect(findNode(extractions, 'b.txt', 'Acuerdo de cooperación').id).to.equal('agreement:imss-isss');
  });

  it('should not number a new entity over a stored one, nor report graph-only merges', () => {
    const stored = { ...person('Ana López'), id: 'person:ana-lopez' };
    const { extractions, merges } = resolveExtractions([doc('b.txt', [person('Carlos Ruiz')])], undefined, {
      known: graph([stored]),
    });
    expect(findNode(extractions, 'b.txt', 'Carlos Ruiz').id).to.equal('person:carlos-ruiz');
    expect(merges.every((m) => m.members.some((member) => member.documentId !== GRAPH_DOCUMENT_ID))).to.equal(
      true,
    );
  });

  it("should report two stored nodes that a curated merge now joins, keeping the first one's id", () => {
    const full = { ...institution('Secretaría de Salud de Jalisco'), id: 'institution:ssj' };
    const short = { ...institution('Salud Jalisco'), id: 'institution:salud-jalisco' };
    const rules = parseAliasRules(
      'merge:\n  - label: Institution\n    name: Secretaría de Salud de Jalisco\n    aliases: [Salud Jalisco]\n',
      'aliases.yml',
    );
    const { extractions, graphDuplicates } = resolveExtractions(
      [doc('b.txt', [institution('Salud Jalisco')])],
      rules,
      { known: graph([full, short]) },
    );
    const kept = findNode(extractions, 'b.txt', 'Secretaría de Salud de Jalisco').id;
    expect(graphDuplicates).to.have.length(1);
    expect(graphDuplicates[0]!.id).to.equal(kept);
    expect([kept, ...graphDuplicates[0]!.others.map((other) => other.id)]).to.have.members([
      'institution:ssj',
      'institution:salud-jalisco',
    ]);
  });

  it('should report no duplicates when stored nodes stay apart', () => {
    const stored = [person('Ana López'), person('Carlos Ruiz')].map((p) => ({
      ...p,
      id: `person:${p.name}`,
    }));
    const { graphDuplicates } = resolveExtractions([doc('b.txt', [person('Ana López')])], undefined, {
      known: graph(stored),
    });
    expect(graphDuplicates).to.deep.equal([]);
  });
});
