// Extraction benchmark (`npm run bench:extract`): throughput on all cores and on one, memory, and accuracy at scale
// on a seeded synthetic corpus whose gold the scorer reads.
//   node --import tsx bench/extract.ts [--docs 5000] [--seed 42] [--threads N] [--sample 500] [--quick]
//                                      [--time-limit 75] [--extractor PATH] [--scorer PATH]
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { BenchDocument, ScoredExtraction } from './extract-protocol';
import type { GoldDocument } from './corpus';
import type { RunReport } from './extract-pool';
import type { RunRow } from './extract-report';
import { corpusDocuments } from './corpus';
import { extractInProcess, extractWithPool } from './extract-pool';
import { errorKinds, memoryTable, scoreTable, targetLines, throughputTable } from './extract-report';
import { DEFAULT_SCORER, loadScorer } from './score-loader';

interface BenchOptions {
  docs: number;
  seed: number;
  threads: number;
  /** Documents scored for accuracy, spread evenly over the corpus. */
  sample: number;
  /** Seconds each throughput run may take before it stops handing out documents. */
  timeLimit: number;
  extractor: string;
  scorer: string;
  /** Kinds of error to list after the scores. */
  errors: number;
}

const DEFAULT_EXTRACTOR = new URL('./extract-pipeline.ts', import.meta.url).href;

const USAGE = `usage: node --import tsx bench/extract.ts [options]
  --docs N          documents to generate and extract (default 5000; --quick: 300)
  --seed S          corpus seed (default 42)
  --threads T       pool workers (default: available parallelism)
  --sample N        documents scored for accuracy (default 500; --quick: 100; 0 skips scoring)
  --time-limit S    seconds each throughput run may take (default 75; --quick: 20)
  --extractor PATH  module exporting extract(buffer, file) (default bench/extract-pipeline.ts)
  --scorer PATH     the shared scorer (default ../shared/eval/score.mjs beside the repository)
  --errors K        list the K commonest kinds of miss and false positive, with examples (default 0)
  --quick           a small run, for a smoke test`;

function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      docs: { type: 'string' },
      seed: { type: 'string', default: '42' },
      threads: { type: 'string' },
      sample: { type: 'string' },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      errors: { type: 'string' },
      'time-limit': { type: 'string' },
      extractor: { type: 'string', default: DEFAULT_EXTRACTOR },
      scorer: { type: 'string', default: DEFAULT_SCORER.href },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const number = (name: string, raw: string | undefined, fallback: number, min: number): number => {
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`bench: --${name} must be an integer >= ${min}, got "${raw}"`);
    return n;
  };
  const docs = number('docs', values.docs, quick ? 300 : 5000, 1);
  return {
    docs,
    seed: number('seed', values.seed, 42, 0),
    threads: number('threads', values.threads, availableParallelism(), 1),
    sample: Math.min(docs, number('sample', values.sample, quick ? 100 : 500, 0)),
    timeLimit: number('time-limit', values['time-limit'], quick ? 20 : 75, 1),
    extractor: values.extractor ?? DEFAULT_EXTRACTOR,
    scorer: values.scorer ?? DEFAULT_SCORER.href,
    errors: number('errors', values.errors, 0, 0),
  };
}

interface Corpus {
  docs: BenchDocument[];
  words: Map<string, number>;
  /** Gold of the scored sample only: the rest is not kept, to hold memory down. */
  sampleGold: GoldDocument[];
  sampleDocs: BenchDocument[];
  /** Files of the sample by kind, for the accuracy breakdown. */
  english: Set<string>;
  negative: Set<string>;
}

function buildCorpus(o: BenchOptions): Corpus {
  const stride = o.sample > 0 ? o.docs / o.sample : Infinity;
  const picked = new Set(Array.from({ length: o.sample }, (_, i) => Math.floor(i * stride)));
  const corpus: Corpus = {
    docs: [],
    words: new Map(),
    sampleGold: [],
    sampleDocs: [],
    english: new Set(),
    negative: new Set(),
  };
  let index = 0;
  for (const d of corpusDocuments({ seed: o.seed, count: o.docs })) {
    const doc = { file: d.file, text: d.text };
    corpus.docs.push(doc);
    corpus.words.set(d.file, d.words);
    if (picked.has(index)) {
      corpus.sampleGold.push(d.gold);
      corpus.sampleDocs.push(doc);
      if (d.lang === 'en') corpus.english.add(d.file);
      if (d.negative) corpus.negative.add(d.file);
    }
    index++;
  }
  return corpus;
}

/** Words of the documents a run actually extracted (a time limit may stop it early). */
function wordCounter(words: Map<string, number>): { add: (file: string) => void; total: () => number } {
  let total = 0;
  return { add: (file) => (total += words.get(file) ?? 0), total: () => total };
}

