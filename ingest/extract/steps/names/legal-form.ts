// Step 4a': companies named by their legal form ("Farmacéutica Andina S.A. de C.V.", "Acme Pharma Ltd.",
// "Aguas Claras S.A.S."): the form ends a company's name and says a body was named, head noun or not.
// Found before the head-noun scanner, so that "la Secretaría de Salud y Farmacéutica Andina S.A." is two
// bodies: a name that runs on through "y"/"and" stops at a name already found (complement.ts).
import type { Token } from '../../types';
import type { Ctx } from './context';
import { add, isGivenName, nameWord } from './context';
import { spanText } from '../../match';
import { MENTION_RULES } from '../../model/mention-rules';
import { PORTFOLIOS } from '../../lexicon/post-bodies';

/** Legal forms as tokens, folded: "S.A.", "S.A.S.", "Ltda", "Ltd", "Inc", "LLC", "GmbH". */
const FORMS = new Set(
  [
    's.a. s.a.s. s.a.c. s.a.a. s.a.b. s.r.l. s.l. s.l.u. s.c. s.c.p. a.c. i.a.p. s.p.a. e.i.r.l. s.a.e.',
    'ltda ltda. ltd ltd. inc inc. llc plc gmbh b.v. n.v. pty corp corp.',
  ]
    .join(' ')
    .split(' '),
);

/** Connectors allowed inside a company's name before its form: "Banco de Crédito del Perú S.A.". */
const INNER = new Set(['de', 'del', 'of']);
const ARTICLES = new Set(['la', 'el', 'los', 'las']);
/** How many words a name before its form may have. */
const REACH = 7;

/** Tokens the legal form at k spans ("S.A." "de" "C.V.", "Ltd" "."), or 0. */
export function legalFormAt(toks: readonly Token[], k: number): number {
  const t = toks[k];
  if (!t || !FORMS.has(t.f)) return 0;
  // "S.A. de C.V.", "S. de R.L.": the Mexican forms go on after "de"
  if (toks[k + 1]?.f === 'de' && /^(c\.v\.|r\.l\.)$/.test(toks[k + 2]?.f ?? '')) return 3;
  // "Ltd." written as "Ltd" and its dot, where the dot is not the sentence's end
  return 1;
}

/** Start of the name whose legal form is at k: capitalised words back to a non-name, or k if none. */
function nameStart(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  let from = k;
  for (let q = k - 1; q >= 0 && q >= k - REACH && toks[q]!.sent === toks[k]!.sent; q--) {
    const t = toks[q]!;
    if (ctx.claim[q]) break;
    if (nameWord(t) && !FORMS.has(t.f)) from = q;
    // "Cooperativa Tambera La Unión Ltda.": a capitalised article inside the name, between its words
    else if (ARTICLES.has(t.f) && t.cap && q < from + 1 && nameWord(toks[q - 1])) from = q;
    else if (!(INNER.has(t.f) && nameWord(toks[q - 1]))) break;
  }
  // a person's given name opens no company ("Ana Ruiz S.A." is read as a person elsewhere)
  return from < k && !isGivenName(toks[from]) ? from : k;
}

export function scanLegalName(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const len = legalFormAt(toks, i);
  if (!len || i + len > end) return i;
  const from = nameStart(ctx, i);
  if (from === i) return i;
  const to = i + len;
  add(
    ctx,
    {
      label: 'Institution',
      from,
      to,
      sent: toks[i]!.sent,
      surface: spanText(w.text, toks, from, to),
      reason: MENTION_RULES.companyLegalForm.reason,
      full: true,
      kind: 'company',
    },
    'Institution',
  );
  return to;
}

/** How many words a name may have on each side of its "&". */
const AMP_REACH = 3;

/**
 * Step 4b'': a name joined by "&" is a firm's ("Halden & Pryce", "Procter & Gamble"): run after the
 * head-noun scanner, so that "Centro de Investigación & Desarrollo" stays one body with a head.
 */
export function scanAmpersandName(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  if (toks[i]?.text !== '&') return i;
  const ok = (k: number) =>
    k >= 0 && k < end && toks[k]!.sent === toks[i]!.sent && !ctx.claim[k] && nameWord(toks[k]);
  let from = i;
  while (from > i - AMP_REACH && ok(from - 1)) from--;
  let to = i + 1;
  while (to < i + 1 + AMP_REACH && ok(to)) to++;
  if (from === i || to === i + 1 || isGivenName(toks[from])) return i;
  add(
    ctx,
    {
      label: 'Institution',
      from,
      to,
      sent: toks[i].sent,
      surface: spanText(w.text, toks, from, to),
      reason: MENTION_RULES.companyAmpersand.reason,
      full: true,
      kind: 'company',
    },
    'Institution',
  );
  return to;
}

/** Trade words that end an English company's name as its legal form does: "Apex Labs", "Orbis Technologies". */
const TRADE_WORDS = new Set(
  'labs laboratories technologies systems solutions ventures holdings networks consulting corporation industries pharmaceuticals'.split(
    ' ',
  ),
);

/**
 * Step 4b''': a capitalised name ending in a trade word is a company ("Apex Labs CEO Mary Ní Bhriain"), found
 * after the head-noun scanner (a body with a head keeps the words it runs through) and never after a
 * connector ("Department of Information Systems" stays the department).
 */
export function scanTradeName(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (!t.cap || t.upper || !TRADE_WORDS.has(t.f) || ctx.claim[i] || i >= end) return i;
  let from = i;
  while (
    from > i - 3 &&
    toks[from - 1]?.sent === t.sent &&
    !ctx.claim[from - 1] &&
    nameWord(toks[from - 1]) &&
    !toks[from - 1]!.upper
  )
    from--;
  if (from === i || isGivenName(toks[from]) || PORTFOLIOS.has(toks[from]!.f)) return i;
  // "Department of Information Systems": words after a connector are a complement, not a company
  if (/^(of|for|de|del|on|in)$/.test(toks[from - 1]?.f ?? '')) return i;
  // "the UNDP Accelerator Labs": a unit of the body whose acronym comes first
  if (toks[from - 1]?.upper && toks[from - 1]!.sent === t.sent) return i;
  add(
    ctx,
    {
      label: 'Institution',
      from,
      to: i + 1,
      sent: t.sent,
      surface: spanText(w.text, toks, from, i + 1),
      reason: MENTION_RULES.companyTradeWord.reason,
      full: true,
      kind: 'company',
    },
    'Institution',
  );
  return i + 1;
}
