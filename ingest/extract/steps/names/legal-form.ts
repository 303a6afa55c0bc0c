// Step 4a': companies named by their legal form ("Farmacéutica Andina S.A. de C.V.", "Acme Pharma Ltd.",
// "Aguas Claras S.A.S."): the form ends a company's name and says a body was named, head noun or not.
// Found before the head-noun scanner, so that "la Secretaría de Salud y Farmacéutica Andina S.A." is two
// bodies: a name that runs on through "y"/"and" stops at a name already found (complement.ts).
import type { Token } from '../../types';
import type { Ctx } from './context';
import { add, isGivenName, nameWord } from './context';
import { spanText } from '../../match';
import { MENTION_RULES } from '../../model/mention-rules';

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
