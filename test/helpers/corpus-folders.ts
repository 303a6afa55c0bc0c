// A generated corpus written to folders, to ingest it whole, in parts or in another order.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus';

export interface CorpusFolders {
  /** Every file, in one folder. */
  all: string;
  /** The same files in `parts` folders, document i in part i % parts. */
  parts: string[];
  count: number;
}

/**
 * @example const { all, parts } = writeCorpusFolders({ seed: 7, count: 200, parts: 2 });
 */
export function writeCorpusFolders(options: { seed: number; count: number; parts: number }): CorpusFolders {
  const root = mkdtempSync(join(tmpdir(), 'enlace-corpus-'));
  const all = join(root, 'all');
  const parts = Array.from({ length: options.parts }, (_, i) => join(root, `part-${i}`));
  for (const folder of [all, ...parts]) mkdirSync(folder);
  generateCorpus({ seed: options.seed, count: options.count }).forEach((doc, i) => {
    writeFileSync(join(all, doc.file), doc.text);
    writeFileSync(join(parts[i % options.parts]!, doc.file), doc.text);
  });
  return { all, parts, count: options.count };
}
