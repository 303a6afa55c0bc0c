// ingest/read, the public face: files (txt, md, html, docx, pdf) to SourceDocuments with clean text.
export { readBuffer, readDocument } from './read-document';
export { listInputFiles } from './list-input-files';
export type { InputFiles, InputProblem } from './list-input-files';
export { ReadError, isReadError } from './errors';
export type { ReadErrorCode } from './errors';
export { READ_DEFAULTS } from './defaults';
export type { ReadOptions } from './defaults';
export { SUPPORTED_EXTENSIONS } from './formats';
export { cleanText } from './clean';
export type { CleanOptions } from './clean';
export { detectLanguage } from './metadata/language';
export { parseDate } from './metadata/parse-date';
