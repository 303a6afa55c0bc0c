// The agreements timeline: one bar per month or year (empty periods included, so time reads
// evenly), and a brush: dragging across the bars picks a date range, reported as it moves.
import type { Timeline } from '../../api/types';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 236;
const HEIGHT = 90;
const AXIS = 14;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Every period from the first to the last bucket (months: whole years), with its count (0 when none). */
export function continuousPeriods(timeline: Timeline): { period: string; count: number }[] {
  const counts = new Map(timeline.buckets.map((b) => [b.period, b.count]));
  const first = timeline.buckets[0]?.period;
  const last = timeline.buckets.at(-1)?.period;
  if (!first || !last) return [];
  const out: { period: string; count: number }[] = [];
  if (timeline.granularity === 'year') {
    for (let y = Number(first); y <= Number(last); y++)
      out.push({ period: String(y), count: counts.get(String(y)) ?? 0 });
    return out;
  }
  // whole years, so that a corpus of a few months still reads as a stretch of time
  let [y, m] = [Number(first.slice(0, 4)), 1];
  const [ly, lm] = [Number(last.slice(0, 4)), 12];
  while (y < ly || (y === ly && m <= lm)) {
    const period = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ period, count: counts.get(period) ?? 0 });
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export interface Brushed {
  from: string | null;
  to: string | null;
}

/** Draws the bars into `root`; `onBrush` is called while dragging (and with nulls on a click). */
export function drawTimeline(
  root: HTMLElement,
  timeline: Timeline,
  range: Brushed,
  onBrush: (range: Brushed, done: boolean) => void,
): void {
  const periods = continuousPeriods(timeline);
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'timeline-chart' });
  root.replaceChildren(chart);
  if (!periods.length) return;
  const max = Math.max(...periods.map((p) => p.count), 1);
  const step = WIDTH / periods.length;
  const inRange = (period: string) =>
    (!range.from || period >= range.from.slice(0, period.length)) &&
    (!range.to || period <= range.to.slice(0, period.length));
  const bars = periods.map((p, i) => {
    const h = ((HEIGHT - AXIS - 4) * p.count) / max;
    const bar = svg('rect', {
      x: i * step + 0.5,
      y: HEIGHT - AXIS - h,
      width: Math.max(1, step - 1),
      height: h,
      class: `bar${inRange(p.period) ? '' : ' out'}`,
      'data-period': p.period,
    });
    const title = svg('title', {});
    title.textContent = `${p.period}: ${p.count}`;
    bar.appendChild(title);
    chart.appendChild(bar);
    return bar;
  });
  const firstLabel = svg('text', { x: 0, y: HEIGHT - 2, class: 'axis' });
  firstLabel.textContent = periods[0]!.period;
  const lastLabel = svg('text', { x: WIDTH, y: HEIGHT - 2, class: 'axis', 'text-anchor': 'end' });
  lastLabel.textContent = periods.at(-1)!.period;
  chart.append(firstLabel, lastLabel);
  const brush = svg('rect', {
    x: 0,
    y: 0,
    width: 0,
    height: HEIGHT - AXIS,
    class: 'brush',
    visibility: 'hidden',
  });
  chart.appendChild(brush);

  const indexAt = (event: PointerEvent) => {
    const box = chart.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    return Math.max(0, Math.min(periods.length - 1, Math.floor(x / step)));
  };
  const rangeOf = (a: number, b: number): Brushed => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    return { from: periods[lo]!.period, to: periods[hi]!.period };
  };
  const show = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    brush.setAttribute('x', String(lo * step));
    brush.setAttribute('width', String((hi - lo + 1) * step));
    brush.setAttribute('visibility', 'visible');
    bars.forEach((bar, i) => bar.classList.toggle('out', i < lo || i > hi));
  };
  let start: number | null = null;
  let moved = false;
  chart.addEventListener('pointerdown', (event) => {
    start = indexAt(event);
    moved = false;
    chart.setPointerCapture(event.pointerId);
    show(start, start);
  });
  chart.addEventListener('pointermove', (event) => {
    if (start === null) return;
    moved = true;
    const end = indexAt(event);
    show(start, end);
    onBrush(rangeOf(start, end), false);
  });
  chart.addEventListener('pointerup', (event) => {
    if (start === null) return;
    const end = indexAt(event);
    onBrush(moved || end !== start ? rangeOf(start, end) : rangeOf(start, start), true);
    start = null;
  });
}
