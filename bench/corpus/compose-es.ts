// Writes one Spanish press release and its gold: a signing (or, for negatives, a meeting where nothing is signed).
import type { Random } from './random';
import type { CastInstitution, CastPerson, Gender, Setting } from './cast';
import type { GoldDocument } from './gold';
import type { Plan, PlanKeys, PlanLexicon } from './plan';
import type { Slots } from './template';
import { GoldBuilder } from './gold';
import { fullName } from './cast';
import { declarePlan, drawPlan, relateFacts } from './plan';
import { fillToLength } from './length';
import { capitalize, countWords, fill, joinList } from './template';
import { INSTITUTION_PATTERNS_ES } from './lexicon/institutions';
import { HONORIFICS_ES } from './lexicon/people';
import { VENUES_ES } from './lexicon/places';
import {
  AGREEMENT_FORMS_ES,
  EVENT_PATTERNS_ES,
  MEETING_PATTERNS_ES,
  MONTHS_ES,
  ROMAN,
  WEEKDAYS_ES,
} from './lexicon/events';
import * as prose from './lexicon/prose-es';

export interface ComposedDocument {
  text: string;
  gold: GoldDocument;
  words: number;
}

const LEXICON: PlanLexicon = {
  lang: 'es',
  institutions: INSTITUTION_PATTERNS_ES,
  honorifics: HONORIFICS_ES,
  events: EVENT_PATTERNS_ES,
  meetings: MEETING_PATTERNS_ES,
  ordinals: ROMAN,
  venues: VENUES_ES,
};

/** Prose that speaks of a signing: kept out of negative documents. */
const SIGNING_WORDS = /firma|convenio|acuerdo|instrumento|pactado|documento|alianza/i;

/** Grammatical gender of the head nouns of events and venues (for "el"/"la"); "el Aula Magna" is masculine in use. */
const FEMININE_HEADS = new Set([
  'Reunión',
  'Cumbre',
  'Semana',
  'Feria',
  'Jornada',
  'Asamblea',
  'Mesa',
  'Sesión',
  'Casa',
  'Sala',
]);

function headGender(name: string): Gender {
  const head = name.split(' ').find((w) => !ROMAN.includes(w)) ?? '';
  return FEMININE_HEADS.has(head) ? 'f' : 'm';
}

const article = (g: Gender): string => (g === 'f' ? 'la' : 'el');
const articleDe = (g: Gender): string => (g === 'f' ? 'de la' : 'del');

export function composeSpanish(rng: Random, file: string, negative: boolean): ComposedDocument {
  const gold = new GoldBuilder();
  const plan = drawPlan(rng, LEXICON, negative);
  const agreement = rng.pick(AGREEMENT_FORMS_ES);
  const agreementFirst = rng.pick(agreement.first);
  const agreementName = `${agreementFirst} en materia de ${plan.topic}`;
  const keys = declarePlan(gold, plan, 'es', negative ? null : agreementName);
  const slots = spanishSlots(rng, gold, plan, keys, agreement, agreementName, negative);
  const say = (template: string): string => capitalize(fill(template, slots));

  // Headline, subhead and dateline first: the filler needs their length.
  const head: string[] = [];
  if (rng.chance(0.15)) head.push(fill(rng.pick(prose.DEBRIS_BEFORE), slots));
  head.push(writeHeadline(rng, plan, agreementFirst, negative));
  if (rng.chance(0.4)) head.push(`· ${say(rng.pick(negative ? prose.NEGATIVE_SUBHEADS : prose.SUBHEADS))}`);
  const dateline = writeDateline(rng, plan.setting, slots);

  // The paragraphs that carry the facts, in reading order.
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
    const twoParty = plan.parties.length === 2 && rng.chance(0.35);
    const signing = [say(rng.pick(twoParty ? prose.SIGNATORIES_TWO : prose.SIGNATORIES))];
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
  if (rng.chance(0.6)) quotes.push(say(rng.pick(prose.SHORT_MENTIONS)));
  relateFacts(gold, plan, negative, keys, { eventCity });

  const fillers = negative ? prose.FILLERS.filter((f) => !SIGNING_WORDS.test(f)) : prose.FILLERS;
  const overhead = countWords(`${head.join(' ')} ${dateline.line ?? ''} ${dateline.prefix ?? ''}`) + 3;
  const [first = '', ...rest] = fillToLength(rng, core, quotes, fillers, slots, overhead);
  const lines = [...head, ''];
  if (dateline.line) lines.push(dateline.line, '');
  lines.push(dateline.prefix ? `${dateline.prefix} ${first}` : first);
  for (const p of rest) lines.push('', p);
  if (rng.chance(0.15)) lines.push('', rng.pick(prose.DEBRIS_AFTER));
  const text = `${lines.join('\n')}\n`;
  return { text, gold: gold.build(file, isoDate(plan.setting)), words: countWords(text) };
}

