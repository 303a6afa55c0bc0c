// Step 6c: posts after a name: "Person, role de Institution", "Person, Institution role" (English),
// "Person del Instituto", "X, quien funge como Presidente".
import type { Mention, Work } from '../../types';
import { POST_TITLE_TABLE, SIGNING_VERB_SET } from '../../lexicons';
import { connectorAt, isWord, matchAt, spanText } from '../../match';
import { RULES } from '../../model/rules';
import { NOT_APPOSITION, CLAUSE_STOPS, FINITE_VERB } from './words';
import { personAt, instAt, derivedOffice, addRole } from './offices';
import { officeOfPost } from './office-of-post';

/** "Person, role de Institution" and "Person, Institution role" (English). */
export function appositions(w: Work, roleOnly: Map<string, string>): void {
  const toks = w.tokens;
  for (const p of w.mentions) {
    if (p.label !== 'Person' || !p.key || p.nested || p.anaphor) continue;
    const s = w.sentences[p.sent]!;
    let q = p.to;
    const comma = toks[q]?.text === ',';
    if (comma) q++;
    // direct "Person del Instituto ..." (no role)
    const c0 = connectorAt(toks, p.to, s.tokEnd);
    if (!comma && c0 && /^(de|del)$/.test(toks[p.to]!.f)) {
      const im = instAt(w, p.to + c0);
      if (im) {
        addRole(w, p, im.key!, null, RULES.nameOfInstitution.reason);
        continue;
      }
    }
    // "X, quien funge como Presidente", "X, who serves as chair": the post, read without its institution
    if (comma && /^(quien|who)$/.test(toks[q]?.f ?? '')) {
      const as = toks.slice(q, Math.min(s.tokEnd, q + 5)).findIndex((t) => /^(como|as)$/.test(t.f));
      if (as > 0 && /^(funge|fungio|actua|serves|acts|es)$/.test(toks[q + as - 1]?.f ?? '')) {
        const t = matchAt(POST_TITLE_TABLE, toks, q + as + 1, s.tokEnd);
        if (t) roleOnly.set(p.key, spanText(w.text, toks, q + as + 1, q + as + 1 + t.len));
      }
      continue;
    }
    let end = q;
    while (
      end < s.tokEnd &&
      end < q + 14 &&
      !/^[,;.()]$/.test(toks[end]!.text) &&
      !personAt(w, end) &&
      !CLAUSE_STOPS.has(toks[end]!.f)
    )
      end++;
    if (end === q) continue;
    const first = toks[q]!;

    if (NOT_APPOSITION.has(first.f) || personAt(w, q)) continue;
    const post = matchAt(POST_TITLE_TABLE, toks, q, end);
    const verb = !post && (SIGNING_VERB_SET.has(first.f) || FINITE_VERB.test(first.text.toLowerCase()));
    // "Elena Pita, rubricaron el documento en la sede del CSIC": a verb, not a post
    if (verb && comma) continue;
    // "El alcalde X agradeció a la directora de la universidad", "X, ante la presencia del secretario del
    // Ayuntamiento, Y": a post after a verb or a preposition is somebody else's
    if ((verb || OPENING_PREPOSITIONS.has(first.f)) && laterPost(toks, q + 1, end)) continue;

    // English: "Kevin Sullivan, U.S. Department of State deputy assistant secretary"
    const lead = instAt(w, q);
    if (lead && comma && lead.to < end && !toks[lead.to]!.cap) {
      addRole(w, p, lead.key!, spanText(w.text, toks, lead.to, end), RULES.roleAfterName.reason);
      continue;
    }
    if (first.cap && !matchAt(POST_TITLE_TABLE, toks, q, end)) continue;
    // the last institution introduced by a connector inside the apposition
    let found: { inst: Mention; at: number } | null = null;
    for (let k = q + 1; k < end; k++) {
      const c = connectorAt(toks, k, end);
      if (!c || !/^(de|del|of|for|to)$/.test(toks[k]!.f)) continue;
      const prog = isWord(toks, k + c, 'programa') ? 1 : 0;
      const im = instAt(w, k + c + prog);
      if (im && !im.nested) {
        found = { inst: im, at: k };
        break;
      }
    }
    // "director de la facultad" written with an anaphor is an institution mention too
    if (found) {
      addRole(w, p, found.inst.key!, spanText(w.text, toks, q, found.at), RULES.roleAfterName.reason);
    } else if (comma || matchAt(POST_TITLE_TABLE, toks, q, end)) {
      const t = matchAt(POST_TITLE_TABLE, toks, q, end);
      const roleText = spanText(w.text, toks, q, end);
      if (t || (roleText.split(' ').length <= 4 && !first.cap)) {
        const postText = t ? spanText(w.text, toks, q, q + t.len) : '';
        const office = t ? officeOfPost(w, postText, q + t.len, end) : null;
        const d = office ?? (t ? derivedOffice(w, postText, q + t.len, end) : null);
        const reason = office ? RULES.postHeadsOffice.reason : RULES.roleAfterName.reason;
        if (d) addRole(w, p, d.e.key, spanText(w.text, toks, q, office ? office.to : q + t!.len), reason);
        else roleOnly.set(p.key, roleText);
      }
    }
  }
}

const OPENING_PREPOSITIONS = new Set([
  'ante',
  'con',
  'junto',
  'tras',
  'frente',
  'before',
  'with',
  'alongside',
  'beside',
]);

/** Does a post title start somewhere in tokens [from, end)? */
function laterPost(toks: Work['tokens'], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (matchAt(POST_TITLE_TABLE, toks, k, end)) return true;
  return false;
}
