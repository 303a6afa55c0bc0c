// The shapes curation passes between its parts: log entries (a line of the curation file) and the
// recorded state of an edit in the graph.
import type { CurationOpName, CurationParamsOf } from '../../../model/api/curation';
import type { Snapshot } from './snapshot';

/** An edit as the curation file holds it. */
export type EditEntry = {
  [Op in CurationOpName]: {
    id: string;
    op: Op;
    params: CurationParamsOf<Op>;
    note: string;
    /** ISO 8601, UTC. */
    at: string;
    /** Fingerprint of the token that made it. */
    by: string;
  };
}[CurationOpName];

/** An undo as the curation file holds it: the edit `target` is no longer applied. */
export interface UndoEntry {
  op: 'undo';
  target: string;
  note: string;
  at: string;
  by: string;
}

export type LogEntry = EditEntry | UndoEntry;

/** An edit as the graph records it: the entry, its place in the log, whether it was undone, its snapshot. */
export type CurationState = EditEntry & {
  /** Position in the log (1 = first edit): replay order. */
  seq: number;
  undone: boolean;
  undoneAt: string | null;
  undoNote: string | null;
  undoneBy: string | null;
  /** Entity ids it touched (filters, conflicts). */
  entities: string[];
  /** The graph as it was before the edit was applied, for undo; null when it changed nothing. */
  snapshot: Snapshot | null;
};