export function isoDate(setting: Setting): string {
  const { year, month, day } = setting.date;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The slots of the Spanish templates. Each slot writes one reference and records it in the gold:
 * an institution's first reference introduces it in full with its acronym, later ones use the acronym.
 */
function spanishSlots(
  rng: Random,
  gold: GoldBuilder,
  plan: Plan,
  keys: PlanKeys,
  agreement: { short: string; gender: Gender },
  agreementName: string,
  negative: boolean,
): Slots {
  const { setting } = plan;
  const introduced = new Set<string>();
  const inst = (i: CastInstitution, de: boolean): string => {
    const art = de ? articleDe(i.gender) : article(i.gender);
    if (!introduced.has(i.key)) {
      introduced.add(i.key);
      gold.mention(i.key, i.name);
      for (const pl of i.places) gold.embed(pl.key);
      if (i.parent) gold.embed(i.parent.key);
      if (!i.acronym) return `${art} ${i.name}`;
      // Some releases put the acronym first and spell it out in parentheses.
      if (rng.chance(0.12)) return `${art} ${gold.mention(i.key, i.acronym)} (${i.name})`;
      return `${art} ${i.name} (${gold.mention(i.key, i.acronym)})`;
    }
    if (i.acronym && rng.chance(0.85)) return `${art} ${gold.mention(i.key, i.acronym)}`;
    return `${art} ${gold.mention(i.key, i.name)}`;
  };
  const named = (p: CastPerson): string => {
    introduced.add(p.key);
    const name = gold.mention(p.key, fullName(p));
    return p.honorific ? `${p.honorific} ${name}` : name;
  };
  const pre = (p: CastPerson): string =>
    `${article(p.gender)} ${p.post} ${inst(p.institution, true)}, ${named(p)}`;
  const post = (p: CastPerson): string => {
    const role = rng.chance(0.5) ? p.post : p.post.toLowerCase();
    return `${named(p)}, ${role} ${inst(p.institution, true)}`;
  };
  const people = [...plan.signatories, ...plan.witnesses, ...plan.attendees];
  // Quotes come after the introductions; a speaker is anyone already named (else a signatory or participant).
  const speaker = (): CastPerson => {
    const named = people.filter((p) => introduced.has(p.key));
    // Signatories speak most often, as in real releases.
    const signatories = named.filter((p) => plan.signatories.includes(p));
    if (signatories.length > 0 && rng.chance(0.7)) return rng.pick(signatories);
    return rng.pick(named.length > 0 ? named : people);
  };
  const list = (items: readonly CastPerson[], form: (p: CastPerson) => string): string =>
    joinList(items.map(form), 'y', ';');
  const proseOf = (items: readonly string[]): string => {
    const fitting = negative ? items.filter((s) => !SIGNING_WORDS.test(s)) : items;
    return rng.pick(fitting.length > 0 ? fitting : items);
  };
  const [a, b, c] = plan.parties;
  const party = (i: CastInstitution | undefined, de: boolean) => (): string => (i ? inst(i, de) : '');
  const event = plan.event ?? '';
  const venue = plan.venue ?? '';
  return {
    A: party(a, false),
    B: party(b, false),
    C: party(c, false),
    deA: party(a, true),
    deB: party(b, true),
    short: () => {
      const i = rng.pick(plan.parties);
      return `${article(i.gender)} ${i.head}`;
    },
    topic: () => plan.topic,
    purpose: () => rng.pick(prose.PURPOSES),
    agr: () => `${agreement.gender === 'f' ? 'una' : 'un'} ${gold.mention(keys.agreement, agreementName)}`,
    agrShort: () => `${article(agreement.gender)} ${agreement.short}`,
    agrShortDe: () => `${articleDe(agreement.gender)} ${agreement.short}`,
    agrWhich: () => (agreement.gender === 'f' ? 'la cual' : 'el cual'),
    agrSigned: () =>
      `${article(agreement.gender)} ${agreement.short} fue ${agreement.gender === 'f' ? 'firmada' : 'firmado'}`,
    sigs: () => list(plan.signatories, pre),
    sigsCap: () => capitalize(list(plan.signatories, pre)),
    sigsPost: () => list(plan.signatories, post),
    wit: () => list(plan.witnesses.slice(0, 1), pre),
    witPost: () => list(plan.witnesses.slice(0, 1), post),
    wits: () => list(plan.witnesses, pre),
    witsPost: () => list(plan.witnesses, post),
    atts: () => list(plan.attendees, pre),
    attsPost: () => list(plan.attendees, post),
    parts: () => list(plan.attendees, pre),
    partsPost: () => list(plan.attendees, post),
    event: () => `${article(headGender(event))} ${gold.mention(keys.event, event)}`,
    deEvent: () => `${articleDe(headGender(event))} ${gold.mention(keys.event, event)}`,
    venue: () => `${article(headGender(venue))} ${gold.mention(keys.venue, venue)}`,
    // Each party's signatory alone: post and name, the institution being named by the sentence.
    postA: () => plan.signatories[0]?.post ?? '',
    postB: () => plan.signatories[1]?.post ?? '',
    postBLower: () => (plan.signatories[1]?.post ?? '').toLowerCase(),
    nameA: () => (plan.signatories[0] ? named(plan.signatories[0]) : ''),
    nameB: () => (plan.signatories[1] ? named(plan.signatories[1]) : ''),
    inRegion: () => {
      const word = setting.country.regionWord.toLowerCase();
      const art = ['provincia', 'región', 'comunidad'].includes(word) ? 'la' : 'el';
      return `en ${art} ${word} de ${gold.mention(keys.region, setting.region.name)}`;
    },
    city: () => gold.mention(keys.city, setting.city),
    region: () => gold.mention(keys.region, setting.region.name),
    country: () => gold.mention(keys.country, setting.country.name),
    demonym: () => setting.country.demonym,
    year: () => String(setting.date.year - rng.int(1, 6)),
    n: () => String(rng.int(2, 40)),
    years: () => String(rng.int(2, 5)),
    verb: () => rng.pick(prose.SPEECH_VERBS),
    quote: () => proseOf(prose.QUOTES),
    indirect: () => proseOf(prose.INDIRECT),
    // A quote frame names its speaker once: the frame's slots are filled left to right.
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
    whoRole: () => {
      const p = speaker();
      return `${article(p.gender)} ${p.post} ${inst(p.institution, true)}`;
    },
  };
}

function writeDateline(rng: Random, setting: Setting, slots: Slots): { line?: string; prefix?: string } {
  const { day, month, year } = setting.date;
  const monthName = MONTHS_ES[month - 1] ?? '';
  const city = slots.city!();
  switch (rng.int(0, 3)) {
    case 0:
      return { line: `${city}, ${slots.region!()}, a ${day} de ${monthName} de ${year}.` };
    case 1: {
      const weekday = WEEKDAYS_ES[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
      return { line: `${city}, ${slots.region!()}; ${weekday} ${day} de ${monthName} del ${year}.` };
    }
    case 2:
      return { prefix: `${city}, ${slots.country!()}, ${day} de ${monthName} de ${year}.-` };
    default:
      return { prefix: `${city}, ${slots.region!()}, ${day} de ${monthName} de ${year}.-` };
  }
}

function writeHeadline(rng: Random, plan: Plan, agreementFirst: string, negative: boolean): string {
  const label = (i: CastInstitution | undefined): string => (i ? (i.acronym ?? i.name) : '');
  const [a, b] = plan.parties;
  const template = rng.pick(negative ? prose.NEGATIVE_HEADLINES : prose.HEADLINES);
  const slots: Slots = {
    a: () => label(a),
    b: () => label(b),
    agrFirst: () => agreementFirst,
    topic: () => plan.topic,
  };
  if (rng.chance(0.7)) return fill(template, slots).toUpperCase();
  // Sentence case, as many web releases write it: only the template's own words are lowered.
  const lowered = template.replace(
    /(^|\})([^{]*)/g,
    (_m, brace: string, words: string) => brace + words.toLowerCase(),
  );
  return capitalize(fill(lowered, slots));
}
