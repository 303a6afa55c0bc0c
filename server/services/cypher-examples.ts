// The named example queries of cypher/examples.cypher (the one place they are written), read for the
// app's console. Format: "// ## Title", description comment lines, an optional "// params: {json}"
// line, then the query up to a ";" that ends a line.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CypherExample } from '../../model/api/cypher';

export const EXAMPLES_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'cypher',
  'examples.cypher',
);

export class ExamplesFormatError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'ExamplesFormatError';
  }
}

interface Draft {
  title: string;
  line: number;
  description: string[];
  params: Record<string, unknown>;
  query: string[];
}

function parseParams(json: string, file: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ExamplesFormatError(file, line, `params is not JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ExamplesFormatError(file, line, 'params must be a JSON object such as {"acronym": "IMSS"}');
  return value as Record<string, unknown>;
}

/**
 * @example parseExamples('// ## Count\n// How many nodes.\nMATCH (n) RETURN count(n);\n')
 *   // [{ title: 'Count', description: 'How many nodes.', query: 'MATCH (n) RETURN count(n)', params: {} }]
 */
export function parseExamples(source: string, file = 'examples.cypher'): CypherExample[] {
  const examples: CypherExample[] = [];
  let draft: Draft | null = null;
  const finish = (line: number) => {
    if (!draft) return;
    if (draft.query.length === 0)
      throw new ExamplesFormatError(file, draft.line, `example "${draft.title}" has no query`);
    throw new ExamplesFormatError(file, line, `example "${draft.title}" does not end with ";"`);
  };
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trimEnd();
    const heading = /^\/\/\s*##\s*(.+)$/.exec(text);
    if (heading) {
      finish(line);
      draft = { title: heading[1]!.trim(), line, description: [], params: {}, query: [] };
      return;
    }
    if (!draft) return; // the file's preamble
    const comment = /^\/\/\s?(.*)$/.exec(text);
    if (comment && draft.query.length === 0) {
      const params = /^params:\s*(.*)$/.exec(comment[1]!);
      if (params) draft.params = parseParams(params[1]!, file, line);
      else if (comment[1]!.trim()) draft.description.push(comment[1]!.trim());
      return;
    }
    if (!text.trim() && draft.query.length === 0) return;
    draft.query.push(raw);
    if (text.endsWith(';')) {
      const query = draft.query.join('\n').trim().replace(/;$/, '');
      examples.push({
        title: draft.title,
        description: draft.description.join(' '),
        query,
        params: draft.params,
      });
      draft = null;
    }
  });
  finish(source.split(/\r?\n/).length);
  return examples;
}

/** The examples as the file holds them now (read on each call: editing the file needs no restart). */
export function loadExamples(file: string = EXAMPLES_FILE): CypherExample[] {
  return parseExamples(readFileSync(file, 'utf8'), file);
}
