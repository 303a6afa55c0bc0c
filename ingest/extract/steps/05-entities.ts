// Step 5: one entity per thing named in the document. Institutions merge by acronym, by the same
// content words and by word prefix ("Colegio de Geógrafos" = "Colegio de Geógrafos de España");
// acronyms alone and bare heads ("el Instituto") point to the entity they abbreviate; short forms of
// people ("González Anaya", "Leonel Flores") join the full name; headlines in capitals only mention
// what the body named. Each stage in its own module under entities/.
import type { Mention, Work } from '../types';
import { personTokens } from '../../name-keys';
import { entitiesOf } from './entities/entity';
import { institutions } from './entities/institutions';
import { appositionAliases, rematch } from './entities/rematch';
import { people } from './entities/people';
import { events, markNested, places } from './entities/places-events';

export { attach, entitiesOf, findInstitution, newEntity } from './entities/entity';

/** Tokens inside a mention of any kind. */
function claimedTokens(w: Work, counts: (m: Mention) => boolean = () => true): boolean[] {
  const c = new Array<boolean>(w.tokens.length).fill(false);
  for (const m of w.mentions) if (counts(m)) for (let k = m.from; k < m.to; k++) c[k] = true;
  return c;
}

export function buildEntities(w: Work): void {
  institutions(w);
  // places may sit inside a name written again later ("de Ternium México"): the name wins there
  const claimed = claimedTokens(w, (m) => m.label !== 'Place');
  rematch(w, claimed);
  for (const m of w.mentions) if (m.label === 'Place') for (let k = m.from; k < m.to; k++) claimed[k] = true;
  appositionAliases(w, claimed);
  rematch(w, claimed);
  people(w, claimed);
  places(w);
  events(w);
  // a lone place word that is a known person's surname ("Flores") is that person
  const surnames = new Set(entitiesOf(w, 'Person').flatMap((p) => personTokens(p.name).slice(1)));
  for (const m of w.mentions)
    if (m.label === 'Place' && m.to - m.from === 1 && surnames.has(w.tokens[m.from]!.f)) m.nested = true;
  // places and people named inside an institution, event or venue are not entities of their own
  markNested(w);
  for (const e of w.entities.values()) {
    if ((e.label === 'Place' || e.label === 'Person') && e.mentions.every((m) => m.nested))
      w.entities.delete(e.key);
  }
}
