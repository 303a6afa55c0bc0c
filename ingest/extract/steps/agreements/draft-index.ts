// The agreements drafted so far, filed so that a clause finds the one it adds to without a scan of
// every draft: by party set (checked against the draft as it is now: parties grow as clauses join),
// and by the block of sentences where each was first told, for the window a clause
// may join within. An agreement is told where its parties are named: a clause joins by overlapping
// parties, by title or as a headline only a draft first told within AGREEMENT_WINDOW sentences of it.
import type { AgreementDraft } from '../../types';

/**
 * How far (in sentences) from where an agreement is first told a clause may add to it by title, by
 * overlapping parties or as a headline: about a long press release (most releases of the corpora hold
 * under 25 sentences). The whole document let a file of many releases grow one agreement with every
 * party of the file, its facts in the square of its length.
 */
export const AGREEMENT_WINDOW = 30;

const partySet = (keys: readonly string[]) => [...keys].sort().join('\u0000');

export class DraftIndex {
  readonly drafts: AgreementDraft[] = [];
  private readonly rank = new Map<AgreementDraft, number>();
  private readonly first = new Map<AgreementDraft, number>();
  private readonly byParties = new Map<string, Set<AgreementDraft>>();
  private readonly byBlock = new Map<number, AgreementDraft[]>();

  add(d: AgreementDraft, sent: number): void {
    this.rank.set(d, this.drafts.length);
    this.drafts.push(d);
    this.first.set(d, sent);
    push(this.byBlock, Math.floor(sent / AGREEMENT_WINDOW), d);
    this.refile(d);
  }

  /** Files the draft under its party set as it is now (call after adding parties). */
  refile(d: AgreementDraft): void {
    file(this.byParties, partySet(d.parties), d);
  }

  /** Drafts first told within the window of sentence `sent`, in the order drafted. */
  near(sent: number): AgreementDraft[] {
    const b = Math.floor(sent / AGREEMENT_WINDOW);
    const out: AgreementDraft[] = [];
    for (const k of [b - 1, b, b + 1])
      for (const d of this.byBlock.get(k) ?? [])
        if (Math.abs(this.first.get(d)! - sent) <= AGREEMENT_WINDOW) out.push(d);
    return out.sort((x, y) => this.rank.get(x)! - this.rank.get(y)!);
  }

  /** Drafts filed under this party set (some may have grown since), in the order drafted. */
  withParties(keys: readonly string[]): AgreementDraft[] {
    return this.sorted(this.byParties.get(partySet(keys)));
  }

  /** The drafts given, once each, in the order drafted. */
  ordered(list: Iterable<AgreementDraft>): AgreementDraft[] {
    return this.sorted(new Set(list));
  }

  private sorted(filed: Set<AgreementDraft> | undefined): AgreementDraft[] {
    return [...(filed ?? [])].sort((x, y) => this.rank.get(x)! - this.rank.get(y)!);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function file<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const filed = map.get(key);
  if (filed) filed.add(value);
  else map.set(key, new Set([value]));
}
