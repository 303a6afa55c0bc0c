// How a signing sentence says that it happened during an event, beyond "durante", "during", "en el marco
// de": a part of the event ("during the opening session of the X") or "en la X" in the signing's own sentence.
import type { Work } from '../types';
import { isWord } from '../match';

/** The cues step 8 reads before an event: "durante", "en el marco", "during", "at", "on the sidelines of". */
export const EVENT_CUES = /^(durante|marco|margen|during|within|at|sidelines|margins)$/;

/** "en la X", "en el X" right before the event, with no purpose clause ("para ...") before it. */
export function inRightBefore(w: Work, at: number, from: number): boolean {
  const toks = w.tokens;
  const en = isWord(toks, at - 1, 'en')
    ? at - 1
    : isWord(toks, at - 2, 'en') && isWord(toks, at - 1, 'la', 'el')
      ? at - 2
      : -1;
  if (en < 0) return false;
  for (let k = from; k < en; k++) if (/^(para|que|to|which)$/.test(toks[k]!.f)) return false;
  return true;
}

/**
 * "during the opening session of the X", "durante la sesión inaugural del X": a cue, then a part of the
 * event in lower case and "of the"/"del" before it.
 */
export function occasionOf(w: Work, at: number, from: number): boolean {
  const toks = w.tokens;
  let k = at - 1;
  if (isWord(toks, k, 'the', 'la', 'el')) k--;
  if (!isWord(toks, k, 'of', 'de', 'del')) return false;
  for (let words = 0; --k >= from && words < 5; words++) {
    const t = toks[k]!;
    if (EVENT_CUES.test(t.f) && t.f !== 'at') return words > 0;
    if (!t.word || t.cap) return false;
  }
  return false;
}
