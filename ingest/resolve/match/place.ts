// Place matching: same name, alias or known equivalent (México/Mexico, EE. UU./Estados Unidos),
// kept apart when the kinds differ (Chihuahua the state, Chihuahua the city).
import { placeKey } from '../internal/name-keys';
import type { EntityRecord } from '../internal/records';
import type { MatchContext } from './context';
import { matchByKeys } from './keyed';

function kindOf(record: EntityRecord): string | null {
  const kind = record.node.properties?.kind;
  return typeof kind === 'string' && kind.length > 0 ? kind : null;
}

export function matchPlaces(context: MatchContext): void {
  matchByKeys(context, {
    nameKey: (record) => placeKey(record.node.name, kindOf(record)),
    aliasKeys: (record) =>
      record.node.aliases
        .map((alias) => placeKey(alias, kindOf(record)))
        .filter((key): key is string => key !== null),
    facet: kindOf,
    sameFacet: (a, b) => a === b,
    sameRule: 'place-same-name',
    aliasRule: 'place-alias',
  });
}
