// The curation file (ENLACE_CURATIONS, by default <ENLACE_DATA_DIR>/curations.jsonl): one JSON record
// per line, appended, never rewritten, so that a researcher can read it, diff it and keep it under
// version control. It is the source of truth when the graph is rebuilt: a fresh database, the same
// documents and this file give the curated graph. Lines starting with '#' are comments.
import { mkdir, open, readFile, stat, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { CURATION_PARAMS, CurationOp } from '../../../model/api/curation';
import { createLock, type Lock } from './lock';
import type { EditEntry, LogEntry } from './types';

/** The file and the lock every edit, undo and replay of it takes. */
export interface CurationLog {
  readonly file: string;
  readonly lock: Lock;
}

/**
 * @example const log = createCurationLog('/home/me/enlace/data/curations.jsonl');
 */
export function createCurationLog(file: string): CurationLog {
  return { file, lock: createLock() };
}

const HEADER = [
  '# Enlace curation log: corrections made to the graph, one JSON record per line, oldest first.',
  '# Written by the API (POST /api/curations, POST /api/curations/{id}/undo) and re-applied in order',
  '# after every ingest, so that reloading documents never brings a corrected mistake back. An edit:',
  '#   {"id","op","params","note","at","by"}  (by: fingerprint of the API token, never the token)',
  '# An undo: {"op":"undo","target":<edit id>,"note","at","by"}. To drop an edit, undo it; keep this',
  '# file with your documents (it rebuilds the curated graph from a fresh database).',
].join('\n');

/** Why a line of the curation file cannot be read; the message names the file, the line and the field. */
export class CurationLogError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'CurationLogError';
  }
}

const stamp = { note: z.string().min(1), at: z.string().min(1), by: z.string() };
const EditLine = z.object({ id: z.string().min(1), op: CurationOp, params: z.unknown(), ...stamp });
const UndoLine = z.object({ op: z.literal('undo'), target: z.string().min(1), ...stamp });

function issueText(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0]!;
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  return `${path || 'record'}: ${issue.message}`;
}

/** One line as an entry, or the reason it is not one. */
export function parseLogLine(text: string, file: string, line: number): LogEntry {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CurationLogError(file, line, 'not a JSON record (one record per line)');
  }
  if (typeof value === 'object' && value !== null && (value as { op?: unknown }).op === 'undo') {
    const undo = UndoLine.safeParse(value);
    if (!undo.success) throw new CurationLogError(file, line, issueText(undo.error));
    return undo.data;
  }
  const edit = EditLine.safeParse(value);
  if (!edit.success) throw new CurationLogError(file, line, issueText(edit.error));
  const params = CURATION_PARAMS[edit.data.op].safeParse(edit.data.params);
  if (!params.success) throw new CurationLogError(file, line, issueText(params.error, 'params'));
  return { ...edit.data, params: params.data } as EditEntry;
}

/**
 * Every entry of the file, in order; a missing file holds none.
 * @example const entries = await readLog(log.file);
 * @throws CurationLogError naming the line that cannot be read
 */
export async function readLog(file: string): Promise<LogEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: LogEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    entries.push(parseLogLine(line, file, index + 1));
  });
  return entries;
}

/** Bytes in the file now (0 when missing): where to cut it back if the edit that follows fails. */
export async function logSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

/** Appends entries, one line each, creating the file (with its explanatory header) when needed. */
export async function appendLog(file: string, entries: readonly LogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const lines = entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n';
  await mkdir(dirname(file), { recursive: true });
  const size = await logSize(file);
  const handle = await open(file, 'a');
  try {
    await handle.appendFile(size === 0 ? `${HEADER}\n${lines}` : await withNewline(file, size, lines));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A file edited by hand may lack its last newline: the next record must still start a line. */
async function withNewline(file: string, size: number, lines: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last.toString() === '\n' ? lines : `\n${lines}`;
  } finally {
    await handle.close();
  }
}

/** Cuts the file back to `size` bytes (an edit whose graph write failed leaves no line behind). */
export async function truncateLog(file: string, size: number): Promise<void> {
  if ((await logSize(file)) > size) await truncate(file, size);
}
