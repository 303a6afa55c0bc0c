// buildRows: extraction -> parameter rows, grouped by label and by type + endpoint labels, merged per fact.
import { expect } from 'chai';
import { buildRows } from '../../../ingest/load';
import { goldExtractions, tinyExtraction } from '../../helpers/load-fixtures';

describe('load/rows', () => {
  it('groups facts by relationship type and endpoint labels', () => {
    const rows = buildRows(goldExtractions());
    const keys = rows.facts.map((g) => `${g.type} ${g.fromLabel}->${g.toLabel}`);
    expect(keys).to.include.members([
      'SIGNED Person->Agreement',
      'HOLDS_ROLE Person->Institution',
      'HELD_AT Agreement->Event',
    ]);
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('merges an entity seen in two documents: one row, both sources, union of aliases', () => {
    const rows = buildRows(goldExtractions());
    const imss = rows.entities.get('Institution')!.filter((row) => row.id === 'Institution:imss');
    expect(imss).to.have.length(1);
    expect(imss[0]!.sources).to.have.length(2);
    expect(imss[0]!.aliases).to.have.members(['IMSS', 'Seguro de México']);
  });

  it('merges one fact stated by two documents, keeping evidence parallel to its sources', () => {
    const rows = buildRows(goldExtractions());
    const signed = rows.facts
      .find((g) => g.type === 'SIGNED')!
      .rows.find((r) => r.from === 'Person:gonzalez-anaya')!;
    expect(signed.sources).to.have.length(2);
    expect(signed.evidence.length).to.equal(signed.evidenceSources.length);
    expect(signed.evidence.length).to.equal(signed.evidenceOffsets.length);
    expect(signed.rules).to.deep.equal(['gold-annotation']);
  });

  const directions: [string, string, string][] = [
    ['a before b', 'Institution:x-a', 'Institution:x-b'],
    ['b before a', 'Institution:x-b', 'Institution:x-a'],
  ];
  for (const [what, from, to] of directions) {
    it(`stores SIGNED_WITH once per pair whatever the direction (${what})`, () => {
      const extraction = tinyExtraction('x');
      Object.assign(extraction.relationships[0]!, { from, to });
      const row = buildRows([extraction]).facts[0]!.rows[0]!;
      expect([row.from, row.to]).to.deep.equal(['Institution:x-a', 'Institution:x-b']);
    });
  }

  it('gives SIGNED_WITH the agreements both institutions are party to', () => {
    const rows = buildRows(goldExtractions().slice(0, 1));
    const signedWith = rows.facts.find((g) => g.type === 'SIGNED_WITH')!.rows[0]!;
    expect(signedWith.agreements).to.deep.equal(['Agreement:a1']);
  });

  it('keys HOLDS_ROLE by role: two posts at one institution are two rows', () => {
    const extraction = tinyExtraction('h');
    extraction.nodes.push({ id: 'Person:p', label: 'Person', name: 'P Q', aliases: [] });
    extraction.relationships = ['Director General', 'Presidente'].map((role) => ({
      type: 'HOLDS_ROLE' as const,
      from: 'Person:p',
      to: 'Institution:h-a',
      properties: { role, rule: 'test' },
      evidence: [],
    }));
    const group = buildRows([extraction]).facts[0]!;
    expect(group.rows.map((row) => row.role)).to.deep.equal(['Director General', 'Presidente']);
    expect(group.rows[0]!.props).to.deep.equal({});
  });

  it('keeps loader-owned keys out of copied properties and drops nulls', () => {
    const extraction = tinyExtraction('k');
    extraction.nodes[0]!.properties = { acronym: 'KA', sources: 'x', kind: null };
    const row = buildRows([extraction]).entities.get('Institution')![0]!;
    expect(row.props).to.deep.equal({ acronym: 'KA' });
  });
});
