// Delete a wrong fact, and restore one deleted by mistake. A deletion is re-applied after every
// ingest, since reloading the documents recreates the fact; when a later merge has moved its ends,
// the same sentences are removed from the fact they now support, and nothing else.
import type { Transaction } from '../../../db';
import { DELETE_RELATIONSHIP, SET_RELATIONSHIP } from '../cypher';
import {
  evidenceKeys,
  factKey,
  findFact,
  keyId,
  listOf,
  liveId,
  orient,
  writeFacts,
  type FactKey,
  type Runner,
} from '../facts';
import { conflict, invalid, notFound, type OpDefinition } from './op';

function keyOrInvalid(id: string): FactKey {
  const key = factKey(id);
  if (typeof key === 'string') throw invalid('body.relationshipId', key);
  return key;
}

/** The fact's ends followed through redirects, in stored order; null when an end is gone. */
async function liveKey(runner: Runner, key: FactKey): Promise<FactKey | null> {
  const [from, to] = [await liveId(runner, key.from), await liveId(runner, key.to)];
  return from && to && from !== to ? orient(key.type, from, to, key.role) : null;
}

const endsOf = (relationshipId: string): string[] => {
  const key = factKey(relationshipId);
  return typeof key === 'string' ? [] : [key.from, key.to];
};

/** Removes the recorded sentences (and the documents only they stood for) from a fact; true if changed. */
async function removeEvidence(
  tx: Transaction,
  found: { elementId: string; props: Record<string, unknown> },
  params: { sources: string[]; evidence: string[] },
): Promise<boolean> {
  const keys = evidenceKeys(found.props);
  const keep = keys.map((key, i) => (params.evidence.includes(key) ? -1 : i)).filter((i) => i >= 0);
  const keptDocs = new Set(keep.map((i) => listOf(found.props.evidenceSources)[i]));
  const sources = listOf(found.props.sources).filter(
    (doc) => !params.sources.includes(doc) || keptDocs.has(doc),
  );
  if (keep.length === keys.length && sources.length === listOf(found.props.sources).length) return false;
  if (keep.length === 0 && sources.length === 0) {
    await tx.run(DELETE_RELATIONSHIP, { elementId: found.elementId });
    return true;
  }
  const pick = (name: string) => keep.map((i) => listOf(found.props[name])[i] ?? '');
  const props = {
    ...found.props,
    evidence: pick('evidence'),
    evidenceSources: pick('evidenceSources'),
    evidenceOffsets: pick('evidenceOffsets'),
    sources,
  };
  await tx.run(SET_RELATIONSHIP, { elementId: found.elementId, props });
  return true;
}

export const deleteRelationshipOp: OpDefinition<'delete-relationship'> = {
  kind: 'relationship',
  async prepare(runner, request) {
    const key = keyOrInvalid(request.relationshipId);
    const live = await liveKey(runner, key);
    const found = live ? await findFact(runner, live) : null;
    if (!live || !found) {
      throw notFound(
        `No relationship "${request.relationshipId}" in the graph. Relationship ids are ` +
          '"from|TYPE|to" (HOLDS_ROLE: "from|HOLDS_ROLE|to|post"), as GET /api/graph/neighborhood names edges.',
      );
    }
    return {
      relationshipId: keyId(live),
      sources: listOf(found.props.sources),
      evidence: evidenceKeys(found.props),
    };
  },
  entities: (params) => endsOf(params.relationshipId),
  async scope(tx, params) {
    const key = keyOrInvalid(params.relationshipId);
    return { kind: 'relationship', key: (await liveKey(tx, key)) ?? key };
  },
  async apply(tx, params) {
    const live = await liveKey(tx, keyOrInvalid(params.relationshipId));
    const found = live ? await findFact(tx, live) : null;
    if (!live || !found) return false;
    if (keyId(live) !== params.relationshipId) return removeEvidence(tx, found, params);
    await tx.run(DELETE_RELATIONSHIP, { elementId: found.elementId });
    return true;
  },
  shows: () => null,
};

export const restoreRelationshipOp: OpDefinition<'restore-relationship'> = {
  kind: 'relationship',
  async prepare(runner, request, context) {
    const key = keyOrInvalid(request.relationshipId);
    const relationshipId = keyId(key);
    const deletion = await context.activeDeletion(relationshipId);
    if (!deletion) {
      throw notFound(
        `No deletion of "${relationshipId}" is in effect. GET /api/curations lists the deletions ` +
          '(op "delete-relationship") with the ids they deleted.',
      );
    }
    if (!(await liveKey(runner, key)))
      throw conflict(
        `An end of "${relationshipId}" is no longer in the graph, so the fact cannot come back.`,
      );
    return { relationshipId, deletion: deletion.id };
  },
  entities: (params) => endsOf(params.relationshipId),
  async scope(tx, params) {
    const key = keyOrInvalid(params.relationshipId);
    return { kind: 'relationship', key: (await liveKey(tx, key)) ?? key };
  },
  async apply(tx, params, context) {
    // Replaying a restore does nothing: the deletion it reverses is no longer re-applied.
    const saved = context.deletion?.snapshot;
    if (context.replay || saved?.kind !== 'relationship' || !saved.relationship) return false;
    const live = await liveKey(tx, keyOrInvalid(params.relationshipId));
    if (!live) return false;
    await writeFacts(tx, [{ ...live, props: saved.relationship.props }]);
    return true;
  },
  shows: () => null,
};
