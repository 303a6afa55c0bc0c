// An exported image: the graph under a title and subtitle, with the legend below it. One layout for
// both PNG (drawn on a canvas) and SVG (written as elements); every text is set as text.
import { dashOf, shapePoints, type LegendItem } from './legend';

export interface Figure {
  /** Empty: no heading (the report has its own). */
  title: string;
  subtitle: string;
  legend: LegendItem[];
}

const PAD = 24;
const TITLE_PX = 26;
const SUB_PX = 14;
const LEGEND_PX = 14;
const ROW = 24;
const SWATCH = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';
const INK = '#1d2733';
const MUTED = '#5b6b7c';

interface Placed {
  item: LegendItem;
  x: number;
  y: number;
}

export interface FigureLayout {
  width: number;
  height: number;
  graphX: number;
  graphY: number;
  legendY: number;
  placed: Placed[];
}

/** Where everything goes, for a graph image of `graphW` x `graphH`; `measure` gives a text's width. */
export function layoutFigure(
  figure: Figure,
  graphW: number,
  graphH: number,
  measure: (text: string) => number,
): FigureLayout {
  const width = Math.max(graphW + 2 * PAD, 720);
  const graphY = figure.title ? PAD + TITLE_PX + 8 + SUB_PX + 16 : PAD;
  const legendY = graphY + graphH + 18;
  const placed: Placed[] = [];
  let x = PAD;
  let y = legendY + ROW / 2;
  for (const item of figure.legend) {
    const w = SWATCH + 6 + measure(item.text) + 18;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += ROW;
    }
    placed.push({ item, x, y });
    x += w;
  }
  const height = (placed.length ? y + ROW / 2 : legendY) + PAD;
  return { width, height, graphX: (width - graphW) / 2, graphY, legendY, placed };
}

/** A canvas measurer at the legend's font. */
export function canvasMeasure(): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${LEGEND_PX}px ${FONT}`;
  return (text) => context.measureText(text).width;
}

/** The figure as PNG: `graph` is the graph's image (cytoscape png), drawn at its own size. */
export async function composePng(graph: HTMLImageElement, figure: Figure): Promise<Blob> {
  // A large graph image is laid out at a readable width and drawn k times finer, so the title and the
  // legend keep their size beside it.
  const k = Math.max(1, graph.naturalWidth / 1100);
  const graphW = graph.naturalWidth / k;
  const graphH = graph.naturalHeight / k;
  const layout = layoutFigure(figure, graphW, graphH, canvasMeasure());
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(layout.width * k);
  canvas.height = Math.ceil(layout.height * k);
  const c = canvas.getContext('2d')!;
  c.scale(k, k);
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, layout.width, layout.height);
  c.textBaseline = 'alphabetic';
  if (figure.title) {
    c.fillStyle = INK;
    c.font = `600 ${TITLE_PX}px ${FONT}`;
    c.fillText(figure.title, PAD, PAD + TITLE_PX);
    c.fillStyle = MUTED;
    c.font = `${SUB_PX}px ${FONT}`;
    c.fillText(figure.subtitle, PAD, PAD + TITLE_PX + 8 + SUB_PX);
  }
  c.drawImage(graph, layout.graphX, layout.graphY, graphW, graphH);
  c.strokeStyle = '#d8dee5';
  c.lineWidth = 1;
  c.beginPath();
  c.moveTo(PAD, layout.legendY - 6);
  c.lineTo(layout.width - PAD, layout.legendY - 6);
  c.stroke();
  c.font = `${LEGEND_PX}px ${FONT}`;
  c.textBaseline = 'middle';
  for (const { item, x, y } of layout.placed) {
    const cx = x + SWATCH / 2;
    if (item.kind === 'label') {
      c.fillStyle = item.colour;
      c.beginPath();
      const points = shapePoints(item.shape, cx, y, SWATCH / 2);
      if (points) points.forEach(([px, py], i) => (i ? c.lineTo(px, py) : c.moveTo(px, py)));
      else c.arc(cx, y, SWATCH / 2, 0, 2 * Math.PI);
      c.closePath();
      c.fill();
    } else {
      c.strokeStyle = item.colour;
      c.lineWidth = 3;
      c.setLineDash(dashOf(item.line));
      c.beginPath();
      c.moveTo(x, y);
      c.lineTo(x + SWATCH, y);
      c.stroke();
      c.setLineDash([]);
    }
    c.fillStyle = INK;
    c.fillText(item.text, x + SWATCH + 6, y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    ),
  );
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgEl(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The figure as SVG text: the graph's own SVG (cytoscape-svg) nested under the title, legend below. */
export function composeSvg(graphSvg: string, figure: Figure): string {
  const parsed = new DOMParser().parseFromString(graphSvg, 'image/svg+xml');
  const inner = parsed.documentElement;
  if (inner.nodeName !== 'svg') throw new Error('the graph did not render as SVG');
  const graphW = parseFloat(inner.getAttribute('width') ?? '0');
  const graphH = parseFloat(inner.getAttribute('height') ?? '0');
  const layout = layoutFigure(figure, graphW, graphH, canvasMeasure());
  const root = svgEl('svg', {
    xmlns: SVG_NS,
    width: Math.ceil(layout.width),
    height: Math.ceil(layout.height),
    viewBox: `0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}`,
    'font-family': FONT,
  });
  root.append(
    svgEl('title', {}, figure.title),
    svgEl('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: '#ffffff' }),
    svgEl(
      'text',
      { x: PAD, y: PAD + TITLE_PX, 'font-size': TITLE_PX, 'font-weight': 600, fill: INK },
      figure.title,
    ),
    svgEl(
      'text',
      { x: PAD, y: PAD + TITLE_PX + 8 + SUB_PX, 'font-size': SUB_PX, fill: MUTED },
      figure.subtitle,
    ),
  );
  const nested = document.importNode(inner, true) as unknown as SVGElement;
  nested.setAttribute('x', String(layout.graphX));
  nested.setAttribute('y', String(layout.graphY));
  root.append(nested);
  root.append(
    svgEl('line', {
      x1: PAD,
      x2: layout.width - PAD,
      y1: layout.legendY - 6,
      y2: layout.legendY - 6,
      stroke: '#d8dee5',
    }),
  );
  const legend = svgEl('g', { class: 'legend', 'font-size': LEGEND_PX, fill: INK });
  for (const { item, x, y } of layout.placed) {
    const cx = x + SWATCH / 2;
    if (item.kind === 'label') {
      const points = shapePoints(item.shape, cx, y, SWATCH / 2);
      legend.append(
        points
          ? svgEl('polygon', { points: points.map((p) => p.join(',')).join(' '), fill: item.colour })
          : svgEl('circle', { cx, cy: y, r: SWATCH / 2, fill: item.colour }),
      );
    } else {
      const dash = dashOf(item.line);
      legend.append(
        svgEl('line', {
          x1: x,
          x2: x + SWATCH,
          y1: y,
          y2: y,
          stroke: item.colour,
          'stroke-width': 3,
          ...(dash.length ? { 'stroke-dasharray': dash.join(' ') } : {}),
        }),
      );
    }
    legend.append(svgEl('text', { x: x + SWATCH + 6, y, 'dominant-baseline': 'middle' }, item.text));
  }
  root.append(legend);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
