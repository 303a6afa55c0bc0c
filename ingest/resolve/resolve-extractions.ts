// The resolve stage: one node per real-world entity across documents. Pure: extractions in,
// rewritten extractions and the merges made out. Reads like a recipe, one line per step.
import type { Extraction } from '../../model/extraction';
import type { EntityLabel, FactType } from '../../model/graph-schema';
import { RESOLVE_RULES, type ResolveRuleId } from './data/rules';
import { buildEntities, type ResolvedEntity } from './internal/canonical';
import { curatedGroups, splitTags } from './internal/curated';
import { contextQualifiers, disambiguateIds } from './internal/homonyms';
import { collectRecords, type EntityRecord } from './internal/records';
import { rewriteExtraction } from './internal/rewrite';
import { EntityUnion } from './internal/union-find';
import { matchAgreements } from './match/agreement';
import type { MatchContext } from './match/context';
import { matchEvents } from './match/event';
import { acronymExpansions, matchInstitutions } from './match/institution';
import { matchPeople } from './match/person';
import { matchPlaces } from './match/place';
import type { AliasRules, MergeMember, MergeRecord } from './types';

const NO_RULES: AliasRules = { merge: [], split: [], rename: [] };

export interface ResolveOptions {
  /**
   * Entities already in the graph, as one extraction (see GRAPH_DOCUMENT_ID). New nodes that match
   * them take their ids, so ingesting more documents later never duplicates an entity. It is not
   * part of the result.
   */
  known?: Extraction;
}

/** The document id of the `known` extraction that stands for the graph's existing entities. */
export const GRAPH_DOCUMENT_ID = 'graph:existing';

/**
 * Nodes already in the graph that resolution now takes for one entity (a curated merge or rename added
 * since they were loaded): `id` is kept, `others` still stand apart until their documents are reloaded.
 */
export interface GraphDuplicate {
  label: EntityLabel;
  id: string;
  name: string;
  others: { id: string; name: string }[];
}

export interface ResolveResult {
  extractions: Extraction[];
  merges: MergeRecord[];
  graphDuplicates: GraphDuplicate[];
}

interface Link {
  a: EntityRecord;
  b: EntityRecord;
  rule: ResolveRuleId;
}

/**
 * Gives the same real-world entity one id in every document, merges names and aliases, rewrites
 * relationship endpoints, and explains every merge.
 *
 * @example
 * const { extractions, merges } = resolveExtractions([doc000, doc002], await loadAliasRules('aliases.yml'));
 * // "Leonel Flores" (002) and "Leonel Antonio Flores Sosa" (000) are now person:leonel-antonio-flores-sosa
 */
export function resolveExtractions(
  input: Extraction[],
  rules: AliasRules = NO_RULES,
  options: ResolveOptions = {},
): ResolveResult {
  // 0. Existing graph entities take part as one more (already resolved) document.
  const extractions = options.known ? [options.known, ...input] : input;
  // 1. Every node of every document, in an order that does not depend on the input's.
  const records = collectRecords(extractions);
  // 2. Guards: one document's nodes stay apart; curated split names stay apart.
  const union = new EntityUnion(
    records.map((record) => record.docId),
    splitTags(records, rules),
  );
  const links: Link[] = [];
  const join = (a: EntityRecord, b: EntityRecord, rule: ResolveRuleId, forced = false): boolean => {
    const joined = union.union(a.index, b.index, forced).joined;
    if (joined) links.push({ a, b, rule });
    return joined;
  };
  // 3. Curated merges and renames first: they win over every automatic rule.
  const curatedNames = new Map<EntityRecord, string>();
  for (const group of curatedGroups(records, rules)) {
    const [first, ...rest] = group.records;
    if (!first) continue;
    for (const record of rest) join(first, record, group.rule, true);
    curatedNames.set(first, group.name);
  }
  // 4. Automatic matching per label; agreements last, once their parties are resolved.
  const related = relationIndex(extractions, records);
  const byLabel = (label: EntityLabel) => records.filter((record) => record.label === label);
  const context = (label: EntityLabel): MatchContext => ({ records: byLabel(label), union, join });
  matchPeople(context('Person'));
  const institutions = context('Institution');
  matchInstitutions(institutions);
  matchPlaces({ ...context('Place'), containersOf: (record) => related(record, 'LOCATED_IN', 'out') });
  matchEvents({ ...context('Event'), acronyms: acronymExpansions(institutions) });
  matchAgreements({
    ...context('Agreement'),
    partiesOf: (record) => related(record, 'PARTY_TO', 'in').filter((party) => party.label === 'Institution'),
  });
  // 5. One entity per cluster: canonical name, aliases, properties, an id from its name (and, for
  //    homonyms, from its context), never from the order of the input.
  const clusters = new Map<number, EntityRecord[]>();
  for (const record of records) {
    const root = union.find(record.index);
    const members = clusters.get(root);
    if (members) members.push(record);
    else clusters.set(root, [record]);
  }
  const entities = buildEntities(
    [...clusters.values()],
    curatedNames,
    (record) => record.docId === GRAPH_DOCUMENT_ID,
  );
  const entityByRoot = new Map(entities.map((entity) => [union.find(entity.members[0]!.index), entity]));
  const entityOf = (record: EntityRecord) => entityByRoot.get(union.find(record.index))!;
  disambiguateIds(entities, (entity) =>
    contextQualifiers(entity, (record) =>
      (CONTEXT_TYPES[record.label] ?? []).flatMap((type) =>
        related(record, type, 'out').map((target) => entityOf(target).name),
      ),
    ),
  );
  // 6. Rewrite each document, in input order.
  const byExtraction = new Map<number, Map<string, EntityRecord>>();
  for (const record of records) {
    const nodes = byExtraction.get(record.extraction) ?? new Map<string, EntityRecord>();
    nodes.set(record.node.id, record);
    byExtraction.set(record.extraction, nodes);
  }
  const rewritten = extractions.map((extraction, position) =>
    rewriteExtraction(extraction, entityOf, byExtraction.get(position) ?? new Map()),
  );
  const merges = mergeRecords(entities, links, entityOf, curatedNames).filter((merge) =>
    merge.members.some((m) => m.documentId !== GRAPH_DOCUMENT_ID),
  );
  return {
    extractions: options.known ? rewritten.slice(1) : rewritten,
    merges,
    graphDuplicates: graphDuplicates(entities),
  };
}