async function run(o: BenchOptions): Promise<void> {
  const log = (line = ''): void => console.log(line);
  log(`Enlace extraction benchmark: ${o.docs} documents, seed ${o.seed}, ${o.threads} threads`);
  log(`extractor ${o.extractor}`);
  const load = loadavg()[0] ?? 0;
  if (load > availableParallelism() * 0.5) {
    log(`note: load average ${load.toFixed(1)} on ${availableParallelism()} cores; wall-clock figures are`);
    log('      depressed by other processes, CPU seconds (docs/CPU s) are the steadier measure');
  }
  const t0 = performance.now();
  const corpus = buildCorpus(o);
  const totalWords = [...corpus.words.values()].reduce((a, b) => a + b, 0);
  log(
    `generated ${corpus.docs.length} documents, ${totalWords.toLocaleString('en-US')} words, in ` +
      `${((performance.now() - t0) / 1000).toFixed(2)} s; RSS ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB`,
  );

  const rows: RunRow[] = [];
  const measure = async (
    name: string,
    go: (onResult: (r: { file: string }) => void) => Promise<RunReport>,
  ) => {
    log(`running: ${name} ...`);
    const words = wordCounter(corpus.words);
    const report = await go((r) => words.add(r.file));
    if (report.stoppedEarly)
      log(`  stopped by the ${o.timeLimit} s time limit after ${report.documents} documents`);
    for (const e of report.errors) log(`  failed: ${e}`);
    const row = { name, report, words: words.total() };
    rows.push(row);
    return row;
  };
  const parallel = await measure(`pool, ${o.threads} workers`, (onResult) =>
    extractWithPool(corpus.docs, {
      extractor: o.extractor,
      threads: o.threads,
      onResult,
      timeLimitSeconds: o.timeLimit,
    }),
  );
  const single = await measure('single thread', (onResult) =>
    extractInProcess(corpus.docs, { extractor: o.extractor, onResult, timeLimitSeconds: o.timeLimit }),
  );
  if (!parallel.report.stoppedEarly && !single.report.stoppedEarly) {
    // The same documents through the same extractor: any difference is a bug in the pool, not noise.
    const same =
      parallel.report.nodes === single.report.nodes &&
      parallel.report.relationships === single.report.relationships;
    log(
      `pool and single thread agree: ${same ? 'yes' : 'NO'} (nodes ${parallel.report.nodes} / ${single.report.nodes}, ` +
        `relationships ${parallel.report.relationships} / ${single.report.relationships})`,
    );
  }
  log();
  log(throughputTable(rows));
  log();
  for (const line of targetLines(parallel, single, o.threads)) log(line);
  log();
  log('memory (flat means RSS end ~ RSS middle):');
  log(memoryTable(rows));

  if (o.sample > 0) {
    log();
    const score = await loadScorer(o.scorer);
    const predictions: ScoredExtraction[] = [];
    const scored = await extractWithPool(corpus.sampleDocs, {
      extractor: o.extractor,
      threads: o.threads,
      keep: true,
      onResult: (r) => {
        if (r.extraction) predictions.push(r.extraction);
      },
    });
    if (scored.failed > 0) {
      // A failed document counts as an empty prediction: say so, or the scores mislead.
      log(
        `warning: ${scored.failed} of ${scored.documents} scored documents failed to extract (scored as empty)`,
      );
      for (const e of scored.errors) log(`  failed: ${e}`);
    }
    const s = score(corpus.sampleGold, predictions);
    log(`accuracy on ${s.documents} documents (every ${Math.round(o.docs / o.sample)}th of the corpus):`);
    log(scoreTable(s));
    log(`agreements: gold ${s.agreements.gold}, predicted ${s.agreements.predicted}`);
    const subset = (name: string, keep: (file: string) => boolean): void => {
      const gold = corpus.sampleGold.filter((g) => keep(g.file));
      if (gold.length === 0) return;
      const part = score(
        gold,
        predictions.filter((p) => keep(p.document.file)),
      );
      log(
        `  ${name.padEnd(22)} ${String(gold.length).padStart(4)} docs: entity F1 ${part.entities.f1.toFixed(3)}, ` +
          `core-relation F1 ${part.coreRelations.f1.toFixed(3)}`,
      );
    };
    subset('Spanish', (f) => !corpus.english.has(f));
    subset('English', (f) => corpus.english.has(f));
    subset('negative (no signing)', (f) => corpus.negative.has(f));
    const falseAgreements = predictions.filter(
      (p) => corpus.negative.has(p.document.file) && p.nodes.some((n) => n.label === 'Agreement'),
    ).length;
    log(`  negative documents with a predicted agreement: ${falseAgreements} of ${corpus.negative.size}`);
    if (o.errors > 0) {
      log();
      log(`commonest errors (of ${s.documents} documents):`);
      log(errorKinds(s, o.errors));
    }
    log(`entity F1 ${s.entities.f1.toFixed(3)}  core-relation F1 ${s.coreRelations.f1.toFixed(3)}`);
  }
  log();
  log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

try {
  await run(parseOptions(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
