// Step 4b: institutions without a head noun: a company after "la empresa", "Capitalised Words (ACR)" whose
// initials fit the acronym, and acronyms standing alone ("IMSS", "UA de C", "IMSS-Oportunidades").
import type { Token } from '../../types';
import type { Ctx } from './context';
import {
  INSTITUTION_HEAD_TABLE,
  NOT_ACRONYM_SET,
  PLACE_TABLE,
  POST_TITLE_TABLE,
  TOWN_TABLE,
} from '../../lexicons';
import { isWord, matchAt, spanText } from '../../match';
import { ROMAN, COMPANY_INTRO } from './words';
import { add, nameWord, isGivenName } from './context';
import { complement, parenAcronym } from './complement';
import { isCode } from './common-acronyms';
import { shouted } from './caps-words';
import { MENTION_RULES } from '../../model/mention-rules';

/** Initials of capitalised words: "Desarrollo Integral de la Familia" -> "DIF". */
export function initials(toks: Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.cap) for (const part of t.text.split('-')) s += part.charAt(0).toUpperCase();
  }
  return s;
}

/** Endings of Spanish adjectives of nationality or trade: "tecnológica", "estadounidense", "española". */
const ADJECTIVE_END = /(ica|ico|ense|ana|ano|ola|ol|esa|es|al|ora)$/;

export function scanCompany(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (t.cap || !COMPANY_INTRO.has(t.f)) return i;
  const prev = toks[i - 1];
  // English stacks what the firm does before the noun: "logistics technology firm Quaylink"
  const described = w.lang === 'en' && !!prev && prev.word && !prev.cap && prev.sent === t.sent;
  if (!isWord(toks, i - 1, 'la', 'el', 'una', 'un', 'the', 'a') && !described) return i;
  let from = i + 1;
  // Spanish puts it after: "la empresa tecnológica Globant", "la firma estadounidense Deloitte"
  while (
    w.lang === 'es' &&
    from < i + 3 &&
    toks[from]?.word &&
    !toks[from]!.cap &&
    ADJECTIVE_END.test(toks[from]!.f)
  )
    from++;
  if (!toks[from]?.cap || ctx.claim[from] || isGivenName(toks[from])) return i;
  if (matchAt(POST_TITLE_TABLE, toks, from, end)) return i;
  const to = complement(ctx, from, end);
  if (to <= from) return i;
  const surface = spanText(w.text, toks, from, to);
  add(
    ctx,
    {
      label: 'Institution',
      from,
      to,
      sent: t.sent,
      surface,
      reason: MENTION_RULES.companyAfterNoun.reason,
      full: true,
      kind: 'company',
    },
    'Institution',
  );
  return to;
}

/** Plural company nouns that open a list of companies: "las empresas Everis, Globant y Jazzplat". */
const COMPANIES_INTRO = new Set(['empresas', 'companias', 'firmas', 'consultoras', 'companies', 'firms']);

/** One item of a list of companies from token k: capitalised words, no person, place or month. */
function companyItem(ctx: Ctx, k: number, end: number): number {
  const { toks } = ctx;
  const t = toks[k];
  if (!t || !t.cap || ctx.claim[k] || isGivenName(t) || !nameWord(t) || matchAt(PLACE_TABLE, toks, k, end))
    return k;
  let to = k;
  while (to < end && nameWord(toks[to]) && !ctx.claim[to] && to < k + 4) to++;
  return to;
}

/** Step 4b': "las empresas Everis, Globant y Jazzplat", "the companies Acme and Orbis": each item is a company. */
export function scanCompanyList(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (t.cap || !COMPANIES_INTRO.has(t.f) || !isWord(toks, i - 1, 'las', 'los', 'sus', 'the', 'their'))
    return i;
  const items: [number, number][] = [];
  let k = i + 1;
  for (;;) {
    const to = companyItem(ctx, k, end);
    if (to === k) return i;
    items.push([k, to]);
    const sep = toks[to];
    if (sep?.text === ',') k = to + 1;
    else if (sep && /^(y|e|and)$/.test(sep.f)) {
      const last = companyItem(ctx, to + 1, end);
      if (last === to + 1) return i;
      items.push([to + 1, last]);
      k = last;
      break;
    } else return i;
  }
  const reason = MENTION_RULES.companyList.reason;
  for (const [from, to] of items) {
    const surface = spanText(w.text, toks, from, to);
    add(
      ctx,
      { label: 'Institution', from, to, sent: t.sent, surface, reason, full: true, kind: 'company' },
      'Institution',
    );
  }
  return k;
}

/** Connectors inside a name an acronym defines. */
const ACRONYM_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'para', 'of', 'and']);

