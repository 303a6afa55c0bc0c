// Plain-text tables for the terminal: aligned columns, long cells cut with an ellipsis (or whole).
import { displayValue } from './display-value';

const MAX_CELL = 60;

function cell(value: unknown, wide: boolean): string {
  const flat = displayValue(value).replace(/\s+/g, ' ');
  return !wide && flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

/**
 * Renders rows as an aligned table with a header line; cells longer than 60 characters are cut
 * unless `wide` is set.
 *
 * @example renderTable(['name', 'n'], [['IMSS', 3]]) // "name | n\n-----+--\nIMSS | 3"
 */
export function renderTable(columns: string[], rows: unknown[][], options: { wide?: boolean } = {}): string {
  const cells = rows.map((row) => columns.map((_, i) => cell(row[i], options.wide ?? false)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join(' | ')
      .trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)].join('\n');
}
