// Step 4i: the parties a signing lists: after the agreement's "entre"/"between" or the signing's "con"/"with"
// ("firmó un convenio con Unicef": a name the tagger has never seen, no person's or place's) ("el Memorando de
// Entendimiento entre la GSMA, Claro, Tigo y Vox", "Agreement between Hyundai Motor Company and UNDP"), or
// as the subjects of a signing verb, in a list that already holds a body ("La GSMA, la CONATEL y
// representantes de Claro, Personal, Tigo y Vox firmaron"). Each item names a body, with or without a
// head noun (companies, brands): those not found yet are added. Places and people are left to their own
// scanners (a country can be a party: the agreement step reads it then).
import type { Ctx } from './context';
import {
  HONORIFIC_TABLE,
  NOT_NAME_SET,
  PLACE_TABLE,
  POST_TITLE_TABLE,
  SIGNING_VERB_SET,
  SURNAME_SET,
} from '../../lexicons';
import { wordTags } from '../../../../engine/tagger';
import { isWord, matchAt } from '../../match';
import { addInstitution, brandToken, isGivenName } from './context';
import { AGREEMENT_HEAD_WORDS } from './words';
import { MENTION_RULES } from '../../model/mention-rules';

const ARTICLES = new Set(['el', 'la', 'los', 'las', 'the']);
const SEPARATORS = new Set([',', 'y', 'e', 'and']);
/** Words between an article and an item: "representantes de Claro". */
const ENVOYS = new Set(['representantes', 'representatives', 'delegados', 'autoridades', 'officials']);
/** How far before "entre" the agreement noun may be: "Memorando de Entendimiento entre". */
const REACH = 6;

export function scanPartyList(ctx: Ctx, i: number, end: number): number {
  const { toks } = ctx;
  const t = toks[i]!;
  // "el convenio entre A y B"; "firmó un convenio con Unicef", "a memorandum with Novartis": the other party
  const counterpart = t.f === 'con' || t.f === 'with';
  if (t.f !== 'entre' && t.f !== 'between' && !counterpart) return i;
  const before = toks.slice(Math.max(0, i - REACH), i);
  if (!before.some((x) => x.sent === t.sent && AGREEMENT_HEAD_WORDS.has(x.f))) return i;
  if (counterpart && !before.some((x) => x.sent === t.sent && SIGNING_VERB_SET.has(x.f))) return i;
  const found: [number, number][] = [];
  let k = i + 1;
  // the item after "y"/"and" is the last
  let last = false;
  while (k < end) {
    if (ARTICLES.has(toks[k]!.f)) k++;
    const from = k;
    // a claimed name (an institution found before) is an item as it is
    if (ctx.claim[k]) {
      const label = ctx.claim[k];
      while (k < end && ctx.claim[k] === label) k++;
    } else {
      while (k < end && brandToken(toks[k]!.text) && !ctx.claim[k]) k++;
      if (k === from) break;
      if (
        bodyStart(ctx, from, end) &&
        (!counterpart || (!personLike(ctx, from, k) && unknownWords(ctx, from, k)))
      )
        found.push([from, k]);
    }
    const sep = toks[k]?.f ?? '';
    if (last || !SEPARATORS.has(sep)) break;
    last = sep !== ',';
    k++;
  }
  const reason = counterpart ? MENTION_RULES.counterpartAfterCon.reason : MENTION_RULES.listedParty.reason;
  for (const [from, to] of found) addInstitution(ctx, from, to, t.sent, reason);
  return found.length ? found.at(-1)![1] : i;
}

/** A name that may be a person's: a given name or surname in it, a courtesy title or a post opening it. */
function personLike(ctx: Ctx, from: number, to: number): boolean {
  const { toks } = ctx;
  if (matchAt(HONORIFIC_TABLE, toks, from, to) || matchAt(POST_TITLE_TABLE, toks, from, to)) return true;
  if (toks.slice(from, to).some((t) => isGivenName(t) || SURNAME_SET.has(t.f))) return true;
  // the tagger's lexicon knows many people and places by name ("Kenya", "Ruto")
  return toks
    .slice(from, to)
    .some((t) => PERSON_OR_PLACE_TAGS.some((tag) => wordTags(t.f, ctx.w.lang).has(tag)));
}

/** Words the tagger has never seen (a brand: "Unicef", "Microsoft") or knows as an organisation's. */
function unknownWords(ctx: Ctx, from: number, to: number): boolean {
  return ctx.toks.slice(from, to).every((t) => {
    const tags = wordTags(t.f, ctx.w.lang);
    return tags.has('Organization') || (tags.size === 1 && tags.has('Noun'));
  });
}

