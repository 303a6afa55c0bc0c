// The facts of one document, decided before any sentence is written, and the gold relations they imply.
import type { Random } from './random';
import type { CastInstitution, CastPerson, Lang, Setting } from './cast';
import type { GoldBuilder } from './gold';
import type { InstitutionPattern } from './lexicon/institutions';
import { countryName, drawInstitution, drawPerson, drawSetting, fullName, placeKey } from './cast';
import { FIELDS } from './lexicon/institutions';
import { TOPICS } from './lexicon/events';
import { fill } from './template';

export interface Plan {
  setting: Setting;
  topic: string;
  parties: CastInstitution[];
  signatories: CastPerson[];
  witnesses: CastPerson[];
  /** Others present; in a negative document, every participant of the meeting. */
  attendees: CastPerson[];
  event: string | null;
  venue: string | null;
}

/** What a language brings to the plan: its name patterns and word lists. */
export interface PlanLexicon {
  lang: Lang;
  institutions: readonly InstitutionPattern[];
  honorifics: { readonly f: readonly (string | null)[]; readonly m: readonly (string | null)[] };
  events: readonly string[];
  meetings: readonly string[];
  ordinals: readonly string[];
  venues: readonly string[];
}

export function drawPlan(rng: Random, lexicon: PlanLexicon, negative: boolean): Plan {
  const { lang } = lexicon;
  const setting = drawSetting(rng);
  const taken = new Set<string>();
  const surnames = new Set<string>();
  const newInstitution = (): CastInstitution =>
    drawInstitution(rng, lexicon.institutions, setting, lang, taken);
  const parties = Array.from({ length: !negative && rng.chance(0.2) ? 3 : 2 }, newInstitution);
  const person = (i: CastInstitution): CastPerson => drawPerson(rng, i, lexicon.honorifics, surnames);
  // A second person of the same institution holds another post (two rectors of one university read wrong).
  const colleague = (of: CastPerson): CastPerson => {
    const others = of.institution.posts.filter((p) => p.m !== of.post && p.f !== of.post);
    if (others.length === 0) return person(newInstitution());
    return drawPerson(rng, of.institution, lexicon.honorifics, surnames, rng.pick(others));
  };
  const topic = rng.pick(TOPICS)[lang];
  const eventName = (patterns: readonly string[]): string =>
    fill(rng.pick(patterns), {
      ord: () => rng.pick(lexicon.ordinals),
      field: () => rng.pick(FIELDS)[lang],
      year: () => String(setting.date.year),
    });
  const venue = rng.chance(negative ? 0.6 : 0.5) ? rng.pick(lexicon.venues) : null;
  if (negative) {
    const participants = parties.map(person);
    if (rng.chance(0.5)) participants.push(colleague(rng.pick(participants)));
    if (rng.chance(0.4)) participants.push(person(newInstitution()));
    const event = eventName(lexicon.meetings);
    return { setting, topic, parties, signatories: [], witnesses: [], attendees: participants, event, venue };
  }
  const signatories = parties.map(person);
  const witnesses = Array.from({ length: rng.pick([0, 1, 1, 1, 2]) }, () => person(newInstitution()));
  const attendees = Array.from({ length: rng.pick([0, 0, 1, 2]) }, () =>
    rng.chance(0.5) ? colleague(rng.pick(signatories)) : person(newInstitution()),
  );
  const event = rng.chance(0.55) ? eventName(lexicon.events) : null;
  return { setting, topic, parties, signatories, witnesses, attendees, event, venue };
}

/** Gold keys of the document-level entities. */
export interface PlanKeys {
  agreement: string;
  event: string;
  venue: string;
  city: string;
  region: string;
  country: string;
}

