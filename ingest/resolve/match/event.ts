// Event matching: same name (ordinals read as numbers), a name that is an alias of one other
// event, and a name contained in exactly one longer name with the same ordinal
// ("XXVII Asamblea General" ~ "XXVII Asamblea General de la CISS"). Dates must agree when known.
import { RESOLVE_DEFAULTS } from '../data/defaults';
import { eventOrdinals, eventTokens } from '../../name-keys';
import { containsRun, daysApart } from '../internal/normalise';
import type { EntityRecord } from '../internal/records';
import { groupBy, type MatchContext } from './context';
import { matchByKeys } from './keyed';

function dateOf(record: EntityRecord): string | null {
  const date = record.node.properties?.date;
  return typeof date === 'string' && date.length > 0 ? date : null;
}

function sameDate(a: string, b: string): boolean {
  const days = daysApart(a, b);
  return days === null || days <= RESOLVE_DEFAULTS.eventMaxDaysApart;
}

export interface EventContext extends MatchContext {
  /** Acronyms of resolved institutions -> content words of their full name ("ciss" -> ...). */
  acronyms: ReadonlyMap<string, readonly string[]>;
}

export function matchEvents(context: EventContext): void {
  const nameKey = (name: string): string | null => {
    const tokens = eventTokens(name, context.acronyms);
    return tokens.length > 0 ? tokens.join(' ') : null;
  };
  matchByKeys(context, {
    nameKey: (record) => nameKey(record.node.name),
    aliasKeys: (record) => record.node.aliases.map(nameKey).filter((key): key is string => key !== null),
    facet: dateOf,
    sameFacet: sameDate,
    sameRule: 'event-same-name',
    aliasRule: 'event-alias',
  });
  matchContainedNames(context, nameKey);
}

interface EventGroup {
  tokens: string[];
  ordinals: string;
  records: EntityRecord[];
}

function matchContainedNames(context: MatchContext, nameKey: (name: string) => string | null): void {
  const groups: EventGroup[] = [...groupBy(context.records, (record) => nameKey(record.node.name))].map(
    ([key, records]) => {
      const tokens = key.split(' ');
      return { tokens, ordinals: eventOrdinals(tokens), records };
    },
  );
  // Blocking: a longer name containing a shorter one holds each of its tokens.
  const byToken = new Map<string, EventGroup[]>();
  for (const group of groups) {
    for (const token of new Set(group.tokens)) {
      const bucket = byToken.get(token);
      if (bucket) bucket.push(group);
      else byToken.set(token, [group]);
    }
  }
  for (const group of groups) {
    if (group.tokens.length < 2) continue;
    if (group.ordinals === '' && group.tokens.length < RESOLVE_DEFAULTS.eventContainmentMinWords) continue;
    const rarest = group.tokens
      .map((token) => byToken.get(token)!)
      .reduce((a, b) => (b.length < a.length ? b : a));
    const candidates = rarest.filter(
      (other) =>
        other.tokens.length > group.tokens.length &&
        other.ordinals === group.ordinals &&
        containsRun(other.tokens, group.tokens),
    );
    const fullest = candidates.filter(
      (candidate) =>
        !candidates.some((other) => other !== candidate && containsRun(other.tokens, candidate.tokens)),
    );
    if (fullest.length !== 1) continue;
    for (const record of group.records) {
      const date = dateOf(record);
      const partner = fullest[0]!.records.find((other) => {
        const otherDate = dateOf(other);
        const datesAgree = date === null || otherDate === null || sameDate(date, otherDate);
        return datesAgree && context.union.canJoin(record.index, other.index);
      });
      if (partner) context.join(partner, record, 'event-contained-name');
    }
  }
}
