// What every kind of edit provides: a check of the request against the graph (the parameters to
// record, or a problem the researcher can act on), the entities it touches, what to snapshot, and an
// idempotent apply used both when the edit is made and when it is replayed after an ingest.
import { ENTITY_LABELS } from '../../../../model';
import type { CurationOpName, CurationParamsOf, CurationRequest } from '../../../../model/api/curation';
import type { Transaction } from '../../../db';
import { HttpProblem, PROBLEM_TYPES } from '../../../http/problem';
import { liveId, type Runner } from '../facts';
import type { SnapshotScope } from '../snapshot';
import type { CurationState } from '../types';

export type RequestOf<Op extends CurationOpName> = Extract<CurationRequest, { op: Op }>;

export interface PrepareContext {
  /** The deletion of this relationship (canonical id) still in effect, if any. */
  activeDeletion(relationshipId: string): Promise<CurationState | null>;
}

export interface ApplyContext {
  curationId: string;
  /** True when re-applying after an ingest (false when the edit is being made). */
  replay: boolean;
  /** The deletion a restore-relationship edit reverses, with its snapshot (when the edit is made). */
  deletion?: CurationState | null;
}

export interface OpDefinition<Op extends CurationOpName> {
  /** 'nodes': the edit rewrites whole entities; 'relationship': one relationship. */
  kind: 'nodes' | 'relationship';
  /** Throws HttpProblem (404 unknown id, 400 invalid, 409 nothing to change) or returns what to record. */
  prepare(runner: Runner, request: RequestOf<Op>, context: PrepareContext): Promise<CurationParamsOf<Op>>;
  /** Entity ids the edit touches, from its parameters alone. */
  entities(params: CurationParamsOf<Op>): string[];
  /** What apply is about to change, in the graph as it is now. */
  scope(tx: Transaction, params: CurationParamsOf<Op>): Promise<SnapshotScope>;
  /** Applies the edit where it is not in effect yet; true when the graph changed. Never throws for state. */
  apply(tx: Transaction, params: CurationParamsOf<Op>, context: ApplyContext): Promise<boolean>;
  /** The entity an answer shows after the edit. */
  shows(params: CurationParamsOf<Op>): string | null;
}

export const notFound = (detail: string) =>
  new HttpProblem(404, 'Not Found', detail, { type: PROBLEM_TYPES.notFound });

export const conflict = (detail: string) =>
  new HttpProblem(409, 'Conflict', detail, { type: PROBLEM_TYPES.curationConflict });

export const invalid = (field: string, message: string) =>
  new HttpProblem(400, 'Invalid request', `${field}: ${message}`, {
    type: PROBLEM_TYPES.validation,
    errors: [{ path: field, message }],
  });

/** The live id of an entity named by a request (old ids of merged entities are followed), or a 404. */
export async function entityOrNotFound(runner: Runner, id: string, field: string): Promise<string> {
  const live = await liveId(runner, id);
  if (!live)
    throw notFound(`${field}: no entity has the id "${id}". Find ids with GET /api/search?q=<name>.`);
  return live;
}

export interface EntityState {
  id: string;
  label: string;
  name: string;
  aliases: string[];
}

export async function readEntity(runner: Runner, id: string): Promise<EntityState | null> {
  const { rows } = await runner.run<EntityState>(
    `MATCH (n:Entity {id: $id})
     RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, coalesce(n.name, n.id) AS name,
            coalesce(n.aliases, []) AS aliases`,
    { id, labels: [...ENTITY_LABELS] },
  );
  return rows[0] ?? null;
}

/** The entity with this live id, which prepare has just found. */
export async function mustReadEntity(runner: Runner, id: string): Promise<EntityState> {
  const entity = await readEntity(runner, id);
  if (!entity) throw notFound(`no entity has the id "${id}"`);
  return entity;
}

export const nodesScope = (...ids: string[]): SnapshotScope => ({ kind: 'nodes', ids });

/** `written`/`changed` count of a statement's first row. */
export const countOf = (rows: readonly Record<string, unknown>[], column = 'changed'): number =>
  Number(rows[0]?.[column] ?? 0);
