// The corpora whose evidence is measured: the seeds, the development corpus, the invented fixtures, the
// tuning set, the two held-out sets (never tuned on) and a slice of the synthetic corpus the tests
// generate, each extracted by the real reader and extractor.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Extraction } from '../../model';
import { readBuffer, readDocument } from '../../ingest/read';
import { extractDocument } from '../../ingest/extract';
import { generateCorpus } from '../corpus';

const ROOT = resolve(import.meta.dirname, '../..');

export const EVIDENCE_CORPORA = [
  'seeds',
  'dev',
  'invented',
  'tuning',
  'heldout',
  'heldout-b',
  'synthetic',
] as const;
export type EvidenceCorpus = (typeof EVIDENCE_CORPORA)[number];

const FOLDERS: Record<Exclude<EvidenceCorpus, 'synthetic'>, string> = {
  seeds: join(ROOT, 'seeds'),
  dev: join(ROOT, '../shared/dev/docs'),
  invented: join(ROOT, 'test/fixtures/invented/docs'),
  tuning: join(ROOT, 'test/fixtures/tuning/docs'),
  heldout: join(ROOT, 'test/fixtures/heldout/docs'),
  'heldout-b': join(ROOT, 'test/fixtures/heldout-b/docs'),
};

/** The synthetic slice: the seed and size the ingest tests use, small enough for the unit suite. */
export const SYNTHETIC = { seed: 13, count: 120 } as const;

async function extractFolder(dir: string): Promise<Extraction[]> {
  const out: Extraction[] = [];
  for (const f of readdirSync(dir).sort()) out.push(extractDocument(await readDocument(join(dir, f))));
  return out;
}

async function extractSynthetic(seed: number, count: number): Promise<Extraction[]> {
  const out: Extraction[] = [];
  for (const d of generateCorpus({ seed, count }))
    out.push(extractDocument(await readBuffer(Buffer.from(d.text), d.file)));
  return out;
}

/** Extracts one corpus. */
export function extractCorpus(
  corpus: EvidenceCorpus,
  synthetic: { seed: number; count: number } = SYNTHETIC,
): Promise<Extraction[]> {
  return corpus === 'synthetic'
    ? extractSynthetic(synthetic.seed, synthetic.count)
    : extractFolder(FOLDERS[corpus]);
}
