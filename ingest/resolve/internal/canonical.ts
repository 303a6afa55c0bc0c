// One resolved entity per cluster: canonical name (the fullest form written), aliases (every
// other form), merged properties, and a deterministic id derived from the canonical name.
import type { EntityLabel } from '../../../model/graph-schema';
import { effectiveDate } from '../match/agreement';
import { personTokens, stripHonorifics, wordTokens } from '../../name-keys';
import { diacriticCount, isAllCaps, slugify } from './normalise';
import { compareText, type EntityRecord } from './records';

type PropertyValue = string | number | boolean | null;

export interface ResolvedEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  properties: Record<string, PropertyValue>;
  members: EntityRecord[];
  /** True when the id is that of a node already in the graph. */
  pinned: boolean;
  /** True when the id was qualified because another entity has the same canonical name (see homonyms.ts). */
  disambiguated: boolean;
}

/** Candidate canonical names: node names (people: aliases too, titles stripped). */
function nameCandidates(label: EntityLabel, members: readonly EntityRecord[]): string[] {
  const forms = members.flatMap((member) =>
    label === 'Person' ? [member.node.name, ...member.node.aliases].map(stripHonorifics) : [member.node.name],
  );
  return [...new Set(forms)];
}

/** Orders forms best first: not a headline, most words, most used, accents kept, longest. */
function chooseName(label: EntityLabel, members: readonly EntityRecord[]): string {
  const uses = new Map<string, number>();
  for (const member of members) {
    const form = label === 'Person' ? stripHonorifics(member.node.name) : member.node.name;
    uses.set(form, (uses.get(form) ?? 0) + 1);
  }
  const score = (form: string): number[] => {
    const words = label === 'Person' ? personTokens(form).length : wordTokens(form).length;
    return [
      words > 1 && isAllCaps(form) ? 0 : 1,
      words,
      uses.get(form) ?? 0,
      diacriticCount(form),
      form.length,
    ];
  };
  const ranked = nameCandidates(label, members)
    .map((form) => ({ form, score: score(form) }))
    .sort((a, b) => {
      for (let i = 0; i < a.score.length; i++)
        if (a.score[i] !== b.score[i]) return b.score[i]! - a.score[i]!;
      return compareText(a.form, b.form);
    });
  return ranked[0]!.form;
}

/** The earliest-dated, then first document's node: it keeps its id and name for an agreement. */
function firstAgreement(members: readonly EntityRecord[]): EntityRecord {
  return [...members].sort(
    (a, b) =>
      compareDates(effectiveDate(a), effectiveDate(b)) ||
      a.docRank - b.docRank ||
      compareText(a.node.id, b.node.id),
  )[0]!;
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/** Most frequent value of each property; ties go to the first member (the preferred one). */
function mergeProperties(members: readonly EntityRecord[]): Record<string, PropertyValue> {
  const counts = new Map<string, Map<PropertyValue, number>>();
  for (const member of members) {
    for (const [key, value] of Object.entries(member.node.properties ?? {})) {
      if (value === null || value === '') continue;
      const values = counts.get(key) ?? new Map<PropertyValue, number>();
      values.set(value, (values.get(value) ?? 0) + 1);
      counts.set(key, values);
    }
  }
  const merged: Record<string, PropertyValue> = {};
  for (const member of members) {
    for (const key of Object.keys(member.node.properties ?? {})) {
      if (key in merged) continue;
      const values = counts.get(key);
      if (!values) {
        merged[key] = null;
        continue;
      }
      let best: PropertyValue = null;
      let bestCount = 0;
      for (const [value, count] of values) if (count > bestCount) [best, bestCount] = [value, count];
      merged[key] = best;
    }
  }
  return merged;
}

function collectAliases(members: readonly EntityRecord[], name: string): string[] {
  const seen = new Set<string>([name]);
  const aliases: string[] = [];
  for (const member of members) {
    for (const form of [member.node.name, ...member.node.aliases]) {
      if (seen.has(form)) continue;
      seen.add(form);
      aliases.push(form);
    }
  }
  return aliases;
}

/**
 * Builds one entity per cluster. `clusters` hold members in canonical order; `curatedNames`
 * gives the name a merge or rename entry imposes on a cluster (keyed by its first member). Homonyms
 * still share an id here: `disambiguateIds` (homonyms.ts) tells them apart.
 */
export function buildEntities(
  clusters: readonly EntityRecord[][],
  curatedNames: ReadonlyMap<EntityRecord, string>,
  isPinned: (record: EntityRecord) => boolean = () => false,
): ResolvedEntity[] {
  return clusters.map((members): ResolvedEntity => {
    const label = members[0]!.label;
    // An entity already in the graph keeps its id, so a new document joins it instead of duplicating it.
    const pinned = members.find(isPinned);
    const curated = members.map((member) => curatedNames.get(member)).find((name) => name !== undefined);
    if (label === 'Agreement') {
      const first = firstAgreement(members);
      const ordered = [first, ...members.filter((member) => member !== first)];
      const name = curated ?? first.node.name;
      return {
        id: pinned?.node.id ?? first.node.id,
        pinned: pinned !== undefined,
        label,
        name,
        aliases: collectAliases(ordered, name),
        properties: mergeProperties(ordered),
        members,
        disambiguated: false,
      };
    }
    const name = curated ?? chooseName(label, members);
    return {
      id: pinned?.node.id ?? `${label.toLowerCase()}:${slugify(name)}`,
      pinned: pinned !== undefined,
      label,
      name,
      aliases: collectAliases(members, name),
      properties: mergeProperties(members),
      members,
      disambiguated: false,
    };
  });
}
