// Step 4h: a name cut before a lower-case tail takes the tail when the document writes the longer name
// elsewhere.
import type { Mention, Token, Work } from '../../types';
import { DETERMINER_SET } from '../../lexicons';
import { connectorAt, fold, spanText } from '../../match';

/** Names by the token they end before, in document order; kept right as names grow. */
interface Ends {
  at: Map<number, Mention[]>;
  order: Map<Mention, number>;
}

function endsOf(names: Mention[]): Ends {
  const ends: Ends = { at: new Map(), order: new Map() };
  names.forEach((m, n) => {
    ends.order.set(m, n);
    const list = ends.at.get(m.to);
    if (list) list.push(m);
    else ends.at.set(m.to, [m]);
  });
  return ends;
}

/** Moves a name to its new end, keeping each list in document order. */
function moveEnd(ends: Ends, m: Mention, from: number): void {
  const old = ends.at.get(from) ?? [];
  old.splice(old.indexOf(m), 1);
  const list = ends.at.get(m.to) ?? [];
  const n = ends.order.get(m)!;
  let k = list.length;
  while (k > 0 && ends.order.get(list[k - 1]!)! > n) k--;
  list.splice(k, 0, m);
  ends.at.set(m.to, list);
}

/** The token after a name's connector, when it opens a lower-case tail that ends the phrase; else -1. */
function tailEnd(toks: Token[], m: Mention): number {
  const c = connectorAt(toks, m.to, toks.length);
  const tail = toks[m.to + c];
  if (!c || !tail || tail.cap || !tail.word || DETERMINER_SET.has(tail.f) || tail.sent !== m.sent) return -1;
  const e = m.to + c + 1;
  const after = toks[e];
  if (after && after.word && after.sent === m.sent && !/^(y|e|que|and)$/.test(after.f)) return -1;
  return e;
}

/**
 * A name cut before a lower-case tail ("Auditorio de la Jefatura de Gabinete | de ministros") takes
 * the tail when the document writes that longer name elsewhere ("... de la Jefatura de Gabinete de
 * Ministros"): the text itself, not a guess, says the tail belongs to the name.
 */
export function extendLowercaseTails(w: Work): void {
  const toks = w.tokens;
  const names = w.mentions.filter((m) => m.label !== 'Person');
  const ends = endsOf(names);
  // folding is the dear part of the comparison: each surface is folded once, again only when it grows
  const folded = new Map<Mention, string>();
  const foldedSurface = (o: Mention): string => {
    let f = folded.get(o);
    if (f === undefined) folded.set(o, (f = fold(o.surface)));
    return f;
  };
  for (const m of names) {
    const e = tailEnd(toks, m);
    if (e < 0) continue;
    // the innermost name this one ends with ("Jefatura de Gabinete" inside the venue), plus the tail
    const endingHere = ends.at.get(m.to) ?? [];
    const inner = endingHere.filter((o) => o.from >= m.from).sort((a, b) => b.from - a.from)[0]!;
    const longer = fold(spanText(w.text, toks, inner.from, e));
    const written = names.some(
      (o) => o.sent !== m.sent && (o.to < inner.from || o.from >= e) && foldedSurface(o).includes(longer),
    );
    if (!written) continue;
    const from = m.to;
    for (const o of endingHere.filter((x) => x.sent === m.sent)) {
      o.to = e;
      o.surface = spanText(w.text, toks, o.from, e);
      delete o.canonical;
      folded.delete(o);
      moveEnd(ends, o, from);
    }
  }
}
