// Step 4a: institutions, a head noun and its complement ("Secretaría de Salud del Estado"), with the owner
// written first in English ("U.S. Department of State"), the acronym in parentheses and the bodies a
// sub-unit names inside its own name ("Facultad de X de la Universidad Y").
import { finiteVerb } from './verb-start';
import type { Mention } from '../../types';
import type { Ctx } from './context';
import {
  GIVEN_NAME_SET,
  INSTITUTION_HEAD_TABLE,
  LOWERCASE_HEAD_SET,
  NOT_ACRONYM_SET,
  POST_TITLE_TABLE,
  SUBUNIT_HEAD_SET,
  PLACE_TABLE,
  TOWN_TABLE,
} from '../../lexicons';
import { connectorAt, isWord, matchAt, spanText } from '../../match';
import {
  PARENT_HEADS,
  ANAPHOR_HEADS,
  ANAPHOR_SYNONYM_WORDS,
  SAINTS,
  AGREEMENT_HEAD_WORDS,
  EPONYM_HEADS,
} from './words';
import { add, isGivenName, nameWord, record } from './context';
import { complement, parenAcronym } from './complement';
import { MENTION_RULES } from '../../model/mention-rules';

/** Articles and demonstratives before a lower-case head that points back to a named body. */
const POINTING_BACK = [
  'la',
  'el',
  'del',
  'al',
  'esta',
  'este',
  'esa',
  'ese',
  'dicha',
  'dicho',
  'citada',
  'citado',
  'the',
  'this',
];

/** "la casa de estudios": a word for a kind of body, after an article, points back to one named before. */
function synonymReference(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  if (!isWord(toks, i - 1, ...POINTING_BACK) || toks[i]?.cap) return i;
  for (const words of ANAPHOR_SYNONYM_WORDS) {
    if (!words.every((x, k) => isWord(toks, i + k, x) && !toks[i + k]!.cap)) continue;
    const to = i + words.length;
    const reason = MENTION_RULES.institutionLowercaseHead.reason;
    const surface = spanText(ctx.w.text, toks, i, to);
    add(
      ctx,
      { label: 'Institution', from: i, to, sent: toks[i]!.sent, surface, reason, anaphor: true },
      'Institution',
    );
    return to;
  }
  return i;
}

/** Is tokens [i, to) exactly a gazetteer town that is no common word, and no body by its acronym? */
function wholeTown(ctx: Ctx, i: number, to: number, end: number): boolean {
  const town = matchAt(TOWN_TABLE, ctx.toks, i, end) ?? matchAt(PLACE_TABLE, ctx.toks, i, end);
  return !!town && i + town.len === to && town.value.ambiguity !== 'word' && !parenAcronym(ctx, to, end);
}

