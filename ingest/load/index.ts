// The public face of ingest/load: write extractions to Neo4j, validate them, and the errors it reports.
export { loadExtractions } from './load';
export type { DocumentLoadResult, DocumentLoadStatus, LoadOptions, LoadProgress, LoadSummary } from './load';
export { assertValidExtractions, validateExtraction } from './validate';
export { buildRows } from './rows';
export type { DocumentRow, EntityRow, FactGroup, FactRow, GroupRows, MentionRow } from './rows';
export {
  LoadInterruptedError,
  LoadValidationError,
  LoadWriteError,
  formatIssue,
  isConnectionLoss,
  loadStop,
} from './errors';
export type { LoadIssue, LoadStop } from './errors';
export { readKnownEntities } from './known-entities';
export { findExistingIds } from './existing-ids';
export { documentOrigin, findEarlierVersions, planWrites } from './plan-writes';
export type { ExistingDocument, PlannedWrite, PlanOptions, WritePlan } from './plan-writes';
export {
  readStoredDocuments,
  resolutionHash,
  storedText,
  RESOLUTION_HASH,
  STORED_EXTRACTION,
} from './stored-extractions';
export type { StoredDocument } from './stored-extractions';
export { updateEntities } from './entity-updates';
