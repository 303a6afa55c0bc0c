// fCoSE off the main thread: a headless Cytoscape in a Web Worker lays out the nodes it is sent and
// answers their positions, so no layout blocks the page.
import { runLayout } from './fcose-run';
import type { LayoutRequest, LayoutResponse } from './layout-options';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  try {
    const positions = runLayout(request);
    self.postMessage({ id: request.id, positions } satisfies LayoutResponse);
  } catch (error) {
    self.postMessage({ id: request.id, error: String(error) } satisfies LayoutResponse);
  }
};
