// Step 2: tokens with offsets: words (accents, inner hyphens and apostrophes), initials and
// abbreviations with their dot ("Dr.", "U.S.", "J."), numbers with "°", and single punctuation marks.
import type { Sentence, Token } from '../types';
import { ABBREVIATIONS } from '../lexicons';
import { fold, isCap, isUpperWord } from '../text';

const TOKEN =
  /(?:\p{Lu}\.){2,}|(?:\p{Lu}\.\s(?=\p{Lu}\.))|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’][\p{L}\p{M}\d]+)*\.?|\d+(?:[.,]\d+)*°?|\S/gu;

/** Words whose "'s" is "is" or "has" or "us", not a possessive. */
const CONTRACTED = new Set([
  'that',
  'what',
  'there',
  'here',
  'where',
  'who',
  'how',
  'let',
  'she',
  'one',
  'this',
]);

/** Tokens of one sentence, offsets into the document text. */
export function tokenize(s: Pick<Sentence, 'start' | 'text'>, sent: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s.text))) {
    let t = m[0].trimEnd();
    let start = s.start + m.index;
    // a trailing dot stays only on abbreviations and initials
    if (
      t.length > 1 &&
      t.endsWith('.') &&
      !/^(\p{Lu}\.)+$/u.test(t) &&
      !ABBREVIATIONS.has(fold(t)) &&
      !/^\p{Lu}\.$/u.test(t)
    ) {
      t = t.slice(0, -1);
      TOKEN.lastIndex = m.index + t.length;
    }
    // possessive 's: "NASA’s" -> "NASA" + "’s"
    const poss = /^(.+)(['’]s)$/.exec(t);
    // ... and a lower-case noun's ("the university’s rector"), not a pronoun's contraction ("it's")
    const split =
      poss && (/^\p{Lu}/u.test(t) || (/^\p{Ll}{3,}$/u.test(poss[1]!) && !CONTRACTED.has(poss[1]!)));
    const parts = split ? [poss[1] ?? '', poss[2] ?? ''] : [t];
    for (const p of parts) {
      const word = /\p{L}/u.test(p);
      out.push({
        text: p,
        start,
        end: start + p.length,
        f: fold(p),
        cap: word && isCap(p),
        upper: word && isUpperWord(p.replace(/\./g, '')),
        word,
        sent,
      });
      start += p.length;
    }
  }
  return out;
}
