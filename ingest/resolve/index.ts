// Public face of the resolve stage.
export {
  resolveExtractions,
  GRAPH_DOCUMENT_ID,
  type GraphDuplicate,
  type ResolveOptions,
  type ResolveResult,
} from './resolve-extractions';
export { loadAliasRules } from './alias-rules/load-alias-rules';
export { parseAliasRules } from './alias-rules/parse-alias-rules';
export { AliasRulesError } from './alias-rules/alias-rules-error';
export { RESOLVE_RULES, type ResolveRuleId } from './data/rules';
export type {
  AliasRules,
  CuratedMerge,
  CuratedName,
  CuratedRename,
  CuratedSplit,
  MergeLink,
  MergeMember,
  MergeRecord,
} from './types';
