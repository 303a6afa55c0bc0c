// Load benchmark (`npm run bench:load`): a seeded graph of 100k+ nodes and 300k+ relationships written through the
// real loader into a fresh embedded Neo4j, against the naive baseline (one auto-commit statement per row).
//   node --import tsx bench/load.ts [--documents 5100] [--batch 10000] [--tx-rows 100000] [--naive 2000]
//                                   [--heap 2g] [--page-cache 1g] [--keep]
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../model';
import { loadExtractions } from '../ingest/load';
import { applySchema, connectDatabase, databaseStatus, progressLines } from '../server/db';
import { temporaryEmbeddedConfig } from '../test/helpers/embedded-config';
import { DEFAULT_SPEC, generateGraph, graphSize } from './graph-generator';
import { jvmStatsBetween, readJvmStats } from './jvm-stats';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'out');

interface Row {
  step: string;
  rows: string;
  seconds: number;
  rate: string;
}

const { values: args } = parseArgs({
  options: {
    documents: { type: 'string', default: String(DEFAULT_SPEC.documents) },
    batch: { type: 'string', default: '10000' },
    'tx-rows': { type: 'string', default: '100000' },
    naive: { type: 'string', default: '2000' },
    heap: { type: 'string', default: '2g' },
    'page-cache': { type: 'string', default: '1g' },
    keep: { type: 'boolean', default: false },
  },
});

const perSecond = (count: number, seconds: number): number => Math.round(count / seconds);
const fmt = (n: number): string => n.toLocaleString('en-US');
const elapsed = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

