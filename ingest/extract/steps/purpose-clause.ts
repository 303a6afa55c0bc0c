// A place named in what an agreement is for is not where it was signed: "firmaron un convenio para
// mejorar la salud en Oaxaca", "signed a memorandum to train drivers in south Shropshire".
import type { Token } from '../types';

const DETERMINERS = /^(the|a|an|this|that|its|their|his|her|be)$/;
// "con el fin de", "con el objetivo de", "a fin de", "in order to", "aimed at", "destinado a"
const PURPOSE_PHRASES: readonly (readonly string[])[] = [
  ['fin', 'de'],
  ['objetivo', 'de'],
  ['proposito', 'de'],
  ['destinado', 'a'],
  ['destinada', 'a'],
  ['aimed', 'at'],
  ['order', 'to'],
];

/** Does a purpose cue open at token k: "para" before an infinitive, "to" before a verb, a purpose phrase? */
function purposeAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  if (!next || next.cap) return false;
  if (t.f === 'para' && /(ar|er|ir)(lo|la|los|las|se)?$/.test(next.f)) return true;
  if (t.f === 'to' && next.word && !DETERMINERS.test(next.f) && !/^\d/.test(next.f)) return true;
  return PURPOSE_PHRASES.some((p) => p.every((word, n) => toks[k + n]?.f === word));
}

/**
 * Is token `at` inside a purpose clause of its sentence (which starts at `start`)? A comma, semicolon or
 * dash between the cue and the token closes the clause: "para mejorar la salud, en la Casa de Gobierno".
 */
export function inPurposeClause(toks: readonly Token[], start: number, at: number): boolean {
  for (let k = at - 1; k >= start; k--) {
    if (/^[,;:—–()]$/.test(toks[k]!.text)) return false;
    if (purposeAt(toks, k)) return true;
  }
  return false;
}
