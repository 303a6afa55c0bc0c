// Writes one English press release and its gold, with the same cast and facts as the Spanish ones.
import type { Random } from './random';
import type { CastInstitution, CastPerson } from './cast';
import type { ComposedDocument } from './compose-es';
import type { Plan, PlanKeys, PlanLexicon } from './plan';
import type { Slots } from './template';
import { GoldBuilder } from './gold';
import { countryName, fullName } from './cast';
import { isoDate } from './compose-es';
import { declarePlan, drawPlan, relateFacts } from './plan';
import { fillToLength } from './length';
import { capitalize, countWords, fill, joinList } from './template';
import { INSTITUTION_PATTERNS_EN } from './lexicon/institutions';
import { HONORIFICS_EN } from './lexicon/people';
import { VENUES_EN } from './lexicon/places';
import {
  AGREEMENT_FORMS_EN,
  EVENT_PATTERNS_EN,
  MEETING_PATTERNS_EN,
  MONTHS_EN,
  ORDINALS_EN,
} from './lexicon/events';
import * as prose from './lexicon/prose-en';

const LEXICON: PlanLexicon = {
  lang: 'en',
  institutions: INSTITUTION_PATTERNS_EN,
  honorifics: HONORIFICS_EN,
  events: EVENT_PATTERNS_EN,
  meetings: MEETING_PATTERNS_EN,
  ordinals: ORDINALS_EN,
  venues: VENUES_EN,
};

const SIGNING_WORDS = /sign|agreement|document/i;

export function composeEnglish(rng: Random, file: string, negative: boolean): ComposedDocument {
  const gold = new GoldBuilder();
  const plan = drawPlan(rng, LEXICON, negative);
  const agreement = rng.pick(AGREEMENT_FORMS_EN);
  const agreementFirst = rng.pick(agreement.first);
  const agreementName = `${agreementFirst} on ${plan.topic}`;
  const keys = declarePlan(gold, plan, 'en', negative ? null : agreementName);
  const slots = englishSlots(rng, gold, plan, keys, agreement.short, agreementName, negative);
  const say = (template: string): string => capitalize(fill(template, slots));

  const headline = writeHeadline(rng, plan, agreementFirst, negative);
  const { day, month, year } = plan.setting.date;
  const dateline = `${slots.city!()}, ${slots.country!()}, ${MONTHS_EN[month - 1] ?? ''} ${day}, ${year} —`;
  const core: string[] = [];
  let eventCity = false;
  if (negative) {
    core.push(say(rng.pick(prose.NEGATIVE_LEADS)));
    const meeting = [say(rng.pick(prose.NEGATIVE_PARTICIPANTS))];
    if (plan.venue) meeting.push(say(rng.pick(prose.NEGATIVE_SETTINGS)));
    core.push(meeting.join(' '));
    if (rng.chance(0.5)) core.push(rng.pick(prose.FUTURE_AGREEMENT));
  } else {
    core.push(say(rng.pick(plan.parties.length > 2 ? prose.LEADS_THREE : prose.LEADS_TWO)));
    const signing = [say(rng.pick(prose.SIGNATORIES))];
    const setting = prose.SETTINGS.filter(
      (s) => s.event === (plan.event !== null) && s.venue === (plan.venue !== null),
    );
    const chosen = setting.length > 0 ? rng.pick(setting) : null;
    if (chosen) signing.push(say(chosen.text));
    eventCity = chosen?.eventCity ?? false;
    core.push(signing.join(' '));
    const witnessing: string[] = [];
    if (plan.witnesses.length === 1) witnessing.push(say(rng.pick(prose.WITNESS_ONE)));
    if (plan.witnesses.length > 1) witnessing.push(say(rng.pick(prose.WITNESS_MANY)));
    if (plan.attendees.length > 0) witnessing.push(say(rng.pick(prose.ATTENDEES)));
    if (witnessing.length > 0) core.push(witnessing.join(' '));
  }
  const quotes = Array.from({ length: rng.int(2, 4) }, () => say(rng.pick(prose.QUOTE_FRAMES)));
  relateFacts(gold, plan, negative, keys, { eventCity });

  const fillers = negative ? prose.FILLERS.filter((f) => !SIGNING_WORDS.test(f)) : prose.FILLERS;
  const overhead = countWords(`${headline} ${dateline}`) + 2;
  const [first = '', ...rest] = fillToLength(rng, core, quotes, fillers, slots, overhead);
  const lines = [headline, '', `${dateline} ${first}`];
  for (const p of rest) lines.push('', p);
  const text = `${lines.join('\n')}\n`;
  return { text, gold: gold.build(file, isoDate(plan.setting)), words: countWords(text) };
}

