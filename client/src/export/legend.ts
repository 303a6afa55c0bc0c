// The legend an exported image carries: the labels and relationship types it shows, each with the
// colour and shape (or line) the graph draws it with.
import { LABEL_LOOKS, OTHER_LOOK, OTHER_TYPE, TYPE_LOOKS } from '../graph/palette';

export type LegendItem =
  | { kind: 'label'; key: string; text: string; colour: string; shape: string }
  | { kind: 'type'; key: string; text: string; colour: string; line: 'solid' | 'dashed' | 'dotted' };

/**
 * @example legendItems(['Person'], ['SIGNED'], t) // [{ kind: 'label', key: 'Person', text: 'Persona', … }, …]
 */
export function legendItems(
  labels: Iterable<string>,
  types: Iterable<string>,
  t: (key: string) => string,
): LegendItem[] {
  const labelSet = new Set(labels);
  const known = Object.keys(LABEL_LOOKS).filter((l) => labelSet.has(l));
  const others = [...labelSet].filter((l) => !(l in LABEL_LOOKS)).sort();
  const items: LegendItem[] = [...known, ...others].map((label) => {
    const look = LABEL_LOOKS[label] ?? OTHER_LOOK;
    return { kind: 'label', key: label, text: t(`label.${label}`), colour: look.colour, shape: look.shape };
  });
  for (const type of [...new Set(types)].sort()) {
    const look = TYPE_LOOKS[type] ?? OTHER_TYPE;
    items.push({ kind: 'type', key: type, text: t(`type.${type}`), colour: look.colour, line: look.line });
  }
  return items;
}

/** Corners of a legend swatch of `shape` centred on (x, y) with radius r (null: a circle). */
export function shapePoints(shape: string, x: number, y: number, r: number): [number, number][] | null {
  const polygon = (n: number, start: number) =>
    Array.from({ length: n }, (_, i): [number, number] => {
      const a = start + (i * 2 * Math.PI) / n;
      return [x + r * Math.cos(a), y + r * Math.sin(a)];
    });
  if (shape.includes('rectangle')) return polygon(4, Math.PI / 4);
  if (shape.includes('triangle')) return polygon(3, -Math.PI / 2);
  if (shape.includes('hexagon')) return polygon(6, 0);
  if (shape.includes('diamond')) return polygon(4, -Math.PI / 2);
  return null;
}

/** Dash pattern of a relationship type's line (SVG stroke-dasharray / canvas setLineDash). */
export function dashOf(line: 'solid' | 'dashed' | 'dotted'): number[] {
  return line === 'dashed' ? [6, 4] : line === 'dotted' ? [2, 3] : [];
}
