// `enlace export (--around NAME|ID [--depth N] | --ids ID,… | --query CYPHER) --format F --out FILE|-`:
// subgraphs for other tools and reports, through the same service as GET|POST /api/export.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createGateway } from '../../server/db';
import { EXPORT_FORMAT_NAMES, isExportFormat, toEdgesCsv, toNodesCsv } from '../../server/export';
import { buildExport, exportFile } from '../../server/services/export';
import { DEFAULT_NODE_LIMIT, MAX_DEPTH } from '../../server/services/export-selection';
import { READ_DEFAULTS } from '../../server/services/read-only';
import { withDatabase } from '../database';
import { loadEnvironment } from '../environment';
import { formatNotification } from '../output/notifications';
import { parseParam } from '../params';

interface ExportOptions {
  query?: string;
  around?: string;
  ids?: string;
  depth: string;
  param: Record<string, unknown>;
  format: string;
  out: string;
  limit: string;
  title?: string;
}

function wholeNumber(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`${option} must be a whole number, not "${value}"`);
  return n;
}

/** `report.csv` -> `report-nodes.csv` and `report-edges.csv`. */
export function csvTablePaths(out: string): { nodes: string; edges: string } {
  const base = out.replace(/\.csv$/i, '');
  return { nodes: `${base}-nodes.csv`, edges: `${base}-edges.csv` };
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a subgraph, with its evidence and sources, for other tools and reports')
    .option(
      '-a, --around <name>',
      'an entity (id, or a name, alias or acronym naming one) and its neighbourhood',
    )
    .option('-d, --depth <n>', `steps from the entity with --around (1-${MAX_DEPTH})`, '1')
    .option(
      '--limit <nodes>',
      'most nodes with --around (a hub keeps its most connected neighbours)',
      String(DEFAULT_NODE_LIMIT),
    )
    .option('--ids <ids>', 'these entities (ids separated by commas) and the facts among them')
    .option('-q, --query <cypher>', 'a read-only query: every node, relationship and path it returns')
    .option('-p, --param <name=value>', 'a parameter of --query (repeatable)', parseParam, {})
    .requiredOption('-f, --format <format>', EXPORT_FORMAT_NAMES.join(', '))
    .requiredOption(
      '-o, --out <file>',
      'where to write it; - for standard output (csv: <file>-nodes.csv and <file>-edges.csv)',
    )
    .option('-t, --title <title>', 'a title written into the file')
    .action(async (options: ExportOptions) => {
      const format = options.format;
      if (!isExportFormat(format))
        throw new Error(`--format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}, not "${format}"`);
      const ways = [options.query, options.around, options.ids].filter((w) => w !== undefined);
      if (ways.length !== 1) throw new Error('give one of --around, --ids or --query');
      const toStdout = options.out === '-';
      if (toStdout && format === 'csv')
        throw new Error(
          'csv is two tables: use --format csv-nodes or csv-edges to write one to standard output',
        );

      const built = await withDatabase(loadEnvironment(), (db) =>
        buildExport(
          createGateway(db.driver, db.database, { answerTimeoutMs: db.answerTimeoutMs }),
          {
            format,
            around: options.around,
            depth: options.around !== undefined ? wholeNumber(options.depth, '--depth') : undefined,
            limit: options.around !== undefined ? wholeNumber(options.limit, '--limit') : undefined,
            ids: options.ids
              ?.split(',')
              .map((id) => id.trim())
              .filter(Boolean),
            query: options.query,
            params: options.param,
            title: options.title,
          },
          { timeoutMs: READ_DEFAULTS.timeoutMs, maxRows: READ_DEFAULTS.maxRows },
        ),
      );
      const source = options.query ?? '';
      for (const n of built.notifications) process.stderr.write(formatNotification(n, source) + '\n');
      const { graph } = built.content;
      const counts = `${graph.nodes.length} nodes and ${graph.relationships.length} relationships`;

      if (format === 'csv') {
        const paths = csvTablePaths(options.out);
        await writeFile(paths.nodes, toNodesCsv(graph), 'utf8');
        await writeFile(paths.edges, toEdgesCsv(graph), 'utf8');
        process.stderr.write(
          `Wrote ${graph.nodes.length} nodes to ${paths.nodes} and ${graph.relationships.length} relationships to ${paths.edges}.\n`,
        );
      } else {
        const file = exportFile(built.content, format);
        if (toStdout) process.stdout.write(file.body);
        else await writeFile(options.out, file.body);
        process.stderr.write(
          `Wrote ${counts} to ${toStdout ? 'standard output' : options.out} (${format}).\n`,
        );
      }
      if (built.truncated) {
        process.stderr.write(
          options.query
            ? `Only the first ${READ_DEFAULTS.maxRows} rows of the query were exported.\n`
            : `The neighbourhood was cut at ${options.limit} nodes (--limit); the most connected were kept.\n`,
        );
      }
    });
}
