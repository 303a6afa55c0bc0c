// Node colours by label for files that carry their own drawing (yEd's GraphML, Gephi's GEXF viz).

export const LABEL_COLOURS: Record<string, string> = {
  Person: '#F4A261',
  Institution: '#2A9D8F',
  Place: '#E9C46A',
  Event: '#8AB17D',
  Agreement: '#E76F51',
  Document: '#ADB5BD',
};

const OTHER = '#CCCCCC';

/** @example labelColour('Person') // '#F4A261' */
export function labelColour(label: string): string {
  return LABEL_COLOURS[label] ?? OTHER;
}

/** @example rgb('#F4A261') // { r: 244, g: 162, b: 97 } */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
