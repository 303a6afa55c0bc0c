// Split an alias off: the alias becomes an entity of its own (same label), taking the mentions written
// that way and the facts whose sentences name the entity only by it (see split-plan.ts).
import { entityId, slugify } from '../../../../model';
import type { EntityLabel } from '../../../../model';
import type { Transaction } from '../../../db';
import { DELETE_RELATIONSHIP, SET_RELATIONSHIP, relabel } from '../cypher';
import { orient, readFacts, readMentions, writeFacts, writeMentions, type Runner } from '../facts';
import {
  conflict,
  entityOrNotFound,
  invalid,
  mustReadEntity,
  nodesScope,
  readEntity,
  type OpDefinition,
} from './op';
import { planSplit } from './split-plan';

const SET_ENTITY_NAMES = `
MATCH (x:Entity {id: $id})
SET x.aliases = [a IN coalesce(x.aliases, []) WHERE a <> $alias],
    x.sources = [s IN coalesce(x.sources, []) WHERE NOT s IN $docsLeft]
WITH x
MERGE (n:Entity {id: $newId})
ON CREATE SET n.name = $alias, n.aliases = [], n.sources = []
SET n.sources = coalesce(n.sources, []) + [s IN $sources WHERE NOT s IN coalesce(n.sources, [])]`;

const SET_MENTION = `
MATCH ()-[m:MENTIONED_IN]->() WHERE elementId(m) = $elementId
SET m.offsets = $offsets`;

/** `<label>:<slug of alias>`, numbered ("-2", "-3") past ids already taken by an entity or a redirect. */
async function freeId(runner: Runner, label: EntityLabel, alias: string): Promise<string> {
  const base = entityId(label, alias);
  const { rows } = await runner.run<{ id: string }>(
    `MATCH (n) WHERE (n:Entity OR n:Redirect) AND (n.id = $base OR n.id STARTS WITH $prefix) RETURN n.id AS id`,
    { base, prefix: `${base}-` },
  );
  const taken = new Set(rows.map((row) => row.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

async function applySplit(
  tx: Transaction,
  params: { id: string; alias: string; newId: string },
): Promise<boolean> {
  const entity = await readEntity(tx, params.id);
  if (!entity || !entity.aliases.includes(params.alias)) return false;
  const plan = planSplit(
    params.alias,
    await readMentions(tx, params.id, true),
    await readFacts(tx, params.id),
  );
  await tx.run(SET_ENTITY_NAMES, { ...params, docsLeft: plan.docsLeft, sources: plan.sources });
  await tx.run(relabel(entity.label as EntityLabel), { id: params.newId });
  for (const { elementId, offsets } of plan.mentionsKept) {
    if (offsets.length) await tx.run(SET_MENTION, { elementId, offsets });
    else await tx.run(DELETE_RELATIONSHIP, { elementId });
  }
  await writeMentions(
    tx,
    plan.mentionsMoved.map((m) => ({ from: params.newId, ...m })),
  );
  for (const { elementId, props } of plan.factsKept) {
    if (props) await tx.run(SET_RELATIONSHIP, { elementId, props });
    else await tx.run(DELETE_RELATIONSHIP, { elementId });
  }
  await writeFacts(
    tx,
    plan.factsMoved.map((fact) => {
      const role = typeof fact.props.role === 'string' ? fact.props.role : null;
      const key = fact.outgoing
        ? orient(fact.type, params.newId, fact.other, role)
        : orient(fact.type, fact.other, params.newId, role);
      return { ...key, props: fact.props };
    }),
  );
  return true;
}

export const splitAliasOp: OpDefinition<'split-alias'> = {
  kind: 'nodes',
  async prepare(runner, request) {
    const id = await entityOrNotFound(runner, request.id, 'body.id');
    const entity = await mustReadEntity(runner, id);
    if (!entity.aliases.includes(request.alias)) {
      throw conflict(
        `"${id}" has no alias "${request.alias}" to split off (its aliases: ` +
          `${entity.aliases.map((a) => `"${a}"`).join(', ') || 'none'}).`,
      );
    }
    if (!slugify(request.alias)) throw invalid('body.alias', 'needs a letter or a digit to make an id from');
    return {
      id,
      alias: request.alias,
      newId: await freeId(runner, entity.label as EntityLabel, request.alias),
    };
  },
  entities: (params) => [params.id, params.newId],
  scope: (_tx, params) => Promise.resolve(nodesScope(params.id, params.newId)),
  apply: (tx, params) => applySplit(tx, params),
  shows: (params) => params.newId,
};
