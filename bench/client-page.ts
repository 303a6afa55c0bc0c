// The page side of bench:client, bundled with esbuild into an IIFE: it builds the graph either with the
// app's own setup (createGraph: its stylesheet, renderer choice and viewport options) or with plain
// cytoscape defaults, and counts frames and long tasks for the Node side, which drives real gestures.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { fitView } from '../client/src/graph/fit';
import { createGraph } from '../client/src/graph/setup';
import { stylesheet } from '../client/src/graph/styles';
import { syntheticElements } from './client-elements';

export type Mode = 'app' | 'baseline';

export interface LoadResult {
  firstFrameMs: number;
  /** Of which building the graph and fitting the view, before cytoscape draws anything. */
  buildMs: number;
  renderer: string;
  longTasks: { count: number; totalMs: number; maxMs: number };
  /** The graph's rendered box, so gestures can start on empty background. */
  box: { x1: number; x2: number; y1: number; y2: number };
}

export interface FrameCount {
  frames: number;
  renders: number;
  /** Viewport changes seen, to show the gesture panned or zoomed. */
  viewports: number;
  ms: number;
  panX: number;
  zoom: number;
}

export interface BenchPage {
  load(mode: Mode, count: number): Promise<LoadResult>;
  startFrames(): void;
  stopFrames(): FrameCount;
}

declare global {
  interface Window {
    enlaceBench: BenchPage;
  }
}

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
  buffered: true,
});

const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

let cy: Core | null = null;
let counting = { frames: 0, renders: 0, viewports: 0, started: 0, on: false };

function build(
  mode: Mode,
  container: HTMLElement,
  elements: ElementDefinition[],
): { cy: Core; renderer: string } {
  if (mode === 'baseline') {
    // Cytoscape's defaults (canvas, no viewport texture) with the app's stylesheet, so only the options differ.
    return { cy: cytoscape({ container, elements, style: stylesheet() }), renderer: 'canvas' };
  }
  const graph = createGraph(container);
  graph.cy.add(elements);
  return { cy: graph.cy, renderer: graph.renderer };
}

async function load(mode: Mode, count: number): Promise<LoadResult> {
  const container = document.getElementById('cy') as HTMLElement;
  const elements = syntheticElements(count);
  const started = performance.now();
  const built = build(mode, container, elements);
  cy = built.cy;
  fitView(cy, cy.elements(), false);
  const buildMs = performance.now() - started;
  const rendered = new Promise((done) => cy?.one('render', done));
  await rendered;
  await nextFrame();
  const firstFrameMs = performance.now() - started;
  // Long tasks are reported once they end; give the last one time to arrive.
  await sleep(300);
  const during = longTasks.filter((task) => task.startTime >= started);
  cy.on('render', () => {
    if (counting.on) counting.renders++;
  });
  cy.on('viewport', () => {
    if (counting.on) counting.viewports++;
  });
  const box = cy.elements().renderedBoundingBox();
  return {
    firstFrameMs,
    buildMs,
    renderer: built.renderer,
    longTasks: {
      count: during.length,
      totalMs: during.reduce((sum, task) => sum + task.duration, 0),
      maxMs: Math.max(0, ...during.map((task) => task.duration)),
    },
    box: { x1: box.x1, x2: box.x2, y1: box.y1, y2: box.y2 },
  };
}

function startFrames(): void {
  counting = { frames: 0, renders: 0, viewports: 0, started: performance.now(), on: true };
  const tick = () => {
    if (!counting.on) return;
    counting.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames(): FrameCount {
  counting.on = false;
  return {
    frames: counting.frames,
    renders: counting.renders,
    viewports: counting.viewports,
    ms: performance.now() - counting.started,
    panX: cy?.pan().x ?? 0,
    zoom: cy?.zoom() ?? 0,
  };
}

window.enlaceBench = { load, startFrames, stopFrames };
