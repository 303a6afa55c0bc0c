// One fact by its stable id (`from|TYPE|to[|post]`, model/ids.ts): endpoints, properties, every
// sentence that states it and its documents. Unordered types (SIGNED_WITH) answer in either direction.
import { FACT_TYPES, UNORDERED_TYPES, parseRelationshipId, relationshipId, type FactType } from '../../model';
import type { EntitySummary } from '../../model/api/common';
import type { RelationshipDetail } from '../../model/api/relationships';
import type { Gateway } from '../db';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem';
import { citedDocuments, documentRefs, evidenceOf, unknownDocument } from './evidence';
import { summaryOf } from './entity-summary';

export interface FactKey {
  from: string;
  type: FactType;
  to: string;
  role: string | null;
}

const FACTS: readonly string[] = FACT_TYPES;
const PROVENANCE_KEYS = new Set([
  'sources',
  'evidence',
  'evidenceSources',
  'evidenceOffsets',
  'rules',
  'role',
]);

/**
 * The parts of a relationship id, or a 400 saying what is wrong with it.
 * @example parseFactId('a|SIGNED|b') // { from: 'a', type: 'SIGNED', to: 'b', role: null }
 */
export function parseFactId(id: string): FactKey {
  const parts = parseRelationshipId(id);
  const invalid = (why: string) =>
    new HttpProblem(
      400,
      'Invalid relationship id',
      `${why} Relationship ids come from entity pages and graph views.`,
      { type: PROBLEM_TYPES.validation, errors: [{ path: 'path.id', message: why }] },
    );
  if (!parts) throw invalid(`"${id}" is not a relationship id (from|TYPE|to, with |post for HOLDS_ROLE).`);
  if (!FACTS.includes(parts.type))
    throw invalid(`"${parts.type}" is not a fact type (${FACT_TYPES.join(', ')}).`);
  if (parts.role !== null && parts.type !== 'HOLDS_ROLE') throw invalid('Only HOLDS_ROLE ids carry a post.');
  return { ...parts, type: parts.type as FactType };
}

function factQuery(type: FactType): string {
  // The type comes from FACT_TYPES (checked above), never from the request as such.
  const arrow = UNORDERED_TYPES.has(type) ? '-' : '->';
  const role = type === 'HOLDS_ROLE' ? "WHERE coalesce(r.role, '') = $role" : '';
  return `
MATCH (a:Entity {id: $from})-[r:${type}]${arrow}(b:Entity {id: $to}) ${role}
WITH r, startNode(r) AS s, endNode(r) AS t LIMIT 1
RETURN ${summaryOf('s')} AS from, ${summaryOf('t')} AS to, properties(r) AS properties`;
}

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * The fact, or null when the graph holds no such relationship.
 * @example await relationshipDetail(gateway, parseFactId('person:x|SIGNED|agreement:y'), { evidenceLimit: 100 })
 */
export async function relationshipDetail(
  gateway: Gateway,
  key: FactKey,
  options: { evidenceLimit: number; timeoutMs?: number },
): Promise<RelationshipDetail | null> {
  const { rows } = await gateway.read<{
    from: EntitySummary;
    to: EntitySummary;
    properties: Record<string, unknown>;
  }>(
    factQuery(key.type),
    { from: key.from, to: key.to, role: key.role ?? '' },
    { timeoutMs: options.timeoutMs, metadata: { app: 'enlace', op: 'relationship' } },
  );
  const row = rows[0];
  if (!row) return null;
  const p = row.properties;
  const refs = await documentRefs(gateway, citedDocuments([p]));
  const role = typeof p.role === 'string' && p.role ? p.role : null;
  const evidence = evidenceOf(p, refs);
  const sources = listOf(p.sources)
    .map((id) => refs.get(id) ?? unknownDocument(id))
    .sort((x, y) => (x.date ?? '\uffff').localeCompare(y.date ?? '\uffff') || x.id.localeCompare(y.id));
  return {
    id: relationshipId(row.from.id, key.type, row.to.id, key.type === 'HOLDS_ROLE' ? role : null),
    type: key.type,
    from: row.from,
    to: row.to,
    role,
    properties: Object.fromEntries(
      Object.entries(p).filter(([k]) => !PROVENANCE_KEYS.has(k)),
    ) as RelationshipDetail['properties'],
    evidence: evidence.slice(0, options.evidenceLimit),
    evidenceTotal: evidence.length,
    sources,
    rules: listOf(p.rules),
  };
}
