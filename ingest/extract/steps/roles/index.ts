// Step 6: posts. A post title before a name ("el Director General del IMSS, Doctor José ..."), after
// it ("Israel Durán Natera, director del IMJUVER"), between organisation and name ("NASA Administrator
// Bill Nelson"), "X del Instituto ...", "on behalf of X"; titles that imply their office ("ministra de
// Desarrollo Social" -> Ministerio de Desarrollo Social, "Gobernador de la entidad" -> Gobierno del
// Estado). A title with its institution and no name ("el titular del IMSS") refers back to the
// person who holds it. Also PART_OF for sub-units and programmes.
import type { Work } from '../../types';
import type { RoleRef } from './offices';
import { fold } from '../../text';
import { indexMentions } from '../../mention-index';
import { findContextRoles } from './context-roles';
import { titlesBefore } from './titles-before';
import { appositions } from './appositions';
import { onBehalf } from './on-behalf';
import { dependentBodies, partOf, unitsActedThrough } from './part-of';
import { roleRules } from './role-rules';
import { respectively } from './respectively';

export { stateActor, titleFitsInstitution } from './offices';

/** Role references ("el titular del IMSS") point to the one person holding a post there. */
function resolveRefs(w: Work, refs: RoleRef[]): void {
  // who holds a post at each institution, and who holds it under each (folded) title: resolving adds no post
  const holdersAt = new Map<string, { all: Set<string>; byTitle: Map<string, Set<string>> }>();
  for (const f of w.facts) {
    if (f.type !== 'HOLDS_ROLE') continue;
    let at = holdersAt.get(f.to);
    if (!at) holdersAt.set(f.to, (at = { all: new Set(), byTitle: new Map() }));
    at.all.add(f.from);
    if (!f.role) continue;
    const title = fold(f.role);
    const same = at.byTitle.get(title);
    if (same) same.add(f.from);
    else at.byTitle.set(title, new Set([f.from]));
  }
  for (const r of refs) {
    const at = holdersAt.get(r.inst);
    const people = at?.byTitle.get(fold(r.title)) ?? at?.all;
    if (people?.size !== 1) continue;
    const [person] = people;
    r.mention.key = person;
    w.mentions.push(r.mention);
    w.entities.get(person!)?.mentions.push(r.mention);
  }
}

export function findRoles(w: Work): Map<string, string> {
  const refs: RoleRef[] = [];
  const roleOnly = new Map<string, string>();
  titlesBefore(w, refs, roleOnly);
  appositions(w, roleOnly);
  onBehalf(w, roleOnly);
  findContextRoles(w, roleOnly);
  roleRules(w, (w.relationHits ??= []));
  respectively(w);
  resolveRefs(w, refs);
  // the references resolved are mentions too
  indexMentions(w);
  partOf(w);
  dependentBodies(w);
  unitsActedThrough(w);
  w.roleOnly = roleOnly;
  return roleOnly;
}
