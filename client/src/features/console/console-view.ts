// The console's body in the drawer: the editor, its parameters, examples and history on the left;
// the answer on the right. Made once and kept, so closing the drawer loses nothing.
import type { CypherExample, CypherExamples, CypherResult } from '../../../../model/api/cypher';
import { ApiError } from '../../api/client';
import { el, replaceChildren } from '../../app/dom';
import type { AppHost } from '../../app/host';
import { errorDetail } from '../tools-kit/errors';
import { errorPosition } from './cells';
import { createQueryEditor, type EditorSupportSchema, type QueryEditor } from './editor';
import { readHistory, remember, safeStorage, type HistoryEntry } from './history';
import { errorView, resultView } from './result-view';

const START_QUERY =
  'MATCH (i:Institution)-[r:SIGNED_WITH]-(x:Institution)\nRETURN i.name AS institution, x.name AS partner, i, r, x\nLIMIT 25';

export interface ConsoleView {
  root: HTMLElement;
  editor: QueryEditor;
}

export function consoleView(host: AppHost): ConsoleView {
  const { t } = host;
  const storage = safeStorage();
  const history = readHistory(storage);
  const editorBox = el('div', { class: 'console-editor', 'data-role': 'editor' });
  const params = el('textarea', {
    class: 'console-params',
    'data-role': 'params',
    spellcheck: 'false',
    rows: 3,
    'aria-label': t('console.params'),
  });
  params.value = history[0]?.params ?? '{}';
  const output = el('div', { class: 'console-output', 'data-role': 'output', 'aria-live': 'polite' });
  const runButton = el('button', { type: 'button', class: 'primary', 'data-role': 'run' }, t('console.run'));
  const examples = el('select', { 'data-role': 'examples', 'aria-label': t('console.examples') });
  const historySelect = el('select', { 'data-role': 'history', 'aria-label': t('console.history') });
  let exampleList: CypherExample[] = [];
  let entries: HistoryEntry[] = history;

  const run = async () => {
    const query = editor.value().trim();
    if (!query) return replaceChildren(output, errorView('other', t('console.empty')));
    const parsed = parseParams(params.value);
    if (typeof parsed === 'string') return replaceChildren(output, errorView('other', parsed));
    runButton.disabled = true;
    output.dataset.state = 'running';
    try {
      const result = await host.busy(
        t('console.running'),
        host.api.post<CypherResult>('/cypher', { query, params: parsed }),
      );
      replaceChildren(output, resultView(host, result));
    } catch (error) {
      showError(error);
    } finally {
      runButton.disabled = false;
      delete output.dataset.state;
      entries = remember(storage, { query, params: params.value });
      fillHistory();
    }
  };

  const showError = (error: unknown) => {
    const detail = errorDetail(error);
    if (!(error instanceof ApiError)) return replaceChildren(output, errorView('other', detail));
    if (error.status === 403)
      return replaceChildren(output, errorView('refused', t('console.refused', { detail })));
    if (error.status === 422)
      return replaceChildren(output, errorView('costly', t('console.costly', { detail })));
    const position = errorPosition(detail);
    if (position) editor.showPosition(position.line, position.column);
    replaceChildren(
      output,
      errorView(
        'syntax',
        t('console.syntax', { detail }),
        position ? t('console.position', position) : undefined,
      ),
    );
  };

  function parseParams(text: string): Record<string, unknown> | string {
    if (!text.trim()) return {};
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return t('console.paramsObject');
      return value as Record<string, unknown>;
    } catch (error) {
      return t('console.paramsInvalid', { detail: (error as Error).message });
    }
  }

  const fillHistory = () => {
    replaceChildren(
      historySelect,
      el('option', { value: '' }, t('console.history')),
      entries.map((e, i) => el('option', { value: i }, e.query.replace(/\s+/g, ' ').slice(0, 90))),
    );
  };
  const fillExamples = () => {
    replaceChildren(
      examples,
      el('option', { value: '' }, t('console.examples')),
      exampleList.map((e, i) => el('option', { value: i, title: e.description }, e.title)),
    );
  };

  examples.addEventListener('change', () => {
    const example = exampleList[Number(examples.value)];
    if (!example) return;
    editor.setValue(example.query);
    params.value = JSON.stringify(example.params, null, 1);
    examples.value = '';
    editor.focus();
  });
  historySelect.addEventListener('change', () => {
    const entry = entries[Number(historySelect.value)];
    if (!entry) return;
    editor.setValue(entry.query);
    params.value = entry.params;
    historySelect.value = '';
    editor.focus();
  });
  params.addEventListener('input', () => {
    const parsed = parseParams(params.value);
    params.classList.toggle('invalid', typeof parsed === 'string');
    params.title = typeof parsed === 'string' ? parsed : '';
  });
  runButton.addEventListener('click', () => void run());

  const editor = createQueryEditor(editorBox, history[0]?.query ?? START_QUERY, () => void run());
  const root = el(
    'div',
    { class: 'console' },
    el(
      'div',
      { class: 'console-input' },
      el(
        'div',
        { class: 'console-bar' },
        runButton,
        el('span', { class: 'muted' }, t('console.runHint')),
        examples,
        historySelect,
      ),
      editorBox,
      el('label', { class: 'console-params-label' }, t('console.params'), params),
    ),
    output,
  );
  fillHistory();
  fillExamples();
  void host.api
    .get<CypherExamples>('/cypher/examples')
    .then((answer) => {
      exampleList = answer.items;
      fillExamples();
    })
    .catch(() => {}); // examples are a convenience: the console works without them
  void loadSchema(host).then((schema) => editor.setSchema(schema));
  return { root, editor };
}

/** Labels, relationship types and property keys of the database, for completion. */
async function loadSchema(host: AppHost): Promise<EditorSupportSchema> {
  const column = async (query: string, name: string) => {
    try {
      const result = await host.api.post<CypherResult>('/cypher', { query, params: {} });
      return result.rows.map((row) => String(row[name]));
    } catch {
      return []; // completion then offers keywords only
    }
  };
  const [labels, relationshipTypes, propertyKeys] = await Promise.all([
    column('CALL db.labels() YIELD label RETURN label', 'label'),
    column('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType', 'relationshipType'),
    column('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey', 'propertyKey'),
  ]);
  return { labels, relationshipTypes, propertyKeys };
}
