// Evidence benchmark (`npm run bench:evidence`): for each corpus, the share of facts whose evidence
// names every endpoint other than the Agreement (check.ts says what names one), by corpus, by
// relation type and rule, then the facts that fail.
//   node --import tsx bench/evidence.ts [--corpus seeds|dev|invented|synthetic] [--failures N] [--synthetic N]
import { parseArgs } from 'node:util';
import { checkEvidence, shownShare, type EvidenceCheck } from './evidence/check';
import { EVIDENCE_CORPORA, SYNTHETIC, extractCorpus, type EvidenceCorpus } from './evidence/corpora';

const USAGE = `usage: node --import tsx bench/evidence.ts [options]
  --corpus C      only this corpus (${EVIDENCE_CORPORA.join(', ')}); default all
  --synthetic N   synthetic documents to generate (default ${SYNTHETIC.count})
  --failures N    failing facts listed per corpus (default 40)`;

function pct(shown: number, facts: number): string {
  return `${(facts ? (100 * shown) / facts : 100).toFixed(1).padStart(5)}%  ${String(shown).padStart(4)}/${facts}`;
}

function print(corpus: string, c: EvidenceCheck, failures: number): void {
  console.log(`\n${corpus}: ${pct(c.shown, c.facts)} facts whose evidence names their endpoints`);
  const byType = new Map<string, { facts: number; shown: number }>();
  for (const [key, t] of c.byRule) {
    const type = key.split(' ')[0]!;
    const sum = byType.get(type) ?? { facts: 0, shown: 0 };
    sum.facts += t.facts;
    sum.shown += t.shown;
    byType.set(type, sum);
  }
  for (const [type, t] of [...byType].sort()) console.log(`  ${type.padEnd(40)} ${pct(t.shown, t.facts)}`);
  console.log('  by rule, where any fails:');
  for (const [key, t] of [...c.byRule].sort())
    if (t.shown < t.facts) console.log(`    ${key.padEnd(58)} ${pct(t.shown, t.facts)}`);
  for (const f of c.failures.slice(0, failures)) {
    console.log(
      `  x ${f.file}: ${f.type} ${f.from} -> ${f.to} (${f.rule}) names not ${f.unnamed.join(', ')}`,
    );
    for (const e of f.evidence) console.log(`      | ${e.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  if (c.failures.length > failures) console.log(`  ... and ${c.failures.length - failures} more`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      synthetic: { type: 'string', default: String(SYNTHETIC.count) },
      failures: { type: 'string', default: '40' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const corpora = values.corpus ? [values.corpus as EvidenceCorpus] : [...EVIDENCE_CORPORA];
  for (const c of corpora)
    if (!EVIDENCE_CORPORA.includes(c)) throw new Error(`bench/evidence: unknown corpus "${c}"\n${USAGE}`);
  const synthetic = { seed: SYNTHETIC.seed, count: Number(values.synthetic) };
  const summary: string[] = [];
  for (const corpus of corpora) {
    const check = checkEvidence(await extractCorpus(corpus, synthetic));
    print(corpus, check, Number(values.failures));
    summary.push(`${corpus.padEnd(10)} ${pct(check.shown, check.facts)}  (${shownShare(check).toFixed(3)})`);
  }
  console.log(`\nevidence shows the fact:\n  ${summary.join('\n  ')}`);
}

await main();
