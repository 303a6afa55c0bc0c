// Matching by keys shared by institutions, places and events: the same name key joins; a name
// equal to an alias of exactly one other entity joins it. Records are partitioned by a facet
// (place kind, event date) so that "Chihuahua" the city and "Chihuahua" the state stay apart.
import type { ResolveRuleId } from '../data/rules';
import type { EntityRecord } from '../internal/records';
import { groupBy, joinAll, perRecord, type MatchContext } from './context';

export interface KeyedMatcher {
  /** Key of the record's own name, or null when the name is too generic to match on. */
  nameKey: (record: EntityRecord) => string | null;
  /** Keys of the record's aliases (generic ones left out). */
  aliasKeys: (record: EntityRecord) => string[];
  /** A property that must agree when both records have it (kind, date); null when unknown. */
  facet: (record: EntityRecord) => string | null;
  sameFacet: (a: string, b: string) => boolean;
  sameRule: ResolveRuleId;
  aliasRule: ResolveRuleId;
}

/**
 * Splits records sharing a key into groups whose facets agree; records without the facet join
 * the only group there is, and stay together on their own when there are several (ambiguous).
 */
export function partitionByFacet(
  records: readonly EntityRecord[],
  facet: (record: EntityRecord) => string | null,
  sameFacet: (a: string, b: string) => boolean,
): EntityRecord[][] {
  const known: { value: string; records: EntityRecord[] }[] = [];
  const unknown: EntityRecord[] = [];
  for (const record of records) {
    const value = facet(record);
    if (value === null) {
      unknown.push(record);
      continue;
    }
    const part = known.find((candidate) => sameFacet(candidate.value, value));
    if (part) part.records.push(record);
    else known.push({ value, records: [record] });
  }
  if (known.length === 1) return [[...known[0]!.records, ...unknown].sort((a, b) => a.index - b.index)];
  const parts = known.map((part) => part.records);
  if (unknown.length > 0) parts.push(unknown);
  return parts;
}

export function matchByKeys(context: MatchContext, rules: KeyedMatcher): void {
  const matcher: KeyedMatcher = {
    ...rules,
    nameKey: perRecord(rules.nameKey),
    aliasKeys: perRecord(rules.aliasKeys),
    facet: perRecord(rules.facet),
  };
  // 1. Same name key, partitioned by facet.
  const byName = groupBy(context.records, matcher.nameKey);
  for (const group of byName.values()) {
    for (const part of partitionByFacet(group, matcher.facet, matcher.sameFacet)) {
      joinAll(context, part, matcher.sameRule);
    }
  }

  // 2. A name that is an alias of exactly one other entity (judged by clusters, not nodes).
  const aliasOwners = new Map<string, EntityRecord[]>();
  for (const record of context.records) {
    const own = matcher.nameKey(record);
    for (const key of new Set(matcher.aliasKeys(record))) {
      if (key === own) continue;
      const owners = aliasOwners.get(key);
      if (owners) owners.push(record);
      else aliasOwners.set(key, [record]);
    }
  }
  for (const [key, group] of byName) {
    const owners = aliasOwners.get(key);
    if (!owners) continue;
    // Owners by cluster, recomputed only after a join (keeps frequent aliases linear).
    let byRoot = ownersByRoot(context, owners);
    for (const record of group) {
      if (byRoot.size > 2) break;
      const root = context.union.find(record.index);
      const otherRoots = [...byRoot.keys()].filter((other) => other !== root);
      // An alias shared by two different entities ("Gobierno del Estado") identifies neither.
      if (otherRoots.length !== 1) continue;
      const facet = matcher.facet(record);
      const target = byRoot.get(otherRoots[0]!)!.find((owner) => {
        const other = matcher.facet(owner);
        return facet === null || other === null || matcher.sameFacet(facet, other);
      });
      if (target && context.join(target, record, matcher.aliasRule)) byRoot = ownersByRoot(context, owners);
    }
  }
}

function ownersByRoot(context: MatchContext, owners: readonly EntityRecord[]): Map<number, EntityRecord[]> {
  const byRoot = new Map<number, EntityRecord[]>();
  for (const owner of owners) {
    const root = context.union.find(owner.index);
    const list = byRoot.get(root);
    if (list) list.push(owner);
    else byRoot.set(root, [owner]);
  }
  return byRoot;
}
