// Splitting an alias off: the mentions written as the alias, and the sentences naming the entity only
// by it, go to the new entity; the rest stays, with parallel evidence arrays.
import { expect } from 'chai';
import type { FactRow, MentionRow } from '../../../server/services/curation/facts';
import { planSplit } from '../../../server/services/curation/ops/split-plan';

// Document d1: "Leonel Flores" at 10-23 (sentence 0-40), "Flores" at 50-56 and "Leonel Antonio Flores Sosa"
// at 60-86 (sentence 45-100). Document d2: only the full name at 5-31.
const mentions: MentionRow[] = [
  {
    elementId: 'm1',
    doc: 'd1',
    offsets: ['10-23', '50-56', '60-86'],
    texts: ['Leonel Flores', 'Flores', 'Leonel Antonio Flores Sosa'],
  },
  { elementId: 'm2', doc: 'd2', offsets: ['5-31'], texts: ['Leonel Antonio Flores Sosa'] },
];
const props = (entries: [string, string, string][], sources: string[]) => ({
  evidence: entries.map((e) => e[0]),
  evidenceSources: entries.map((e) => e[1]),
  evidenceOffsets: entries.map((e) => e[2]),
  sources,
  rules: ['r1'],
});
const facts: FactRow[] = [
  {
    elementId: 'f1',
    type: 'SIGNED',
    outgoing: true,
    other: 'agreement:x',
    props: props(
      [
        ['first sentence', 'd1', '0-40'],
        ['second sentence', 'd1', '45-100'],
        ['third', 'd2', '0-40'],
      ],
      ['d1', 'd2'],
    ),
  },
  {
    elementId: 'f2',
    type: 'HOLDS_ROLE',
    outgoing: true,
    other: 'institution:y',
    props: { ...props([['first sentence', 'd1', '0-40']], ['d1']), role: 'Director' },
  },
  {
    elementId: 'f3',
    type: 'PARTICIPATED_IN',
    outgoing: true,
    other: 'event:z',
    props: props([['third', 'd2', '0-40']], ['d2']),
  },
];

describe('curation/split-plan: planSplit', () => {
  const plan = planSplit('Leonel Flores', mentions, facts);

  it('should move the mentions written as the alias (accents and case aside), per document', () => {
    expect(plan.mentionsMoved).to.deep.equal([{ doc: 'd1', offsets: ['10-23'] }]);
    expect(plan.mentionsKept).to.deep.equal([{ elementId: 'm1', offsets: ['50-56', '60-86'] }]);
    expect(plan.docsLeft).to.deep.equal([]);
    expect(planSplit('LEONEL FLORES', mentions, facts).mentionsMoved).to.deep.equal(plan.mentionsMoved);
  });

  it('should move the sentences that name the entity only by the alias, keeping the arrays parallel', () => {
    const signed = plan.factsMoved.find((fact) => fact.type === 'SIGNED')!;
    expect(signed.props).to.deep.include({
      evidence: ['first sentence'],
      evidenceSources: ['d1'],
      evidenceOffsets: ['0-40'],
      sources: ['d1'],
      rules: ['r1'],
    });
    const kept = plan.factsKept.find((fact) => fact.elementId === 'f1')!;
    expect(kept.props).to.deep.include({
      evidence: ['second sentence', 'third'],
      evidenceSources: ['d1', 'd2'],
      evidenceOffsets: ['45-100', '0-40'],
      sources: ['d1', 'd2'],
    });
  });

  it('should delete a fact left without evidence or sources, and keep its post on the moved one', () => {
    expect(plan.factsKept.find((fact) => fact.elementId === 'f2')).to.deep.equal({
      elementId: 'f2',
      props: null,
    });
    expect(plan.factsMoved.find((fact) => fact.type === 'HOLDS_ROLE')!.props.role).to.equal('Director');
    expect(plan.factsKept.some((fact) => fact.elementId === 'f3')).to.equal(false);
    expect(plan.sources).to.deep.equal(['d1']);
  });

  it('should say which documents no longer mention the entity', () => {
    const only = planSplit('Leonel Antonio Flores Sosa', [mentions[1]!], [facts[2]!]);
    expect(only.docsLeft).to.deep.equal(['d2']);
    expect(only.mentionsKept).to.deep.equal([{ elementId: 'm2', offsets: [] }]);
  });
});
