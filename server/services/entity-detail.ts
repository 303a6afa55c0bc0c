// An entity page: the entity with its posts, agreements, mentions and relations, every fact with the
// sentences that state it. Two round trips: the entity query, then the cited documents' titles and dates.
import { relationshipId } from '../../model';
import type { AgreementSummary } from '../../model/api/agreements';
import type { DocumentRef, EntitySummary } from '../../model/api/common';
import type { EntityAgreement, EntityDetail, Relation, Role } from '../../model/api/entities';
import type { Gateway } from '../db';
import { citedDocuments, documentRefs, evidenceOf } from './evidence';
import { ENTITY_DETAIL, INVOLVEMENT, type EntityPart } from './entity-detail-query';
import { parseSpans } from './spans';

export interface EntityDetailOptions {
  /** Most items in each list. */
  limit: number;
  /** Most evidence sentences per relation and post. */
  evidencePerRelation?: number;
  timeoutMs?: number;
}

// Type aliases, not interfaces: they pass as the plain property maps evidenceOf reads.
type EvidenceArrays = {
  evidence: string[];
  evidenceSources: string[];
  evidenceOffsets: string[];
};

type RoleRow = EvidenceArrays & {
  person: EntitySummary;
  institution: EntitySummary;
  role: string | null;
  dates: string[];
};
type RelationRow = EvidenceArrays & {
  type: Relation['type'];
  from: string;
  to: string;
  other: EntitySummary;
  role: string | null;
  evidenceCount: number;
  sourceCount: number;
};
interface Head {
  entity: EntitySummary;
  properties: Record<string, unknown>;
  byType: Record<string, number>;
  agreement: AgreementSummary | null;
  rolesTotal: number;
  agreementsTotal: number;
  mentionsTotal: number;
}
interface Parts {
  entity: Head;
  roles: RoleRow[];
  agreements: { agreement: AgreementSummary; types: (keyof typeof INVOLVEMENT)[] }[];
  mentions: { document: DocumentRef; offsets: string[] }[];
  relations: RelationRow[];
}

// Shown in `entity`; `sources` (every document id) is what `mentions` lists.
const SUMMARY_KEYS = new Set(['id', 'name', 'aliases', 'acronym', 'kind', 'date', 'sources']);

/**
 * The page of an entity by its current id; null when no entity has it (redirects: resolveEntityId).
 * @example await entityDetail(gateway, 'person:jose-antonio-gonzalez-anaya', { limit: 200 })
 *   // { entity: { name: 'José Antonio González Anaya', … }, roles: [{ role: 'Director General', … }], … }
 */
export async function entityDetail(
  gateway: Gateway,
  id: string,
  options: EntityDetailOptions,
): Promise<EntityDetail | null> {
  const { rows } = await gateway.read<{ part: EntityPart; value: unknown }>(
    ENTITY_DETAIL,
    { id, limit: options.limit, evidence: options.evidencePerRelation ?? 20 },
    { timeoutMs: options.timeoutMs, metadata: { app: 'enlace', op: 'entity' } },
  );
  const parts = Object.fromEntries(rows.map((r) => [r.part, r.value])) as Partial<Parts>;
  if (!parts.entity) return null;
  // A list part with nothing in it sends no row.
  const row = { roles: [], agreements: [], mentions: [], relations: [], ...parts, ...parts.entity };
  const refs = await documentRefs(gateway, citedDocuments([...row.roles, ...row.relations]));

  const byType = Object.fromEntries(Object.entries(row.byType).filter(([, n]) => n > 0));
  const total = Object.values(byType).reduce((sum, n) => sum + n, 0);
  const roles: Role[] = row.roles.map((r) => ({
    role: r.role || null,
    person: r.person,
    institution: r.institution,
    firstSeen: r.dates[0] ?? null,
    lastSeen: r.dates.at(-1) ?? null,
    relationshipId: relationshipId(r.person.id, 'HOLDS_ROLE', r.institution.id, r.role),
    evidence: evidenceOf(r, refs),
  }));
  const agreements: EntityAgreement[] = row.agreements.map(({ agreement, types }) => ({
    ...agreement,
    involvement: [...new Set(types.map((t) => INVOLVEMENT[t]))].sort(),
  }));
  const relations: Relation[] = row.relations.map((r) => ({
    id: relationshipId(r.from, r.type, r.to, r.type === 'HOLDS_ROLE' ? r.role : null),
    type: r.type,
    direction: r.from === row.entity.id ? 'out' : 'in',
    other: r.other,
    role: r.role || null,
    evidence: evidenceOf(r, refs),
    evidenceCount: r.evidenceCount,
    sourceCount: r.sourceCount,
  }));
  return {
    entity: row.entity,
    properties: Object.fromEntries(
      Object.entries(row.properties).filter(([key]) => !SUMMARY_KEYS.has(key)),
    ) as EntityDetail['properties'],
    degree: { total, byType },
    roles,
    rolesTotal: row.rolesTotal,
    agreement: row.agreement,
    agreements,
    agreementsTotal: row.agreementsTotal,
    mentions: row.mentions.map((m) => ({ document: m.document, spans: parseSpans(m.offsets) })),
    mentionsTotal: row.mentionsTotal,
    relations,
    relationsTotal: total,
  };
}
