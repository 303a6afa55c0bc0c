// An entity's facts and mentions as plain rows, and the writes that put rows back: what merge, split
// and restore share. Facts are named by their stable parts (from, type, to, post), never element ids
// across transactions.
import { FACT_TYPES, UNORDERED_TYPES, parseRelationshipId, relationshipId } from '../../../model';
import type { FactType } from '../../../model';
import type { Gateway, Transaction } from '../../db';
import { COMBINE_MENTIONS, FIND_FACT, RESOLVE_ID, combineFacts } from './cypher';

export type Properties = Record<string, unknown>;

/** A fact as one of its entities sees it. */
export interface FactRow {
  elementId: string;
  type: FactType;
  /** True when the entity is the start of the relationship. */
  outgoing: boolean;
  other: string;
  props: Properties;
}

export interface MentionRow {
  elementId: string;
  doc: string;
  offsets: string[];
  /** The text at each offset (when asked for). */
  texts: (string | null)[];
}

/** A fact to write: its ends by entity id, its post (HOLDS_ROLE, '' when none) and its properties. */
export interface NewFact {
  type: FactType;
  from: string;
  to: string;
  role: string | null;
  props: Properties;
}

/** The stable parts of a fact. */
export interface FactKey {
  from: string;
  type: FactType;
  to: string;
  /** HOLDS_ROLE only ('' when no post is stated); null for the other types. */
  role: string | null;
}

export const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * A relationship id as the stable parts of a fact, ends in stored order (SIGNED_WITH from the smaller
 * id); a text message when it is not the id of a fact.
 * @example factKey('a|SIGNED_WITH|b') // { from: 'a', type: 'SIGNED_WITH', to: 'b', role: null }
 */
export function factKey(id: string): FactKey | string {
  const parts = parseRelationshipId(id);
  if (!parts) return 'is not a relationship id: expected "from|TYPE|to" or "from|HOLDS_ROLE|to|post"';
  if (parts.type === 'MENTIONED_IN')
    return 'names a mention, not a fact: remove the alias or split it off instead';
  if (!(FACT_TYPES as readonly string[]).includes(parts.type))
    return `has type "${parts.type}", not one of ${FACT_TYPES.join(', ')}`;
  const type = parts.type as FactType;
  if (type !== 'HOLDS_ROLE' && parts.role !== null) return `a ${type} relationship has no post part`;
  return orient(type, parts.from, parts.to, parts.role ?? '');
}

/** Stable parts in stored order: SIGNED_WITH (unordered) from the smaller id to the larger. */
export function orient(type: FactType, from: string, to: string, role: string | null): FactKey {
  const [a, b] = UNORDERED_TYPES.has(type) && from > to ? [to, from] : [from, to];
  return { from: a, type, to: b, role: type === 'HOLDS_ROLE' ? (role ?? '') : null };
}

export function keyId(key: FactKey): string {
  return relationshipId(key.from, key.type, key.to, key.role || null);
}

/** "document@start-end" of each evidence entry of a fact. */
export function evidenceKeys(props: Properties): string[] {
  const sources = listOf(props.evidenceSources);
  const offsets = listOf(props.evidenceOffsets);
  return listOf(props.evidence).map((_, i) => `${sources[i] ?? ''}@${offsets[i] ?? ''}`);
}

export async function readFacts(tx: Transaction, id: string): Promise<FactRow[]> {
  const { rows } = await tx.run<FactRow>(
    `MATCH (x:Entity {id: $id})-[r]-(c:Entity)
     WHERE type(r) IN $types
     RETURN elementId(r) AS elementId, type(r) AS type, startNode(r) = x AS outgoing, c.id AS other,
            properties(r) AS props`,
    { id, types: [...FACT_TYPES] },
  );
  return rows;
}

export async function readMentions(tx: Transaction, id: string, withTexts = false): Promise<MentionRow[]> {
  const texts = withTexts
    ? `[o IN coalesce(m.offsets, []) | substring(d.text, toInteger(split(o, '-')[0]),
         toInteger(split(o, '-')[1]) - toInteger(split(o, '-')[0]))]`
    : '[]';
  const { rows } = await tx.run<MentionRow>(
    `MATCH (x:Entity {id: $id})-[m:MENTIONED_IN]->(d:Document)
     RETURN elementId(m) AS elementId, d.id AS doc, coalesce(m.offsets, []) AS offsets, ${texts} AS texts`,
    { id },
  );
  return rows;
}

/** The fact with these stable parts, if the graph holds it. */
export async function findFact(
  tx: Pick<Transaction, 'run'>,
  key: FactKey,
): Promise<{ elementId: string; props: Properties } | null> {
  const { rows } = await tx.run<{ elementId: string; props: Properties }>(FIND_FACT, {
    ...key,
    role: key.role ?? '',
  });
  return rows[0] ?? null;
}

/** Writes facts, combined with those already there (see combineFacts). */
export async function writeFacts(tx: Transaction, facts: readonly NewFact[]): Promise<void> {
  const byType = new Map<FactType, NewFact[]>();
  for (const fact of facts) byType.set(fact.type, [...(byType.get(fact.type) ?? []), fact]);
  for (const [type, rows] of byType) {
    const { rows: out } = await tx.run<{ written: number }>(combineFacts(type), {
      rows: rows.map((row) => ({ ...row, role: row.role ?? '' })),
    });
    if ((out[0]?.written ?? 0) !== rows.length)
      throw new Error(
        `curation: only ${out[0]?.written ?? 0} of ${rows.length} ${type} facts found both ends`,
      );
  }
}

export async function writeMentions(
  tx: Transaction,
  mentions: readonly { from: string; doc: string; offsets: string[] }[],
): Promise<void> {
  if (mentions.length > 0) await tx.run(COMBINE_MENTIONS, { rows: mentions });
}

/** Anything that can run a read: a transaction, or the gateway's read. */
export type Runner = Pick<Transaction, 'run'>;

/**
 * The live id for `id`, following the redirects merges leave (chains too); null when unknown.
 * @example await liveId(tx, 'institution:instituto-peruano-de-seguridad-social') // 'institution:seguro-social-de-salud-del-peru'
 */
export async function liveId(runner: Runner, id: string): Promise<string | null> {
  let current = id;
  for (let hop = 0; hop < 20; hop++) {
    const { rows } = await runner.run<{ exists: boolean; to: string | null }>(RESOLVE_ID, { id: current });
    if (rows[0]?.exists) return current;
    if (!rows[0]?.to) return null;
    current = rows[0].to;
  }
  return null;
}

/** The gateway's READ transactions as a Runner, for checks made before an edit's own transaction. */
export function readerOf(gateway: Gateway): Runner {
  return { run: (query, params) => gateway.read(query, params) };
}
