// The drop zone, the whole-window drop hint and the job's progress.
export const UPLOAD_CSS = `
.drop-zone { border: 2px dashed var(--line); border-radius: 10px; padding: 22px 14px; text-align: center; color: var(--muted); background: #fbfcfd; }
.drop-zone.over, body.dragging-files .drop-zone { border-color: var(--accent); background: #eef4ff; color: var(--ink); }
.drop-zone button.link { border: none; background: none; color: var(--accent); text-decoration: underline; padding: 0 2px; }
.upload-options { display: flex; gap: 6px; align-items: center; font-size: 13px; margin: 10px 0; }
.upload-jobs { list-style: none; padding: 0; margin: 12px 0 0; display: flex; flex-direction: column; gap: 10px; }
.upload-jobs h3 { margin: 0; }
.upload-job { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; }
.upload-job[data-status='failed'] { border-color: var(--danger); }
.job-bar { height: 6px; background: #e7ebf0; border-radius: 3px; overflow: hidden; margin: 6px 0; }
.job-bar span { display: block; height: 100%; background: var(--accent); transition: width 0.2s; }
.upload-job[data-status='done'] .job-bar span { background: var(--ok); }
.upload-job[data-status='failed'] .job-bar span { background: var(--danger); }
.job-files { list-style: none; padding: 0; margin: 0; font-size: 12px; }
.job-file { display: grid; grid-template-columns: 1fr auto; gap: 0 8px; padding: 2px 0; border-bottom: 1px solid #eef1f4; }
.job-file .file-name { overflow-wrap: anywhere; }
.job-file .file-status { color: var(--muted); }
.job-file.loaded .file-status { color: var(--ok); }
.job-file.failed .file-status, .job-file.failed .file-reason { color: var(--danger); }
.job-file .file-reason { grid-column: 1 / -1; color: var(--muted); }
.job-summary { margin: 6px 0 0; font-size: 13px; }
.drop-hint { position: fixed; inset: 0; background: rgba(11, 87, 208, 0.12); border: 4px dashed var(--accent); z-index: 50;
  display: flex; align-items: center; justify-content: center; font-size: 22px; color: var(--accent); pointer-events: none; }
`;
