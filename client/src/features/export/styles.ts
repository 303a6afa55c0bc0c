// The export panel.
export const EXPORT_CSS = `
.export-panel h3 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin: 8px 0 0; }
.export-panel p.muted { margin: 0; font-size: 12px; }
.export-buttons { display: flex; flex-wrap: wrap; gap: 6px; }
.export-buttons button { padding: 5px 12px; border: 1px solid var(--line); background: var(--panel); border-radius: 6px; }
.export-buttons button:hover:not(:disabled) { background: #eef2f6; border-color: var(--accent); }
.export-buttons button:disabled { opacity: 0.5; cursor: progress; }
`;
