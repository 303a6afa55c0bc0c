// One line that says what a recorded correction did, from its parameters (plain text).
import type { Curation } from '../../../../model/api/curation';

/**
 * @example describeCuration({ op: 'rename', params: { id: 'institution:imss', name: 'IMSS' }, … })
 *   // 'institution:imss → “IMSS”'
 */
export function describeCuration(curation: Curation): string {
  switch (curation.op) {
    case 'merge':
      return `${curation.params.from} → ${curation.params.into}`;
    case 'rename':
      return `${curation.params.id} → “${curation.params.name}”`;
    case 'add-alias':
    case 'remove-alias':
      return `${curation.params.id}: “${curation.params.alias}”`;
    case 'split-alias':
      return `${curation.params.id}: “${curation.params.alias}” → ${curation.params.newId}`;
    case 'relabel':
      return `${curation.params.id} → ${curation.params.label}`;
    case 'delete-relationship':
    case 'restore-relationship':
      return curation.params.relationshipId;
  }
}
