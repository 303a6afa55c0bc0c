// `enlace query "CYPHER" [--param k=v] [--format table|json|csv] [--wide]`: read-only Cypher from the
// terminal, through the same guard as the API (writes, LOAD CSV, TERMINATE TRANSACTIONS… refused).
import type { Command } from 'commander';
import { createGateway } from '../../server/db';
import { runReadOnly, READ_DEFAULTS } from '../../server/services/read-only';
import { withDatabase } from '../database';
import { loadEnvironment } from '../environment';
import { toCsv } from '../output/csv';
import { formatNotification } from '../output/notifications';
import { renderTable } from '../output/table';
import { parseParam } from '../params';

const FORMATS = ['table', 'json', 'csv'] as const;

interface QueryOptions {
  param: Record<string, unknown>;
  format: string;
  limit: string;
  timeout: string;
  wide?: boolean;
}

function positive(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${option} must be a positive whole number, not "${value}"`);
  return n;
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a read-only Cypher query')
    .argument('<cypher>', 'the query, e.g. "MATCH (i:Institution) RETURN i.name LIMIT 10"')
    .option('-p, --param <name=value>', 'a query parameter (repeatable)', parseParam, {})
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')}`, 'table')
    .option('--limit <rows>', 'most rows returned', String(READ_DEFAULTS.maxRows))
    .option('--timeout <seconds>', 'stop the query after this long', String(READ_DEFAULTS.timeoutMs / 1000))
    .option('-w, --wide', 'show table cells whole instead of cutting them at 60 characters')
    .action(async (cypher: string, options: QueryOptions) => {
      const format = options.format as (typeof FORMATS)[number];
      if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
      const maxRows = positive(options.limit, '--limit');
      const timeoutMs = positive(options.timeout, '--timeout') * 1000;
      const result = await withDatabase(loadEnvironment(), (db) =>
        runReadOnly(
          createGateway(db.driver, db.database, { answerTimeoutMs: db.answerTimeoutMs }),
          cypher,
          options.param,
          { maxRows, timeoutMs },
        ),
      );
      for (const n of result.notifications) process.stderr.write(formatNotification(n, cypher) + '\n');
      const rows = result.rows.map((row) => result.columns.map((c) => row[c]));
      if (format === 'json') process.stdout.write(JSON.stringify(result.rows, null, 2) + '\n');
      else if (format === 'csv') process.stdout.write(toCsv(result.columns, rows));
      else {
        const table = renderTable(result.columns, rows, { wide: options.wide });
        process.stdout.write(table + `\n(${rows.length} rows)\n`);
      }
      if (result.truncated) process.stderr.write(`Only the first ${maxRows} rows are shown (--limit).\n`);
    });
}
