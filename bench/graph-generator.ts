// Seeded synthetic graph as Extraction objects: many documents sharing a pool of entities, for the load benchmark.
import { createHash } from 'node:crypto';
import type { EntityLabel, ExtractedNode, ExtractedRelationship, Extraction, FactType } from '../model';
import { seededRandom } from '../server/graph/seeded-random';

export interface GraphSpec {
  seed: number;
  documents: number;
  /** Distinct entities per label (together they are the graph's entity nodes). */
  pool: Record<EntityLabel, number>;
  /** Agreements reported per document (each brings about ten facts). */
  agreementsPerDocument: number;
  /** Prefix of every id, so that two generated graphs never share a node. */
  idPrefix: string;
}

export const DEFAULT_SPEC: GraphSpec = {
  seed: 20141105,
  documents: 5_100,
  pool: { Person: 35_000, Institution: 20_000, Place: 5_000, Event: 10_000, Agreement: 30_000 },
  agreementsPerDocument: 6,
  idPrefix: 'b',
};

const ROLES = [
  'Director General',
  'Secretario',
  'Rector',
  'Presidente',
  'Embajador',
  'Titular',
  'Gobernador',
];
const RULES: Record<FactType, string> = {
  SIGNED_WITH: 'signing-parties-pair',
  PARTY_TO: 'agreement-party',
  SIGNED: 'signed-by-head',
  WITNESSED_BY: 'testigo-de-honor',
  HELD_AT: 'dateline-place',
  HOLDS_ROLE: 'title-before-name',
  PARTICIPATED_IN: 'took-part-in',
  LOCATED_IN: 'place-in-country',
  PART_OF: 'dependent-body',
};

/** Draws entities so that every one of the pool is used (a cursor) while pairs still vary (random draws). */
class Pool {
  private cursor = 0;
  constructor(
    readonly label: EntityLabel,
    readonly size: number,
    private readonly next: () => number,
  ) {}
  draw(): number {
    return this.next() < 0.5 ? this.cursor++ % this.size : Math.floor(this.next() * this.size);
  }
}

/**
 * The same spec always gives the same extractions.
 * @example const extractions = generateGraph({ ...DEFAULT_SPEC, documents: 100 });
 */
export function generateGraph(spec: GraphSpec = DEFAULT_SPEC): Extraction[] {
  const next = seededRandom(spec.seed);
  const pools = Object.fromEntries(
    (Object.keys(spec.pool) as EntityLabel[]).map((label) => [
      label,
      new Pool(label, spec.pool[label], next),
    ]),
  ) as Record<EntityLabel, Pool>;
  const id = (label: EntityLabel, index: number): string => `${label}:${spec.idPrefix}-${index}`;
  const name = (label: EntityLabel, index: number): string =>
    `${label} ${spec.idPrefix.toUpperCase()} ${index}`;
  const extractions: Extraction[] = [];

  for (let d = 0; d < spec.documents; d++) {
    const nodes = new Map<string, ExtractedNode>();
    const relationships: ExtractedRelationship[] = [];
    let offset = 0;
    const node = (label: EntityLabel, index = pools[label].draw()): string => {
      const key = id(label, index);
      if (!nodes.has(key)) {
        const properties: ExtractedNode['properties'] =
          label === 'Institution'
            ? { acronym: `I${index}`, kind: 'government' }
            : label === 'Agreement' || label === 'Event'
              ? {
                  date: `2014-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
                }
              : label === 'Place'
                ? { kind: 'city' }
                : {};
        nodes.set(key, {
          id: key,
          label,
          name: name(label, index),
          aliases: index % 3 === 0 ? [`${label.slice(0, 3).toUpperCase()}${index}`] : [],
          properties,
          mentions: [{ text: name(label, index), start: offset, end: offset + 12 }],
        });
      }
      return key;
    };
    const fact = (
      type: FactType,
      from: string,
      to: string,
      properties: ExtractedRelationship['properties'] = {},
    ) => {
      if (from === to) return;
      const text = `${nodes.get(from)!.name} ${type.toLowerCase().replace('_', ' ')} ${nodes.get(to)!.name}, según el comunicado ${d}.`;
      relationships.push({
        type,
        from,
        to,
        properties: { rule: RULES[type], ...properties },
        evidence: [{ text, start: offset, end: offset + text.length }],
      });
      offset += text.length + 1;
    };

    for (let a = 0; a < spec.agreementsPerDocument; a++) {
      const agreement = node('Agreement', (d * spec.agreementsPerDocument + a) % spec.pool.Agreement);
      const [first, second] = [node('Institution'), node('Institution')];
      fact('PARTY_TO', first, agreement);
      fact('PARTY_TO', second, agreement);
      fact('SIGNED_WITH', first, second);
      for (const institution of [first, second]) {
        const person = node('Person');
        fact('SIGNED', person, agreement);
        fact('HOLDS_ROLE', person, institution, { role: ROLES[Math.floor(next() * ROLES.length)]! });
      }
      const witness = node('Person');
      fact('WITNESSED_BY', agreement, witness);
      fact('HELD_AT', agreement, next() < 0.5 ? node('Place') : node('Event'));
    }
    const event = node('Event');
    for (let p = 0; p < 3; p++) fact('PARTICIPATED_IN', node('Person'), event);
    fact('LOCATED_IN', node('Place'), node('Place'));
    fact('LOCATED_IN', event, node('Place'));
    fact('PART_OF', node('Institution'), node('Institution'));

    const file = `synthetic-${spec.idPrefix}-${String(d).padStart(5, '0')}.txt`;
    const sha256 = createHash('sha256').update(`${spec.seed}/${file}`).digest('hex');
    extractions.push({
      document: {
        id: `doc:${sha256.slice(0, 16)}`,
        file,
        title: `Comunicado ${d}`,
        date: '2014-05-09',
        lang: 'es',
        sha256,
      },
      nodes: [...nodes.values()],
      relationships,
    });
  }
  return extractions;
}

/** Distinct entity nodes and distinct fact relationships (as the loader keys them) of generated extractions. */
export function graphSize(extractions: readonly Extraction[]): {
  nodes: number;
  facts: number;
  documents: number;
} {
  const nodes = new Set<string>();
  const facts = new Set<string>();
  for (const extraction of extractions) {
    for (const n of extraction.nodes) nodes.add(n.id);
    for (const r of extraction.relationships) {
      const [from, to] = r.type === 'SIGNED_WITH' && r.from > r.to ? [r.to, r.from] : [r.from, r.to];
      facts.add(`${r.type}|${from}|${to}|${r.type === 'HOLDS_ROLE' ? String(r.properties.role) : ''}`);
    }
  }
  return { nodes: nodes.size, facts: facts.size, documents: extractions.length };
}
