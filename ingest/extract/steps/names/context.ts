// What the name scanners share over one document: which label claims each token, which tokens are
// quoted, and the mentions found so far, indexed by the token they end before and by the tokens they
// cover. The scanners ask "is there a mention ending here?" at every token: a scan of every mention
// each time made a long document cost the square of its length; the indexes answer at once.
import { spanText } from '../../match';
import type { Mention, Token, Work } from '../../types';
import { GIVEN_NAME_SET, NOT_NAME_SET } from '../../lexicons';
import { commonAcronyms } from './common-acronyms';

export interface Ctx {
  w: Work;
  toks: Token[];
  /** Which label claims each token (institution, venue, event or person). */
  claim: (string | undefined)[];
  quoted: boolean[];
  /** Mentions by the token they end before (`m.to`), in the order found. */
  endingAt: Map<number, Mention[]>;
  /** Each mention's place in `w.mentions`, to tell which of two was found first. */
  order: Map<Mention, number>;
  /** Tokens inside a mention that is not an institution. */
  covered: Uint8Array;
  /** Acronyms the text defines by a lower-case phrase ("las tecnologías de la información (TIC)"): no bodies. */
  commonAcronyms: Set<string>;
}

export function newCtx(w: Work): Ctx {
  const n = w.tokens.length;
  return {
    w,
    toks: w.tokens,
    claim: new Array<string | undefined>(n),
    quoted: new Array<boolean>(n).fill(false),
    endingAt: new Map(),
    order: new Map(),
    covered: new Uint8Array(n + 1),
    commonAcronyms: commonAcronyms(w.tokens, w.lang),
  };
}

/** Appends a mention to the document's list and to the indexes. */
export function record(ctx: Ctx, m: Mention): void {
  ctx.order.set(m, ctx.w.mentions.length);
  ctx.w.mentions.push(m);
  const list = ctx.endingAt.get(m.to);
  if (list) list.push(m);
  else ctx.endingAt.set(m.to, [m]);
  if (m.label !== 'Institution') for (let k = m.from; k < m.to; k++) ctx.covered[k] = 1;
}

/** Takes back the mentions that `test` picks, from the list and the indexes, and frees their claims. */
export function forget(ctx: Ctx, test: (m: Mention) => boolean): void {
  const gone = ctx.w.mentions.filter(test);
  if (!gone.length) return;
  ctx.w.mentions = ctx.w.mentions.filter((m) => !test(m));
  for (const m of gone) {
    const list = ctx.endingAt.get(m.to)?.filter((x) => x !== m);
    if (list?.length) ctx.endingAt.set(m.to, list);
    else ctx.endingAt.delete(m.to);
    for (let k = m.from; k < m.to; k++) if (ctx.claim[k] === m.label) ctx.claim[k] = undefined;
  }
}

/** Records a mention and claims its tokens for `claimAs` where no other label claimed them first. */
export function add(ctx: Ctx, m: Mention, claimAs?: string): void {
  record(ctx, m);
  if (claimAs) for (let k = m.from; k < m.to; k++) ctx.claim[k] ??= claimAs;
}

/** Records tokens [from, to) of sentence `sent` as a full institution name found by `reason`, claiming them. */
export function addInstitution(ctx: Ctx, from: number, to: number, sent: number, reason: string): void {
  const surface = spanText(ctx.w.text, ctx.toks, from, to);
  add(ctx, { label: 'Institution', from, to, sent, surface, reason, full: true }, 'Institution');
}

/** The first mention found that ends before token `to` and passes `test`. */
export function endingAt(ctx: Ctx, to: number, test: (m: Mention) => boolean): Mention | undefined {
  return ctx.endingAt.get(to)?.find(test);
}

/** Of two mentions, the one found first (either may be missing). */
export function firstFound(ctx: Ctx, a: Mention | undefined, b: Mention | undefined): Mention | undefined {
  if (!a || !b) return a ?? b;
  return ctx.order.get(a)! <= ctx.order.get(b)! ? a : b;
}

/** A word that may be part of a body's name without a head noun: capitalised, in capitals, or a
 *  digit-led brand ("5G"). */
export function brandToken(text: string): boolean {
  return /^(\p{Lu}|\d+\p{Lu})/u.test(text);
}

/** A capitalised word that may continue a name (not a month, weekday, article or pronoun). */
export function nameWord(t: Token | undefined): boolean {
  return !!t && t.word && (t.cap || /^\d/.test(t.text)) && !NOT_NAME_SET.has(t.f);
}

export function isGivenName(t: Token | undefined): boolean {
  return !!t && t.cap && !t.upper && GIVEN_NAME_SET.has(t.f);
}
