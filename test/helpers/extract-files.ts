// Dev script: extracts files and prints the JSON array that `enlace extract --format json` prints.
//   node --import tsx test/helpers/extract-files.ts FILE... > out.json
import { existsSync } from 'node:fs';
import { extractDocument } from '../../ingest/extract';
import type { SourceDocument } from '../../model';
import { readShim } from './read-shim';

/** Reads a file with ingest/read when it is there, else with the dev shim. */
export async function readForExtraction(path: string): Promise<SourceDocument> {
  if (existsSync(new URL('../../ingest/read/index.ts', import.meta.url))) {
    const mod = (await import('../../ingest/read/index.ts')) as {
      readDocument: (p: string) => Promise<SourceDocument>;
    };
    return mod.readDocument(path);
  }
  return readShim(path);
}

async function main(): Promise<void> {
  const out = [];
  for (const f of process.argv.slice(2)) out.push(extractDocument(await readForExtraction(f)));
  process.stdout.write(JSON.stringify(out, null, 1));
}

if (process.argv[1]?.endsWith('extract-files.ts')) await main();
