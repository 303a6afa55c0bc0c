// Tokens, sentences and part-of-speech tags from es-compromise (Spanish) and compromise (English),
// with character offsets into the text. A language pack's lexicon corrects the taggers' words
// ("ministro" is a noun, not a verb) before the first text is tagged.
import { createRequire } from 'node:module';
import en from 'compromise';
import type { Lang, TagLexicon, TaggedText, Tok } from './types';
import { fold } from './fold';

/** The shape of compromise's internal terms that the engine reads (stable across 14.x). */
interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
  implicit?: string;
}
interface Parsed {
  compute(what: string): unknown;
  docs: Term[][];
}
type Nlp = ((text: string) => Parsed) & { plugin(p: { words: Record<string, string> }): unknown };

// es-compromise ships its types as .ts sources that do not compile under this project's settings,
// so it is loaded untyped and read through the shape above.
const es = createRequire(import.meta.url)('es-compromise') as Nlp;
const NLP: Record<Lang, Nlp> = { es, en };
const applied = new Set<TagLexicon>();

/** Adds a lexicon to the tagger of its language; a lexicon is added once however often it is passed. */
export function useLexicon(lang: Lang, lexicon: TagLexicon): void {
  if (applied.has(lexicon)) return;
  NLP[lang].plugin({ words: { ...lexicon } });
  applied.add(lexicon);
}

/**
 * Tags a text: tokens (contractions' implicit words left out), sentences, tags, offsets.
 *
 * @example
 *   tag('El ministro firmó.', 'es').tokens.map((t) => t.text); // ['El', 'ministro', 'firmó']
 */
export function tag(text: string, lang: Lang): TaggedText {
  const parsed = NLP[lang](text);
  parsed.compute('offset');
  const tokens: Tok[] = [];
  const sentences: TaggedText['sentences'] = [];
  for (const terms of parsed.docs) {
    const sent = sentences.length;
    const tokStart = tokens.length;
    for (const t of terms) {
      if (!t.text || !t.offset) continue;
      const start = t.offset.start;
      const end = start + t.offset.length;
      // compromise keeps punctuation beside its words; patterns need it as tokens (", testigo de honor")
      punctuation(text, t.pre, start - t.pre.length, sent, tokens);
      tokens.push({ text: t.text, f: fold(t.text), start, end, tags: t.tags, sent });
      punctuation(text, t.post, end, sent, tokens);
    }
    if (tokens.length === tokStart) continue;
    sentences.push({
      start: tokens[tokStart]!.start,
      end: tokens.at(-1)!.end,
      tokStart,
      tokEnd: tokens.length,
    });
  }
  return { text, lang, tokens, sentences };
}

const PUNCT_TAGS: ReadonlySet<string> = new Set(['Punctuation']);

/** One token per punctuation mark of a word's leading or trailing text at `at`, where the text agrees. */
function punctuation(text: string, around: string, at: number, sent: number, out: Tok[]): void {
  for (let k = 0; k < around.length; k++) {
    const ch = around[k]!;
    if (/\s/.test(ch) || text[at + k] !== ch) continue;
    out.push({ text: ch, f: ch, start: at + k, end: at + k + 1, tags: PUNCT_TAGS, sent });
  }
}

/** Token range [from, to) of the tokens that start inside the character span [start, end). */
export function tokensIn(t: TaggedText, start: number, end: number): [number, number] {
  let from = lowerBound(t.tokens, start);
  let to = from;
  while (to < t.tokens.length && t.tokens[to]!.start < end) to++;
  if (from > to) from = to;
  return [from, to];
}

/** First token index whose start is >= offset (binary search). */
function lowerBound(toks: Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
