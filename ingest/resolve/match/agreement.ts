// Agreement matching, after institutions are resolved: the same parties, a compatible kind and
// dates within a few days (or unknown) make one agreement reported by several documents
// (seeds 000 and 002). When a document holds several candidates, the title decides or nothing does.
import { AGREEMENT_KIND_GROUPS } from '../data/agreement-kinds';
import { RESOLVE_DEFAULTS } from '../data/defaults';
import { contentTokens } from '../internal/name-keys';
import { daysApart, jaccard } from '../internal/normalise';
import type { EntityRecord } from '../internal/records';
import { groupBy, type MatchContext } from './context';

export interface AgreementContext extends MatchContext {
  /** Institution records that are PARTY_TO this agreement in its document. */
  partiesOf: (record: EntityRecord) => readonly EntityRecord[];
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

function compatible(a: EntityRecord, b: EntityRecord): boolean {
  const kindA = kindGroup(text(a, 'kind'));
  const kindB = kindGroup(text(b, 'kind'));
  if (kindA !== null && kindB !== null && kindA !== kindB) return false;
  const days = daysApart(effectiveDate(a), effectiveDate(b));
  return days === null || days <= RESOLVE_DEFAULTS.agreementMaxDaysApart;
}

function titleTokens(record: EntityRecord): string[] {
  return contentTokens(text(record, 'title') ?? record.node.name);
}

export function matchAgreements(context: AgreementContext): void {
  // Blocking key: the resolved parties; with fewer than two parties the title must agree too.
  const blocks = groupBy(context.records, (record) => {
    const parties = [
      ...new Set(context.partiesOf(record).map((party) => context.union.find(party.index))),
    ].sort((a, b) => a - b);
    if (parties.length === 0) return null;
    return parties.length >= 2 ? parties.join(',') : `${parties[0]}|${titleTokens(record).join(' ')}`;
  });
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    const choices = new Map<EntityRecord, Map<string, Choice | null>>();
    for (const record of block) choices.set(record, chooseByDocument(record, block));
    // Mutual choice only: each must be the other's candidate in its document; best titles first.
    const pairs: { a: EntityRecord; b: EntityRecord; score: number }[] = [];
    for (const record of block) {
      for (const choice of choices.get(record)!.values()) {
        const partner = choice?.record;
        if (!partner || partner.index < record.index) continue;
        if (choices.get(partner)?.get(record.docId)?.record === record)
          pairs.push({ a: record, b: partner, score: choice.score });
      }
    }
    pairs.sort((x, y) => y.score - x.score || x.a.index - y.a.index || x.b.index - y.b.index);
    for (const { a, b } of pairs) {
      if (
        agreesWithCluster(context, choices, a, b, block) &&
        agreesWithCluster(context, choices, b, a, block)
      ) {
        context.join(a, b, 'agreement-same-parties');
      }
    }
  }
}

/** Joining `record` to `partner`'s cluster: every member of it must be `record`'s choice in its document. */
function agreesWithCluster(
  context: AgreementContext,
  choices: ReadonlyMap<EntityRecord, Map<string, Choice | null>>,
  record: EntityRecord,
  partner: EntityRecord,
  block: readonly EntityRecord[],
): boolean {
  const root = context.union.find(partner.index);
  const own = choices.get(record)!;
  return block.every(
    (member) => context.union.find(member.index) !== root || own.get(member.docId)?.record === member,
  );
}

interface Choice {
  record: EntityRecord;
  score: number;
}

/**
 * For each other document of the block: the one compatible candidate, or the unique best title
 * among several; null when the document holds candidates but none stands out, or none fits.
 */
function chooseByDocument(record: EntityRecord, block: readonly EntityRecord[]): Map<string, Choice | null> {
  const byDocument = groupBy(
    block.filter((other) => other.docId !== record.docId),
    (other) => other.docId,
  );
  const chosen = new Map<string, Choice | null>();
  const own = titleTokens(record);
  for (const [docId, all] of byDocument) {
    const scored = all
      .filter((candidate) => compatible(record, candidate))
      .map((candidate) => ({ record: candidate, score: jaccard(own, titleTokens(candidate)) }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (best && (!second || (best.score > 0 && best.score > second.score))) {
      chosen.set(docId, best);
    } else {
      chosen.set(docId, null);
    }
  }
  return chosen;
}