const PERSON_OR_PLACE_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region'];

/** An item's first word can open a body's name: not a given name (a person), a place, a month or weekday. */
function bodyStart(ctx: Ctx, from: number, end: number): boolean {
  const t = ctx.toks[from]!;
  return !isGivenName(t) && !NOT_NAME_SET.has(t.f) && !matchAt(PLACE_TABLE, ctx.toks, from, end);
}

/** The unclaimed items of a list of subjects ending just before the signing verb at `v`. */
export function scanSignerList(ctx: Ctx, v: number): number {
  const { toks } = ctx;
  const verb = toks[v]!;
  if (!SIGNING_VERB_SET.has(verb.f)) return v;
  const items: { from: number; to: number; claimed: boolean }[] = [];
  let k = v - 1;
  for (;;) {
    const to = k + 1;
    if (ctx.claim[k]) {
      const label = ctx.claim[k];
      while (k >= 0 && ctx.claim[k] === label && toks[k]!.sent === verb.sent) k--;
      items.push({ from: k + 1, to, claimed: label === 'Institution' });
    } else {
      // a capitalised article opening the sentence is no part of the name: "La Red Ciudadana y ..."
      while (
        k >= 0 &&
        brandToken(toks[k]!.text) &&
        !ctx.claim[k] &&
        toks[k]!.sent === verb.sent &&
        !(ARTICLES.has(toks[k]!.f) && toks[k - 1]?.sent !== verb.sent)
      )
        k--;
      if (k + 1 === to) break;
      // digits glued to the name: "5G Americas", read as "5", "G", "Americas"
      if (k >= 0 && /^\d+$/.test(toks[k]!.text) && toks[k]!.end === toks[k + 1]!.start) k--;
      items.push({ from: k + 1, to, claimed: false });
    }
    if (isWord(toks, k, 'de', 'of') && ENVOYS.has(toks[k - 1]?.f ?? '')) k -= 2;
    if (ARTICLES.has(toks[k]?.f ?? '')) k--;
    if (!SEPARATORS.has(toks[k]?.f ?? '') || toks[k]!.sent !== verb.sent) break;
    k--;
  }
  if (items.length === 1 && !items[0]!.claimed && loneSigner(ctx, items[0]!.from, items[0]!.to, v)) {
    addInstitution(ctx, items[0]!.from, items[0]!.to, verb.sent, MENTION_RULES.loneSignerBody.reason);
    return v;
  }
  // a list of bodies: two items at least, one of them a body already found
  if (items.length < 2 || !items.some((item) => item.claimed)) return v;
  for (const { from, to, claimed } of items)
    if (!claimed && !ctx.claim[from] && bodyStart(ctx, from, to))
      addInstitution(ctx, from, to, verb.sent, MENTION_RULES.signerListItem.reason);
  return v;
}

/** Words a tagger knows as something other than a name: "Finalmente", "Ayer", "Both" open no body. */
const NOT_A_NAME_TAG = ['Adverb', 'Verb', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adjective'];

/**
 * "Quaylink signed a memorandum with the Port Authority", "Microsoft firmó un convenio con el SENA": the one
 * name that opens the sentence, as the subject of the signing verb, is a body when a body named before
 * signs "with" it. Never a given name or a surname (a person signs too), a place or a word the tagger knows.
 */
function loneSigner(ctx: Ctx, from: number, to: number, v: number): boolean {
  const { toks, w } = ctx;
  const s = w.sentences[toks[v]!.sent]!;
  const opens = from === s.tokStart || (from === s.tokStart + 1 && ARTICLES.has(toks[s.tokStart]!.f));
  if (!opens || to - from > 4 || !bodyStart(ctx, from, to)) return false;
  if (toks.slice(from, to).some((t) => t.upper || SURNAME_SET.has(t.f) || isGivenName(t))) return false;
  // "Director Nadia Haddad signed ...": a post opens a person's name, not a body's
  for (let k = from; k < to; k++) if (matchAt(POST_TITLE_TABLE, toks, k, to + 1)) return false;
  if (to - from === 1 && NOT_A_NAME_TAG.some((tag) => wordTags(toks[from]!.f, w.lang).has(tag))) return false;
  for (let k = v + 1; k < s.tokEnd - 1; k++) {
    if (!/^(con|with)$/.test(toks[k]!.f)) continue;
    const at = ARTICLES.has(toks[k + 1]!.f) ? k + 2 : k + 1;
    if (ctx.claim[at] === 'Institution') return true;
  }
  return false;
}
