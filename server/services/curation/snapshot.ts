// What an edit touches, as it was before the edit, so that undo can put it back exactly: whole nodes
// (labels, properties, every relationship, the redirect that bears their id) for the edits of entities,
// one relationship for the edits of relationships. Integer properties are marked, since JSON would turn
// them into floats on the way back.
import neo4j from 'neo4j-driver';
import { RELATIONSHIP_TYPES } from '../../../model';
import type { RelationshipType } from '../../../model';
import type { Transaction } from '../../db';
import { DELETE_RELATIONSHIP, RESTORE_NODES, createRelationships } from './cypher';
import { findFact, listOf, type FactKey, type Properties } from './facts';

export interface NodeSnapshot {
  id: string;
  labels: string[];
  props: Properties;
  /** Properties holding integers (or lists of them). */
  intKeys: string[];
}

export interface RelationshipSnapshot {
  type: RelationshipType;
  from: string;
  to: string;
  props: Properties;
  intKeys: string[];
}

export type SnapshotScope = { kind: 'nodes'; ids: string[] } | { kind: 'relationship'; key: FactKey };

export type Snapshot =
  | {
      kind: 'nodes';
      /** Every id in scope; those without a node in `nodes` did not exist (undo deletes them). */
      ids: string[];
      nodes: NodeSnapshot[];
      relationships: RelationshipSnapshot[];
      /** Redirect nodes bearing one of `ids`. */
      redirects: Properties[];
    }
  | { kind: 'relationship'; key: FactKey; relationship: RelationshipSnapshot | null };

const INT_KEYS = (v: string) =>
  `[k IN keys(${v}) WHERE valueType(${v}[k]) STARTS WITH 'INTEGER' OR valueType(${v}[k]) STARTS WITH 'LIST<INTEGER']`;

const READ_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, ${INT_KEYS('n')} AS intKeys`;

const READ_RELATIONSHIPS = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(o)
WHERE type(r) IN $types AND o.id IS NOT NULL
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props,
       ${INT_KEYS('r')} AS intKeys`;

const READ_REDIRECTS = `
UNWIND $ids AS id
MATCH (r:Redirect {id: id})
RETURN properties(r) AS props`;

/**
 * @example const before = await takeSnapshot(tx, { kind: 'nodes', ids: [from, into] });
 */
export async function takeSnapshot(tx: Transaction, scope: SnapshotScope): Promise<Snapshot> {
  if (scope.kind === 'relationship') {
    const found = await findFact(tx, scope.key);
    if (!found) return { kind: 'relationship', key: scope.key, relationship: null };
    const { rows } = await tx.run<{ intKeys: string[] }>(
      `MATCH ()-[r]->() WHERE elementId(r) = $elementId RETURN ${INT_KEYS('r')} AS intKeys`,
      { elementId: found.elementId },
    );
    const relationship = {
      type: scope.key.type,
      from: scope.key.from,
      to: scope.key.to,
      props: found.props,
      intKeys: rows[0]?.intKeys ?? [],
    };
    return { kind: 'relationship', key: scope.key, relationship };
  }
  const ids = [...new Set(scope.ids)];
  const [nodes, relationships, redirects] = await Promise.all([
    tx.run<NodeSnapshot>(READ_NODES, { ids }),
    tx.run<RelationshipSnapshot>(READ_RELATIONSHIPS, { ids, types: [...RELATIONSHIP_TYPES] }),
    tx.run<{ props: Properties }>(READ_REDIRECTS, { ids }),
  ]);
  return {
    kind: 'nodes',
    ids,
    nodes: nodes.rows,
    relationships: relationships.rows,
    redirects: redirects.rows.map((row) => row.props),
  };
}

/** Puts the graph back as the snapshot holds it, within the transaction. */
export async function restoreSnapshot(tx: Transaction, snapshot: Snapshot): Promise<void> {
  if (snapshot.kind === 'relationship') {
    const current = await findFact(tx, snapshot.key);
    if (current) await tx.run(DELETE_RELATIONSHIP, { elementId: current.elementId });
    if (snapshot.relationship) await createAll(tx, [snapshot.relationship]);
    return;
  }
  const { ids } = snapshot;
  const types = [...RELATIONSHIP_TYPES];
  await tx.run(`UNWIND $ids AS id MATCH (:Entity {id: id})-[r]-() WHERE type(r) IN $types DELETE r`, {
    ids,
    types,
  });
  await tx.run(`UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE NOT id IN $keep DETACH DELETE n`, {
    ids,
    keep: snapshot.nodes.map((node) => node.id),
  });
  await tx.run(RESTORE_NODES, {
    rows: snapshot.nodes.map((node) => ({ ...node, props: withIntegers(node.props, node.intKeys) })),
  });
  await createAll(tx, snapshot.relationships);
  await tx.run(`UNWIND $ids AS id MATCH (r:Redirect {id: id}) DELETE r`, { ids });
  await tx.run(`UNWIND $rows AS row CREATE (r:Redirect) SET r = row`, { rows: snapshot.redirects });
}

async function createAll(tx: Transaction, relationships: readonly RelationshipSnapshot[]): Promise<void> {
  const byType = new Map<RelationshipType, RelationshipSnapshot[]>();
  for (const rel of relationships) byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
  for (const [type, rows] of byType) {
    await tx.run(createRelationships(type), {
      rows: rows.map((rel) => ({ from: rel.from, to: rel.to, props: withIntegers(rel.props, rel.intKeys) })),
    });
  }
}

/** Integers (numbers, or text beyond 2^53) back to Neo4j integers, so they are not stored as floats. */
function withIntegers(props: Properties, intKeys: readonly string[]): Properties {
  if (intKeys.length === 0) return props;
  const out = { ...props };
  const toInt = (value: unknown) => neo4j.int(value as number | string);
  for (const key of intKeys) {
    const value = out[key];
    out[key] = Array.isArray(value) ? value.map(toInt) : toInt(value);
  }
  return out;
}

/** The documents behind the nodes of a snapshot (what undo would put back). */
export function snapshotSources(snapshot: Snapshot): Set<string> {
  if (snapshot.kind === 'relationship') return new Set(listOf(snapshot.relationship?.props.sources));
  return new Set(snapshot.nodes.flatMap((node) => listOf(node.props.sources)));
}
