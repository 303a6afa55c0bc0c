// Finds the line of a field in block-style YAML from its path (["merge", 0, "aliases"]), so
// that validation errors point at the line a researcher must fix. Best effort: flow-style
// collections stop the walk at the last line found.

interface Range {
  start: number;
  end: number;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/** The end of the block opened at `at`: the next content line indented no deeper than `indent`. */
function blockEnd(lines: readonly string[], at: number, indent: number, limit: number): number {
  for (let index = at + 1; index < limit; index++) {
    const line = lines[index]!;
    if (isContent(line) && indentOf(line) <= indent) return index;
  }
  return limit;
}

/** 1-based line of the deepest part of `path` found in `text`, or null. */
export function lineOf(text: string, path: readonly PropertyKey[]): number | null {
  const lines = text.split(/\r?\n/);
  let range: Range = { start: 0, end: lines.length };
  let found: number | null = null;
  for (const segment of path) {
    let hit: { line: number; indent: number } | null = null;
    if (typeof segment === 'number') {
      const items: { line: number; indent: number }[] = [];
      let itemIndent: number | null = null;
      for (let index = range.start; index < range.end; index++) {
        const match = /^(\s*)-(\s|$)/.exec(lines[index]!);
        if (!match) continue;
        const indent = match[1]!.length;
        itemIndent ??= indent;
        if (indent === itemIndent) items.push({ line: index, indent });
      }
      hit = items[segment] ?? null;
    } else {
      const key = String(segment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`^(\\s*(?:-\\s+)?)${key}\\s*:`);
      let best: { line: number; indent: number } | null = null;
      for (let index = range.start; index < range.end; index++) {
        const match = pattern.exec(lines[index]!);
        if (match && (!best || match[1]!.length < best.indent))
          best = { line: index, indent: match[1]!.length };
      }
      hit = best;
    }
    if (!hit) break;
    found = hit.line + 1;
    range = { start: hit.line + 1, end: blockEnd(lines, hit.line, hit.indent, range.end) };
    if (typeof segment === 'number') range.start = hit.line;
  }
  return found;
}
