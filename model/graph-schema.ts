// The graph schema: labels, relationship types and the properties each carries.
// One module, imported by ingest, server and client, so that all three speak the same words.

/** Entity labels produced by extraction (Document nodes are made by the loader). */
export const ENTITY_LABELS = ['Person', 'Institution', 'Place', 'Event', 'Agreement'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NODE_LABELS = [...ENTITY_LABELS, 'Document'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Fact relationships: each keeps the documents that state it and the evidence sentences. */
export const FACT_TYPES = [
  'SIGNED_WITH',
  'PARTY_TO',
  'SIGNED',
  'WITNESSED_BY',
  'HELD_AT',
  'HOLDS_ROLE',
  'PARTICIPATED_IN',
  'LOCATED_IN',
  'PART_OF',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const RELATIONSHIP_TYPES = [...FACT_TYPES, 'MENTIONED_IN'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Which labels may stand at each end of a fact relationship. */
export const ENDPOINTS: Record<FactType, { from: readonly EntityLabel[]; to: readonly EntityLabel[] }> = {
  SIGNED_WITH: { from: ['Institution'], to: ['Institution'] },
  PARTY_TO: { from: ['Institution'], to: ['Agreement'] },
  SIGNED: { from: ['Person'], to: ['Agreement'] },
  WITNESSED_BY: { from: ['Agreement'], to: ['Person'] },
  HELD_AT: { from: ['Agreement', 'Event'], to: ['Place', 'Event'] },
  HOLDS_ROLE: { from: ['Person'], to: ['Institution'] },
  PARTICIPATED_IN: { from: ['Person'], to: ['Event'] },
  LOCATED_IN: { from: ['Place', 'Institution', 'Event'], to: ['Place'] },
  PART_OF: { from: ['Institution'], to: ['Institution'] },
};

/** Relationship types whose direction carries no meaning. */
export const UNORDERED_TYPES: ReadonlySet<FactType> = new Set(['SIGNED_WITH']);

export const INSTITUTION_KINDS = [
  'government',
  'ministry',
  'agency',
  'social-security',
  'international',
  'programme',
  'university',
  'education',
  'health',
  'company',
  'ngo',
  'media',
  'legislature',
  'judiciary',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const PLACE_KINDS = ['country', 'state', 'city', 'venue', 'region'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const AGREEMENT_KINDS = [
  'convenio',
  'acuerdo',
  'memorando',
  'carta de intención',
  'protocolo',
  'contrato',
  'alianza',
  'declaración',
  'tratado',
  'other',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
