// Positions for the graph's nodes, computed by fCoSE in a Web Worker (the page stays responsive);
// the main thread runs it only if the worker cannot start.
import type { Core, LayoutOptions, NodeCollection } from 'cytoscape';
import type { LayoutRequest, LayoutResponse } from './layout-options';

type Positions = Record<string, [number, number]>;

export class Layouts {
  private worker: Worker | null = null;
  private next = 1;
  private pending = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>();

  constructor(private readonly workerUrl = '/layout-worker.js') {}

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    try {
      this.worker = new Worker(this.workerUrl, { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
        const waiting = this.pending.get(event.data.id);
        if (!waiting) return;
        this.pending.delete(event.data.id);
        if (event.data.positions) waiting.resolve(event.data.positions);
        else waiting.reject(new Error(event.data.error));
      };
      this.worker.onerror = (event) => {
        this.pending.forEach((w) => w.reject(new Error(event.message || 'layout worker failed')));
        this.pending.clear();
        this.worker = null;
      };
      return this.worker;
    } catch {
      return null;
    }
  }

  /** Lays out `nodes` (and the edges among them); `fixed` nodes keep their positions. */
  async compute(
    cy: Core,
    nodes: NodeCollection,
    options: { fixed?: Set<string>; incremental?: boolean } = {},
  ): Promise<Positions> {
    const ids = new Set(nodes.map((n) => n.id()));
    const request: LayoutRequest = {
      id: this.next++,
      nodes: nodes.map((n) => {
        const p = n.position();
        return { id: n.id(), size: Number(n.data('size') ?? 30), x: p.x, y: p.y };
      }),
      edges: endpoints(cy).filter(([s, t]) => ids.has(s) && ids.has(t)),
      fixed: [...(options.fixed ?? [])].filter((id) => ids.has(id)),
      incremental: options.incremental ?? false,
    };
    const worker = this.ensureWorker();
    if (!worker) {
      const { runLayout } = await import('./fcose-run');
      return runLayout(request);
    }
    return new Promise<Positions>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }
}

function endpoints(cy: Core): [string, string][] {
  const out: [string, string][] = [];
  cy.edges().forEach((e) => void out.push([e.source().id(), e.target().id()]));
  return out;
}

/** Moves nodes to their new positions, animated when few enough to keep it smooth. */
export function applyPositions(cy: Core, positions: Positions, animate = true): Promise<void> {
  const nodes = cy.nodes().filter((n) => positions[n.id()] !== undefined);
  if (!animate || nodes.length > 400) {
    cy.batch(() =>
      nodes.forEach((n) => void n.position({ x: positions[n.id()]![0], y: positions[n.id()]![1] })),
    );
    return Promise.resolve();
  }
  const layout = nodes.layout({
    name: 'preset',
    positions: (n: { id(): string }) => {
      const p = positions[n.id()]!;
      return { x: p[0], y: p[1] };
    },
    animate: true,
    animationDuration: 350,
    fit: false,
  } as LayoutOptions);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  return done.then(() => undefined);
}
