// Merge: two nodes found to be one entity become the survivor (`into`), which keeps its id, name and
// label. The other's name and aliases become aliases, its facts move over and combine with the
// survivor's own (same type, other end and post: one fact with the provenance of both), its mentions
// move, and its id is left as a (:Redirect {id, to}) so saved links and scripts keep working.
import type { Transaction } from '../../../db';
import { liveId, orient, readFacts, readMentions, writeFacts, writeMentions, type NewFact } from '../facts';
import { conflict, entityOrNotFound, invalid, mustReadEntity, nodesScope, type OpDefinition } from './op';

/** Names, sources and the properties the survivor lacks, taken from the other node. */
const ABSORB = `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $into})
SET b.aliases = reduce(acc = [], x IN coalesce(b.aliases, []) + [a.name] + coalesce(a.aliases, []) |
      CASE WHEN x IS NULL OR x = b.name OR x IN acc THEN acc ELSE acc + x END),
    b.sources = reduce(acc = [], x IN coalesce(b.sources, []) + coalesce(a.sources, []) |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    b.acronym = coalesce(b.acronym, a.acronym),
    b.kind = coalesce(b.kind, a.kind),
    b.date = coalesce(b.date, a.date),
    b.title = coalesce(b.title, a.title)`;

/** Writes the redirect unless it is there already; true when written. */
async function redirect(tx: Transaction, from: string, to: string, curation: string): Promise<boolean> {
  const { rows } = await tx.run<{ to: string | null }>(
    'OPTIONAL MATCH (r:Redirect {id: $from}) RETURN r.to AS to',
    {
      from,
    },
  );
  if (rows[0]?.to === to) return false;
  await tx.run('MERGE (r:Redirect {id: $from}) SET r.to = $to, r.curation = $curation', {
    from,
    to,
    curation,
  });
  return true;
}

export const mergeOp: OpDefinition<'merge'> = {
  kind: 'nodes',
  async prepare(runner, request) {
    const from = await entityOrNotFound(runner, request.from, 'body.from');
    const into = await entityOrNotFound(runner, request.into, 'body.into');
    if (from === into) {
      throw invalid(
        'body.into',
        request.from === request.into
          ? 'an entity cannot be merged into itself'
          : `"${request.from}" was already merged into "${into}"`,
      );
    }
    // An old id names the node it was merged into: merging that one must be asked for by its own id.
    if (from !== request.from) {
      throw conflict(
        `"${request.from}" was merged into "${from}" already. To merge "${from}" into "${into}", name it as \`from\`.`,
      );
    }
    const [a, b] = [await mustReadEntity(runner, from), await mustReadEntity(runner, into)];
    if (a.label !== b.label) {
      throw conflict(
        `"${from}" is a ${a.label} and "${into}" a ${b.label}: relabel one of them first (op "relabel"), ` +
          'so that the merged entity has the label you mean.',
      );
    }
    return { from, into };
  },
  entities: (params) => [params.from, params.into],
  async scope(tx, params) {
    return nodesScope(params.from, (await liveId(tx, params.into)) ?? params.into);
  },
  async apply(tx, params, context) {
    const { from } = params;
    const into = await liveId(tx, params.into);
    if (!into || into === from) return false;
    const { rows } = await tx.run('MATCH (a:Entity {id: $from}) RETURN a.id AS id', { from });
    if (rows.length === 0) return redirect(tx, from, params.into, context.curationId);

    const [facts, mentions] = [await readFacts(tx, from), await readMentions(tx, from)];
    // A fact between the two would join the survivor to itself: it goes with the merged node.
    const moved: NewFact[] = facts
      .filter((fact) => fact.other !== into)
      .map((fact) => {
        const role = typeof fact.props.role === 'string' ? fact.props.role : null;
        const key = fact.outgoing
          ? orient(fact.type, into, fact.other, role)
          : orient(fact.type, fact.other, into, role);
        return { ...key, props: fact.props };
      });
    await tx.run(ABSORB, { from, into });
    await writeFacts(tx, moved);
    await writeMentions(
      tx,
      mentions.map((mention) => ({ from: into, doc: mention.doc, offsets: mention.offsets })),
    );
    await tx.run('MATCH (a:Entity {id: $from}) DETACH DELETE a', { from });
    await redirect(tx, from, params.into, context.curationId);
    return true;
  },
  shows: (params) => params.into,
};
