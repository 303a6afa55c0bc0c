// The public face of curation: make, undo, list and replay edits; the curation file.
export { createCuration, type CurationResult } from './create';
export { undoCuration } from './undo';
export { replayCurations, type ReplaySummary } from './replay';
export { getCuration, listCurations, toCuration } from './records';
export { createCurationLog, readLog, CurationLogError, type CurationLog } from './log';
export type { EditEntry, LogEntry, UndoEntry } from './types';
