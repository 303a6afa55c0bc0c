// Which later edits stand in the way of undoing an earlier one. Undo puts back what the edit touched as
// it was before; a later edit still in effect that changed the same things would be silently reverted
// with it, so it must be undone first. Pure: edits in, the conflicting ones out.
import { opOf } from './ops';
import type { CurationState } from './types';

export type EditInfo = Pick<
  CurationState,
  'id' | 'op' | 'seq' | 'undone' | 'entities' | 'params' | 'at' | 'note'
>;

/** Edits that only change a node's own names or label: they leave its relationships alone. */
const OWN_PROPERTIES: ReadonlySet<string> = new Set(['rename', 'add-alias', 'remove-alias', 'relabel']);

const relationshipOf = (edit: EditInfo): string | null =>
  opOf(edit.op).kind === 'relationship'
    ? String((edit.params as { relationshipId: string }).relationshipId)
    : null;

/**
 * Later edits in effect that undoing `target` would revert too, newest first.
 * @example laterConflicts(merge, [renameOfSurvivor]) // [renameOfSurvivor]
 */
export function laterConflicts<E extends EditInfo>(target: EditInfo, edits: readonly E[]): E[] {
  const mine = new Set(target.entities);
  const relationship = relationshipOf(target);
  return edits
    .filter((other) => {
      if (other.undone || other.seq <= target.seq || other.id === target.id) return false;
      const shared = other.entities.some((id) => mine.has(id));
      // The target's snapshot holds whole nodes: any later edit of them (or of their relationships).
      if (relationship === null) return shared;
      // The target's snapshot holds one relationship: later edits of it, or of which nodes hold it.
      const otherRelationship = relationshipOf(other);
      if (otherRelationship !== null) return otherRelationship === relationship;
      return shared && !OWN_PROPERTIES.has(other.op);
    })
    .sort((a, b) => b.seq - a.seq);
}

/** "<op> <id> (<at>: "<note>")": how a problem names an edit. */
export function describeEdit(edit: EditInfo): string {
  const note = edit.note.length > 80 ? `${edit.note.slice(0, 77)}…` : edit.note;
  return `${edit.op} ${edit.id} (${edit.at}: "${note}")`;
}
