// The gazetteer: countries (Spanish, English and official names, ISO codes), their first-level regions
// and provinces, and towns of 1,000 or more people with region and country, from packaged GeoNames and
// ISO data plus a small overrides file; each entry says how much context its name needs.
import { loadGazetteer } from './cache';
import type { Gazetteer } from './types';

export type { Ambiguity, Gazetteer, GazetteerEntry } from './types';

export const GAZETTEER: Gazetteer = loadGazetteer();
