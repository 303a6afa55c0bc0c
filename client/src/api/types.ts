// The API's shapes, inferred from the zod schemas in model/api (type imports only: nothing of zod
// reaches the bundle).
export type {
  CyElements,
  CyNode,
  CyEdge,
  EntitySummary,
  Evidence,
  DocumentRef,
  Problem,
} from '../../../model/api/common';
export type { SearchResult, SearchHit } from '../../../model/api/search';
export type { EntityDetail, Role, Relation, EntityAgreement } from '../../../model/api/entities';
export type { RelationshipDetail } from '../../../model/api/relationships';
export type { DocumentDetail, DocumentList, DocumentListItem } from '../../../model/api/documents';
export type { AgreementList, AgreementSummary, Timeline } from '../../../model/api/agreements';
export type { Health } from '../../../model/api/health';
export type {
  Neighborhood as NeighborhoodResult,
  Overview as OverviewResult,
} from '../../../model/api/graph';
export type { Paths as PathsResult } from '../../../model/api/paths';
export type { Analytics as AnalyticsResult, Stats } from '../../../model/api/analytics';

/** Filters every graph view shares (GET /api/graph/neighborhood, /api/graph/overview). */
export type GraphFilters = {
  labels?: string[];
  types?: string[];
  from?: string;
  to?: string;
};
