// What a language pack holds: its tag lexicon, its named predicates, and its rule tables by class.
import type { Lang, Predicate, Rule, TagLexicon } from '../engine';

/** Signers, witnesses and attendees: what a rule says about the people or the signing it matches. */
export type SigningEmit =
  /** The people of group `who` witnessed the signing (`pick: 'last'`: only the one nearest the cue). */
  | { as: 'witness'; who: string; pick?: 'last' }
  /** The people of group `who` signed: the agent of a signing noun ("la firma del convenio por X"). */
  | { as: 'signer'; who: string }
  /** The people of group `who` attended: neither signers nor witnesses. */
  | { as: 'attendee'; who: string }
  /** The institutions named in group `who` back, host or frame the signing ("con el apoyo de X,"): no parties. */
  | { as: 'not-party'; who: string }
  /** The signing words of the match state no signing: denied, or only planned. */
  | { as: 'not-signed'; why: 'negated' | 'planned' };

/** What extraction must make of a rule's example, as `facts()` strings ("SIGNED X -> <agreement>"). */
export interface FactExpect {
  /** Facts that must be there; those of the rule's own kind carry its reason. */
  facts: string[];
  /** Facts that must not be there. */
  none: string[];
}

export type SigningRule = Rule<SigningEmit, FactExpect>;

/**
 * Posts: the person of group `who` holds a post at the institution of group `at`; the post as
 * written is group `post` when the rule has one.
 */
export interface RoleEmit {
  who: string;
  at: string;
  post?: string;
}

export type RoleRule = Rule<RoleEmit, FactExpect>;

/**
 * Attendance: the people of group `who` took part in the event of group `event`, or, without one,
 * in the event the sentence names, else the last one named before it.
 */
export interface ParticipationEmit {
  who: string;
  event?: string;
}

export type ParticipationRule = Rule<ParticipationEmit, FactExpect>;

export interface LangPack {
  lang: Lang;
  /** Corrections to the tagger's lexicon for institutional prose. */
  lexicon: TagLexicon;
  predicates: Record<string, Predicate>;
  /** One file per relation class. */
  signing: readonly SigningRule[];
  /** Folded stems one of which every signing rule needs: sentences without any are not tagged. */
  signingCue: RegExp;
  roles: readonly RoleRule[];
  /** Folded words one of which every role rule needs. */
  roleCue: RegExp;
  participation: readonly ParticipationRule[];
  /** Folded words one of which every participation rule needs. */
  participationCue: RegExp;
}
