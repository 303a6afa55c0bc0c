// How each entity label and relationship type is drawn: one colour and one shape per label (the same
// colours as the GraphML and GEXF exports), one colour and line style per relationship type.
import type { Css } from 'cytoscape';

export interface LabelLook {
  colour: string;
  shape: Css.NodeShape;
}

export const LABEL_LOOKS: Record<string, LabelLook> = {
  Person: { colour: '#F4A261', shape: 'ellipse' },
  Institution: { colour: '#2A9D8F', shape: 'round-rectangle' },
  Place: { colour: '#E9C46A', shape: 'round-triangle' },
  Event: { colour: '#8AB17D', shape: 'round-hexagon' },
  Agreement: { colour: '#E76F51', shape: 'round-diamond' },
};
export const OTHER_LOOK: LabelLook = { colour: '#ADB5BD', shape: 'ellipse' };

export interface TypeLook {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
}

export const TYPE_LOOKS: Record<string, TypeLook> = {
  SIGNED_WITH: { colour: '#1d6f66', line: 'solid' },
  PARTY_TO: { colour: '#2A9D8F', line: 'solid' },
  SIGNED: { colour: '#c77a3a', line: 'solid' },
  WITNESSED_BY: { colour: '#c77a3a', line: 'dashed' },
  HELD_AT: { colour: '#b39b3c', line: 'dashed' },
  HOLDS_ROLE: { colour: '#8d6e63', line: 'solid' },
  PARTICIPATED_IN: { colour: '#6a8f5e', line: 'dotted' },
  LOCATED_IN: { colour: '#9e9e9e', line: 'dotted' },
  PART_OF: { colour: '#5c6bc0', line: 'dashed' },
};
export const OTHER_TYPE: TypeLook = { colour: '#9aa5b1', line: 'solid' };

/** Distinct colours for communities (Tableau 10, then greys). */
const COMMUNITY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

export function communityColour(index: number): string {
  return COMMUNITY_COLOURS[index % COMMUNITY_COLOURS.length] ?? '#bab0ac';
}
