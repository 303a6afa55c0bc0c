// Command line: writes a synthetic corpus (texts and gold) to a folder.
//   node --import tsx bench/corpus/generate.ts --count 5000 --seed 42 --out bench/out/corpus
// Writes OUT/docs/<file> (.txt, some .md and .html) and OUT/gold/<name>.json, which the scorer reads as is:
//   node ../shared/eval/score.mjs --gold OUT/gold --pred PRED.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusDocuments } from './generate-corpus';

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string', default: 'bench/out/corpus' },
      english: { type: 'string', default: '0.1' },
      negative: { type: 'string', default: '0.15' },
    },
  });
  const options = {
    count: Number(values.count),
    seed: Number(values.seed),
    englishShare: Number(values.english),
    negativeShare: Number(values.negative),
  };
  const docsDir = join(values.out, 'docs');
  const goldDir = join(values.out, 'gold');
  mkdirSync(docsDir, { recursive: true });
  mkdirSync(goldDir, { recursive: true });
  let words = 0;
  let count = 0;
  for (const doc of corpusDocuments(options)) {
    writeFileSync(join(docsDir, doc.file), doc.text);
    writeFileSync(
      join(goldDir, doc.file.replace(/\.[^.]+$/, '.json')),
      `${JSON.stringify(doc.gold, null, 2)}\n`,
    );
    words += doc.words;
    count++;
  }
  console.log(`wrote ${count} documents (${words} words, seed ${options.seed}) to ${docsDir} and ${goldDir}`);
}

try {
  main();
} catch (error) {
  console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
