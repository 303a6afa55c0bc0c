// The Cytoscape instance: extensions, the stylesheet, and the renderer chosen for this machine.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { chooseRenderer, type RendererName } from './renderer';
import { stylesheet } from './styles';

cytoscape.use(fcose);
cytoscape.use(svg);

export function createGraph(container: HTMLElement): {
  cy: Core;
  renderer: RendererName;
  gpu: string | null;
} {
  const { name, gpu } = chooseRenderer();
  const cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'additive',
    // Without a GPU: draw the viewport from a texture while panning and zooming (see calibration.md).
    textureOnViewport: name === 'canvas',
    motionBlur: false,
    pixelRatio: name === 'canvas' ? 1 : 'auto',
    renderer: name === 'webgl' ? { name: 'canvas', webgl: true } : { name: 'canvas' },
  } as cytoscape.CytoscapeOptions);
  container.dataset.renderer = name;
  return { cy, renderer: name, gpu };
}