/** The relations the plan states; entities the text never mentions are dropped by the gold builder. */
export function relateFacts(
  gold: GoldBuilder,
  plan: Plan,
  negative: boolean,
  k: PlanKeys,
  stated: { eventCity: boolean } = { eventCity: false },
): void {
  gold.relate('LOCATED_IN', k.city, k.region, { optional: true });
  gold.relate('LOCATED_IN', k.city, k.country, { optional: true });
  gold.relate('LOCATED_IN', k.region, k.country, { optional: true });
  if (plan.venue) gold.relate('LOCATED_IN', k.venue, k.city, { optional: true });
  if (negative) {
    for (const p of plan.attendees) gold.relate('PARTICIPATED_IN', p.key, k.event);
    if (plan.venue) gold.relate('HELD_AT', k.event, k.venue);
    gold.relate('HELD_AT', k.event, k.city, { optional: true });
    return;
  }
  const { parties } = plan;
  for (let i = 0; i < parties.length; i++) {
    gold.relate('PARTY_TO', parties[i]!.key, k.agreement);
    for (let j = i + 1; j < parties.length; j++) gold.relate('SIGNED_WITH', parties[i]!.key, parties[j]!.key);
  }
  for (const p of plan.signatories) gold.relate('SIGNED', p.key, k.agreement);
  // Everyone at a signing held during an event took part in it: implied, not stated, so optional.
  if (plan.event) {
    for (const p of [...plan.signatories, ...plan.witnesses, ...plan.attendees]) {
      gold.relate('PARTICIPATED_IN', p.key, k.event, { optional: true });
    }
  }
  for (const p of plan.witnesses) gold.relate('WITNESSED_BY', k.agreement, p.key);
  if (plan.event) gold.relate('HELD_AT', k.agreement, k.event);
  if (plan.venue) gold.relate('HELD_AT', k.agreement, k.venue);
  // The dateline only implies where: optional, as in the hand-made gold, unless a sentence says it.
  gold.relate('HELD_AT', k.agreement, k.city, { optional: true });
  if (plan.event) gold.relate('HELD_AT', k.event, k.city, { optional: !stated.eventCity });
}

/** Declares every entity of the plan in the gold (only those the text then mentions are kept). */
export function declarePlan(
  gold: GoldBuilder,
  plan: Plan,
  lang: Lang,
  agreementName: string | null,
): PlanKeys {
  const { setting } = plan;
  const keys: PlanKeys = {
    agreement: 'a1',
    event: 'event',
    venue: 'venue',
    city: placeKey(setting.city),
    region: placeKey(setting.region.name),
    country: placeKey(countryName(setting.country, lang)),
  };
  gold.declare(keys.city, 'Place', setting.city);
  gold.declare(keys.region, 'Place', setting.region.name);
  gold.declare(keys.country, 'Place', countryName(setting.country, lang));
  const people = [...plan.signatories, ...plan.witnesses, ...plan.attendees];
  const institutions = new Map<string, CastInstitution>();
  for (const i of [...plan.parties, ...people.map((p) => p.institution)]) institutions.set(i.key, i);
  for (const i of institutions.values()) {
    gold.declare(i.key, 'Institution', i.name);
    if (i.parent) {
      // Written only inside the child's name: optional, like the places inside names.
      gold.declare(i.parent.key, 'Institution', i.parent.name);
      gold.relate('PART_OF', i.key, i.parent.key, { optional: true });
    }
    for (const pl of i.places) {
      gold.declare(pl.key, 'Place', pl.name);
      gold.relate('LOCATED_IN', i.key, pl.key, { optional: true });
    }
  }
  for (const p of people) {
    gold.declare(p.key, 'Person', fullName(p));
    gold.relate('HOLDS_ROLE', p.key, p.institution.key, { role: p.post });
  }
  if (plan.event) {
    gold.declare(keys.event, 'Event', plan.event);
    // The edition's year is part of the name, but the name without it is a fair reading too.
    const withoutYear = plan.event.replace(/^\d{4} | \d{4}$/, '');
    if (withoutYear !== plan.event) gold.variant(keys.event, withoutYear);
  }
  if (plan.venue) gold.declare(keys.venue, 'Place', plan.venue);
  if (agreementName) gold.declare(keys.agreement, 'Agreement', agreementName);
  return keys;
}
