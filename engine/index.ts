// The rule engine, without words of its own: tagging (tagger.ts), patterns over tokens and tags
// (pattern.ts), rule tables with priority and claims (rules.ts), mentions as pattern slots (slots.ts).
// Words live in the language packs (lang/es, lang/en).
export type { Lang, TagLexicon, TaggedText, TaggedSentence, Tok } from './types';
export type { Hit, MatchContext, Pattern, Predicate } from './pattern';
export type { Rule, RuleHit, RuleSet } from './rules';
export type { Span } from './slots';
export { fold } from '../model/fold';
export { tag, tagTokens, tokensIn, useLexicon, wordTags } from './tagger';
export type { PlainToken } from './tagger';
export { compile, findAll } from './pattern';
export { compileRules, runRules } from './rules';
export { slotIndex } from './slots';
export { inList, oneOf } from './predicates';