/** Step 4b: "Capitalised Words (ACR)" without a head noun, when the initials fit the acronym. */
export function scanAcronymDefinition(ctx: Ctx, i: number, end: number): number {
  const { toks } = ctx;
  if (toks[i]?.text !== '(' || ctx.claim[i]) return i;
  const acr = parenAcronym(ctx, i, end);
  if (!acr || ctx.commonAcronyms.has(acr[0])) return i;
  const letters = acr[0].replace(/[^\p{L}]/gu, '').toUpperCase();
  // walk back over capitalised words and connectors; each capitalised word may start the name
  const starts: number[] = [];
  for (let k = i - 1; k >= 0 && toks[k]!.sent === toks[i].sent; k--) {
    const t = toks[k]!;
    if (ctx.claim[k]) break;
    if (nameWord(t)) starts.push(k);
    else if (!ACRONYM_JOINERS.has(t.f)) break;
  }
  // the nearest start whose initials are the acronym ("La UNAM y Amazon Web Services (AWS)": not from
  // "UNAM"), else the farthest ("Comisión Económica para América Latina y el Caribe (Cepal)")
  const from = starts.find((k) => initials(toks, k, i) === letters) ?? starts.at(-1) ?? i;
  if (from === i) return i;
  const ini = initials(toks, from, i);
  if (!ini.startsWith(letters.charAt(0)) || ini.length < 2) return i;
  // fit: every acronym letter found in order among the initials
  let p = 0;
  for (const ch of ini) if (ch === letters[p]) p++;
  if (p < Math.min(letters.length, ini.length)) return i;
  const sent = toks[i].sent;
  const surface = spanText(ctx.w.text, toks, from, i);
  // followed by an event noun ("(APEC) Leaders’ week"): the whole is an event
  let q = acr[1];
  while (toks[q] && (toks[q]!.cap || toks[q]!.text === '’' || toks[q]!.text === "'") && q < end) q++;
  const tail = toks[q];
  if (tail && q > acr[1] && /^(week|summit|meeting|forum|conference)$/.test(tail.f)) {
    add(
      ctx,
      {
        label: 'Event',
        from,
        to: q + 1,
        sent,
        surface: spanText(ctx.w.text, toks, from, q + 1),
        reason: MENTION_RULES.acronymEvent.reason,
        full: true,
      },
      'Event',
    );
    return q + 1;
  }
  const reason = MENTION_RULES.acronymDefinition.reason;
  add(
    ctx,
    { label: 'Institution', from, to: i, sent, surface, reason, full: true, acronym: acr[0] },
    'Institution',
  );
  for (let k = i; k < acr[1]; k++) ctx.claim[k] = 'Institution';
  return acr[1];
}

/** Step 4g: upper-case words standing alone: "IMSS", "NASA", "UNICARIBE" (resolved in step 4). */
export function scanAcronym(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  const t = toks[i]!;
  // codes ("ISO-9001", "GMT-5") and acronyms of common nouns ("las tecnologías de la información (TIC)")
  if (isCode(t.text) || ctx.commonAcronyms.has(t.text)) return i;
  if (/^\p{Lu}{2,}-\p{L}+$/u.test(t.text) && !ctx.claim[i] && !ctx.quoted[i]) {
    // "IMSS-Oportunidades", "IMSS-PROSPERA": a programme of the institution its prefix names
    add(
      ctx,
      {
        label: 'Institution',
        from: i,
        to: i + 1,
        sent: t.sent,
        surface: t.text,
        reason: MENTION_RULES.acronymProgramme.reason,
        full: true,
        kind: 'programme',
      },
      'Institution',
    );
    return i + 1;
  }
  if (
    !t.upper ||
    ctx.claim[i] ||
    ctx.quoted[i] ||
    NOT_ACRONYM_SET.has(t.text.replace(/\./g, '')) ||
    ROMAN.test(t.text) ||
    shouted(ctx, i)
  )
    return i;
  if (t.text.includes('.') || t.text.replace(/[^\p{L}]/gu, '').length > 12) return i;
  if (/^\d/.test(toks[i + 1]?.text ?? '') || /^(no|num|nro)\.?$/.test(toks[i + 1]?.f ?? '')) return i;
  // "UA de C": an acronym with a one-letter place initial
  let to = i + 1;
  let initialsForm = false;
  if (isWord(toks, i + 1, 'de') && /^\p{Lu}\.?$/u.test(toks[i + 2]?.text ?? '')) {
    to = i + 3;
    initialsForm = true;
  }
  // an acronym followed by more of its name: "INT Centro Educativo", "IMPLAN Torreón"
  else if (toks[i + 1]?.cap && !toks[i + 1]!.upper && !ctx.claim[i + 1]) {
    const head = matchAt(INSTITUTION_HEAD_TABLE, ctx.toks, i + 1, ctx.toks.length);
    // a town is expected there, even one that is also a given name ("INTA Rafaela")
    const place =
      matchAt(PLACE_TABLE, ctx.toks, i + 1, ctx.toks.length) ??
      matchAt(TOWN_TABLE, ctx.toks, i + 1, ctx.toks.length);
    if (head) to = Math.max(i + 1 + head.len, complement(ctx, i + 1 + head.len, ctx.toks.length));
    else if (place) to = i + 1 + place.len;
  }
  const surface = spanText(ctx.w.text, toks, i, to);
  const acronym = initialsForm ? surface.replace(/[^\p{L}]|de/gu, '') : t.text;
  add(
    ctx,
    {
      label: 'Institution',
      from: i,
      to,
      sent: t.sent,
      surface,
      reason: MENTION_RULES.acronymAlone.reason,
      full: to > i + 1 && !initialsForm,
      acronym,
      acronymOnly: true,
    },
    'Institution',
  );
  return to;
}