function englishSlots(
  rng: Random,
  gold: GoldBuilder,
  plan: Plan,
  keys: PlanKeys,
  agreementShort: string,
  agreementName: string,
  negative: boolean,
): Slots {
  const { setting } = plan;
  const introduced = new Set<string>();
  const inst = (i: CastInstitution): string => {
    if (!introduced.has(i.key)) {
      introduced.add(i.key);
      gold.mention(i.key, i.name);
      for (const pl of i.places) gold.embed(pl.key);
      if (i.parent) gold.embed(i.parent.key);
      return i.acronym ? `the ${i.name} (${gold.mention(i.key, i.acronym)})` : `the ${i.name}`;
    }
    return i.acronym && rng.chance(0.85)
      ? gold.mention(i.key, i.acronym)
      : `the ${gold.mention(i.key, i.name)}`;
  };
  const named = (p: CastPerson): string => {
    introduced.add(p.key);
    const name = gold.mention(p.key, fullName(p));
    return p.honorific ? `${p.honorific} ${name}` : name;
  };
  const pre = (p: CastPerson): string => `the ${p.post} of ${inst(p.institution)}, ${named(p)}`;
  // "NIPH Director Ana López": the institution's short form and the post before the name.
  const titled = (p: CastPerson): string => {
    const i = p.institution;
    if (!introduced.has(i.key)) return pre(p);
    const label = i.acronym ? gold.mention(i.key, i.acronym) : gold.mention(i.key, i.name);
    return `${label} ${p.post} ${named(p)}`;
  };
  const post = (p: CastPerson): string => `${named(p)}, ${p.post.toLowerCase()} of ${inst(p.institution)}`;
  const people = [...plan.signatories, ...plan.witnesses, ...plan.attendees];
  const speaker = (): CastPerson => {
    const known = people.filter((p) => introduced.has(p.key));
    const signatories = known.filter((p) => plan.signatories.includes(p));
    if (signatories.length > 0 && rng.chance(0.7)) return rng.pick(signatories);
    return rng.pick(known.length > 0 ? known : people);
  };
  const list = (items: readonly CastPerson[], form: (p: CastPerson) => string): string =>
    joinList(items.map(form), 'and', ';');
  const proseOf = (items: readonly string[]): string => {
    const fitting = negative ? items.filter((s) => !SIGNING_WORDS.test(s)) : items;
    return rng.pick(fitting.length > 0 ? fitting : items);
  };
  const [a, b, c] = plan.parties;
  const party = (i: CastInstitution | undefined) => (): string => (i ? inst(i) : '');
  return {
    A: party(a),
    B: party(b),
    C: party(c),
    topic: () => plan.topic,
    purpose: () => rng.pick(prose.PURPOSES),
    agr: () => gold.mention(keys.agreement, agreementName),
    agrShort: () => agreementShort,
    sigs: () => list(plan.signatories, pre),
    sigsPost: () => list(plan.signatories, post),
    sigsPostCap: () => capitalize(list(plan.signatories, post)),
    sigsTitled: () => joinList(plan.signatories.map(titled), 'and'),
    wit: () => list(plan.witnesses.slice(0, 1), pre),
    witCap: () => capitalize(list(plan.witnesses.slice(0, 1), pre)),
    wits: () => list(plan.witnesses, pre),
    atts: () => list(plan.attendees, pre),
    parts: () => list(plan.attendees, post),
    event: () => gold.mention(keys.event, plan.event ?? ''),
    venue: () => gold.mention(keys.venue, plan.venue ?? ''),
    city: () => gold.mention(keys.city, setting.city),
    country: () => gold.mention(keys.country, countryName(setting.country, 'en')),
    year: () => String(setting.date.year - rng.int(1, 6)),
    n: () => String(rng.int(2, 40)),
    years: () => String(rng.int(2, 5)),
    quote: () => proseOf(prose.QUOTES),
    indirect: () => proseOf(prose.INDIRECT),
    who: () => {
      const p = speaker();
      return gold.mention(p.key, p.surnames.join(' '));
    },
    whoShort: () => {
      const p = speaker();
      const form =
        p.given.length === 1 && p.surnames.length === 1 ? fullName(p) : `${p.given[0]} ${p.surnames[0]}`;
      return gold.mention(p.key, form);
    },
  };
}

function writeHeadline(rng: Random, plan: Plan, agreementFirst: string, negative: boolean): string {
  const label = (i: CastInstitution | undefined): string => (i ? (i.acronym ?? i.name) : '');
  const title = (s: string): string => s.replace(/\b\w/g, (ch) => ch.toUpperCase());
  const [a, b] = plan.parties;
  return fill(rng.pick(negative ? prose.NEGATIVE_HEADLINES : prose.HEADLINES), {
    a: () => label(a),
    b: () => label(b),
    agrFirst: () => title(agreementFirst),
    topic: () => title(plan.topic),
  });
}
