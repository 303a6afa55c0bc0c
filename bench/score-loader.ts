// Loads the shared scorer (../shared/eval/score.mjs, beside the repository) and types what the bench reads of it.
import type { GoldDocument } from './corpus';
import type { ScoredExtraction } from './extract-protocol';
import { moduleUrl } from './extract-pool';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreSummary {
  documents: number;
  missingDocs: number;
  entities: Prf;
  entitiesByLabel: Record<string, Prf>;
  coreRelations: Prf;
  allRelations: Prf;
  relationsByType: Record<string, Prf>;
  agreements: { gold: number; predicted: number };
  /** Per document: its scores and one note per miss or false positive ("  FN SIGNED a -> b"). */
  perDoc: { file: string; entities: Prf; relations: Prf; notes: string[] }[];
}

export type ScoreFunction = (
  gold: readonly GoldDocument[],
  predictions: readonly ScoredExtraction[],
) => ScoreSummary;

/** The scorer's place in CI and on the team's machines: the shared folder beside the repository. */
export const DEFAULT_SCORER = new URL('../../shared/eval/score.mjs', import.meta.url);

// Imported at run time rather than statically: the .mjs lives outside the repository and has no types.
export async function loadScorer(location: string | URL = DEFAULT_SCORER): Promise<ScoreFunction> {
  const url = moduleUrl(location);
  let mod: { score?: unknown };
  try {
    mod = (await import(url)) as { score?: unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`bench: cannot load the scorer at ${url} (${message}); pass --scorer PATH`);
  }
  if (typeof mod.score !== 'function')
    throw new Error(`bench: ${url} does not export score(goldDocs, predDocs)`);
  return mod.score as ScoreFunction;
}
