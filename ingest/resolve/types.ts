// Plain data of the resolve stage: curated alias rules in, merge records out.
import type { EntityLabel } from '../../model/graph-schema';
import type { ResolveRuleId } from './data/rules';

/** A name in a split entry, optionally pinned to one document (file name or document id). */
export interface CuratedName {
  name: string;
  document?: string;
}

/** Force every node known by `name` or one of `aliases` into one entity named `name`. */
export interface CuratedMerge {
  label: EntityLabel;
  name: string;
  aliases: string[];
  line?: number;
}

/** Names that must never end up in the same entity, even when the rules would merge them. */
export interface CuratedSplit {
  label: EntityLabel;
  names: CuratedName[];
  line?: number;
}

/** Give the entity known by `from` the canonical name `to` (and merge every node known by `from`). */
export interface CuratedRename {
  label: EntityLabel;
  from: string;
  to: string;
  line?: number;
}

/** The curated alias file (aliases.yml) as data. */
export interface AliasRules {
  file?: string;
  merge: CuratedMerge[];
  split: CuratedSplit[];
  rename: CuratedRename[];
}

/** One node of one document as it was before resolution. */
export interface MergeMember {
  /** Document file name (as in DocumentInfo.file). */
  document: string;
  documentId: string;
  /** The node id in that document before resolution. */
  id: string;
  name: string;
}

/** Why two members were joined: the rule, its reason, and the two names compared. */
export interface MergeLink {
  rule: ResolveRuleId;
  reason: string;
  from: MergeMember;
  to: MergeMember;
}

/** One resolved entity whose id differs from a member's original id, or that joins several nodes. */
export interface MergeRecord {
  label: EntityLabel;
  /** The resolved id every member now carries. */
  id: string;
  /** The canonical name. */
  name: string;
  members: MergeMember[];
  links: MergeLink[];
}
