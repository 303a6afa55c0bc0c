// Step 4i: what a name read two ways is, and which names sit inside an event or a venue.
import type { Mention } from '../../types';

/**
 * Without the institutions that an event's name holds all but a word of ("Congreso Internacional de la
 * Juventud" read after "en el marco del" is the event). An event holds an institution that way only when
 * it starts where the institution starts or one token before, and ends where it ends or one token after.
 */
export function withoutEventInstitutions(mentions: Mention[]): Mention[] {
  const events = new Set(mentions.filter((m) => m.label === 'Event').map((e) => `${e.from}:${e.to}`));
  const readAsEvent = (m: Mention) =>
    events.has(`${m.from}:${m.to}`) ||
    events.has(`${m.from}:${m.to + 1}`) ||
    events.has(`${m.from - 1}:${m.to}`);
  return mentions.filter((m) => m.label !== 'Institution' || !readAsEvent(m));
}

/**
 * For each token, the furthest end of the spans starting at or before it: a span [from, to) lies
 * inside one of them when `reach[from] >= to`.
 */
export function reachOf(spans: readonly Mention[], tokens: number): Int32Array {
  const reach = new Int32Array(tokens + 1).fill(-1);
  for (const s of spans) if (s.from <= tokens) reach[s.from] = Math.max(reach[s.from]!, s.to);
  for (let k = 1; k <= tokens; k++) reach[k] = Math.max(reach[k]!, reach[k - 1]!);
  return reach;
}

/** Institutions inside an event or a venue are nested: no parties, no places of their own. */
export function markNestedInstitutions(mentions: Mention[], tokens: number): void {
  const spans = mentions.filter((m) => m.label === 'Event' || (m.label === 'Place' && m.kind === 'venue'));
  const reach = reachOf(spans, tokens);
  for (const m of mentions) if (m.label === 'Institution' && reach[m.from]! >= m.to) m.nested = true;
}
