// The complement of a name (what follows its head: "de Ciencia, Innovación y Universidades") and the
// acronym in parentheses after it; shared by the institution, event, venue and place scanners.
import type { Ctx } from './context';
import type { Token } from '../../types';
import {
  INSTITUTION_HEAD_TABLE,
  DETERMINER_SET,
  HONORIFIC_TABLE,
  NOT_ACRONYM_SET,
  NOT_NAME_SET,
  PLACE_TABLE,
  POST_TITLE_TABLE,
  TOWN_TABLE,
  SIGNING_VERB_SET,
  CALENDAR_WORDS,
  VENUE_TABLE,
} from '../../lexicons';
import { connectorAt, isWord, matchAt } from '../../match';

const DATE_CONNECTORS = new Set(['on', 'in', 'en', 'el', 'since', 'until', 'desde', 'hasta']);
import { ARTICLES, AGREEMENT_HEAD_WORDS } from './words';
import { nameWord, isGivenName } from './context';

const ORDINALS = new Set([
  'first',
  'second',
  'third',
  'primera',
  'primero',
  'segunda',
  'segundo',
  'tercera',
  'tercero',
]);

/** Does a place of the gazetteer, after "de"/"del"/"of", end just before token k ("de Sonora", "of Yukon")? */
function placeEndsAt(toks: Ctx['toks'], k: number, towns = false): boolean {
  for (let s = Math.max(0, k - 3); s < k; s++) {
    const place = matchAt(PLACE_TABLE, toks, s, k) ?? (towns ? matchAt(TOWN_TABLE, toks, s, k) : null);
    if (place && s + place.len === k && isWord(toks, s - 1, 'de', 'del', 'of')) return true;
  }
  return false;
}

const COMPLEMENT_PREPOSITIONS = new Set(['de', 'del', 'en', 'para']);

/**
 * Length of "y de la", "y en", "e para" at token k when it goes on with more of the same name: not
 * a new body (a head, an acronym), a person or a place, nor after a place ("de Sonora y de Jalisco"
 * names two). Else 0.
 */
function coordinatedComplement(ctx: Ctx, k: number, end: number): number {
  const { toks } = ctx;
  if (!isWord(toks, k, 'y', 'e') || toks[k]!.cap || !COMPLEMENT_PREPOSITIONS.has(toks[k + 1]?.f ?? ''))
    return 0;
  const c = connectorAt(toks, k + 1, end);
  const at = k + 1 + c;
  const next = toks[at];
  if (c === 0 || !next || !nameWord(next) || next.upper || isGivenName(next)) return 0;
  if (ctx.quoted[at] !== ctx.quoted[k - 1]) return 0;
  const stops = [INSTITUTION_HEAD_TABLE, PLACE_TABLE, HONORIFIC_TABLE, POST_TITLE_TABLE] as const;
  if (stops.some((tb) => matchAt<unknown>(tb, toks, at, end))) return 0;
  if (placeEndsAt(toks, k)) return 0;
  return 1 + c;
}

/**
 * The complement of a name from token j: capitalised words joined by connectors ("de", "para la",
 * "y el"), "El/La" inside place names after "de", and comma lists closed by "y" ("Niñez,
 * Adolescencia y Familia"). Returns the end (exclusive) of the last capitalised word taken.
 */
