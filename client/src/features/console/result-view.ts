// The answer of a query in the console: the rows as a table (text only), Neo4j's warnings, and a
// button that puts the nodes and relationships found on the graph.
import type { CypherResult } from '../../../../model/api/cypher';
import { el } from '../../app/dom';
import type { AppHost } from '../../app/host';
import { cellText } from './cells';

const ROWS_SHOWN = 500;

export function resultView(host: AppHost, result: CypherResult): HTMLElement {
  const { t } = host;
  const summary = el(
    'p',
    { class: 'console-summary', 'data-role': 'summary' },
    t('console.rows', { n: result.rows.length, ms: result.elapsedMs }),
    result.truncated ? t('console.truncated') : '',
  );
  const nodes = result.elements.nodes.length;
  const edges = result.elements.edges.length;
  const toGraph =
    nodes > 0
      ? el(
          'button',
          {
            type: 'button',
            class: 'primary',
            'data-role': 'to-graph',
            onclick: () => void addToGraph(host, result),
          },
          t('console.toGraph', { nodes, edges }),
        )
      : null;
  const warnings = result.notifications.map((n) =>
    el(
      'p',
      { class: 'console-warning', role: 'note' },
      `${t('console.warning')}: ${n.title} `,
      n.position ? `(${t('console.position', { line: n.position.line, column: n.position.column })})` : '',
    ),
  );
  const table = result.rows.length
    ? el(
        'table',
        { class: 'console-table' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            result.columns.map((c) => el('th', { scope: 'col' }, c)),
          ),
        ),
        el(
          'tbody',
          {},
          result.rows.slice(0, ROWS_SHOWN).map((row) =>
            el(
              'tr',
              {},
              result.columns.map((c) => el('td', {}, cellText(row[c]))),
            ),
          ),
        ),
      )
    : el('p', { class: 'muted' }, t('console.noRows'));
  return el(
    'div',
    { class: 'console-result', 'data-state': 'rows' },
    el('div', { class: 'console-result-head' }, summary, toGraph),
    warnings,
    table,
  );
}

async function addToGraph(host: AppHost, result: CypherResult): Promise<void> {
  if (!result.elements.nodes.length) return host.notify(host.t('console.nothingToAdd'));
  const added = await host.addElements(result.elements, {
    place: 'layout',
    fit: result.elements.nodes.map((n) => n.data.id),
    undoLabel: host.t('console.title'),
  });
  host.notify(host.t('console.added', { n: added.length }), 'success');
}

/** A refusal, a syntax error (with where it is) or a costly query, as the console shows it. */
export function errorView(kind: 'refused' | 'syntax' | 'costly' | 'other', message: string, where?: string) {
  return el(
    'div',
    { class: `console-result console-error ${kind}`, 'data-state': kind, role: 'alert' },
    el('p', { class: 'console-error-message' }, message),
    where ? el('p', { class: 'console-error-position' }, where) : null,
  );
}