/** Step 4a: institutions, with nested sub-units and acronyms in parentheses. */
export function scanInstitution(ctx: Ctx, i: number, end: number, nested = false, noPrefix = false): number {
  const { toks, w } = ctx;
  const t = toks[i];
  if (!t?.word) return i;
  const head = matchAt(INSTITUTION_HEAD_TABLE, toks, i, end);
  if (!head) return synonymReference(ctx, i);
  // "la Secretaria General de ...", written without the accent of "Secretaría", is a post, not an office
  const headFirst = head.value.word.split(' ')[0]!.toLowerCase();
  if (t.text.toLowerCase() !== headFirst && matchAt(POST_TITLE_TABLE, toks, i, end)) return i;
  // "Convenio Específico de Coordinación Interinstitucional": a title, not an institution
  if (
    isWord(toks, i - 1, 'de') &&
    toks.slice(Math.max(0, i - 4), i - 1).some((x) => AGREEMENT_HEAD_WORDS.has(x.f))
  )
    return i;
  if (!t.cap) {
    // lower-case head only before "(adjective) de + Capitalised": "régimen estatal de Protección Social"
    if (!LOWERCASE_HEAD_SET.has(t.text.toLowerCase()) && !ANAPHOR_HEADS.has(t.text.toLowerCase())) return i;
    const k = toks[i + 1]?.cap ? i + 1 : isWord(toks, i + 1, 'de', 'del') ? i + 1 : i + 2;
    if (!isWord(toks, k, 'de', 'del') || !toks[k + 1]?.cap) {
      // "la facultad", "de la fundación", "the university": a lower-case head after an article points back
      // to a named institution
      if (!ANAPHOR_HEADS.has(t.text.toLowerCase()) || !isWord(toks, i - 1, ...POINTING_BACK)) return i;
      add(
        ctx,
        {
          label: 'Institution',
          from: i,
          to: i + 1,
          sent: t.sent,
          surface: t.text,
          reason: MENTION_RULES.institutionLowercaseHead.reason,
          anaphor: true,
        },
        'Institution',
      );
      return i + 1;
    }
    if (!LOWERCASE_HEAD_SET.has(t.text.toLowerCase())) return i;
  }
  // "U.S. Department of State": a country abbreviation written before an English name belongs to it
  if (
    !noPrefix &&
    ctx.w.lang === 'en' &&
    (/^(\p{Lu}\.){2,}$/u.test(toks[i - 1]?.text ?? '') || nameWord(toks[i - 1])) &&
    !ctx.claim[i - 1] &&
    toks[i - 1]!.sent === t.sent &&
    t.cap
  ) {
    // English names put the place or owner first: "Barranquilla Chamber of Commerce", "U.S. Department of State";
    // a foundation or centre may carry a person's whole name: "Oswaldo Cruz Foundation", "Nelson Mandela Foundation"
    const eponym = EPONYM_HEADS.has(t.f);
    let from = i;
    // a headline's verb ends the owner: "Osinbajo Commends Federal Ministry of Health" (not "United States")
    const inPlaceName = (k: number): boolean =>
      [k - 2, k - 1, k].some((s0) => s0 >= 0 && (matchAt(PLACE_TABLE, toks, s0, end)?.len ?? 0) > k - s0);
    const ownerWord = (k: number): boolean =>
      toks[k]?.sent === t.sent &&
      !ctx.claim[k] &&
      !(finiteVerb(toks[k].text, w.lang) && !inPlaceName(k)) &&
      (/^(\p{Lu}\.){2,}$/u.test(toks[k].text) ||
        (nameWord(toks[k]) &&
          !toks[k].upper &&
          (!GIVEN_NAME_SET.has(toks[k].f) ||
            SAINTS.has(toks[k - 1]?.f ?? '') ||
            eponym ||
            // a whole person's name before the head: "Sarah Baartman District Municipality"
            (k + 1 < i && !GIVEN_NAME_SET.has(toks[k + 1]!.f)))));
    while (from > i - 5) {
      if (ownerWord(from - 1)) from--;
      // "Yukon Fish and Wildlife Management Board": "and" between two words of the owner, never after a
      // person's name ("Director Kayla Lindgren and Oneota Valley Land Trust ...")
      else if (toks[from - 1]?.f === 'and' && from < i && ownerWord(from - 2) && !isGivenName(toks[from - 3]))
        from -= 2;
      else break;
    }
    const before = ctx.w.mentions.length;
    const end2 = scanInstitution(ctx, i, end, nested, true);
    const m = ctx.w.mentions[before];
    if (m && m.from === i && m.label === 'Institution' && from < i) {
      m.from = from;
      m.surface = spanText(w.text, toks, from, m.to);
      m.full = true;
      m.reason = MENTION_RULES.institutionOwnerFirst.reason;
      delete m.anaphor;
      for (let k = from; k < i; k++) ctx.claim[k] = 'Institution';
    }
    return end2;
  }
  let j = i + head.len;
  // lower-case adjectives right after the head ("Defensoría nacional de ...", "régimen estatal de ...")
  while (
    toks[j] &&
    !toks[j]!.cap &&
    /^(nacional|estatal|federal|municipal|provincial|regional)$/.test(toks[j]!.f) &&
    connectorAt(toks, j + 1, end) > 0
  )
    j++;
  const startComp = j;
  let to = j;
  const c = connectorAt(toks, j, end);
  if (c > 0 || (toks[j]?.cap && !toks[j]?.upper) || (toks[j]?.upper && head.len >= 1 && t.cap)) {
    to = complement(ctx, j, end);
    if (to <= startComp) to = startComp;
  }
  // trim a trailing acronym glued without parentheses only if it is the whole complement
  const hasComplement = to > i + head.len;
  const headWords = head.len;
  if (!hasComplement) {
    // bare head: "el Instituto", "Gobierno del Estado", "United Nations" (multi-word heads stand alone)
    const surface = spanText(w.text, toks, i, i + head.len);
    const standalone =
      headWords >= 2 &&
      t.cap &&
      toks[i + headWords - 1]!.cap &&
      !/^gobierno/.test(t.f) &&
      (ctx.w.lang === 'en' || isWord(toks, i - 1, 'el', 'la', 'del', 'al', 'los', 'las'));
    add(
      ctx,
      {
        label: 'Institution',
        from: i,
        to: i + head.len,
        sent: t.sent,
        surface,
        reason: MENTION_RULES.institutionBareHead.reason,
        anaphor: !standalone,
        kind: head.value.kind,
        nested,
      },
      'Institution',
    );
    // "Mexican Social Security Institute (IMSS)": an English name ending in its head keeps its acronym
    const acr = ctx.w.lang === 'en' || standalone ? parenAcronym(ctx, i + head.len, end) : null;
    if (acr) {
      const named = ctx.w.mentions[ctx.w.mentions.length - 1]!;
      named.acronym = acr[0];
      // a name introduced with its acronym is a full name, not a bare head pointing back
      if (standalone) named.full = true;
      for (let k = i + head.len; k < acr[1]; k++) ctx.claim[k] ??= 'Institution';
      return acr[1];
    }
    return i + head.len;
  }
  // "Church Stretton", "Hospital de Orbigo": a town the gazetteer knows by exactly these words is the town
  if (!nested && wholeTown(ctx, i, to, end)) return i;
  let end2 = to;
  const surface = spanText(w.text, toks, i, to);
  const m: Mention = {
    label: 'Institution',
    from: i,
    to,
    sent: t.sent,
    surface,
    reason: MENTION_RULES.institutionName.reason,
    full: true,
    kind: head.value.kind,
    nested,
  };
  const acr = parenAcronym(ctx, to, end);
  if (acr) {
    m.acronym = acr[0];
    end2 = acr[1];
  } else if (toks[to]?.text === '–' || toks[to]?.text === '-') {
    const u = toks[to + 1];
    if (u?.upper && !NOT_ACRONYM_SET.has(u.text)) {
      m.acronym = u.text;
      end2 = to + 2;
    }
  }
  add(ctx, m, 'Institution');
  for (let k = to; k < end2; k++) ctx.claim[k] ??= 'Institution';
  // nested sub-units: "Facultad de X de la Universidad Y" -> also "Universidad Y" (and PART_OF later)
  if (SUBUNIT_HEAD_SET.has(t.f)) {
    // the sub-unit's own name, up to its parent, as a short form of the whole
    const pushSubUnit = (k: number): void => {
      record(ctx, {
        label: 'Institution',
        from: i,
        to: k,
        sent: t.sent,
        surface: spanText(w.text, toks, i, k),
        reason: MENTION_RULES.subUnitShortForm.reason,
        full: false,
        kind: m.kind,
        nested: true,
      });
    };
    for (let k = i + head.len; k < to; k++) {
      const cc = connectorAt(toks, k, to);
      if (!cc || !/^(de|del|of)$/.test(toks[k]!.f)) continue;
      const inner = k + cc;
      if (
        PARENT_HEADS.has(toks[inner]?.f ?? '') &&
        matchAt(INSTITUTION_HEAD_TABLE, toks, inner, to) &&
        toks[inner]?.cap
      ) {
        const before = ctx.w.mentions.length;
        scanInstitution(ctx, inner, end, true);
        const innerM = ctx.w.mentions[before];
        if (
          innerM &&
          m.acronym &&
          innerM.to === to &&
          m.acronym[0] === innerM.surface[0] &&
          m.acronym[0] !== m.surface[0]
        ) {
          // "(UNCuyo)" after the whole chain belongs to the innermost name whose initials it fits
          innerM.acronym = m.acronym;
          delete m.acronym;
        }
        // the short form of the sub-unit ("Facultad de Ingeniería Civil") is an alias of the whole
        pushSubUnit(k);
        break;
      }
      if (toks[inner]?.upper && !NOT_ACRONYM_SET.has(toks[inner].text)) {
        record(ctx, {
          label: 'Institution',
          from: inner,
          to: inner + 1,
          sent: t.sent,
          surface: toks[inner].text,
          reason: MENTION_RULES.subUnitParentAcronym.reason,
          nested: true,
          acronym: toks[inner].text,
          acronymOnly: true,
        });
        pushSubUnit(k);
        break;
      }
    }
  }
  return end2;
}
