// Extractions -> plain parameter rows, grouped by label and by relationship type + endpoint labels.
import { UNORDERED_TYPES } from '../../model';
import type { EntityLabel, Extraction, FactType } from '../../model';

type Scalar = string | number | boolean;

export interface DocumentRow {
  id: string;
  props: Record<string, Scalar>;
}

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  sources: string[];
  props: Record<string, Scalar>;
  /** One MENTIONED_IN edge per document of this load that names the entity. */
  mentions: MentionRow[];
}

export interface MentionRow {
  doc: string;
  /** "start-end" of each mention, for highlighting in the document. */
  offsets: string[];
}

export interface FactRow {
  from: string;
  to: string;
  /** HOLDS_ROLE only: part of the relationship's identity ('' when no post is stated). */
  role: string | null;
  sources: string[];
  evidence: string[];
  evidenceSources: string[];
  evidenceOffsets: string[];
  rules: string[];
  /** SIGNED_WITH only: ids of the agreements both institutions are party to. */
  agreements: string[];
  props: Record<string, Scalar>;
}

export interface FactGroup {
  type: FactType;
  fromLabel: EntityLabel;
  toLabel: EntityLabel;
  rows: FactRow[];
}

export interface GroupRows {
  documents: DocumentRow[];
  entities: Map<EntityLabel, EntityRow[]>;
  facts: FactGroup[];
  /** Rows in total: the unit of batch sizes. */
  size: number;
}

// Properties the loader owns: extraction properties of these names are not copied over them.
const RESERVED_NODE_KEYS = new Set(['id', 'name', 'aliases', 'sources']);
const RESERVED_FACT_KEYS = new Set([
  'sources',
  'evidence',
  'evidenceSources',
  'evidenceOffsets',
  'rules',
  'rule',
  'role',
  'agreements',
  'agreement',
]);

function scalars(
  properties: Record<string, unknown> | undefined,
  reserved: Set<string>,
): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (value !== null && value !== undefined && !reserved.has(key)) out[key] = value as Scalar;
  }
  return out;
}

function pushUnique<T>(list: T[], ...values: T[]): void {
  for (const value of values) if (!list.includes(value)) list.push(value);
}

/**
 * Builds the rows for one transaction from already validated extractions. Rows for the same entity or the
 * same fact coming from several documents are merged here, so each is written once per transaction.
 * `documentProps` adds properties to Document nodes by id (the stored extraction, see stored-extractions.ts).
 */
