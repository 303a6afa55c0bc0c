// The console's layout, and the colours of Cypher's tokens (classes of @neo4j-cypher/codemirror).
export const CONSOLE_CSS = `
.console { display: grid; grid-template-columns: minmax(360px, 45%) 1fr; gap: 12px; height: 100%; min-height: 0; }
.drawer[data-view='console'] .panel-body { display: flex; flex-direction: column; min-height: 0; padding-bottom: 8px; }
.drawer[data-view='console'] .panel-head { padding: 4px 14px; }
.console-input { display: flex; flex-direction: column; gap: 6px; min-height: 0; }
.console-bar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.console-bar select { max-width: 180px; padding: 3px; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); }
.console-bar button.primary, .console-result-head button.primary, .tool-form button.primary {
  padding: 4px 12px; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 6px; }
.console-bar button:disabled { opacity: 0.5; }
.console-editor { flex: 1; min-height: 90px; border: 1px solid var(--line); border-radius: 6px; overflow: auto; }
.console-editor .cm-editor { height: 100%; font: 13px/1.45 ui-monospace, 'SFMono-Regular', Menlo, monospace; }
.console-editor .cm-editor.cm-focused { outline: 2px solid #c6d8fb; }
.console-params-label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.console-params { font: 12px ui-monospace, Menlo, monospace; border: 1px solid var(--line); border-radius: 6px; padding: 4px 6px; resize: vertical; }
.console-params.invalid { border-color: var(--danger); background: #fff6f5; }
.console-output { overflow: auto; min-height: 0; border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; }
.console-output[data-state='running'] { opacity: 0.6; }
.console-result-head { display: flex; gap: 10px; align-items: center; justify-content: space-between; position: sticky; top: -6px; background: var(--panel); padding: 2px 0 4px; }
.console-summary { margin: 0; color: var(--muted); font-size: 12px; }
.console-warning { margin: 4px 0; color: #8a5a00; font-size: 12px; }
.console-table { border-collapse: collapse; width: 100%; font-size: 12px; }
.console-table th, .console-table td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.console-table th { position: sticky; top: 22px; background: #eef2f6; font-weight: 600; }
.console-error { border-left: 4px solid var(--danger); padding: 4px 10px; background: #fff6f5; }
.console-error.costly, .console-error.other { border-left-color: #c68a00; background: #fffaf0; }
.console-error p { margin: 4px 0; white-space: pre-wrap; }
.console-error-position { font-weight: 600; }
.cm-editor.cm-cypher .cm-comment { color: #8a9499; font-style: italic; }
.cm-editor.cm-cypher .cm-string { color: #a05a00; }
.cm-editor.cm-cypher .cm-number { color: #1a8a80; }
.cm-editor.cm-cypher .cm-keyword { color: #2e6b00; font-weight: 600; }
.cm-editor.cm-cypher .cm-p-label, .cm-editor.cm-cypher .cm-p-label .cm-keyword,
.cm-editor.cm-cypher .cm-p-relationshipType, .cm-editor.cm-cypher .cm-p-relationshipType .cm-keyword { color: #b5400f; font-weight: normal; }
.cm-editor.cm-cypher .cm-p-variable, .cm-editor.cm-cypher .cm-p-variable .cm-keyword { color: #1f6fb2; font-weight: normal; }
.cm-editor.cm-cypher .cm-p-function, .cm-editor.cm-cypher .cm-p-function .cm-keyword,
.cm-editor.cm-cypher .cm-p-procedure, .cm-editor.cm-cypher .cm-p-procedure .cm-keyword { color: #5b4fc4; font-weight: normal; }
.cm-editor.cm-cypher .cm-p-parameter, .cm-editor.cm-cypher .cm-p-parameter .cm-keyword { color: #c02a27; font-weight: normal; }
.cm-editor.cm-cypher .cm-p-property, .cm-editor.cm-cypher .cm-p-property .cm-keyword { color: #4a5d63; font-weight: normal; }
.cm-editor .cm-lintRange-error { text-decoration: underline wavy var(--danger); background: none; }
.cm-tooltip-autocomplete ul li[aria-selected] { background: var(--accent) !important; color: #fff !important; }
`;
