// Forms and lists of the curation and upload tools (side panel).
export const TOOL_FORM_CSS = `
.tool-form { display: flex; flex-direction: column; gap: 10px; }
.tool-form label { display: flex; flex-direction: column; gap: 3px; font-size: 12px; color: var(--muted); }
.tool-form label.inline { flex-direction: row; align-items: center; gap: 6px; color: var(--ink); font-size: 14px; }
.tool-form input[type='text'], .tool-form input[type='search'], .tool-form textarea {
  font: inherit; color: var(--ink); padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; width: 100%; }
.tool-form textarea { resize: vertical; }
.tool-form input:focus, .tool-form textarea:focus { outline: 2px solid #c6d8fb; border-color: var(--accent); }
.tool-form fieldset.keep { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; display: flex; flex-direction: column; gap: 4px; }
.tool-form fieldset.keep legend { font-size: 12px; color: var(--muted); padding: 0 4px; }
.tool-form .autocomplete { position: relative; }
.tool-form .autocomplete .suggestions { width: 100%; }
.tool-actions { display: flex; gap: 8px; }
.tool-actions button { padding: 4px 12px; border: 1px solid var(--line); background: var(--panel); border-radius: 6px; }
.tool-actions button.primary { border-color: var(--accent); background: var(--accent); color: #fff; }
.tool-actions button:disabled { opacity: 0.5; }
.tool-subject { font-weight: 600; margin: 0; overflow-wrap: anywhere; }
.tool-warning { background: #fff7e0; border-left: 4px solid #c68a00; padding: 6px 10px; margin: 0 0 8px; font-size: 13px; }
.tool-problem { color: var(--danger); margin: 0; font-size: 13px; white-space: pre-wrap; }
.curation-list { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 8px; }
.curation { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; }
.curation.undone { opacity: 0.65; }
.curation.undone .curation-what { text-decoration: line-through; }
.curation-head { font-size: 13px; }
.curation-what { margin: 2px 0; font-family: ui-monospace, Menlo, monospace; font-size: 12px; overflow-wrap: anywhere; }
.curation-note { margin: 2px 0 4px; font-style: italic; }
.curation-undone { margin: 2px 0; font-size: 12px; color: var(--muted); }
.curation button.small { font-size: 12px; padding: 2px 10px; border: 1px solid var(--line); background: var(--panel); border-radius: 6px; }
.undo-form { margin-top: 6px; }
`;
