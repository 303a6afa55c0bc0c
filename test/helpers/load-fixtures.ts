// Extraction fixtures for loader tests: two seeds (000 and 002 report the same agreement) from the gold annotations.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../../model';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'load');

export const FIXTURE_FILES = [
  '000_ebabdbe520a716d8.extraction.json',
  '002_aabe87b153c2bcaa.extraction.json',
] as const;

/** Fresh copies each call, so tests may mutate them. */
export function goldExtractions(): Extraction[] {
  return FIXTURE_FILES.map((file) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Extraction);
}

/** A minimal valid extraction, for tests that build their own cases. */
export function tinyExtraction(name: string, overrides: Partial<Extraction> = {}): Extraction {
  const sha256 = Buffer.from(name).toString('hex').padEnd(64, '0').slice(0, 64);
  return {
    document: { id: `doc:${name}`, file: `${name}.txt`, title: name, date: '2014-05-09', lang: 'es', sha256 },
    nodes: [
      { id: `Institution:${name}-a`, label: 'Institution', name: `Instituto ${name} A`, aliases: [] },
      { id: `Institution:${name}-b`, label: 'Institution', name: `Instituto ${name} B`, aliases: [] },
    ],
    relationships: [
      {
        type: 'SIGNED_WITH',
        from: `Institution:${name}-a`,
        to: `Institution:${name}-b`,
        properties: { rule: 'test' },
        evidence: [{ text: `A y B firmaron (${name}).`, start: 0, end: 20 }],
      },
    ],
    ...overrides,
  };
}
