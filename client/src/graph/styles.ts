// The Cytoscape stylesheet: shapes and colours by label, sizes by centrality (data.size, set by
// sizing.ts), edges by type, and the classes the features toggle (highlight, faded, pinned, path).
import type { StylesheetJson } from 'cytoscape';
import { LABEL_LOOKS, TYPE_LOOKS } from './palette';

export function stylesheet(): StylesheetJson {
  const byLabel = Object.entries(LABEL_LOOKS).map(([label, look]) => ({
    selector: `node[label = "${label}"]`,
    style: { 'background-color': look.colour, shape: look.shape },
  }));
  const byType = Object.entries(TYPE_LOOKS).map(([type, look]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': look.colour, 'target-arrow-color': look.colour, 'line-style': look.line },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': '#ADB5BD',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(display)',
        'font-family': 'system-ui, sans-serif',
        'font-size': 11,
        color: '#1d2733',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        'text-background-padding': '1px',
        'border-width': 1,
        'border-color': '#ffffff',
        'min-zoomed-font-size': 5,
      },
    },
    ...byLabel,
    { selector: 'node.community', style: { 'background-color': 'data(communityColour)' } },
    {
      selector: 'node[hidden > 0]',
      style: { 'border-width': 3, 'border-color': '#1d2733', 'border-style': 'double' },
    },
    {
      selector: 'node.pinned',
      style: { 'border-width': 3, 'border-color': '#3b4a5a', 'border-style': 'dashed' },
    },
    {
      selector: 'node.focus',
      style: { 'border-width': 4, 'border-color': '#0b57d0', 'font-weight': 'bold' },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(evidenceCount, 0, 10, 1.2, 5)',
        'line-color': '#9aa5b1',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#9aa5b1',
        'arrow-scale': 0.8,
        opacity: 0.8,
      },
    },
    ...byType,
    { selector: 'edge[type = "SIGNED_WITH"]', style: { 'target-arrow-shape': 'none' } },
    {
      selector: 'edge:selected, edge.hover',
      style: {
        label: 'data(typeLabel)',
        'font-size': 10,
        color: '#3b4a5a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        width: 4,
        opacity: 1,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b57d0' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.1 } },
    { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#d81b60', opacity: 1 } },
    {
      selector: 'edge.path',
      style: {
        'line-color': '#d81b60',
        'target-arrow-color': '#d81b60',
        width: 5,
        opacity: 1,
        'z-index': 10,
      },
    },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.hidden-by-user', style: { display: 'none' } },
  ];
}