/** What tells homonyms apart, per label: the entities they point at by these relationships. */
const CONTEXT_TYPES: Partial<Record<EntityLabel, FactType[]>> = {
  Person: ['HOLDS_ROLE'],
  Institution: ['LOCATED_IN', 'PART_OF'],
  Place: ['LOCATED_IN'],
  Event: ['HELD_AT'],
};

/** Entities with more than one existing graph node among their members. */
function graphDuplicates(entities: readonly ResolvedEntity[]): GraphDuplicate[] {
  return entities.flatMap((entity) => {
    const others = entity.members
      .filter((member) => member.docId === GRAPH_DOCUMENT_ID && member.node.id !== entity.id)
      .map((member) => ({ id: member.node.id, name: member.node.name }));
    return others.length ? [{ label: entity.label, id: entity.id, name: entity.name, others }] : [];
  });
}

/** The records a record is related to by one relationship type, within its document. */
function relationIndex(
  extractions: readonly Extraction[],
  records: readonly EntityRecord[],
): (record: EntityRecord, type: FactType, direction: 'in' | 'out') => readonly EntityRecord[] {
  const byNode = new Map(records.map((record) => [`${record.extraction}|${record.node.id}`, record]));
  const edges = new Map<string, EntityRecord[]>();
  extractions.forEach((extraction, position) => {
    for (const { type, from, to } of extraction.relationships) {
      const source = byNode.get(`${position}|${from}`);
      const target = byNode.get(`${position}|${to}`);
      if (!source || !target) continue;
      for (const [key, other] of [
        [`${source.index}|${type}|out`, target],
        [`${target.index}|${type}|in`, source],
      ] as const) {
        const list = edges.get(key);
        if (list) list.push(other);
        else edges.set(key, [other]);
      }
    }
  });
  return (record, type, direction) => edges.get(`${record.index}|${type}|${direction}`) ?? [];
}

function member(record: EntityRecord): MergeMember {
  return { document: record.file, documentId: record.docId, id: record.node.id, name: record.node.name };
}

/** A record for every entity that joins several nodes or changes a node's id, sorted by id. */
function mergeRecords(
  entities: readonly ResolvedEntity[],
  links: readonly Link[],
  entityOf: (record: EntityRecord) => ResolvedEntity,
  curatedNames: ReadonlyMap<EntityRecord, string>,
): MergeRecord[] {
  const linksByEntity = new Map<ResolvedEntity, Link[]>();
  for (const link of links) {
    const entity = entityOf(link.a);
    const list = linksByEntity.get(entity);
    if (list) list.push(link);
    else linksByEntity.set(entity, [link]);
  }
  const merges: MergeRecord[] = [];
  for (const entity of entities) {
    const changed = entity.members.some((record) => record.node.id !== entity.id);
    if (entity.members.length < 2 && !changed) continue;
    const explained = (linksByEntity.get(entity) ?? []).map((link) => ({
      rule: link.rule,
      reason: RESOLVE_RULES[link.rule].reason,
      from: member(link.b),
      to: member(link.a),
    }));
    const renamed = entity.members.find((record) => curatedNames.has(record));
    if (renamed && entity.members.length === 1) {
      explained.push({
        rule: 'curated-rename',
        reason: RESOLVE_RULES['curated-rename'].reason,
        from: member(renamed),
        to: member(renamed),
      });
    }
    if (explained.length === 0 && !entity.disambiguated) {
      const first = entity.members[0]!;
      const rule = 'id-from-canonical-name';
      explained.push({ rule, reason: RESOLVE_RULES[rule].reason, from: member(first), to: member(first) });
    }
    if (entity.disambiguated) {
      const first = entity.members[0]!;
      explained.push({
        rule: 'id-disambiguated',
        reason: RESOLVE_RULES['id-disambiguated'].reason,
        from: member(first),
        to: member(first),
      });
    }
    merges.push({
      label: entity.label,
      id: entity.id,
      name: entity.name,
      members: entity.members.map(member),
      links: explained,
    });
  }
  return merges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
