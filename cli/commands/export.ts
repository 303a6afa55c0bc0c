// `enlace export (--query CYPHER | --around NAME [--depth N]) --format F --out FILE`: subgraphs for reports.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createGateway } from '../../server/db';
import { EXPORT_FORMATS, exportSubgraph, isExportFormat } from '../../server/export';
import {
  subgraphAround,
  subgraphFromQuery,
  withSourceFiles,
  MAX_DEPTH,
  type ReadRows,
} from '../../server/graph/subgraphs';
import { withDatabase } from '../database';
import { loadEnvironment } from '../environment';
import { parseParam } from '../params';
import { runReadOnly } from '../../server/services/read-only';

interface ExportOptions {
  query?: string;
  around?: string;
  depth: string;
  param: Record<string, unknown>;
  format: string;
  out: string;
  limit: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a subgraph, with its evidence and sources, for other tools and reports')
    .option('-q, --query <cypher>', 'a read-only query: every node, relationship and path it returns')
    .option('-a, --around <name>', 'an entity (name, alias or id) and its neighbourhood')
    .option('-d, --depth <n>', `steps from the entity with --around (1-${MAX_DEPTH})`, '1')
    .option('-p, --param <name=value>', 'a parameter of --query (repeatable)', parseParam, {})
    .requiredOption('-f, --format <format>', Object.keys(EXPORT_FORMATS).join(', '))
    .requiredOption('-o, --out <file>', 'where to write it')
    .option('--limit <nodes>', 'most nodes with --around (hubs are cut, not exploded)', '2000')
    .action(async (options: ExportOptions) => {
      if (!isExportFormat(options.format)) {
        throw new Error(
          `--format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}, not "${options.format}"`,
        );
      }
      if (Boolean(options.query) === Boolean(options.around))
        throw new Error('give either --query or --around');
      const format = options.format;
      const graph = await withDatabase(loadEnvironment(), async (db) => {
        const gateway = createGateway(db.driver, db.database);
        const read: ReadRows = async (cypher, params = {}) =>
          (await runReadOnly(gateway, cypher, params)).rows;
        const found = options.around
          ? await subgraphAround(read, options.around, {
              depth: Number(options.depth),
              limit: Number(options.limit),
            })
          : await subgraphFromQuery(read, options.query!, options.param);
        return withSourceFiles(read, found);
      });
      await writeFile(options.out, exportSubgraph(graph, format), 'utf8');
      process.stderr.write(
        `Wrote ${graph.nodes.length} nodes and ${graph.relationships.length} relationships to ${options.out} (${format}).\n`,
      );
    });
}
