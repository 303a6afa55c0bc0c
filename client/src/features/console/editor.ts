// The query editor: CodeMirror 6 with Neo4j's Cypher support (highlighting, completion of keywords,
// functions and the database's labels, types and property keys, lint), Ctrl/Cmd+Enter runs.
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

/** Labels, types and property keys the completion offers. */
export type EditorSupportSchema = NonNullable<Parameters<EditorApi['setSchema']>[0]>;

export interface QueryEditor {
  value(): string;
  setValue(text: string): void;
  setSchema(schema: EditorSupportSchema): void;
  /** Puts the cursor at a 1-based line and column (an error's position) and focuses. */
  showPosition(line: number, column: number): void;
  focus(): void;
}

export function createQueryEditor(parent: HTMLElement, initial: string, run: () => void): QueryEditor {
  const runKey = Prec.highest(
    keymap.of([
      {
        key: 'Mod-Enter',
        run: () => {
          run();
          return true;
        },
      },
    ]),
  );
  // The package's types say it returns the API; it returns { editor: api } (es/codemirror.js).
  const created = createCypherEditor(parent, {
    value: initial,
    theme: 'light',
    lineNumbers: true,
    lineWrapping: true,
    autocomplete: true,
    lint: true,
    history: true,
    postExtensions: [runKey, EditorView.contentAttributes.of({ 'aria-label': 'Cypher' })],
  }) as unknown as { editor: EditorApi };
  const api = created.editor;
  return {
    value: () => api.codemirror.state.doc.toString(),
    setValue: (next) => api.setValue(next),
    setSchema: (schema) => api.setSchema(schema),
    showPosition(line, column) {
      api.setPosition({ line, column });
      api.focus();
    },
    focus: () => api.focus(),
  };
}
