// The towns that need context, kept as lines of text ("folded name, name, country, region,
// population, ambiguity, aliases" tab-separated) and turned into entries only when a document's word
// looks one up: 90,000 towns cost a string and an index of first words instead of 90,000 objects.
import { fold } from '../text';
import type { Row } from './pair-table';
import { PairTable } from './pair-table';
import type { Ambiguity, GazetteerEntry } from './types';

/** One line per folded form (name, then aliases), so that each form's first word finds the town. */
export function townLine(t: GazetteerEntry): string {
  const rest = [t.name, t.country ?? '', t.region ?? '', String(t.population ?? 0), t.ambiguity ?? 'none'];
  return t.words.map((w) => `${[w.join(' '), ...rest, t.aliases.join('|')].join('\t')}\n`).join('');
}

function townEntry(line: string): GazetteerEntry {
  const [key = '', name = '', country = '', region = '', population = '0', ambiguity = 'none', aliases = ''] =
    line.split('\t');
  const others = aliases ? aliases.split('|') : [];
  return {
    name,
    kind: 'city',
    country,
    ...(region ? { region } : {}),
    population: Number(population),
    aliases: others,
    ...(ambiguity === 'none' ? {} : { ambiguous: true, ambiguity: ambiguity as Ambiguity }),
    words: [...new Set([key, ...[name, ...others].map(fold)])].map((f) => f.split(/\s+/).filter(Boolean)),
  };
}

export type TownRow = Row<GazetteerEntry>;

/** A phrase table over town lines, keyed by folded first word; rows are made on first look-up. */
export class TownLines {
  private readonly starts = new Map<string, number | number[]>();
  private readonly made = new Map<string, PairTable<GazetteerEntry>>();

  constructor(private readonly text: string) {
    let at = text.indexOf('\n') + 1; // the first line is the cache key
    while (at > 0 && at < text.length) {
      const end = text.indexOf('\n', at);
      const tab = text.indexOf('\t', at);
      const space = text.indexOf(' ', at);
      const first = text.slice(at, space >= 0 && space < tab ? space : tab);
      const seen = this.starts.get(first);
      if (seen === undefined) this.starts.set(first, at);
      else if (typeof seen === 'number') this.starts.set(first, [seen, at]);
      else seen.push(at);
      at = end + 1;
    }
  }

  has(first: string): boolean {
    return this.starts.has(first);
  }

  get(first: string, second?: string): TownRow[] | undefined {
    return this.rowsOf(first)?.get(first, second);
  }

  private rowsOf(first: string): PairTable<GazetteerEntry> | undefined {
    const done = this.made.get(first);
    if (done) return done;
    const at = this.starts.get(first);
    if (at === undefined) return undefined;
    const table = new PairTable<GazetteerEntry>();
    for (const a of [at].flat()) {
      const value = townEntry(this.text.slice(a, this.text.indexOf('\n', a)));
      for (const words of value.words) if (words[0] === first) table.add(words, value);
    }
    this.made.set(first, table.seal());
    return table;
  }
}
