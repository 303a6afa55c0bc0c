// Person matching: same full name, then unambiguous short forms ("Leonel Flores" ~ "Leonel
// Antonio Flores Sosa"). Blocking key: first given name + one later token, never all pairs.
import { isAllCaps } from '../internal/normalise';
import { personTokens } from '../../name-keys';
import { isShortForm } from '../internal/person-name';
import type { EntityRecord } from '../internal/records';
import { groupBy, joinAll, type MatchContext } from './context';

interface NameGroup {
  key: string;
  tokens: string[];
  records: EntityRecord[];
}

/** The fullest form a node offers (its name, or a longer alias the extraction kept). */
function fullestTokens(record: EntityRecord): string[] {
  let best = personTokens(record.node.name);
  for (const alias of record.node.aliases) {
    const tokens = personTokens(alias);
    if (tokens.length > best.length && !isAllCaps(alias)) best = tokens;
  }
  return best;
}

export function matchPeople(context: MatchContext): void {
  // 1. Same normalised full name (two tokens at least: a lone surname never merges).
  const byName = groupBy(context.records, (record) => {
    const tokens = fullestTokens(record);
    return tokens.length >= 2 ? tokens.join(' ') : null;
  });
  const groups: NameGroup[] = [...byName].map(([key, records]) => ({
    key,
    tokens: key.split(' '),
    records,
  }));
  for (const group of groups) joinAll(context, group.records, 'person-same-name');

  // 2. Short forms: index every name by (first token, each later full token).
  const index = new Map<string, NameGroup[]>();
  for (const group of groups) {
    const [first, ...rest] = group.tokens;
    for (const token of new Set(rest)) {
      if (token.length < 2) continue;
      const key = `${first}|${token}`;
      const bucket = index.get(key);
      if (bucket) bucket.push(group);
      else index.set(key, [group]);
    }
  }
  for (const group of groups) {
    const last = group.tokens
      .slice(1)
      .reverse()
      .find((token) => token.length > 1);
    if (!last) continue;
    const candidates = (index.get(`${group.tokens[0]}|${last}`) ?? []).filter((other) =>
      isShortForm(group.tokens, other.tokens),
    );
    // Keep only the fullest candidates: "Leonel Flores Sosa" and "Leonel Antonio Flores Sosa"
    // are one person; two unrelated fullest names make the short form ambiguous.
    const fullest = candidates.filter(
      (candidate) =>
        !candidates.some((other) => other !== candidate && isShortForm(candidate.tokens, other.tokens)),
    );
    if (fullest.length !== 1) continue;
    const target = fullest[0]!;
    for (const record of group.records) {
      const partner = target.records.find((other) => context.union.canJoin(record.index, other.index));
      if (partner) context.join(partner, record, 'person-short-form');
    }
  }
}
