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
}
interface Parsed {
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
export function tag(text: string, lang: Lang, base = 0): TaggedText {
  // `base`: where `text` starts in the document, so that a sentence tagged alone keeps document offsets
  const parsed = NLP[lang](text);
  const tokens: Tok[] = [];
  const sentences: TaggedText['sentences'] = [];
  let cursor = 0;
  for (const terms of parsed.docs) {
    const sent = sentences.length;
    const tokStart = tokens.length;
    for (const t of terms) {
      // compromise is lossless (pre + text + post is the text), so offsets are a running sum; the
      // search only guards against a term it normalised
      const at = cursor + t.pre.length;
      const start = text.startsWith(t.text, at) ? at : text.indexOf(t.text, cursor);
      if (!t.text || start < 0) continue;
      const end = start + t.text.length;
      cursor = end + t.post.length;
      // compromise keeps punctuation beside its words; patterns need it as tokens (", testigo de honor")
      punctuation(text, t.pre, start - t.pre.length, sent, base, tokens);
      tokens.push({
        text: t.text,
        f: fold(t.text),
        start: base + start,
        end: base + end,
        tags: t.tags,
        sent,
      });
      punctuation(text, t.post, end, sent, base, tokens);
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
function punctuation(text: string, around: string, at: number, sent: number, base: number, out: Tok[]): void {
  for (let k = 0; k < around.length; k++) {
    const ch = around[k]!;
    if (/\s/.test(ch) || text[at + k] !== ch) continue;
    const start = base + at + k;
    out.push({ text: ch, f: ch, start, end: start + 1, tags: PUNCT_TAGS, sent });
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
