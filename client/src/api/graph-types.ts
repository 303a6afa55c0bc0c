// The graph endpoints' shapes, as the contract states them (GET /api/graph/neighborhood, /api/paths,
// /api/graph/overview, /api/analytics, /api/stats).
import type { CyElements } from '../../../model/api/common';

/** Filters every graph view shares. */
export type GraphFilters = {
  labels?: string[];
  types?: string[];
  from?: string;
  to?: string;
};

export interface NeighborhoodResult {
  elements: CyElements;
  centres: string[];
  truncated: boolean;
  hidden: { id: string; type: string; count: number }[];
  total: { nodes: number; edges: number };
}

export interface PathsResult {
  elements: CyElements;
  paths: { nodes: string[]; edges: string[]; length: number }[];
  found: boolean;
  note?: string | null;
}

export interface OverviewResult {
  elements: CyElements;
  reduced: boolean;
  hiddenNodes: number;
  hiddenEdges: number;
  total: { nodes: number; edges: number };
  note: string | null;
}

export interface AnalyticsResult {
  version: number;
  nodes: { id: string; degree: number; betweenness: number; pagerank: number; community: number | string }[];
  communities: { id: number | string; size: number; label: string }[];
}

export interface Stats {
  entities: Record<string, number>;
  relationships: Record<string, number>;
  documents: number;
  agreements: { dated: number; undated: number; firstDate: string | null; lastDate: string | null };
}
