// `enlace extract FILE... [--format json|table]`: extraction only, never touches the database.
import type { Command } from 'commander';
import type { Extraction } from '../../model';
import { extractFiles } from '../../ingest/pipeline';
import { loadAliasRules } from '../../ingest/resolve';
import { aliasFilePath, loadEnvironment } from '../environment';
import { createProgress } from '../progress';
import { renderTable } from '../output/table';

type ExtractFormat = 'json' | 'table';

/** The contract's JSON: the document without its full text, nodes and relationships. */
export function toContractJson(extractions: Extraction[]): unknown[] {
  return extractions.map(({ document, nodes, relationships }) => {
    const { text: _text, ...info } = document;
    return { document: info, nodes, relationships };
  });
}

/** A readable summary of one document's facts, each with the start of its evidence sentence. */
export function renderExtractionTable(extraction: Extraction): string {
  const { document, nodes, relationships } = extraction;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const header = `${document.file}  ${document.title ?? '(no title)'}  ${document.date ?? 'no date'}  ${document.lang}`;
  const entities = renderTable(
    ['label', 'name', 'aliases'],
    nodes.map((n) => [n.label, n.name, n.aliases.join('; ')]),
  );
  const facts = renderTable(
    ['from', 'relationship', 'to', 'evidence'],
    relationships.map((r) => [
      byId.get(r.from)?.name ?? r.from,
      r.properties.role ? `${r.type} (${String(r.properties.role)})` : r.type,
      byId.get(r.to)?.name ?? r.to,
      r.evidence[0]?.text ?? '',
    ]),
  );
  return `${header}\n\n${entities}\n\n${facts}\n`;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations from files, without touching the database')
    .argument('<files...>', 'files or folders (txt, md, html, docx, pdf)')
    .option('-f, --format <format>', 'json (the extraction contract) or table', 'table')
    .action(async (files: string[], options: { format: string }) => {
      const format = options.format as ExtractFormat;
      if (format !== 'json' && format !== 'table') {
        throw new Error(`--format must be json or table, not "${options.format}"`);
      }
      const env = loadEnvironment();
      const aliasPath = aliasFilePath(env);
      const aliasRules = aliasPath ? await loadAliasRules(aliasPath) : undefined;
      const progress = createProgress('extract');
      const result = await extractFiles(files, {
        aliasRules,
        onProgress: (p) => p.stage === 'extract' && progress.update(p.done, p.total, p.file ?? ''),
      });
      progress.stop();
      if (format === 'json')
        process.stdout.write(JSON.stringify(toContractJson(result.extractions), null, 2) + '\n');
      else
        for (const extraction of result.extractions)
          process.stdout.write(renderExtractionTable(extraction) + '\n');
      for (const failure of result.failures)
        process.stderr.write(`skipped ${failure.file}: ${failure.reason}\n`);
      if (result.failures.length > 0) process.exitCode = 1;
    });
}
