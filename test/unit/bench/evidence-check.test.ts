// Table tests of the evidence check: which evidence names a fact's endpoints (bench/evidence/check.ts).
import { expect } from 'chai';
import { checkEvidence } from '../../../bench/evidence/check';
import type { ExtractedNode, ExtractedRelationship, Extraction } from '../../../model';

const NODES: ExtractedNode[] = [
  { id: 'p', label: 'Person', name: 'Lucía Fernández Ortiz', aliases: [] },
  {
    id: 'u',
    label: 'Institution',
    name: 'Universidad de Tarija',
    aliases: [],
    properties: { acronym: 'UTA' },
  },
  { id: 'm', label: 'Institution', name: 'Ministerio de Salud', aliases: [] },
  { id: 'a', label: 'Agreement', name: 'Convenio', aliases: [] },
];

function fact(
  type: string,
  from: string,
  to: string,
  sentences: string[],
  role?: string,
): ExtractedRelationship {
  const properties: ExtractedRelationship['properties'] = { rule: 'invented' };
  if (role) properties.role = role;
  return {
    type: type as ExtractedRelationship['type'],
    from,
    to,
    properties,
    evidence: sentences.map((text) => ({ text, start: 0, end: text.length })),
  };
}

function shown(r: ExtractedRelationship, others: ExtractedRelationship[] = []): boolean {
  const x: Extraction = {
    document: { id: 'd', file: 'invented.txt', title: null, date: null, lang: 'es', sha256: 'x' },
    nodes: NODES,
    relationships: [r, ...others],
  };
  return checkEvidence([x]).failures.length === 0;
}

const ROWS: [string, ExtractedRelationship, boolean][] = [
  [
    'both named',
    fact('HOLDS_ROLE', 'p', 'u', ['Lucía Fernández Ortiz, rectora de la Universidad de Tarija.'], 'rectora'),
    true,
  ],
  [
    'the surname and the acronym',
    fact('HOLDS_ROLE', 'p', 'u', ['La rectora Fernández habló por la UTA.'], 'rectora'),
    true,
  ],
  [
    'the post and the generic head',
    fact('HOLDS_ROLE', 'p', 'u', ['La rectora de la Universidad habló.'], 'rectora'),
    true,
  ],
  ['the agreement needs no name', fact('SIGNED', 'p', 'a', ['Firmó Lucía Fernández Ortiz.']), true],
  [
    "a post carrying the body's complement",
    fact('HOLDS_ROLE', 'p', 'm', ['Habló Lucía Fernández Ortiz, ministra de Salud.'], 'ministra'),
    true,
  ],
  [
    'a headline naming neither',
    fact('HOLDS_ROLE', 'p', 'u', ['Firman convenio para formar médicos'], 'rectora'),
    false,
  ],
  [
    'the person named, the body not',
    fact('SIGNED_WITH', 'u', 'm', ['La Universidad de Tarija firmó ayer.']),
    false,
  ],
  ['a word inside another is no name', fact('SIGNED', 'p', 'a', ['Ortizano firmó mañana.']), false],
];

describe('bench/evidence: the check', () => {
  for (const [what, r, expected] of ROWS)
    it(`${what}: ${expected ? 'shown' : 'not shown'}`, () => expect(shown(r), what).to.equal(expected));
});
