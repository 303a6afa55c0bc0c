// Agreement matching, after institutions are resolved: the same parties, a compatible kind and
// dates within a few days (or unknown) make one agreement reported by several documents
// (seeds 000 and 002). When a document holds several candidates, the title decides or nothing does.
import { AGREEMENT_KIND_GROUPS } from '../data/agreement-kinds';
import { RESOLVE_DEFAULTS } from '../data/defaults';
import { contentTokens } from '../../name-keys';
import type { EntityRecord } from '../internal/records';
import { groupBy, type MatchContext } from './context';

export interface AgreementContext extends MatchContext {
  /** Institution records that are PARTY_TO this agreement in its document. */
  partiesOf: (record: EntityRecord) => readonly EntityRecord[];
}

/** What matching compares, computed once per agreement. */
interface Facts {
  record: EntityRecord;
  kind: string | null;
  /** Effective date in days since the epoch, or null. */
  day: number | null;
  title: Set<string>;
}

interface Choice {
  facts: Facts;
  score: number;
}

function text(record: EntityRecord, property: string): string | null {
  const value = record.node.properties?.[property];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** The agreement's own date, else its document's date. */
export function effectiveDate(record: EntityRecord): string | null {
  return text(record, 'date') ?? record.docDate;
}

function kindGroup(kind: string | null): string | null {
  if (kind === null) return null;
  const lower = kind.toLowerCase();
  return AGREEMENT_KIND_GROUPS.find((group) => group.includes(lower))?.[0] ?? lower;
}

function factsOf(record: EntityRecord): Facts {
  const date = effectiveDate(record);
  const time = date === null ? NaN : Date.parse(date);
  return {
    record,
    kind: kindGroup(text(record, 'kind')),
    day: Number.isNaN(time) ? null : time / 86_400_000,
    title: new Set(contentTokens(text(record, 'title') ?? record.node.name)),
  };
}

function compatible(a: Facts, b: Facts): boolean {
  if (a.kind !== null && b.kind !== null && a.kind !== b.kind) return false;
  return (
    a.day === null || b.day === null || Math.abs(a.day - b.day) <= RESOLVE_DEFAULTS.agreementMaxDaysApart
  );
}

function titleSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

export function matchAgreements(context: AgreementContext): void {
  // Blocking key: the resolved parties; with fewer than two parties the title must agree too.
  const blocks = groupBy(context.records, (record) => {
    const roots = context.partiesOf(record).map((party) => context.union.find(party.index));
    const parties = [...new Set(roots)].sort((a, b) => a - b);
    if (parties.length === 0) return null;
    if (parties.length >= 2) return parties.join(',');
    return `${parties[0]}|${contentTokens(text(record, 'title') ?? record.node.name).join(' ')}`;
  });
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    const facts = block.map(factsOf);
    if (facts.length <= RESOLVE_DEFAULTS.agreementBlockLimit) matchBlock(context, facts);
    else for (const part of splitLargeBlock(facts).values()) if (part.length > 1) matchBlock(context, part);
  }
}

/**
 * Very many agreements between the same parties (a long series of yearly agreements): compare
 * only those of one kind dated in the same window, and undated ones with the same title, so that
 * the work stays near linear. Pairs straddling two windows are missed: a known, rare loss.
 */
function splitLargeBlock(block: readonly Facts[]): Map<string, Facts[]> {
  const window = RESOLVE_DEFAULTS.agreementMaxDaysApart * 2;
  return groupBy(block, (facts) => {
    const when =
      facts.day === null ? `title:${[...facts.title].join(' ')}` : String(Math.floor(facts.day / window));
    return `${facts.kind ?? ''}|${when}`;
  });
}

function matchBlock(context: AgreementContext, block: readonly Facts[]): void {
  const choices = new Map<EntityRecord, Map<string, Choice | null>>();
  for (const facts of block) choices.set(facts.record, chooseByDocument(facts, block));
  // Each record proposes its best mutual choice (one edge per record keeps large blocks linear).
  const pairs: { a: EntityRecord; b: EntityRecord; score: number }[] = [];
  for (const { record } of block) {
    let best: Choice | null = null;
    for (const choice of choices.get(record)!.values()) {
      if (!choice || choices.get(choice.facts.record)?.get(record.docId)?.facts.record !== record) continue;
      if (!best || choice.score > best.score) best = choice;
    }
    if (best) pairs.push({ a: record, b: best.facts.record, score: best.score });
  }
  pairs.sort((x, y) => y.score - x.score || x.a.index - y.a.index || x.b.index - y.b.index);
  // Members per cluster, local to the block, for the consistency check.
  const members = new Map<number, EntityRecord[]>();
  for (const { record } of block) {
    const root = context.union.find(record.index);
    members.set(root, [...(members.get(root) ?? []), record]);
  }
  for (const { a, b } of pairs) {
    const rootA = context.union.find(a.index);
    const rootB = context.union.find(b.index);
    if (rootA === rootB) continue;
    const left = members.get(rootA)!;
    const right = members.get(rootB)!;
    if (!agreesWith(choices.get(a)!, right) || !agreesWith(choices.get(b)!, left)) continue;
    if (!context.join(a, b, 'agreement-same-parties')) continue;
    const root = context.union.find(a.index);
    members.delete(rootA);
    members.delete(rootB);
    members.set(root, [...left, ...right]);
  }
}

/** A record may join a cluster only if every member is its choice in that member's document. */
function agreesWith(choices: ReadonlyMap<string, Choice | null>, cluster: readonly EntityRecord[]): boolean {
  return cluster.every((member) => choices.get(member.docId)?.facts.record === member);
}

/**
 * For each other document of the block: the one compatible candidate, or the unique best title
 * among several; null when the document holds candidates but none stands out.
 */
function chooseByDocument(own: Facts, block: readonly Facts[]): Map<string, Choice | null> {
  const byDocument = groupBy(
    block.filter((other) => other.record.docId !== own.record.docId && compatible(own, other)),
    (other) => other.record.docId,
  );
  const chosen = new Map<string, Choice | null>();
  for (const [docId, candidates] of byDocument) {
    const scored = candidates
      .map((facts) => ({ facts, score: titleSimilarity(own.title, facts.title) }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    chosen.set(docId, best && (!second || (best.score > 0 && best.score > second.score)) ? best : null);
  }
  return chosen;
}
