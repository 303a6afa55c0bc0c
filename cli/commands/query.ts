// `enlace query "CYPHER" [--param k=v] [--format table|json|csv]`: read-only Cypher from the terminal.
import type { Command } from 'commander';
import { createGateway } from '../../server/db';
import { withDatabase } from '../database';
import { loadEnvironment } from '../environment';
import { toCsv } from '../output/csv';
import { renderTable } from '../output/table';
import { parseParam } from '../params';
import { runReadOnly, READ_DEFAULTS } from '../read-only';

const FORMATS = ['table', 'json', 'csv'] as const;

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a read-only Cypher query')
    .argument('<cypher>', 'the query, e.g. "MATCH (i:Institution) RETURN i.name LIMIT 10"')
    .option('-p, --param <name=value>', 'a query parameter (repeatable)', parseParam, {})
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')}`, 'table')
    .option('--limit <rows>', 'most rows returned', String(READ_DEFAULTS.maxRows))
    .action(
      async (cypher: string, options: { param: Record<string, unknown>; format: string; limit: string }) => {
        const format = options.format as (typeof FORMATS)[number];
        if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
        const maxRows = Number(options.limit);
        if (!Number.isInteger(maxRows) || maxRows < 1)
          throw new Error('--limit must be a positive whole number');
        const result = await withDatabase(loadEnvironment(), (db) =>
          runReadOnly(createGateway(db.driver, db.database), cypher, options.param, { maxRows }),
        );
        const rows = result.rows.map((row) => result.columns.map((c) => row[c]));
        if (format === 'json') process.stdout.write(JSON.stringify(result.rows, null, 2) + '\n');
        else if (format === 'csv') process.stdout.write(toCsv(result.columns, rows));
        else process.stdout.write(renderTable(result.columns, rows) + `\n(${rows.length} rows)\n`);
        if (result.truncated) process.stderr.write(`Only the first ${maxRows} rows are shown (--limit).\n`);
      },
    );
}
