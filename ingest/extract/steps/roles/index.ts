// Step 6: posts. A post title before a name ("el Director General del IMSS, Doctor José ..."), after
// it ("Israel Durán Natera, director del IMJUVER"), between organisation and name ("NASA Administrator
// Bill Nelson"), "X del Instituto ...", "on behalf of X"; titles that imply their office ("ministra de
// Desarrollo Social" -> Ministerio de Desarrollo Social, "Gobernador de la entidad" -> Gobierno del
// Estado). A title with its institution and no name ("el titular del IMSS") refers back to the
// person who holds it. Also PART_OF for sub-units and programmes.
import type { Fact, Work } from '../../types';
import type { RoleRef } from './offices';
import { fold } from '../../text';
import { indexMentions } from '../../mention-index';
import { findContextRoles } from './context-roles';
import { titlesBefore } from './titles-before';
import { appositions } from './appositions';
import { onBehalf } from './on-behalf';
import { dependentBodies, partOf } from './part-of';

export { stateActor, titleFitsInstitution } from './offices';

/** Role references ("el titular del IMSS") point to the one person holding a post there. */
function resolveRefs(w: Work, refs: RoleRef[]): void {
  const holdersAt = new Map<string, Fact[]>();
  for (const f of w.facts) {
    if (f.type !== 'HOLDS_ROLE') continue;
    const list = holdersAt.get(f.to);
    if (list) list.push(f);
    else holdersAt.set(f.to, [f]);
  }
  for (const r of refs) {
    const holders = holdersAt.get(r.inst) ?? [];
    const same = holders.filter((f) => f.role && fold(f.role) === fold(r.title));
    const people = [...new Set((same.length ? same : holders).map((f) => f.from))];
    if (people.length !== 1) continue;
    r.mention.key = people[0];
    w.mentions.push(r.mention);
    w.entities.get(people[0]!)?.mentions.push(r.mention);
  }
}

export function findRoles(w: Work): Map<string, string> {
  const refs: RoleRef[] = [];
  const roleOnly = new Map<string, string>();
  titlesBefore(w, refs, roleOnly);
  appositions(w, roleOnly);
  onBehalf(w, roleOnly);
  findContextRoles(w, roleOnly);
  resolveRefs(w, refs);
  // the references resolved are mentions too
  indexMentions(w);
  partOf(w);
  dependentBodies(w);
  w.roleOnly = roleOnly;
  return roleOnly;
}