export function complement(ctx: Ctx, j: number, end: number, opts: { events?: boolean } = {}): number {
  const { toks } = ctx;
  let last = j;
  let k = j;
  let words = 0;
  // a connector other than "y" passed ("de", "para"): a Spanish name coordinates only inside such a complement
  // (a head that holds its own, "Cámara de Comercio", has passed one: "... de Comercio y Turismo de X")
  let inComplement = /^(de|del)$/.test(toks[j - 2]?.f ?? '') && !!toks[j - 1]?.cap;
  // the name is a person's ("Fundación Ana María Castedo"): given names inside it are no new person
  let eponym = false;
  while (k < end) {
    const t = toks[k];
    if (!t) break;
    // a signing verb or an agreement noun ends a name: "... of Uruguay Sign Memorandum"
    if (words > 0 && t.cap && (SIGNING_VERB_SET.has(t.f) || AGREEMENT_HEAD_WORDS.has(t.f))) break;
    // a place written whole inside a name: "de Ciudad del Este", "de San Pedro Sula"
    const pl = t.cap && k > j ? matchAt(PLACE_TABLE, toks, k, end) : null;
    if (pl && pl.len > 1 && connectorAt(toks, k - 1, k) > 0) {
      k += pl.len;
      words += pl.len;
      last = k;
      continue;
    }
    if (opts.events && /^\d/.test(t.text) && toks[k + 1]?.f === 'aniversario') {
      k += 2;
      last = k;
      continue;
    }
    // a name that opens with a person's name, maybe after a title, is named after them
    if (k === j && isGivenName(t)) eponym = true;
    // a title right after the head or its adjective: "Hospital Municipal Dr. Ángel Baldiviezo"
    const title = words <= 1 && !inComplement && !opts.events ? matchAt(HONORIFIC_TABLE, toks, k, end) : null;
    if (title && isGivenName(toks[k + title.len]) && nameWord(toks[k + title.len + 1])) {
      eponym = true;
      k += title.len;
      continue;
    }
    const afterConnector = k > j && connectorAt(toks, k - 1, k) > 0;
    if (
      t.word &&
      (t.cap || (opts.events && words > 0 && /^\d/.test(t.text))) &&
      (!NOT_NAME_SET.has(t.f) ||
        (afterConnector && !DETERMINER_SET.has(t.f)) ||
        // an ordinal inside a name, before more of it: "Council of Yukon First Nations", "Primera Sala"
        (words > 0 && ORDINALS.has(t.f) && nameWord(toks[k + 1])))
    ) {
      // "Ministry of Agriculture of Colombia Chief of Staff Ricardo ...": a post title ends the name
      // ... also right after an English head: "World Bank Country Director Ana ..."
      if (
        (words > 0 || (k === j && ctx.w.lang === 'en')) &&
        t.cap &&
        matchAt(POST_TITLE_TABLE, toks, k, end) &&
        (ctx.w.lang === 'en' || nameWord(toks[k + (matchAt(POST_TITLE_TABLE, toks, k, end)?.len ?? 0)]))
      )
        break;
      // a given name followed by a capitalised word after the name started is a person, not the name,
      // unless the name is a person's own ("Fundación Ana María Castedo", "Escuela Dr. Juan Pérez")
      if (
        words > 0 &&
        !eponym &&
        isGivenName(t) &&
        nameWord(toks[k + 1]) &&
        !isWord(toks, k - 1, 'de', 'del', 'la', 'san', 'santa', 'santo', 'sao')
      )
        break;
      k++;
      words++;
      last = k;
      continue;
    }
    // "de El Salvador", "de La Laguna"
    if (t.cap && ARTICLES.has(t.f) && isWord(toks, k - 1, 'de', 'en') && nameWord(toks[k + 1])) {
      k++;
      continue;
    }
    // "Tecnológico y de Estudios Superiores", "de Cómputo y de Tecnologías": "y" before a preposition
    // coordinates two complements of the same head
    const cc = words > 0 || k === j ? coordinatedComplement(ctx, k, end) : 0;
    if (cc > 0) {
      inComplement = true;
      k += cc;
      continue;
    }
    const c = connectorAt(toks, k, end);
    if (c > 0) {
      const next = toks[k + c];
      const first = toks[k]?.f ?? '';
      const placeNext = next && next.cap && matchAt(PLACE_TABLE, toks, k + c, end);
      // "Foro Marítimo del Caribe en Cartagena": a known place after "en"/"in" says where an event is held
      if (opts.events && placeNext && (first === 'en' || first === 'in')) break;
      // "la Fundación Sol en la Plaza de Armas", "in the Council Chamber": a venue after "en"/"in" says where
      if ((first === 'en' || first === 'in') && c > 1 && matchAt(VENUE_TABLE, toks, k + c, end)) break;
      if (
        !next ||
        // "the Ministry of Finance on Monday", "in March": a date, not more of the name ("Hospital 12 de
        // Octubre", "Plaza de Mayo" keep theirs)
        (CALENDAR_WORDS.has(next.f) && DATE_CONNECTORS.has(toks[k]?.f ?? '')) ||
        !(
          nameWord(next) ||
          placeNext ||
          (opts.events && /^\d/.test(next.text)) ||
          (next.cap && !DETERMINER_SET.has(next.f) && !ARTICLES.has(next.f)) ||
          // a capitalised article that opens a place's name: "de Los Altos", "de La Laguna"
          (next.cap && ARTICLES.has(next.f) && nameWord(toks[k + c + 1]))
        ) ||
        ctx.quoted[k + c] !== ctx.quoted[k - 1]
      )
        break;
      if (first === 'y' || first === 'e' || first === 'and') {
        // "y" joins a name only when what follows is no new institution, acronym or person
        // "y"/"and" joins a name only when what follows is no new institution (head first or, in English, last), acronym or person
        const headSoon = [0, 1, 2, 3].some(
          (d) =>
            (d === 0 || ctx.w.lang === 'en') &&
            toks.slice(k + c, k + c + d + 1).every((x) => x.cap && x.word) &&
            !!matchAt(INSTITUTION_HEAD_TABLE, toks, k + c + d, end),
        );
        // a name found before ("y Farmacéutica Andina S.A.") is another body
        if (next.upper || headSoon || isGivenName(next) || ctx.claim[k + c]) break;
        // "El Ministerio de Salud y Bavaria firmaron": a plural verb right after says there were two
        if (c === 1 && ctx.w.lang === 'es' && pluralVerbAfter(toks, k + 1, end)) break;
        // Spanish names put their head first: a plain "y" before any "de" joins two bodies ("la
        // Universidad y Amazon Web Services"), as does one after a place ("la Universidad de Sonora y
        // ..."; English too: "Government of Yukon and Yukon First Nations"), and in English one right
        // after a head that stands alone ("the United Nations and Hyundai")
        const twoBodies = !inComplement && (ctx.w.lang !== 'en' || words === 0);
        // after a place, "y la"/"and the" opens another body too: "la Municipalidad de Nicoya y la Sede
        // Regional de ..." ("para la Cultura y las Artes" goes on: no place before it)
        if (c === 1 && (placeEndsAt(toks, k) || twoBodies)) break;
        if (c > 1 && ARTICLES.has(toks[k + 1]?.f ?? '') && placeEndsAt(toks, k, true)) break;
      } else inComplement = true;
      k += c;
      continue;
    }
    // comma list closed by "y": "de Niñez, Adolescencia y Familia"
    if (
      t.text === ',' &&
      words > 0 &&
      nameWord(toks[k + 1]) &&
      !toks[k + 1]?.upper &&
      !isGivenName(toks[k + 1])
    ) {
      let q = k + 1;
      let okList = false;
      while (q < end && q < k + 8) {
        const u = toks[q];
        if (!u) break;
        if (u.f === 'y' && nameWord(toks[q + 1])) {
          okList = true;
          break;
        }
        if (!(nameWord(u) || u.text === ',')) break;
        if (matchAt(INSTITUTION_HEAD_TABLE, toks, q, end)) break;
        q++;
      }
      if (okList) {
        k = q + 1;
        continue;
      }
    }
    break;
  }
  return last;
}

/** Acronym in parentheses right after token `to`: "(IMSS)", "(Cepal)". Returns [acronym, newEnd]. */
export function parenAcronym(ctx: Ctx, to: number, end: number): [string, number] | null {
  const { toks } = ctx;
  const a = toks[to];
  const b = toks[to + 1];
  const c = toks[to + 2];
  if (a?.text !== '(' || !b || c?.text !== ')' || to + 2 >= end) return null;
  const letters = b.text.replace(/[^\p{L}]/gu, '');
  const uppers = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (!b.cap || letters.length < 2 || letters.length > 12 || NOT_ACRONYM_SET.has(b.text)) return null;
  if (uppers < 2 && letters.length > 6) return null;
  return [b.text, to + 3];
}

/** Do capitalised words from k run straight into a plural finite verb ("Bavaria firmaron")? */
function pluralVerbAfter(toks: Token[], k: number, end: number): boolean {
  let e = k;
  while (e < end && e < k + 3 && toks[e]!.cap && toks[e]!.word) e++;
  const v = toks[e];
  return e > k && !!v && !v.cap && /(aron|ieron|yeron)$/.test(v.f);
}
