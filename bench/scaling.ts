// Scaling benchmark (`npm run bench:scaling`): how reading and extraction time grow with the size of one
// file. Each input is read and extracted in process (bench/extract-pipeline.ts, or --extractor); the figure that counts is the time per MB at
// the largest size over the time per MB at the smallest of the same shape, in the same run (1.0 = linear).
//   node --import tsx bench/scaling.ts [--sizes 64,256,1024,2048] [--langs es,en] [--shapes one-line,...]
//                                      [--budget 300] [--seed 42] [--extractor PATH] [--quick]
import { parseArgs } from 'node:util';
import type { Lang } from './corpus/cast';
import type { Shape } from './scaling-inputs';
import type { ExtractorModule } from './extract-protocol';
import { loadExtractor } from './extract-protocol';
import { moduleUrl } from './extract-pool';
import { scalingInput, SHAPE_NOTES, SHAPES } from './scaling-inputs';

interface Options {
  /** Sizes in KB, smallest first. */
  sizes: number[];
  langs: Lang[];
  shapes: Shape[];
  /** Seconds one run may be expected to take; larger sizes of a shape that would exceed it are skipped. */
  budget: number;
  seed: number;
  extractor: string;
}

interface Measure {
  kb: number;
  /** Wall-clock and CPU seconds of read + extract. */
  wall: number;
  cpu: number;
  nodes: number;
}

const DEFAULT_EXTRACTOR = new URL('./extract-pipeline.ts', import.meta.url).href;

const USAGE = `usage: node --import tsx bench/scaling.ts [options]
  --sizes KB,...    input sizes in KB (default 64,256,1024,2048; --quick: 32,128,512)
  --langs L,...     languages of the prose (default es,en)
  --shapes S,...    ${SHAPES.join(', ')} (default all)
  --budget S        skip a larger size when the last one predicts more than S seconds, growing as the
                    square (default 300)
  --seed N          corpus seed (default 42)
  --extractor PATH  module exporting extract(buffer, file) (default bench/extract-pipeline.ts), e.g.
                    another checkout's, to compare two versions on the same inputs
  --quick           smaller sizes, for a smoke test`;

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      langs: { type: 'string', default: 'es,en' },
      shapes: { type: 'string', default: SHAPES.join(',') },
      budget: { type: 'string', default: '300' },
      seed: { type: 'string', default: '42' },
      extractor: { type: 'string', default: DEFAULT_EXTRACTOR },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const list = (name: string, raw: string, allowed?: readonly string[]): string[] => {
    const items = raw.split(',').filter(Boolean);
    const bad = allowed ? items.find((i) => !allowed.includes(i)) : undefined;
    if (bad !== undefined || items.length === 0)
      throw new Error(`bench:scaling: --${name} takes ${allowed?.join(', ') ?? 'a list'}, got "${raw}"`);
    return items;
  };
  const sizes = list('sizes', values.sizes ?? (values.quick ? '32,128,512' : '64,256,1024,2048')).map(Number);
  if (sizes.some((n) => !(n > 0)) || sizes.some((n, i) => i > 0 && n <= sizes[i - 1]!))
    throw new Error(`bench:scaling: --sizes must be positive and growing, got "${values.sizes}"`);
  const budget = Number(values.budget);
  if (!(budget > 0)) throw new Error(`bench:scaling: --budget must be positive, got "${values.budget}"`);
  return {
    sizes,
    langs: list('langs', values.langs ?? '', ['es', 'en']) as Lang[],
    shapes: list('shapes', values.shapes ?? '', SHAPES) as Shape[],
    budget,
    seed: Number(values.seed),
    extractor: values.extractor ?? DEFAULT_EXTRACTOR,
  };
}

async function measure(extractor: ExtractorModule, text: string, kb: number): Promise<Measure> {
  const buffer = Buffer.from(text);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const extraction = await extractor.extract(buffer, 'scaling.txt');
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { kb, wall, cpu: (cpu.user + cpu.system) / 1e6, nodes: extraction.nodes.length };
}

const perMb = (m: Measure): number => m.cpu / (m.kb / 1024);

function row(label: string, m: Measure): string {
  return (
    `${label.padEnd(16)} ${`${m.kb} KB`.padStart(8)} ${m.wall.toFixed(2).padStart(8)} ${m.cpu.toFixed(2).padStart(8)}` +
    ` ${perMb(m).toFixed(2).padStart(9)} ${String(m.nodes).padStart(7)}`
  );
}

/** Every size of one shape and language, smallest first, until the budget says stop. */
async function runSeries(
  extractor: ExtractorModule,
  shape: Shape,
  lang: Lang,
  o: Options,
): Promise<Measure[]> {
  const out: Measure[] = [];
  // The smallest size once unmeasured: the code paths of this shape are compiled before the clock runs.
  await measure(extractor, scalingInput(shape, lang, o.sizes[0]! * 1024, o.seed), o.sizes[0]!);
  for (const kb of o.sizes) {
    const last = out[out.length - 1];
    if (last && last.cpu * (kb / last.kb) ** 2 > o.budget) {
      console.log(`${`${shape} ${lang}`.padEnd(16)} ${`${kb} KB`.padStart(8)}  skipped: over the budget`);
      break;
    }
    const m = await measure(extractor, scalingInput(shape, lang, kb * 1024, o.seed), kb);
    console.log(row(`${shape} ${lang}`, m));
    out.push(m);
  }
  return out;
}

async function run(o: Options): Promise<void> {
  console.log(`Enlace scaling benchmark: read + extract of one file, sizes ${o.sizes.join(', ')} KB`);
  console.log(`extractor ${o.extractor}`);
  for (const s of o.shapes) console.log(`  ${s.padEnd(11)} ${SHAPE_NOTES[s]}`);
  const extractor = await loadExtractor(moduleUrl(o.extractor));
  console.log();
  console.log(
    `${'input'.padEnd(16)} ${'size'.padStart(8)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(8)} ${'CPU s/MB'.padStart(9)} ${'nodes'.padStart(7)}`,
  );
  const ratios: string[] = [];
  for (const shape of o.shapes) {
    for (const lang of o.langs) {
      const series = await runSeries(extractor, shape, lang, o);
      const first = series[0];
      const last = series[series.length - 1];
      if (!first || !last || series.length < 2) continue;
      const partial = last.kb < o.sizes[o.sizes.length - 1]! ? ' (largest size skipped)' : '';
      ratios.push(
        `${`${shape} ${lang}`.padEnd(16)} ${(perMb(last) / perMb(first)).toFixed(2).padStart(6)}` +
          `   (${last.kb} KB vs ${first.kb} KB)${partial}`,
      );
    }
  }
  console.log();
  console.log('time per MB at the largest size / at the smallest (CPU seconds; 1.0 = linear):');
  for (const r of ratios) console.log(r);
}

run(parseOptions(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
