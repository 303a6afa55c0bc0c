// Institution matching: same name (articles aside), a name that is an alias of one other
// institution, and a shared acronym unless the full names behind it differ (same acronym,
// different country). Blocking keys: the name key and the acronym key.
import { contentTokens, institutionAcronymKey, institutionNameKey } from '../../name-keys';

import type { EntityRecord } from '../internal/records';
import { perRecord, type MatchContext } from './context';
import { matchByKeys } from './keyed';

/** The record's full name as content tokens: its name, or its longest multi-word alias. */
function computeFullName(record: EntityRecord): string[] | null {
  const forms = [record.node.name, ...record.node.aliases].filter(
    (form) => institutionNameKey(form) !== null,
  );
  if (forms.length === 0) return null;
  const own = institutionNameKey(record.node.name) !== null ? record.node.name : null;
  const best = own ?? forms.reduce((a, b) => (contentTokens(b).length > contentTokens(a).length ? b : a));
  return contentTokens(best);
}

function computeAcronymKeys(record: EntityRecord): string[] {
  const forms = [record.node.name, ...record.node.aliases];
  const declared = record.node.properties?.acronym;
  if (typeof declared === 'string') forms.push(declared);
  const keys = forms.map(institutionAcronymKey).filter((key): key is string => key !== null);
  return [...new Set(keys)];
}

/**
 * Two full names behind one acronym are one body when the words of one all appear in the other
 * (a shorter and a longer writing of one name). One changed word ("Tribunal Superior de
 * Justicia de Atlántida" vs "... de Alajuela", both TSJA) makes a different body.
 */
function similarNames(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return small.every((token) => large.has(token));
}

export function matchInstitutions(context: MatchContext): void {
  const fullName = perRecord(computeFullName);
  const acronymKeys = perRecord(computeAcronymKeys);
  // 1-2. Same name; a name that is an alias of exactly one other institution.
  matchByKeys(context, {
    nameKey: (record) => institutionNameKey(record.node.name),
    aliasKeys: (record) =>
      record.node.aliases.map(institutionNameKey).filter((key): key is string => key !== null),
    facet: () => null,
    sameFacet: () => true,
    sameRule: 'institution-same-name',
    aliasRule: 'institution-alias',
  });

  // 3. Shared acronym, judged per cluster of full names behind it.
  const byAcronym = new Map<string, EntityRecord[]>();
  for (const record of context.records) {
    for (const key of acronymKeys(record)) {
      const group = byAcronym.get(key);
      if (group) group.push(record);
      else byAcronym.set(key, [record]);
    }
  }
  for (const group of byAcronym.values()) joinOnAcronym(context, group, fullName);
}

function joinOnAcronym(
  context: MatchContext,
  group: readonly EntityRecord[],
  fullName: (record: EntityRecord) => string[] | null,
): void {
  const clusters = new Map<number, { records: EntityRecord[]; names: string[][] }>();
  for (const record of group) {
    const root = context.union.find(record.index);
    const cluster = clusters.get(root) ?? { records: [], names: [] };
    cluster.records.push(record);
    const name = fullName(record);
    if (name) cluster.names.push(name);
    clusters.set(root, cluster);
  }
  if (clusters.size < 2) return;
  const named = [...clusters.values()].filter((cluster) => cluster.names.length > 0);
  const similar = (a: (typeof named)[number], b: (typeof named)[number]) =>
    a.names.some((left) => b.names.some((right) => similarNames(left, right)));
  const consistent = named.every((a, i) => named.every((b, j) => i >= j || similar(a, b)));
  if (consistent) {
    // One body behind the acronym: every cluster, bare acronyms included, joins.
    const all = [...clusters.values()];
    for (const cluster of all.slice(1)) joinClusters(context, all[0]!, cluster);
    return;
  }
  // Different bodies share the acronym: only similar full names join; bare acronyms are ambiguous.
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      if (similar(named[i]!, named[j]!)) joinClusters(context, named[i]!, named[j]!);
    }
  }
}

function joinClusters(
  context: MatchContext,
  a: { records: EntityRecord[] },
  b: { records: EntityRecord[] },
): void {
  const left = a.records[0]!;
  const right = b.records[0]!;
  if (context.union.canJoin(left.index, right.index)) context.join(left, right, 'institution-acronym');
}

/**
 * Acronyms that stand for exactly one resolved institution, with the content words of its
 * fullest name, so that event names can spell them out ("XXVII Asamblea General de la CISS").
 */
export function acronymExpansions(context: MatchContext): Map<string, string[]> {
  const fullName = perRecord(computeFullName);
  const acronymKeys = perRecord(computeAcronymKeys);
  const byAcronym = new Map<string, Map<number, string[]>>();
  for (const record of context.records) {
    const name = fullName(record);
    if (!name) continue;
    const root = context.union.find(record.index);
    for (const key of acronymKeys(record)) {
      const roots = byAcronym.get(key) ?? new Map<number, string[]>();
      const known = roots.get(root);
      if (!known || name.length > known.length) roots.set(root, name);
      byAcronym.set(key, roots);
    }
  }
  const expansions = new Map<string, string[]>();
  for (const [key, roots] of byAcronym) if (roots.size === 1) expansions.set(key, [...roots.values()][0]!);
  return expansions;
}
