// A researcher's query as the read-only check plans it: "EXPLAIN " before it (in place of a leading
// EXPLAIN or PROFILE of its own), and the way back from positions in that text to the query as typed,
// so that errors and warnings point at the researcher's own line and column.

export interface Position {
  /** From 0, in UTF-16 code units. */
  offset: number;
  /** From 1. */
  line: number;
  /** From 1. */
  column: number;
}

export interface ExplainText {
  /** What is sent to Neo4j: EXPLAIN and the query from `start`. */
  text: string;
  /** Where in the researcher's query the planned text begins (after a leading EXPLAIN/PROFILE). */
  start: number;
  /** Characters put before it ("EXPLAIN "). */
  prefix: number;
}

const PREFIX = 'EXPLAIN ';

/** The offset of the first token: whitespace, `// …` and `/* … *\/` comments skipped. */
export function firstTokenOffset(query: string): number {
  let i = 0;
  for (;;) {
    while (i < query.length && /\s/.test(query[i]!)) i++;
    if (query.startsWith('//', i)) {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end + 1;
    } else if (query.startsWith('/*', i)) {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 2;
    } else {
      return i;
    }
  }
}

/**
 * The text to plan. A query that is itself an EXPLAIN or PROFILE is planned without that keyword (two
 * execution modes are an error), so `PROFILE CREATE …` is refused as the write it is.
 * @example explainText('PROFILE MATCH (n) RETURN n').text // 'EXPLAIN  MATCH (n) RETURN n'
 */
export function explainText(query: string): ExplainText {
  const first = firstTokenOffset(query);
  const keyword = /^(EXPLAIN|PROFILE)\b/i.exec(query.slice(first));
  const start = keyword ? first + keyword[0].length : 0;
  return { text: PREFIX + query.slice(start), start, prefix: PREFIX.length };
}

/** Line and column (from 1) of an offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { offset: clamped, line: before.split('\n').length, column: clamped - lineStart + 1 };
}

/** A position in the planned text, moved back to the researcher's query. */
export function userPosition(query: string, planned: ExplainText, offset: number): Position {
  return positionAt(query, offset - planned.prefix + planned.start);
}

const LOCATION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)(?:\s*\n"[^\n]*"\n *\^)?/;

/**
 * Neo4j's error message with its location (and the quoted line with a caret under it) rewritten for
 * the researcher's query; messages without a location come back unchanged.
 * @example rewriteMessage('MATCH (n) RETRUN n', explainText('MATCH (n) RETRUN n'), msg)
 *   // { message: "Invalid input 'RETRUN': … (line 1, column 11 (offset: 10))\n\"MATCH (n) RETRUN n\"\n          ^", position }
 */
export function rewriteMessage(
  query: string,
  planned: ExplainText,
  message: string,
): { message: string; position?: Position } {
  const found = LOCATION.exec(message);
  if (!found) return { message };
  const position = userPosition(query, planned, Number(found[3]));
  const line = query.split('\n')[position.line - 1] ?? '';
  const location =
    ` (line ${position.line}, column ${position.column} (offset: ${position.offset}))\n` +
    `"${line}"\n${' '.repeat(position.column)}^`;
  return {
    message: message.slice(0, found.index) + location + message.slice(found.index + found[0].length),
    position,
  };
}
