// Internal types passed between the numbered extraction steps (plain data, no behaviour).
import type { AgreementKind, EntityLabel } from '../../model/graph-schema';
import type { TaggedText } from '../../engine';
import type { MentionIndex } from './mention-index';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Headline written in capitals: it names nothing new, it only mentions what the body names. */
  caps: boolean;
  /** Token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Folded (lower case, no accents). */
  f: string;
  cap: boolean;
  upper: boolean;
  word: boolean;
  sent: number;
}

/** One stretch of text that names an entity. */
export interface Mention {
  label: EntityLabel;
  /** Token range [from, to). */
  from: number;
  to: number;
  sent: number;
  /** Surface form as written (honorifics and articles off). */
  surface: string;
  /** The reason of the step or rule that found it (mention-rules.ts), copied onto the output. */
  reason: string;
  /** Key of the entity it names, set by the coreference steps. */
  key?: string;
  /** Institution: acronym defined here; head kind. Place: kind. */
  acronym?: string;
  kind?: string;
  /** The name this mention would take as canonical (e.g. a full name). */
  full?: boolean;
  /** Written as an acronym ("IMSS", "UA de C"), possibly before more of the name ("INT Centro Educativo"). */
  acronymOnly?: boolean;
  /** Mention only points back ("el Instituto", "el titular del IMSS"). */
  anaphor?: boolean;
  /** Nested inside a larger name (not a party, not a place of its own). */
  nested?: boolean;
  /** Canonical name from a lexicon (gazetteer place) when it differs from the surface. */
  canonical?: string;
  /** Another name this mention gives its entity (an event's quoted title). */
  alias?: string;
}

export interface Entity {
  key: string;
  label: EntityLabel;
  name: string;
  aliases: Set<string>;
  properties: Record<string, string | number | boolean | null>;
  mentions: Mention[];
}

export interface Fact {
  type:
    | 'SIGNED_WITH'
    | 'PARTY_TO'
    | 'SIGNED'
    | 'WITNESSED_BY'
    | 'HELD_AT'
    | 'HOLDS_ROLE'
    | 'PARTICIPATED_IN'
    | 'LOCATED_IN'
    | 'PART_OF';
  from: string;
  to: string;
  rule: string;
  sent: number;
  role?: string;
}

export interface AgreementDraft {
  key: string;
  kind: AgreementKind;
  title: string | null;
  named: boolean;
  parties: string[];
  signers: string[];
  witnesses: string[];
  places: string[];
  events: string[];
  sents: number[];
}

/** What the signing rules found: each item with its rule's reason and the character span it matched. */
export interface SigningReading {
  witnesses: RuleFinding[];
  /** People a rule reads as signers where the clause reader finds no subject ("la firma ... por X"). */
  signers: RuleFinding[];
  attendees: RuleFinding[];
  /** Character spans whose signing words state no signing (denied, future, intended). */
  blocked: [number, number][];
  /** Character spans of a phrase that backs or frames a signing ("con el apoyo de X,"): its bodies sign nothing. */
  backing: { start: number; end: number; sent: number; reason: string }[];
  hits: RuleTrace[];
}

/** One rule match: its reason, the character span it matched, the sentence. */
export interface RuleTrace {
  reason: string;
  start: number;
  end: number;
  sent: number;
}

export interface RuleFinding {
  key: string;
  reason: string;
  sent: number;
  start: number;
  end: number;
}

/** Everything the steps build, handed from one to the next. */
export interface Work {
  text: string;
  lang: 'es' | 'en';
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Map<string, Entity>;
  facts: Fact[];
  agreements: AgreementDraft[];
  date: string | null;
  location: string | null;
  /** Who published the document (the site's name), when the reader knows it. */
  publisher: string | null;
  /** Posts read without their institution ("representante legal"), by person key. */
  roleOnly?: Map<string, string>;
  /** Step 7a's reading of signers, witnesses and attendees. */
  signing?: SigningReading;
  /** Sentences tagged for the rule tables, by sentence index (tagged-sentence.ts). */
  tagged?: Map<number, TaggedText>;
  /** Where the role and participation rules matched (steps 6f and 8b). */
  relationHits?: RuleTrace[];
  /** Mentions by the tokens they start at, end at and cover (mention-index.ts), once they are known. */
  mentionIndex?: MentionIndex;
}
