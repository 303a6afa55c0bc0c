// API latency under load: a seeded synthetic graph (about 5,000 documents) in a fresh embedded Neo4j,
// then each read operation (search, entity page, neighbourhood depth 1, paths) over HTTP with concurrent
// clients, and the same operation called directly through its service as the baseline.
//   node --import tsx bench/api.ts [--documents 5000] [--connections 20] [--seconds 10] [--keep]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { apiContext } from '../cli/api-context';
import { loadExtractions } from '../ingest/load';
import { DEFAULT_SETTINGS } from '../server/api/context';
import { createApp } from '../server/app';
import { applySchema, connectDatabase, progressLines, type Gateway } from '../server/db';
import { closeServer } from '../server/listen';
import { createCurationLog } from '../server/services/curation';
import { entityDetail } from '../server/services/entity-detail';
import { neighborhood } from '../server/services/neighborhood';
import { shortestPaths } from '../server/services/paths';
import { searchEntities } from '../server/services/search';
import { temporaryEmbeddedConfig } from '../test/helpers/embedded-config';
import { measureDirect, measureHttp, type Measurement } from './api-measure';
import { DEFAULT_SPEC, generateGraph, graphSize } from './graph-generator';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'out');
const TARGET_P99_MS = 50;
const TARGET_OVERHEAD = 1.5;

const { values: args } = parseArgs({
  options: {
    documents: { type: 'string', default: '5000' },
    connections: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
  },
});

interface Operation {
  name: string;
  path: string;
  direct: (gateway: Gateway) => Promise<unknown>;
}

/** The entities the operations ask about: a well-connected institution (searched by name), a far entity. */
async function targets(gateway: Gateway) {
  const { rows } = await gateway.read<{ id: string; name: string; far: string }>(`
    MATCH (i:Institution)
    WITH i ORDER BY COUNT { (i)-[:PARTY_TO]->() } DESC LIMIT 1
    MATCH (i)-[:PARTY_TO]->(:Agreement)<-[:SIGNED]-(p:Person)-[:HOLDS_ROLE]->(far:Institution)
    WHERE far <> i
    RETURN i.id AS id, i.name AS name, far.id AS far LIMIT 1`);
  if (!rows[0]) throw new Error('bench: the generated graph has no institution with a signed agreement');
  // Its whole name, as a researcher types it.
  return { ...rows[0], word: rows[0].name };
}

function operations(t: Awaited<ReturnType<typeof targets>>): Operation[] {
  const timeoutMs = DEFAULT_SETTINGS.readTimeoutMs;
  const q = encodeURIComponent;
  return [
    {
      name: 'search',
      path: `/api/search?q=${q(t.word)}`,
      direct: (g) => searchEntities(g, t.word, { limit: 20, offset: 0, timeoutMs }),
    },
    {
      name: 'entity',
      path: `/api/entities/${q(t.id)}`,
      direct: (g) => entityDetail(g, t.id, { limit: 200, timeoutMs }),
    },
    {
      name: 'neighbourhood d1',
      path: `/api/graph/neighborhood?id=${q(t.id)}`,
      direct: (g) => neighborhood(g, { ids: [t.id], depth: 1, limit: 200, offset: 0, timeoutMs }),
    },
    {
      name: 'paths',
      path: `/api/paths?from=${q(t.id)}&to=${q(t.far)}`,
      direct: (g) => shortestPaths(g, { from: t.id, to: t.far, maxLength: 4, limit: 5, timeoutMs }),
    },
  ];
}

const ms = (v: number) => v.toFixed(1).padStart(7);