/** Peak resident memory of a process in MB, from /proc (Linux); null elsewhere. */
function peakRssMb(pid: number | 'self'): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The naive way: every node and every relationship its own auto-commit statement. */
async function naiveLoad(
  driver: Driver,
  database: string,
  extractions: Extraction[],
  relationshipLimit: number,
): Promise<{ nodes: number; nodeSeconds: number; relationships: number; relationshipSeconds: number }> {
  const session = driver.session({ database });
  try {
    const labelOf = new Map<string, string>();
    let nodes = 0;
    let start = process.hrtime.bigint();
    const needed: Extraction[] = [];
    let planned = 0;
    for (const extraction of extractions) {
      if (planned >= relationshipLimit) break;
      needed.push(extraction);
      planned += extraction.relationships.length;
    }
    for (const { document, nodes: list } of needed) {
      for (const node of list) {
        labelOf.set(node.id, node.label);
        await session.run(
          `MERGE (n:${node.label} {id: $id}) SET n.name = $name, n.aliases = $aliases, n.sources = [$doc]`,
          { id: node.id, name: node.name, aliases: node.aliases, doc: document.id },
        );
        nodes++;
      }
    }
    const nodeSeconds = elapsed(start);
    let relationships = 0;
    start = process.hrtime.bigint();
    outer: for (const { document, relationships: list } of needed) {
      for (const rel of list) {
        if (relationships >= relationshipLimit) break outer;
        const evidence = rel.evidence[0]!;
        await session.run(
          `MATCH (a:${labelOf.get(rel.from)} {id: $from}) MATCH (b:${labelOf.get(rel.to)} {id: $to})
           MERGE (a)-[r:${rel.type}]->(b)
           SET r.sources = [$doc], r.evidence = [$text], r.evidenceSources = [$doc],
               r.evidenceOffsets = [$offsets], r.rules = [$rule]`,
          {
            from: rel.from,
            to: rel.to,
            doc: document.id,
            text: evidence.text,
            offsets: `${evidence.start}-${evidence.end}`,
            rule: rel.properties.rule,
          },
        );
        relationships++;
      }
    }
    return { nodes, nodeSeconds, relationships, relationshipSeconds: elapsed(start) };
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const spec = { ...DEFAULT_SPEC, documents: Number(args.documents) };
  const table: Row[] = [];

  let start = process.hrtime.bigint();
  const extractions = generateGraph(spec);
  const size = graphSize(extractions);
  table.push({
    step: 'generate (seeded)',
    rows: `${fmt(size.documents)} documents, ${fmt(size.nodes)} entities, ${fmt(size.facts)} facts`,
    seconds: elapsed(start),
    rate: '',
  });

  const config = await temporaryEmbeddedConfig({ heap: args.heap, pageCache: args['page-cache'] });
  start = process.hrtime.bigint();
  const db = await connectDatabase(config, { onProgress: progressLines(process.stderr) });
  const jvmPid = JSON.parse(readFileSync(join(config.storeDir, 'enlace-neo4j.json'), 'utf8')) as {
    pid: number;
  };
  try {
    await applySchema(db.driver, db.database);
    table.push({ step: 'start Neo4j + schema', rows: db.uri, seconds: elapsed(start), rate: '' });

    // 1. The real loader, bulk settings: many documents per transaction, 10k-row UNWIND batches. Progress
    //    samples give the rate of the later half (from the first commit past the middle): the earlier part
    //    also pays for the JVM compiling Neo4j's code.
    let lastShown = 0;
    const samples: { seconds: number; done: number; relationships: number }[] = [];
    const jvmBefore = readJvmStats(jvmPid.pid);
    const nodeCpuBefore = process.cpuUsage();
    start = process.hrtime.bigint();
    const summary = await loadExtractions(db.driver, extractions, {
      database: db.database,
      batchSize: Number(args.batch),
      rowsPerTransaction: Number(args['tx-rows']),
      documentsPerTransaction: Number.POSITIVE_INFINITY,
      onProgress: ({ done, total, relationshipsCreated }) => {
        samples.push({ seconds: elapsed(start), done, relationships: relationshipsCreated });
        if (done - lastShown >= total / 10 || done === total) {
          lastShown = done;
          process.stderr.write(
            `  loaded ${fmt(done)} / ${fmt(total)} documents (${elapsed(start).toFixed(1)} s)\n`,
          );
        }
      },
    });
    const loadSeconds = elapsed(start);
    const jvm = jvmStatsBetween(jvmBefore, readJvmStats(jvmPid.pid));
    const nodeCpu = process.cpuUsage(nodeCpuBefore);
    if (summary.failed > 0)
      throw new Error(
        `bench: ${summary.failed} documents failed: ${summary.documents.find((d) => d.reason)?.reason}`,
      );
    const status = await databaseStatus(db.driver, db.database);
    const batchedRelsPerSecond = perSecond(summary.relationshipsCreated, loadSeconds);
    table.push({
      step: 'batched load (UNWIND … MERGE)',
      rows: `${fmt(summary.nodesCreated)} nodes, ${fmt(summary.relationshipsCreated)} rels (${fmt(summary.relationshipsCreated - size.facts)} MENTIONED_IN)`,
      seconds: loadSeconds,
      rate: `${fmt(perSecond(summary.nodesCreated, loadSeconds))} nodes/s, ${fmt(batchedRelsPerSecond)} rels/s, ${fmt(perSecond(summary.nodesCreated + summary.relationshipsCreated, loadSeconds))} rows/s`,
    });
    const half = samples.find((sample) => sample.done >= extractions.length / 2) ?? samples[0]!;
    const secondHalfRelsPerSecond = perSecond(
      summary.relationshipsCreated - half.relationships,
      loadSeconds - half.seconds,
    );
    table.push({
      step: `  of which from document ${fmt(half.done + 1)} on`,
      rows: `${fmt(extractions.length - half.done)} documents, ${fmt(summary.relationshipsCreated - half.relationships)} rels`,
      seconds: loadSeconds - half.seconds,
      rate: `${fmt(secondHalfRelsPerSecond)} rels/s (JIT-compiled server)`,
    });

    // 2. Loading the same documents again: skipped by sha256, counts unchanged.
    start = process.hrtime.bigint();
    const again = await loadExtractions(db.driver, extractions, { database: db.database });
    const after = await databaseStatus(db.driver, db.database);
    table.push({
      step: 'same documents again',
      rows: `${fmt(again.unchanged)} unchanged; counts ${after.nodes === status.nodes && after.relationships === status.relationships ? 'equal' : 'CHANGED'}`,
      seconds: elapsed(start),
      rate: '',
    });

    // 3. Naive baseline on a separate sample in the same database.
    const sample = generateGraph({
      ...spec,
      seed: spec.seed + 1,
      idPrefix: 'n',
      documents: Math.ceil(Number(args.naive) / 50) + 1,
    });
    const naive = await naiveLoad(db.driver, db.database!, sample, Number(args.naive));
    const naiveRelsPerSecond = perSecond(naive.relationships, naive.relationshipSeconds);
    table.push({
      step: 'naive: one auto-commit per node',
      rows: `${fmt(naive.nodes)} nodes`,
      seconds: naive.nodeSeconds,
      rate: `${fmt(perSecond(naive.nodes, naive.nodeSeconds))} nodes/s`,
    });
    table.push({
      step: 'naive: one auto-commit per rel',
      rows: `${fmt(naive.relationships)} rels`,
      seconds: naive.relationshipSeconds,
      rate: `${fmt(naiveRelsPerSecond)} rels/s`,
    });

    const ratio = batchedRelsPerSecond / naiveRelsPerSecond;
    const nodeRss = peakRssMb('self') ?? Math.round(process.resourceUsage().maxRSS / 1024);
    const jvmRss = peakRssMb(jvmPid.pid);
    printTable(table);
    console.log('');
    console.log(
      `batched / naive (rels/s):   ${ratio.toFixed(1)}x   (target >= 20x: ${ratio >= 20 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `batched rels/s:             ${fmt(batchedRelsPerSecond)}   (target >= 20,000: ${batchedRelsPerSecond >= 20_000 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `CPU during the batched load: Neo4j JVM ${jvm.cpuSeconds.toFixed(1)} s (${describeJvm(jvm.jitSeconds, jvm.gcPauseSeconds)}), Node ${((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(1)} s, in ${loadSeconds.toFixed(1)} s on ${availableParallelism()} cores`,
    );
    console.log(
      `graph:                      ${fmt(after.nodes ?? 0)} nodes, ${fmt(after.relationships ?? 0)} relationships in Neo4j`,
    );
    console.log(
      `peak RSS:                   Node ${nodeRss} MB, Neo4j JVM ${jvmRss ?? '?'} MB (heap ${config.heap}, page cache ${config.pageCache})`,
    );
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
      join(OUT, 'load.json'),
      `${JSON.stringify({ spec, size, table, ratio, batchedRelsPerSecond, secondHalfRelsPerSecond, naiveRelsPerSecond, jvm, nodeRss, jvmRss, when: new Date().toISOString() }, null, 2)}\n`,
    );
  } finally {
    await db.close();
    if (!args.keep) rmSync(config.dataDir, { recursive: true, force: true });
  }
}

function describeJvm(jitSeconds: number | null, gcPauseSeconds: number | null): string {
  if (jitSeconds === null || gcPauseSeconds === null) return 'no jcmd: JIT and GC shares unknown';
  return `of which JIT compiling ${jitSeconds.toFixed(1)} s, GC pauses ${gcPauseSeconds.toFixed(1)} s`;
}

function printTable(rows: Row[]): void {
  const headers: Row = { step: 'step', rows: 'what', seconds: 0, rate: 'rate' };
  const width = (key: 'step' | 'rows') => Math.max(...[headers, ...rows].map((r) => r[key].length));
  const line = (r: Row, seconds: string) =>
    `${r.step.padEnd(width('step'))}  ${r.rows.padEnd(width('rows'))}  ${seconds.padStart(8)}  ${r.rate}`;
  console.log(line(headers, 'seconds'));
  console.log('-'.repeat(width('step') + width('rows') + 40));
  for (const r of rows) console.log(line(r, r.seconds.toFixed(2)));
}

await main();
