// Plain data the engine hands out: tagged tokens with character offsets into the document text.

export type Lang = 'es' | 'en';

export interface Tok {
  /** As written. */
  text: string;
  /** Folded (lower case, no accents): what literals in patterns are compared with. */
  f: string;
  /** Character offsets into the document text, [start, end). */
  start: number;
  end: number;
  /** Part-of-speech tags (compromise's tag set: Noun, Verb, PastTense, FutureTense, Person, ...). */
  tags: ReadonlySet<string>;
  /** Index of the sentence (as the tagger splits them). */
  sent: number;
}

export interface TaggedSentence {
  start: number;
  end: number;
  /** Token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
}

export interface TaggedText {
  text: string;
  lang: Lang;
  tokens: Tok[];
  sentences: TaggedSentence[];
}

/** Words whose tags the tagger gets wrong for institutional prose, by language: word -> tag. */
export type TagLexicon = Readonly<Record<string, string>>;
