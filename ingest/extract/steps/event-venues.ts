// Step 8b: an event held at the venue its own sentence names. People "gathered at the Guy Butler
// Theatre in Makhanda for the Summit" and "llegaron al Coliseo Municipal para participar en el
// Cabildo": the venue may come before the event, not only after "que se llevó a cabo en".
import type { Fact, Mention, Work } from '../types';
import { isWord } from '../match';
import { RULES } from '../model/rules';

const LOCATIVES = ['en', 'in', 'at', 'al', 'a', 'del'];

/** A venue introduced by a locative ("en el Salón", "at the Hall", "al Coliseo"). */
function locativeVenue(w: Work, m: Mention): boolean {
  if (m.label !== 'Place' || !m.key || m.nested || w.entities.get(m.key)?.properties.kind !== 'venue')
    return false;
  return isWord(w.tokens, m.from - 1, ...LOCATIVES) || isWord(w.tokens, m.from - 2, ...LOCATIVES);
}

/** HELD_AT facts for events not yet placed, from a venue (and the town after it) in the event's sentence. */
export function eventsAtSentenceVenue(w: Work, placed: Set<string>): Fact[] {
  const out: Fact[] = [];
  const bySent = new Map<number, Mention[]>();
  for (const m of w.mentions) {
    if (!m.key || !w.entities.has(m.key)) continue;
    const list = bySent.get(m.sent);
    if (list) list.push(m);
    else bySent.set(m.sent, [m]);
  }
  for (const [sent, mentions] of bySent) {
    const events = new Set(mentions.filter((m) => m.label === 'Event' && !m.nested).map((m) => m.key!));
    // one event in the sentence: the venue is its
    if (events.size !== 1) continue;
    const event = [...events][0]!;
    if (placed.has(event)) continue;
    const venue = mentions.find((m) => locativeVenue(w, m));
    if (!venue) continue;
    const rule = RULES.eventAtSentenceVenue.reason;
    out.push({ type: 'HELD_AT', from: event, to: venue.key!, rule, sent });
    // "at the Guy Butler Theatre in Makhanda": the town too
    const town = mentions.find(
      (m) => m.label === 'Place' && m.from === venue.to + 1 && isWord(w.tokens, venue.to, 'en', 'in', 'de'),
    );
    if (town && town.key !== venue.key) out.push({ type: 'HELD_AT', from: event, to: town.key!, rule, sent });
    placed.add(event);
  }
  return out;
}
