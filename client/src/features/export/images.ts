// Images of the chosen elements: drawn by a second, off-screen Cytoscape with the view's style and
// positions (so the selection's highlight and the viewport do not show), then framed by figure.ts.
import cytoscape, { type Collection, type Core } from 'cytoscape';
import type { AppHost } from '../../app/host';
import { composePng, composeSvg, type Figure } from '../../export/figure';
import { legendItems } from '../../export/legend';

/** Longest side of the graph's image, in pixels (a poster-size PNG stays a few MB). */
const MAX_SIDE = 3000;

function offscreenCopy(host: AppHost, elements: Collection): { copy: Core; dispose: () => void } {
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;left:-20000px;top:0;width:1200px;height:900px;';
  document.body.appendChild(box);
  const copy = cytoscape({
    container: box,
    elements: elements.jsons().map((json) => ({ ...json, selected: false })) as cytoscape.ElementDefinition[],
    // The view's stylesheet as it is now (community colours included); its typings omit json().
    style: (host.cy.style() as unknown as { json(): cytoscape.CytoscapeOptions['style'] }).json(),
    layout: { name: 'preset' },
    styleEnabled: true,
    headless: false,
  });
  return {
    copy,
    dispose: () => {
      copy.destroy();
      box.remove();
    },
  };
}

export function figureFor(host: AppHost, elements: Collection, title: string): Figure {
  const nodes = elements.nodes();
  const edges = elements.edges();
  return {
    title,
    subtitle: host.t('export.subtitle', {
      nodes: nodes.length,
      edges: edges.length,
      date: new Date().toLocaleDateString(host.i18n.lang()),
    }),
    legend: legendItems(
      nodes.map((n) => String(n.data('label'))),
      edges.map((e) => String(e.data('type'))),
      host.t,
    ),
  };
}

function scaleFor(copy: Core): number {
  const box = copy.elements().boundingBox();
  const side = Math.max(box.w, box.h, 1);
  return Math.max(0.5, Math.min(2, MAX_SIDE / side));
}

export async function pngOf(
  host: AppHost,
  elements: Collection,
  title: string,
  options: { heading?: boolean } = {},
): Promise<Blob> {
  const { copy, dispose } = offscreenCopy(host, elements);
  try {
    const url = copy.png({ full: true, bg: '#ffffff', scale: scaleFor(copy), output: 'base64uri' });
    const image = new Image();
    image.src = url;
    await image.decode();
    const figure = figureFor(host, elements, title);
    return await composePng(image, options.heading === false ? { ...figure, title: '' } : figure);
  } finally {
    dispose();
  }
}

export function svgOf(host: AppHost, elements: Collection, title: string): string {
  const { copy, dispose } = offscreenCopy(host, elements);
  try {
    squareShapes(copy);
    const svg = (copy as Core & { svg(options: object): string }).svg({
      full: true,
      bg: '#ffffff',
      scale: 1,
    });
    return composeSvg(svg, figureFor(host, elements, title));
  } finally {
    dispose();
  }
}

/** cytoscape-svg cannot draw the rounded shapes (its canvas-to-SVG bridge drops their paths): use the plain ones. */
function squareShapes(copy: Core): void {
  copy.batch(() => {
    copy.nodes().forEach((node) => {
      for (const property of ['shape', 'text-background-shape']) {
        const value = String(node.style(property));
        if (value.startsWith('round-')) node.style(property, value.slice('round-'.length));
      }
    });
  });
}

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string); // readAsDataURL gives a string
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}
