// Place matching: same name, alias or known equivalent (México/Mexico, EE. UU./Estados Unidos),
// kept apart when the kinds differ (Chihuahua the state, Chihuahua the city). Venues are local:
// "Salón Juárez" is a different room in every city, so venues match only inside the same place.
import { isGenericVenue, placeKey } from '../../name-keys';
import type { EntityRecord } from '../internal/records';
import type { MatchContext } from './context';
import { matchByKeys } from './keyed';

export interface PlaceContext extends MatchContext {
  /** The places this place is LOCATED_IN, in its document. */
  containersOf: (record: EntityRecord) => readonly EntityRecord[];
}

function kindOf(record: EntityRecord): string | null {
  const kind = record.node.properties?.kind;
  return typeof kind === 'string' && kind.length > 0 ? kind : null;
}

const keys = (record: EntityRecord, suffix: string) =>
  [record.node.name, ...record.node.aliases]
    .map((form) => (kindOf(record) === 'venue' && isGenericVenue(form) ? null : placeKey(form)))
    .map((key) => (key === null ? null : `${key}${suffix}`));

export function matchPlaces(context: PlaceContext): void {
  // 1. Countries, states, cities, regions (and places of unknown kind).
  const common = {
    facet: kindOf,
    sameFacet: (a: string, b: string) => a === b,
    sameRule: 'place-same-name',
    aliasRule: 'place-alias',
  } as const;
  matchByKeys(
    { ...context, records: context.records.filter((record) => kindOf(record) !== 'venue') },
    {
      ...common,
      nameKey: (record) => keys(record, '')[0]!,
      aliasKeys: (record) =>
        keys(record, '')
          .slice(1)
          .filter((key): key is string => key !== null),
    },
  );
  // 2. Venues, once the places that contain them are resolved: the container is part of the key.
  const where = (record: EntityRecord): string | null => {
    const roots = context.containersOf(record).map((place) => context.union.find(place.index));
    return roots.length === 0 ? null : `@${Math.min(...roots)}`;
  };
  matchByKeys(
    { ...context, records: context.records.filter((record) => kindOf(record) === 'venue') },
    {
      ...common,
      nameKey: (record) => {
        const at = where(record);
        return at === null ? null : keys(record, at)[0]!;
      },
      aliasKeys: (record) => {
        const at = where(record);
        return at === null
          ? []
          : keys(record, at)
              .slice(1)
              .filter((key): key is string => key !== null);
      },
    },
  );
}
