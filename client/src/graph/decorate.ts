// Data the stylesheet reads that the API does not send: node size from centrality, the shown label
// (name, shortened, with the "+N more" of a hub), the edge's type in the interface's language, and
// community colours.
import type { Core, NodeSingular } from 'cytoscape';
import { communityColour } from './palette';

const MIN_SIZE = 18;
const MAX_SIZE = 64;
const NAME_MAX = 40;

/** The centrality a node is sized by: degree from the API when given, else on screen. */
function centrality(node: NodeSingular): number {
  const degree = node.data('degree') as unknown;
  return typeof degree === 'number' ? degree : node.degree(false);
}

function shortName(node: NodeSingular): string {
  const acronym = node.data('acronym') as unknown;
  const name = String(node.data('name') ?? node.id());
  const short = typeof acronym === 'string' && acronym && name.length > NAME_MAX ? acronym : name;
  return short.length > NAME_MAX ? `${short.slice(0, NAME_MAX - 1)}…` : short;
}

export function decorate(cy: Core, t: (key: string, vars?: Record<string, string | number>) => string): void {
  const nodes = cy.nodes();
  let max = 1;
  nodes.forEach((n) => void (max = Math.max(max, centrality(n))));
  cy.batch(() => {
    nodes.forEach((node) => {
      const ratio = Math.sqrt(centrality(node) / max);
      node.data('size', Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * ratio));
      const hidden = Number(node.data('hidden') ?? 0);
      const more = hidden > 0 ? `\n${t('hub.more', { n: hidden })}` : '';
      node.data('display', shortName(node) + more);
      const community = node.data('community') as unknown;
      if (community !== undefined && community !== null)
        node.data(
          'communityColour',
          communityColour(typeof community === 'number' ? community : hashOf(JSON.stringify(community))),
        );
    });
    cy.edges().forEach((edge) => {
      const type = String(edge.data('type'));
      const role = edge.data('role') as unknown;
      const label = t(`type.${type}`);
      edge.data('typeLabel', typeof role === 'string' && role ? `${label}: ${role}` : label);
    });
  });
}

function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}