export function buildRows(
  extractions: readonly Extraction[],
  documentProps?: ReadonlyMap<string, Record<string, string>>,
): GroupRows {
  const documents: DocumentRow[] = [];
  const entities = new Map<EntityLabel, Map<string, EntityRow>>();
  const facts = new Map<string, { group: FactGroup; byKey: Map<string, FactRow> }>();

  for (const { document, nodes, relationships } of extractions) {
    const doc = document.id;
    const { id: _id, text, ...meta } = document;
    const extra = documentProps?.get(doc) ?? {};
    documents.push({ id: doc, props: scalars({ ...meta, text: text ?? null, ...extra }, new Set(['id'])) });

    const labelOf = new Map<string, EntityLabel>();
    for (const node of nodes) {
      labelOf.set(node.id, node.label);
      const byId = entities.get(node.label) ?? new Map<string, EntityRow>();
      entities.set(node.label, byId);
      const row = byId.get(node.id);
      const aliases = node.aliases.filter((alias) => alias && alias !== node.name);
      const mention: MentionRow = {
        doc,
        offsets: [...new Set((node.mentions ?? []).map((m) => `${m.start}-${m.end}`))],
      };
      if (row) {
        row.name = node.name;
        pushUnique(row.aliases, ...aliases);
        pushUnique(row.sources, doc);
        Object.assign(row.props, scalars(node.properties, RESERVED_NODE_KEYS));
        // A document lists each entity once (validated), so this is the entity's first row for `doc`.
        row.mentions.push(mention);
      } else {
        byId.set(node.id, {
          id: node.id,
          name: node.name,
          aliases: [...new Set(aliases)],
          sources: [doc],
          props: scalars(node.properties, RESERVED_NODE_KEYS),
          mentions: [mention],
        });
      }
    }

    // SIGNED_WITH carries the agreements both institutions are party to in this document.
    const partiesOf = new Map<string, Set<string>>();
    for (const rel of relationships) {
      if (rel.type !== 'PARTY_TO') continue;
      const set = partiesOf.get(rel.from) ?? new Set<string>();
      partiesOf.set(rel.from, set.add(rel.to));
    }

    for (const rel of relationships) {
      // Unordered types are stored once per pair, from the smaller id to the larger.
      const [from, to] =
        UNORDERED_TYPES.has(rel.type) && rel.from > rel.to ? [rel.to, rel.from] : [rel.from, rel.to];
      const fromLabel = labelOf.get(from)!;
      const toLabel = labelOf.get(to)!;
      const groupKey = `${rel.type}|${fromLabel}|${toLabel}`;
      const entry = facts.get(groupKey) ?? {
        group: { type: rel.type, fromLabel, toLabel, rows: [] },
        byKey: new Map<string, FactRow>(),
      };
      facts.set(groupKey, entry);
      // HOLDS_ROLE is keyed by its post; '' when the document does not state one.
      const role = rel.type === 'HOLDS_ROLE' ? String(rel.properties.role ?? '') : null;
      const key = `${from}\u0000${to}\u0000${role ?? ''}`;
      let row = entry.byKey.get(key);
      if (!row) {
        row = {
          from,
          to,
          role,
          sources: [],
          evidence: [],
          evidenceSources: [],
          evidenceOffsets: [],
          rules: [],
          agreements: [],
          props: {},
        };
        entry.byKey.set(key, row);
        entry.group.rows.push(row);
      }
      pushUnique(row.sources, doc);
      for (const evidence of rel.evidence) {
        const offsets = `${evidence.start}-${evidence.end}`;
        const seen = row.evidenceOffsets.some((o, i) => o === offsets && row.evidenceSources[i] === doc);
        if (seen) continue;
        row.evidence.push(evidence.text);
        row.evidenceSources.push(doc);
        row.evidenceOffsets.push(offsets);
      }
      if (typeof rel.properties.rule === 'string' && rel.properties.rule)
        pushUnique(row.rules, rel.properties.rule);
      if (rel.type === 'SIGNED_WITH') {
        const shared = [...(partiesOf.get(rel.from) ?? [])].filter((a) => partiesOf.get(rel.to)?.has(a));
        if (typeof rel.properties.agreement === 'string') shared.push(rel.properties.agreement);
        pushUnique(row.agreements, ...shared);
      }
      Object.assign(row.props, scalars(rel.properties, RESERVED_FACT_KEYS));
    }
  }

  const entityRows = new Map<EntityLabel, EntityRow[]>();
  for (const [label, byId] of entities) entityRows.set(label, [...byId.values()]);
  const factGroups = [...facts.values()].map((entry) => entry.group);
  const size =
    documents.length +
    [...entityRows.values()].reduce((n, rows) => n + rows.length + mentionCount(rows), 0) +
    factGroups.reduce((n, group) => n + group.rows.length, 0);
  return { documents, entities: entityRows, facts: factGroups, size };
}

/** MENTIONED_IN edges a batch of entity rows writes. */
export function mentionCount(rows: readonly EntityRow[]): number {
  return rows.reduce((n, row) => n + row.mentions.length, 0);
}

/** Rows one extraction contributes (to pack documents into transactions without building them twice). */
export function rowCount(extraction: Extraction): number {
  return 1 + 2 * extraction.nodes.length + extraction.relationships.length;
}
