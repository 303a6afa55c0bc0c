// Every kind of edit, by its op name.
import type { CurationOpName } from '../../../../model/api/curation';
import { mergeOp } from './merge';
import { addAliasOp, relabelOp, removeAliasOp, renameOp } from './names';
import type { OpDefinition } from './op';
import { deleteRelationshipOp, restoreRelationshipOp } from './relationships';
import { splitAliasOp } from './split';

export const OPS: { [Op in CurationOpName]: OpDefinition<Op> } = {
  merge: mergeOp,
  rename: renameOp,
  'add-alias': addAliasOp,
  'remove-alias': removeAliasOp,
  'split-alias': splitAliasOp,
  relabel: relabelOp,
  'delete-relationship': deleteRelationshipOp,
  'restore-relationship': restoreRelationshipOp,
};

/** The definition of an op, typed loosely for code that handles every op alike. */
export function opOf(op: CurationOpName): OpDefinition<CurationOpName> {
  return OPS[op] as unknown as OpDefinition<CurationOpName>;
}

export type { ApplyContext, OpDefinition, PrepareContext } from './op';
