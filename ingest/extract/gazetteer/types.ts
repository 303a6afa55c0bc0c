// Plain data shared by the gazetteer's stages: the rows read from the packages (source.ts, cached by
// cache.ts) and the entries the extractor looks up (index.ts).

export interface RawCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  es: string;
  en: string;
  /** Other Spanish and English forms the package gives ("USA", "U.S."). */
  aliases: string[];
}

export interface RawRegion {
  /** ISO 3166-2: "MX-JAL". */
  code: string;
  /** ISO 3166-1 alpha-2 of its country. */
  country: string;
  /** The ISO name, in the local language: "Jalisco", "Región de Murcia". */
  name: string;
  /** Short and GeoNames forms: "Murcia", "Coahuila", "Andalusia". */
  aliases: string[];
}

/** A town as [name, country code, region code or '', population, flags]: arrays keep the cache small. */
export type RawTown = [string, string, string, number, number];
export const TOWN_CAPITAL = 1;
export const TOWN_REGION_SEAT = 2;

export interface RawGazetteer {
  /** The package versions the rows came from. */
  versions: string;
  countries: RawCountry[];
  regions: RawRegion[];
  towns: RawTown[];
}

/**
 * How much context a name needs to be read as a place: none, a place-expecting cue ("en", "municipio
 * de", ", Jalisco"), or a strong cue only, when the name is also a word or a person's name.
 */
export type Ambiguity = 'none' | 'minor' | 'word';

/** One gazetteer entry: a country, a first-level region or a town, with its other names. */
export interface GazetteerEntry {
  name: string;
  kind: 'country' | 'state' | 'city';
  /** ISO 3166-1 (countries) or 3166-2 (regions) code. */
  code?: string;
  /** The country's Spanish name (regions and towns). */
  country?: string;
  /** The region's name (towns whose region is known). */
  region?: string;
  population?: number;
  aliases: string[];
  /** Also a common word or name, or one of many towns of the name: a place only where one is expected. */
  ambiguous?: boolean;
  /** Why it is ambiguous, when it is; 'word' needs a strong cue. */
  ambiguity?: Ambiguity;
  /** The name and each alias, folded and split into words, for the phrase tables. */
  words: string[][];
}

/** The gazetteer as derived: every town, one per folded name (the most populous of the namesakes). */
export interface BuiltGazetteer {
  countries: readonly GazetteerEntry[];
  regions: readonly GazetteerEntry[];
  towns: readonly GazetteerEntry[];
}

/** The gazetteer as loaded: the towns that need context stay lines of text until looked up. */
export interface Gazetteer {
  countries: readonly GazetteerEntry[];
  regions: readonly GazetteerEntry[];
  /** The towns that need no context. */
  towns: readonly GazetteerEntry[];
  /** The other towns, one line each (town-lines.ts), after a first line with the cache key. */
  otherTowns: string;
}
