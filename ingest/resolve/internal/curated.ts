// Applies the curated alias file: merge and rename entries join nodes by force (before any
// automatic rule) and fix the canonical name; split entries tag nodes so that automatic rules
// never join two names of one entry.
import type { EntityLabel } from '../../../model/graph-schema';
import type { ResolveRuleId } from '../data/rules';
import type { AliasRules, CuratedName } from '../types';
import { personTokens, wordTokens } from '../../name-keys';
import type { EntityRecord } from './records';

/** Comparable form of a curated name: as person names for people, as plain words otherwise. */
export function curatedKey(label: EntityLabel, name: string): string {
  return (label === 'Person' ? personTokens(name) : wordTokens(name)).join(' ');
}

function recordKeys(record: EntityRecord): Set<string> {
  const forms = [record.node.name, ...record.node.aliases];
  const acronym = record.node.properties?.acronym;
  if (typeof acronym === 'string') forms.push(acronym);
  return new Set(forms.map((form) => curatedKey(record.label, form)));
}

export interface CuratedGroup {
  records: EntityRecord[];
  name: string;
  rule: ResolveRuleId;
}

/** The records each merge and rename entry gathers, with the canonical name it imposes. */
export function curatedGroups(records: readonly EntityRecord[], rules: AliasRules): CuratedGroup[] {
  if (rules.merge.length === 0 && rules.rename.length === 0) return [];
  // Index every form once: alias files stay small, corpora do not.
  const byKey = new Map<string, EntityRecord[]>();
  for (const record of records) {
    for (const key of recordKeys(record)) {
      const scoped = `${record.label}|${key}`;
      const bucket = byKey.get(scoped);
      if (bucket) bucket.push(record);
      else byKey.set(scoped, [record]);
    }
  }
  const gather = (label: EntityLabel, names: readonly string[]) => {
    const found = new Set<EntityRecord>();
    for (const name of names)
      for (const record of byKey.get(`${label}|${curatedKey(label, name)}`) ?? []) found.add(record);
    return [...found].sort((a, b) => a.index - b.index);
  };
  return [
    ...rules.merge.map((entry) => ({
      records: gather(entry.label, [entry.name, ...entry.aliases]),
      name: entry.name,
      rule: 'curated-merge' as const,
    })),
    ...rules.rename.map((entry) => ({
      records: gather(entry.label, [entry.from]),
      name: entry.to,
      rule: 'curated-rename' as const,
    })),
  ];
}

function matchesDocument(record: EntityRecord, item: CuratedName): boolean {
  return item.document === undefined || item.document === record.file || item.document === record.docId;
}

/** Per record: split entry index -> index of the name of that entry the record bears. */
export function splitTags(records: readonly EntityRecord[], rules: AliasRules): Map<number, number>[] {
  const tags = records.map(() => new Map<number, number>());
  rules.split.forEach((entry, entryIndex) => {
    const keys = entry.names.map((item) => curatedKey(entry.label, item.name));
    for (const record of records) {
      if (record.label !== entry.label) continue;
      // The node's own name decides first; an alias only when the name is not listed.
      const own = curatedKey(record.label, record.node.name);
      let nameIndex = keys.findIndex((key, i) => key === own && matchesDocument(record, entry.names[i]!));
      if (nameIndex < 0) {
        const aliases = new Set(record.node.aliases.map((alias) => curatedKey(record.label, alias)));
        nameIndex = keys.findIndex((key, i) => aliases.has(key) && matchesDocument(record, entry.names[i]!));
      }
      if (nameIndex >= 0) tags[record.index]!.set(entryIndex, nameIndex);
    }
  });
  return tags;
}
