// Builds an invented SourceDocument from a phrase, and reads facts back by names, for table tests.
import { expect } from 'chai';
import { extractDocument } from '../../../ingest/extract';
import type { Extraction, SourceDocument } from '../../../model';

export function doc(
  text: string,
  lang: 'es' | 'en' = 'es',
  extra: Partial<SourceDocument> = {},
): SourceDocument {
  return { id: 'invented', file: 'invented.txt', title: null, date: null, lang, sha256: 'x', text, ...extra };
}

export function extract(
  text: string,
  lang: 'es' | 'en' = 'es',
  extra: Partial<SourceDocument> = {},
): Extraction {
  return extractDocument(doc(text, lang, extra));
}

/** Names of the nodes with this label. */
export function names(x: Extraction, label: string): string[] {
  return x.nodes.filter((n) => n.label === label).map((n) => n.name);
}

/** Facts as "TYPE from-name -> to-name" strings; agreements read "<agreement>" (their titles are generated). */
export function facts(x: Extraction, type?: string): string[] {
  const name = (id: string) => {
    const n = x.nodes.find((o) => o.id === id);
    return n?.label === 'Agreement' ? '<agreement>' : (n?.name ?? id);
  };
  return x.relationships
    .filter((r) => !type || r.type === type)
    .map((r) => `${r.type} ${name(r.from)} -> ${name(r.to)}`);
}

/** A table row: [what, text, language, facts that must appear, facts that must not]. */
export type FactRow = [string, string, 'es' | 'en', string[], string[]];

/** One test per row: the facts of the row's text hold the ones it must and none it must not. */
export function factTable(tag: string, rows: readonly FactRow[]): void {
  for (const [what, text, lang, must, mustNot] of rows) {
    it(`[${tag}] ${what}`, () => {
      const got = facts(extract(text, lang));
      for (const f of must) expect(got).to.include(f);
      for (const f of mustNot) expect(got).to.not.include(f);
    });
  }
}
