// Step 4i: the parties a signing lists: after the agreement's "entre"/"between" ("el Memorando de
// Entendimiento entre la GSMA, Claro, Tigo y Vox", "Agreement between Hyundai Motor Company and UNDP"), or
// as the subjects of a signing verb, in a list that already holds a body ("La GSMA, la CONATEL y
// representantes de Claro, Personal, Tigo y Vox firmaron"). Each item names a body, with or without a
// head noun (companies, brands): those not found yet are added. Places and people are left to their own
// scanners (a country can be a party: the agreement step reads it then).
import type { Ctx } from './context';
import { NOT_NAME_SET, PLACE_TABLE, SIGNING_VERB_SET } from '../../lexicons';
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
  if (t.f !== 'entre' && t.f !== 'between') return i;
  const before = toks.slice(Math.max(0, i - REACH), i);
  if (!before.some((x) => x.sent === t.sent && AGREEMENT_HEAD_WORDS.has(x.f))) return i;
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
      if (bodyStart(ctx, from, end)) found.push([from, k]);
    }
    const sep = toks[k]?.f ?? '';
    if (last || !SEPARATORS.has(sep)) break;
    last = sep !== ',';
    k++;
  }
  for (const [from, to] of found) addInstitution(ctx, from, to, t.sent, MENTION_RULES.listedParty.reason);
  return found.length ? found.at(-1)![1] : i;
}

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
      while (k >= 0 && brandToken(toks[k]!.text) && !ctx.claim[k] && toks[k]!.sent === verb.sent) k--;
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
  // a list of bodies: two items at least, one of them a body already found
  if (items.length < 2 || !items.some((item) => item.claimed)) return v;
  for (const { from, to, claimed } of items)
    if (!claimed && !ctx.claim[from] && bodyStart(ctx, from, to))
      addInstitution(ctx, from, to, verb.sent, MENTION_RULES.signerListItem.reason);
  return v;
}
