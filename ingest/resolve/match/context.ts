// What every matcher receives: the records of its label and a way to join two of them.
import type { ResolveRuleId } from '../data/rules';
import type { EntityRecord } from '../internal/records';
import type { EntityUnion } from '../internal/union-find';

export interface MatchContext {
  /** Records of one label, in canonical order. */
  records: readonly EntityRecord[];
  union: EntityUnion;
  /** Joins the clusters of two records unless a guard refuses; records the rule on success. */
  join: (a: EntityRecord, b: EntityRecord, rule: ResolveRuleId) => boolean;
}

/** Groups items by a key, keeping first-seen order of keys and items. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Joins every record of a group to the first one (each join guarded separately). */
export function joinAll(context: MatchContext, group: readonly EntityRecord[], rule: ResolveRuleId): void {
  const [first, ...rest] = group;
  if (!first) return;
  for (const record of rest)
    if (!context.join(first, record, rule)) joinToAnyEarlier(context, group, record, rule);
}

/** When the first record is refused (same document), another earlier compatible one may accept. */
function joinToAnyEarlier(
  context: MatchContext,
  group: readonly EntityRecord[],
  record: EntityRecord,
  rule: ResolveRuleId,
): void {
  for (const other of group) {
    if (other === record) return;
    if (context.union.canJoin(other.index, record.index) && context.join(other, record, rule)) return;
  }
}

/** Caches a per-record computation for the length of one matching step (no state outlives it). */
export function perRecord<T>(compute: (record: EntityRecord) => T): (record: EntityRecord) => T {
  const cache = new Map<EntityRecord, T>();
  return (record) => {
    if (cache.has(record)) return cache.get(record)!;
    const value = compute(record);
    cache.set(record, value);
    return value;
  };
}
