// Edits of one entity's own names and label: rename (the old name stays as an alias), add or remove an
// alias, change the label. The id never changes.
import type { CurationOpName } from '../../../../model/api/curation';
import { relabel } from '../cypher';
import { conflict, countOf, entityOrNotFound, mustReadEntity, nodesScope, type OpDefinition } from './op';

/** Distinct, without the name: the aliases list as the loader keeps it. */
const RENAME = `
MATCH (n:Entity {id: $id}) WHERE n.name IS NULL OR n.name <> $name
SET n.aliases = reduce(acc = [], x IN coalesce(n.aliases, []) + [n.name] |
      CASE WHEN x IS NULL OR x = $name OR x IN acc THEN acc ELSE acc + x END),
    n.name = $name
RETURN count(n) AS changed`;

const ADD_ALIAS = `
MATCH (n:Entity {id: $id}) WHERE n.name <> $alias AND NOT $alias IN coalesce(n.aliases, [])
SET n.aliases = coalesce(n.aliases, []) + $alias
RETURN count(n) AS changed`;

const REMOVE_ALIAS = `
MATCH (n:Entity {id: $id}) WHERE $alias IN coalesce(n.aliases, [])
SET n.aliases = [x IN n.aliases WHERE x <> $alias]
RETURN count(n) AS changed`;

type Single = { id: string };
const single = <Op extends CurationOpName>(
  definition: Pick<OpDefinition<Op>, 'prepare' | 'apply'>,
): OpDefinition<Op> => ({
  kind: 'nodes',
  entities: (params) => [(params as Single).id],
  scope: (_tx, params) => Promise.resolve(nodesScope((params as Single).id)),
  shows: (params) => (params as Single).id,
  ...definition,
});

export const renameOp = single<'rename'>({
  async prepare(runner, request) {
    const id = await entityOrNotFound(runner, request.id, 'body.id');
    const entity = await mustReadEntity(runner, id);
    if (entity.name === request.name) throw conflict(`"${id}" is already named "${request.name}".`);
    return { id, name: request.name };
  },
  async apply(tx, params) {
    return countOf((await tx.run(RENAME, params)).rows) > 0;
  },
});

export const addAliasOp = single<'add-alias'>({
  async prepare(runner, request) {
    const id = await entityOrNotFound(runner, request.id, 'body.id');
    const entity = await mustReadEntity(runner, id);
    if (entity.name === request.alias)
      throw conflict(`"${request.alias}" is the name of "${id}", not an alias.`);
    if (entity.aliases.includes(request.alias))
      throw conflict(`"${id}" already has the alias "${request.alias}".`);
    return { id, alias: request.alias };
  },
  async apply(tx, params) {
    return countOf((await tx.run(ADD_ALIAS, params)).rows) > 0;
  },
});

export const removeAliasOp = single<'remove-alias'>({
  async prepare(runner, request) {
    const id = await entityOrNotFound(runner, request.id, 'body.id');
    const entity = await mustReadEntity(runner, id);
    if (entity.name === request.alias)
      throw conflict(`"${request.alias}" is the name of "${id}": rename it first, then remove the old name.`);
    if (!entity.aliases.includes(request.alias))
      throw conflict(
        `"${id}" has no alias "${request.alias}" (its aliases: ${entity.aliases.map((a) => `"${a}"`).join(', ') || 'none'}).`,
      );
    return { id, alias: request.alias };
  },
  async apply(tx, params) {
    return countOf((await tx.run(REMOVE_ALIAS, params)).rows) > 0;
  },
});

export const relabelOp = single<'relabel'>({
  async prepare(runner, request) {
    const id = await entityOrNotFound(runner, request.id, 'body.id');
    const entity = await mustReadEntity(runner, id);
    if (entity.label === request.label) throw conflict(`"${id}" is already a ${request.label}.`);
    return { id, label: request.label };
  },
  async apply(tx, params) {
    return countOf((await tx.run(relabel(params.label), { id: params.id })).rows) > 0;
  },
});