async function main(): Promise<void> {
  const shape = { connections: Number(args.connections), seconds: Number(args.seconds) };
  const extractions = generateGraph({ ...DEFAULT_SPEC, documents: Number(args.documents) });
  const size = graphSize(extractions);
  console.log(`graph: ${size.documents} documents, ${size.nodes} entities, ${size.facts} facts`);
  const config = await temporaryEmbeddedConfig();
  const db = await connectDatabase(config, { onProgress: progressLines(process.stderr) });
  const scratch = mkdtempSync(join(tmpdir(), 'enlace-bench-api-'));
  try {
    await applySchema(db.driver, db.database);
    const loadStart = performance.now();
    await loadExtractions(db.driver, extractions, {
      database: db.database,
      documentsPerTransaction: Number.POSITIVE_INFINITY,
    });
    console.log(`loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
    const context = apiContext({
      driver: db.driver,
      database: db.database,
      mode: 'embedded',
      uri: db.uri,
      settings: DEFAULT_SETTINGS,
      aliasFile: null,
      curations: createCurationLog(join(scratch, 'curations.jsonl')),
      uploadsDir: join(scratch, 'uploads'),
      log: () => {},
    });
    const app = createApp({ token: 'bench', clientDir: join(scratch, 'client'), context, log: () => {} });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const results: { name: string; api: Measurement; direct: Measurement; overhead: number }[] = [];
    const overviewSeconds: number[] = [];
    try {
      const t = await targets(context.gateway);
      console.log(`targets: ${t.id} ("${t.word}"), paths to ${t.far}`);
      // The overview of the largest view: laid out once per graph version, then served from the cache.
      for (const run of ['first', 'cached']) {
        const start = performance.now();
        const res = await fetch(`${base}/api/graph/overview?limit=20000`);
        const body = (await res.json()) as { elements: { nodes: unknown[]; edges: unknown[] } };
        const seconds = (performance.now() - start) / 1000;
        console.log(
          `overview limit=20000 (${run}): ${seconds.toFixed(2)} s, ${body.elements.nodes.length} nodes + ` +
            `${body.elements.edges.length} edges`,
        );
        overviewSeconds.push(seconds);
      }
      for (const op of operations(t)) {
        // A warm-up of each, so that both sides run on compiled query plans.
        for (let i = 0; i < 20; i++) await op.direct(context.gateway);
        const direct = await measureDirect(() => op.direct(context.gateway), shape);
        const api = await measureHttp(base + op.path, shape);
        results.push({ name: op.name, api, direct, overhead: api.p50 / Math.max(direct.p50, 0.001) });
        process.stderr.write(`  ${op.name} done\n`);
      }
    } finally {
      await closeServer(server);
    }
    console.log(
      `\n${shape.connections} concurrent clients, ${shape.seconds} s each; latency in ms\n` +
        'operation           API p50  API p99    req/s  errors | direct p50  p99    req/s | API/direct (p50)',
    );
    for (const r of results) {
      console.log(
        `${r.name.padEnd(18)} ${ms(r.api.p50)}  ${ms(r.api.p99)} ${r.api.requestsPerSecond.toFixed(0).padStart(8)} ${String(r.api.errors).padStart(7)} |` +
          ` ${ms(r.direct.p50)} ${ms(r.direct.p99)} ${r.direct.requestsPerSecond.toFixed(0).padStart(8)} | ${r.overhead.toFixed(2)}x`,
      );
    }
    const p99Met = results.every((r) => r.api.p99 < TARGET_P99_MS);
    const overheadMet = results.every((r) => r.overhead < TARGET_OVERHEAD);
    console.log(
      `\ntarget p99 < ${TARGET_P99_MS} ms: ${p99Met ? 'met' : 'NOT met'}; ` +
        `target API/direct < ${TARGET_OVERHEAD}x: ${overheadMet ? 'met' : 'NOT met'}`,
    );
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
      join(OUT, 'api.json'),
      `${JSON.stringify({ size, shape, results, overviewSeconds, p99Met, overheadMet, when: new Date().toISOString() }, null, 2)}\n`,
    );
  } finally {
    await db.close();
    rmSync(scratch, { recursive: true, force: true });
    if (!args.keep) rmSync(config.dataDir, { recursive: true, force: true });
  }
}

await main();
