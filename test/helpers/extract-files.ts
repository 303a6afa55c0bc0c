// Dev script: extracts files and prints the JSON array that `enlace extract --format json` prints.
//   node --import tsx test/helpers/extract-files.ts FILE... > out.json
import { extractDocument } from '../../ingest/extract';
import { readDocument } from '../../ingest/read';

async function main(): Promise<void> {
  const out = [];
  for (const f of process.argv.slice(2)) out.push(extractDocument(await readDocument(f)));
  process.stdout.write(JSON.stringify(out, null, 1));
}

if (process.argv[1]?.endsWith('extract-files.ts')) await main();
