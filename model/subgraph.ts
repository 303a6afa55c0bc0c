// A subgraph as it leaves the database: what exports, the API and the browser view exchange.

export type PropertyValue = string | number | boolean | null | string[] | number[];

export interface SubgraphNode {
  id: string;
  label: string;
  properties: Record<string, PropertyValue>;
}

export interface SubgraphRelationship {
  /** Unique within the subgraph: `<from>|<type>|<to>` plus a discriminator when needed. */
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  relationships: SubgraphRelationship[];
}
