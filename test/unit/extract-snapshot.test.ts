// Snapshot of the extraction output on every corpus (seeds, dev, invented): each change to a rule shows
// here as facts gained and lost, to be reviewed and accepted with `npm run snapshot:extract`
// (ENLACE_SNAPSHOT=write rewrites test/fixtures/snapshot/extraction.json).
import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extractDocument } from '../../ingest/extract';
import { readDocument } from '../../ingest/read';
import type { Extraction } from '../../model';

const ROOT = resolve(import.meta.dirname, '../..');
const SNAPSHOT = join(ROOT, 'test/fixtures/snapshot/extraction.json');
const CORPORA: Record<string, string> = {
  seeds: join(ROOT, '../shared/seeds'),
  dev: join(ROOT, '../shared/dev/docs'),
  invented: join(ROOT, 'test/fixtures/invented/docs'),
  tuning: join(ROOT, 'test/fixtures/tuning/docs'),
};

/** One line per node and per fact, sorted: a diff of two snapshots reads as facts gained and lost. */
function lines(x: Extraction): string[] {
  const name = new Map(x.nodes.map((n) => [n.id, n.label === 'Agreement' ? `<${n.id}>` : n.name]));
  const nodes = x.nodes.map((n) => `${n.label} ${n.name}`);
  const rels = x.relationships.map((r) => {
    const ev = r.evidence.map((e) => e.start).join(',');
    return `${r.type} ${name.get(r.from)} -> ${name.get(r.to)} (${String(r.properties.rule)}) @${ev}`;
  });
  return [...nodes.sort(), ...rels.sort()];
}

async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [corpus, dir] of Object.entries(CORPORA)) {
    for (const f of readdirSync(dir).sort())
      out[`${corpus}/${basename(f)}`] = lines(extractDocument(await readDocument(join(dir, f))));
  }
  return out;
}

describe('extraction snapshot (all corpora)', function () {
  this.timeout(120000);

  it('should match test/fixtures/snapshot/extraction.json, or show what changed', async () => {
    const now = await snapshot();
    if (process.env.ENLACE_SNAPSHOT === 'write') {
      writeFileSync(SNAPSHOT, JSON.stringify(now, null, 1) + '\n');
      return;
    }
    if (!existsSync(SNAPSHOT))
      throw new Error(`${SNAPSHOT} is missing: write it with npm run snapshot:extract`);
    const before = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, string[]>;
    const diff: string[] = [];
    for (const doc of new Set([...Object.keys(before), ...Object.keys(now)])) {
      const a = new Set(before[doc] ?? []);
      const b = new Set(now[doc] ?? []);
      for (const l of a) if (!b.has(l)) diff.push(`${doc}\n  - ${l}`);
      for (const l of b) if (!a.has(l)) diff.push(`${doc}\n  + ${l}`);
    }
    expect(
      diff,
      `extraction changed (npm run snapshot:extract accepts it):\n${diff.join('\n')}`,
    ).to.deep.equal([]);
  });
});
