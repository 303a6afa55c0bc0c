// Ingest benchmark (`npm run bench:ingest`): `enlace ingest` of a folder of generated releases into a fresh
// embedded Neo4j, from reading the files to the last document loaded, two ways in the same run:
//   whole folder   today's path: every file extracted in one thread, then one load
//   streaming      extraction on every core, documents loaded in chunks while the rest are extracted
// Each way gets its own fresh database; both must give the same graph.
//   node --import tsx bench/ingest.ts [--docs 2000] [--seed 42] [--workers N] [--quick] [--keep]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFiles, type IngestOptions } from '../ingest/ingest-files';
import { applySchema, connectDatabase, databaseConfigFromEnv } from '../server/db';
import { temporaryEmbeddedConfig } from '../test/helpers/embedded-config';
import { corpusDocuments } from './corpus';
import { jvmStatsBetween, readJvmStats } from './jvm-stats';

interface Way {
  name: string;
  options: IngestOptions;
}

interface Measure {
  way: string;
  seconds: number;
  nodeCpu: number;
  jvmCpu: number;
  jit: number | null;
  nodes: number;
  relationships: number;
  failed: number;
}

const USAGE = `usage: node --import tsx bench/ingest.ts [options]
  --docs N       releases to generate and ingest (default 2000; --quick: 300)
  --seed S       corpus seed (default 42)
  --workers N    extraction workers of the streaming way (default: available parallelism)
  --first-chunk N  documents the streaming way's first chunk waits for (default 50)
  --quick        fewer documents, for a smoke test
  --keep         keep the generated folder and the stores`;

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' },
    seed: { type: 'string', default: '42' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'first-chunk': { type: 'string', default: '50' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const docs = Number(args.docs ?? (args.quick ? 300 : 2000));
const target = 150;

function writeCorpus(folder: string): number {
  let bytes = 0;
  for (const doc of corpusDocuments({ seed: Number(args.seed), count: docs })) {
    writeFileSync(join(folder, doc.file), doc.text);
    bytes += Buffer.byteLength(doc.text);
  }
  return bytes;
}

const cpuSeconds = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1e6;

async function measure(way: Way, folder: string, keep: boolean): Promise<Measure> {
  // ENLACE_NEO4J_JAVA_OPTS applies here too, to compare JVM settings.
  const fromEnv = databaseConfigFromEnv(process.env);
  const javaOptions = fromEnv.mode === 'embedded' ? fromEnv.javaOptions : undefined;
  const config = { ...(await temporaryEmbeddedConfig({ heap: '1g', pageCache: '512m' })), javaOptions };
  const db = await connectDatabase(config);
  try {
    await applySchema(db.driver, db.database);
    const { pid } = JSON.parse(readFileSync(join(config.storeDir, 'enlace-neo4j.json'), 'utf8')) as {
      pid: number;
    };
    const jvmBefore = readJvmStats(pid);
    const cpuBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    const summary = await ingestFiles(db.driver, [folder], { database: db.database, ...way.options });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const jvm = jvmStatsBetween(jvmBefore, readJvmStats(pid));
    return {
      way: way.name,
      seconds,
      nodeCpu: cpuSeconds(process.cpuUsage(cpuBefore)),
      jvmCpu: jvm.cpuSeconds,
      jit: jvm.jitSeconds,
      nodes: summary.graph.after.nodes,
      relationships: summary.graph.after.relationships,
      failed: summary.failures.length,
    };
  } finally {
    await db.close();
    if (!keep) rmSync(config.dataDir, { recursive: true, force: true });
  }
}

function table(rows: Measure[]): string {
  const head = [
    'way',
    'documents',
    'seconds',
    'docs/s',
    'Node CPU s',
    'JVM CPU s',
    'JIT s',
    'nodes',
    'rels',
    'failed',
  ];
  const body = rows.map((r) => [
    r.way,
    String(docs),
    r.seconds.toFixed(1),
    String(Math.round(docs / r.seconds)),
    r.nodeCpu.toFixed(1),
    r.jvmCpu.toFixed(1),
    r.jit === null ? '-' : r.jit.toFixed(1),
    r.nodes.toLocaleString('en-US'),
    r.relationships.toLocaleString('en-US'),
    String(r.failed),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  // Before this benchmark loads the machine itself.
  const busy = loadavg()[0]! > availableParallelism() * 0.5;
  const folder = mkdtempSync(join(tmpdir(), 'enlace-bench-ingest-'));
  const bytes = writeCorpus(folder);
  console.log(
    `Enlace ingest benchmark: ${docs} releases (${(bytes / 1e6).toFixed(1)} MB), seed ${args.seed}, ` +
      `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    'each way into a fresh embedded Neo4j (heap 1g, page cache 512m); timed from reading to loaded\n',
  );
  const ways: Way[] = [
    { name: 'whole folder (one thread, then load)', options: { workers: 1, loadWhileExtracting: false } },
    {
      name: `streaming (${args.workers} workers, chunks)`,
      options: { workers: Number(args.workers), firstChunk: Number(args['first-chunk']) },
    },
  ];
  const rows: Measure[] = [];
  try {
    for (const way of ways) {
      console.log(`running: ${way.name} ...`);
      rows.push(await measure(way, folder, args.keep));
    }
  } finally {
    if (!args.keep) rmSync(folder, { recursive: true, force: true });
    else console.log(`kept ${folder}`);
  }
  console.log(`\n${table(rows)}\n`);
  const [today, streaming] = rows as [Measure, Measure];
  console.log(`speed-up (streaming vs whole folder): ${(today.seconds / streaming.seconds).toFixed(2)}x`);
  const same = today.nodes === streaming.nodes && today.relationships === streaming.relationships;
  console.log(`same graph both ways (node and relationship counts): ${same ? 'yes' : 'NO'}`);
  const rate = docs / streaming.seconds;
  console.log(
    `target >= ${target} docs/s end to end: ${Math.round(rate)} docs/s, ${rate >= target ? 'met' : 'NOT met'}`,
  );
  if (busy)
    console.log('note: the machine was busy; wall-clock figures are depressed, CPU seconds are steadier');
  if (!same) process.exitCode = 1;
}

await main();
