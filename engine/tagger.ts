// Tokens, sentences and part-of-speech tags from es-compromise (Spanish) and compromise (English),
// with character offsets into the text. A language pack's lexicon corrects the taggers' words
// ("ministro" is a noun, not a verb) before the first text is tagged.
import type { Lang, TagLexicon, TaggedText, Tok } from './types';
import { fold } from '../model/fold';
import { taggerOf } from './nlp';

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

const nlp = (lang: Lang): Nlp => taggerOf(lang) as Nlp;
const applied = new Set<TagLexicon>();
// Tags of a word read alone, by language: a memo, since a corpus repeats its words; it is emptied when
// full so that its memory stays bounded, and a lexicon added later empties it too.
const WORD_TAGS: Record<Lang, Map<string, ReadonlySet<string>>> = { es: new Map(), en: new Map() };
const WORD_TAGS_MAX = 50_000;

/** Adds a lexicon to the tagger of its language; a lexicon is added once however often it is passed. */
export function useLexicon(lang: Lang, lexicon: TagLexicon): void {
  if (applied.has(lexicon)) return;
  nlp(lang).plugin({ words: { ...lexicon } });
  applied.add(lexicon);
  WORD_TAGS[lang].clear();
}

/**
 * The tags of one word read alone (its first term's): what the word is out of context.
 *
 * @example
 *   wordTags('firmarán', 'es').has('FutureTense'); // true
 */
export function wordTags(word: string, lang: Lang): ReadonlySet<string> {
  const memo = WORD_TAGS[lang];
  let tags = memo.get(word);
  if (!tags) {
    tags = nlp(lang)(word).docs[0]?.[0]?.tags ?? NO_TAGS;
    if (memo.size >= WORD_TAGS_MAX) memo.clear();
    memo.set(word, tags);
  }
  return tags;
}

/** A token as a tokenizer outside the engine gives it: text, folded text, offsets, and whether it is a word. */
export interface PlainToken {
  text: string;
  f: string;
  start: number;
  end: number;
  word: boolean;
}

/**
 * One sentence (`text`) of tokens made elsewhere, each word with the tags it has read alone (`wordTags`), so
 * that rules match the very tokens the other steps saw, at a fraction of the cost of tagging.
 */
export function tagTokens(text: string, toks: readonly PlainToken[], lang: Lang): TaggedText {
  const tokens: Tok[] = [];
  for (const t of toks) {
    // an abbreviation's dot is a token of its own, as compromise gives it ("Lic." -> "Lic" "."), so
    // that patterns read a title word and its dot alike whoever tokenized the text
    const dot = t.word && t.text.length > 1 && t.text.endsWith('.') && !t.text.slice(0, -1).includes('.');
    const word = dot ? t.text.slice(0, -1) : t.text;
    tokens.push({
      text: word,
      f: dot ? t.f.slice(0, -1) : t.f,
      start: t.start,
      end: t.start + word.length,
      tags: t.word ? wordTags(word, lang) : PUNCT_TAGS,
      sent: 0,
    });
    if (dot) tokens.push({ text: '.', f: '.', start: t.end - 1, end: t.end, tags: PUNCT_TAGS, sent: 0 });
  }
  const sentences = tokens.length
    ? [{ start: tokens[0]!.start, end: tokens.at(-1)!.end, tokStart: 0, tokEnd: tokens.length }]
    : [];
  return { text, lang, tokens, sentences };
}

/**
 * Tags a text: tokens (contractions' implicit words left out), sentences, tags, offsets.
 *
 * @example
 *   tag('El ministro firmó.', 'es').tokens.map((t) => t.text); // ['El', 'ministro', 'firmó']
 */
export function tag(text: string, lang: Lang, base = 0): TaggedText {
  return tokensOf(text, lang, base, nlp(lang)(text), (t) => t.tags);
}

// `base`: where `text` starts in the document, so that a sentence tagged alone keeps document offsets
function tokensOf(
  text: string,
  lang: Lang,
  base: number,
  parsed: Parsed,
  tagsOf: (t: Term) => ReadonlySet<string>,
): TaggedText {
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
        tags: tagsOf(t),
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
const NO_TAGS: ReadonlySet<string> = new Set();

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
