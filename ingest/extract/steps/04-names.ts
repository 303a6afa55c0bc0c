// Step 4: find the names in each sentence, in order of confidence: institutions (head noun +
// complement, acronyms defined in parentheses), events (ordinal or quoted title), venues, people
// (honorific, given name or a post title before them), gazetteer places. Headlines in capitals are
// skipped here; step 4 matches them against the names found in the body.
import type { Mention, Token, Work } from '../types';
import {
  EVENT_NOUN_TABLE,
  GIVEN_NAME_SET,
  HONORIFIC_TABLE,
  INSTITUTION_HEAD_TABLE,
  LOWERCASE_HEAD_SET,
  DETERMINER_SET,
  NOT_ACRONYM_SET,
  NOT_NAME_SET,
  PLACE_TABLE,
  POST_TITLE_TABLE,
  MONTH_NUMBER,
  SIGNING_VERB_SET,
  SURNAME_SET,
  SUBUNIT_HEAD_SET,
  VENUE_TABLE,
} from '../lexicons';
import { connectorAt, fold, isWord, matchAt, spanText } from '../match';
import { datelineCity, datelineEntry, isDateline } from './03-dateline';
import { NOT_EVENT_HEADS } from '../model/extra-words';

const ROMAN = /^[IVXLC]+$/;
const ORDINAL_WORDS = new Set([
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'primer',
  'primera',
  'primero',
  'segunda',
  'segundo',
  'tercer',
  'tercera',
  'cuarta',
  'cuarto',
  'quinta',
  'quinto',
  'sexta',
  'sexto',
  'septima',
  'septimo',
  'octava',
  'octavo',
  'novena',
  'noveno',
  'decima',
  'decimo',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
]);
const ARTICLES = new Set(['el', 'la', 'los', 'las']);
const OPEN_QUOTES = new Set(['“', '"', '«']);
const CLOSE_QUOTES = new Set(['”', '"', '»']);
/** Heads of the bodies that sub-units belong to ("... de la Universidad", "... of the Department"). */
const PARENT_HEADS = new Set([
  'universidad',
  'instituto',
  'ministerio',
  'secretaria',
  'jefatura',
  'gobierno',
  'fundacion',
  'asociacion',
  'colegio',
  'facultad',
  'organizacion',
  'comision',
  'consejo',
  'ayuntamiento',
  'municipio',
  'university',
  'institute',
  'ministry',
  'department',
  'agency',
  'administration',
  'organization',
]);
/** Lower-case heads that, after an article, point back to the institution named before ("la facultad"). */
const ANAPHOR_HEADS = new Set([
  'facultad',
  'fundación',
  'universidad',
  'instituto',
  'secretaría',
  'asociación',
  'colegio',
  'fiscalía',
  'comisión',
  'ministerio',
  'corporación',
  'agency',
  'university',
  'foundation',
]);
const DATELINE_DATE =
  /\d{1,2} de [a-z]+ de|(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}/;
const SAINTS = new Set(['san', 'santa', 'santo', 'sao', 'saint', 'st.']);
/** Words before a name that make it an event: "en el marco del Congreso ...", "at the International Congress". */
const EVENT_CONTEXT = new Set([
  'durante',
  'marco',
  'margen',
  'participo',
  'participaron',
  'during',
  'sidelines',
  'margins',
  'attended',
  'at',
]);
const VENUE_TAILS = new Set([
  'hall',
  'room',
  'auditorium',
  'ballroom',
  'theater',
  'theatre',
  'building',
  'pavilion',
  'gallery',
  'plaza',
]);
const FUNCTION_WORDS = new Set([
  'para',
  'como',
  'con',
  'sin',
  'entre',
  'desde',
  'hasta',
  'sobre',
  'tras',
  'segun',
  'durante',
  'mediante',
  'ante',
  'bajo',
  'pero',
  'mas',
  'asi',
  'donde',
  'cuando',
  'aun',
  'solo',
  'paz',
  'union',
  'progreso',
  'libertad',
  'esperanza',
  'victoria',
  'concordia',
  'independencia',
  'florida',
  'mercedes',
]);
const AGREEMENT_HEAD_WORDS = new Set([
  'agreements',
  'accord',
  'accords',
  'memorando',
  'memorándum',
  'convenio',
  'convenios',
  'acuerdo',
  'memorando',
  'memorandum',
  'protocolo',
  'carta',
  'agreement',
]);
/** Capitalised heads after "durante la" / "en el marco de" that name no event (model/extra-words). */
const NOT_EVENT_HEAD_SET: ReadonlySet<string> = new Set(NOT_EVENT_HEADS);
/** English heads that may follow a person's whole name ("Oswaldo Cruz Foundation", "Carter Center"). */
const EPONYM_HEADS = new Set(['foundation', 'center', 'centre', 'institute', 'trust', 'museum', 'library']);
const PLACE_INTRO = ['municipio', 'ciudad', 'city', 'localidad', 'poblado', 'villa'];

interface Ctx {
  w: Work;
  toks: Token[];
  /** Which label claims each token (institution, venue, event or person). */
  claim: (string | undefined)[];
  quoted: boolean[];
}

function add(ctx: Ctx, m: Mention, claimAs?: string): void {
  ctx.w.mentions.push(m);
  if (claimAs) for (let k = m.from; k < m.to; k++) ctx.claim[k] ??= claimAs;
}

/** A capitalised word that may continue a name (not a month, weekday, article or pronoun). */
function nameWord(t: Token | undefined): boolean {
  return !!t && t.word && (t.cap || /^\d/.test(t.text)) && !NOT_NAME_SET.has(t.f);
}

function isGivenName(t: Token | undefined): boolean {
  return !!t && t.cap && !t.upper && GIVEN_NAME_SET.has(t.f);
}

/**
 * The complement of a name from token j: capitalised words joined by connectors ("de", "para la",
 * "y el"), "El/La" inside place names after "de", and comma lists closed by "y" ("Niñez,
 * Adolescencia y Familia"). Returns the end (exclusive) of the last capitalised word taken.
 */
function complement(ctx: Ctx, j: number, end: number, opts: { events?: boolean } = {}): number {
  const { toks } = ctx;
  let last = j;
  let k = j;
  let words = 0;
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
    const afterConnector = k > j && connectorAt(toks, k - 1, k) > 0;
    if (
      t.word &&
      (t.cap || (opts.events && words > 0 && /^\d/.test(t.text))) &&
      (!NOT_NAME_SET.has(t.f) || (afterConnector && !DETERMINER_SET.has(t.f)))
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
      // a given name followed by a capitalised word after the name started is a person, not the name
      if (
        words > 0 &&
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
    if (opts.events && /^\d/.test(t.text) && toks[k + 1]?.f === 'aniversario') {
      k += 2;
      last = k;
      continue;
    }
    // "de El Salvador", "de La Laguna"
    if (t.cap && ARTICLES.has(t.f) && isWord(toks, k - 1, 'de', 'en') && nameWord(toks[k + 1])) {
      k++;
      continue;
    }
    const c = connectorAt(toks, k, end);
    if (c > 0) {
      const next = toks[k + c];
      const first = toks[k]?.f ?? '';
      const placeNext = next && next.cap && matchAt(PLACE_TABLE, toks, k + c, end);
      if (
        !next ||
        !(
          nameWord(next) ||
          placeNext ||
          (opts.events && /^\d/.test(next.text)) ||
          (next.cap && !DETERMINER_SET.has(next.f) && !ARTICLES.has(next.f))
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
        if (next.upper || headSoon || isGivenName(next)) break;
      }
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
function parenAcronym(ctx: Ctx, to: number, end: number): [string, number] | null {
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

/** Step 4a: institutions, with nested sub-units and acronyms in parentheses. */
function scanInstitution(ctx: Ctx, i: number, end: number, nested = false, noPrefix = false): number {
  const { toks, w } = ctx;
  const t = toks[i];
  if (!t?.word) return i;
  const head = matchAt(INSTITUTION_HEAD_TABLE, toks, i, end);
  if (!head) return i;
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
      // "la facultad", "de la fundación": a lower-case head after an article points back to a named institution
      if (
        !ANAPHOR_HEADS.has(t.text.toLowerCase()) ||
        !isWord(toks, i - 1, 'la', 'el', 'esta', 'este', 'dicha', 'dicho', 'citada', 'citado')
      )
        return i;
      add(
        ctx,
        { label: 'Institution', from: i, to: i + 1, sent: t.sent, surface: t.text, anaphor: true },
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
    while (
      from > i - 4 &&
      toks[from - 1]?.sent === t.sent &&
      !ctx.claim[from - 1] &&
      (/^(\p{Lu}\.){2,}$/u.test(toks[from - 1]!.text) ||
        (nameWord(toks[from - 1]) &&
          !toks[from - 1]!.upper &&
          (!GIVEN_NAME_SET.has(toks[from - 1]!.f) || SAINTS.has(toks[from - 2]?.f ?? '') || eponym)))
    )
      from--;
    const before = ctx.w.mentions.length;
    const end2 = scanInstitution(ctx, i, end, nested, true);
    const m = ctx.w.mentions[before];
    if (m && m.from === i && m.label === 'Institution' && from < i) {
      m.from = from;
      m.surface = spanText(w.text, toks, from, m.to);
      m.full = true;
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
  let end2 = to;
  const surface = spanText(w.text, toks, i, to);
  const m: Mention = {
    label: 'Institution',
    from: i,
    to,
    sent: t.sent,
    surface,
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
      w.mentions.push({
        label: 'Institution',
        from: i,
        to: k,
        sent: t.sent,
        surface: spanText(w.text, toks, i, k),
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
        w.mentions.push({
          label: 'Institution',
          from: inner,
          to: inner + 1,
          sent: t.sent,
          surface: toks[inner].text,
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

/** Initials of capitalised words: "Desarrollo Integral de la Familia" -> "DIF". */
function initials(toks: Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.cap) for (const part of t.text.split('-')) s += part.charAt(0).toUpperCase();
  }
  return s;
}

/** "la empresa Ternium México", "the company Acme Corp": a common noun introducing a company's name. */
const COMPANY_INTRO = new Set([
  'empresa',
  'compania',
  'aseguradora',
  'consultora',
  'firma',
  'company',
  'firm',
  'startup',
]);

function scanCompany(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (t.cap || !COMPANY_INTRO.has(t.f) || !isWord(toks, i - 1, 'la', 'el', 'una', 'un', 'the', 'a')) return i;
  const from = i + 1;
  if (!toks[from]?.cap || ctx.claim[from] || isGivenName(toks[from])) return i;
  const to = complement(ctx, from, end);
  if (to <= from) return i;
  const surface = spanText(w.text, toks, from, to);
  add(
    ctx,
    { label: 'Institution', from, to, sent: t.sent, surface, full: true, kind: 'company' },
    'Institution',
  );
  return to;
}

/** Step 4b: "Capitalised Words (ACR)" without a head noun, when the initials fit the acronym. */
function scanAcronymDefinition(ctx: Ctx, i: number, end: number): number {
  const { toks } = ctx;
  if (toks[i]?.text !== '(' || ctx.claim[i]) return i;
  const acr = parenAcronym(ctx, i, end);
  if (!acr) return i;
  const letters = acr[0].replace(/[^\p{L}]/gu, '').toUpperCase();
  // walk back over capitalised words and connectors
  let from = i;
  for (let k = i - 1; k >= 0 && toks[k]!.sent === toks[i].sent; k--) {
    const t = toks[k]!;
    if (ctx.claim[k]) break;
    if (nameWord(t)) from = k;
    else if (!(
      t.f === 'de' ||
      t.f === 'del' ||
      t.f === 'la' ||
      t.f === 'las' ||
      t.f === 'los' ||
      t.f === 'y' ||
      t.f === 'para' ||
      t.f === 'of' ||
      t.f === 'and'
    ))
      break;
  }
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
      { label: 'Event', from, to: q + 1, sent, surface: spanText(ctx.w.text, toks, from, q + 1), full: true },
      'Event',
    );
    return q + 1;
  }
  add(ctx, { label: 'Institution', from, to: i, sent, surface, full: true, acronym: acr[0] }, 'Institution');
  for (let k = i; k < acr[1]; k++) ctx.claim[k] = 'Institution';
  return acr[1];
}

/** Step 4c: events: ordinal + event noun + complement; event noun + quoted title. */
function scanEvent(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  let j = i;
  let ordinal = false;
  if (
    (t.cap && ROMAN.test(t.text) && t.text.length <= 6) ||
    /^\d+°$/.test(t.text) ||
    (ORDINAL_WORDS.has(t.f) && t.cap)
  ) {
    ordinal = true;
    j = i + 1;
    if (toks[j]?.text === '°') j++;
  }
  if (!ordinal && /^(1|2)\d{3}$/.test(t.text) && toks[i + 1]?.cap) {
    ordinal = true;
    j = i + 1;
  }
  // English puts adjectives first: "Second National Meeting on Housing", "2016 Ibero-American Summit"
  if (ordinal && ctx.w.lang === 'en')
    while (j < end && j < i + 4 && toks[j]!.cap && !matchAt(EVENT_NOUN_TABLE, toks, j, end)) j++;
  const noun = matchAt(EVENT_NOUN_TABLE, toks, j, end);
  if (!noun) return ordinal ? i : scanIntroducedEvent(ctx, i, end);
  const nounTok = toks[j]!;
  if (!ordinal && !nounTok.cap) return i;
  let to = j + noun.len;
  // "USAID Mission Director Leticia Díaz": an event noun before a post title qualifies the post
  if (matchAt(POST_TITLE_TABLE, toks, to, end) && toks[to]!.cap) return i;
  const c = complement(ctx, to, end, { events: true });
  const hasComp = c > to;
  const head = matchAt(INSTITUTION_HEAD_TABLE, toks, j, end);
  const cue =
    toks.slice(Math.max(0, i - 4), i).some((x) => EVENT_CONTEXT.has(x.f)) || isWord(toks, i - 2, 'en');
  const insideName = isWord(toks, i - 1, 'de', 'del', 'sobre') && toks[i - 2]?.cap;
  if (!ordinal && (!(hasComp && (!head || cue)) || insideName)) return i;
  to = Math.max(to, c);
  const surface = spanText(w.text, toks, i, to);
  add(
    ctx,
    { label: 'Event', from: i, to, sent: t.sent, surface, full: true, kind: ordinal ? t.text : undefined },
    'Event',
  );
  return to;
}

/** "during the X", "durante la X", "en el marco de(l/la) X": the cues that introduce an event by name. */
function eventIntro(toks: Token[], i: number): boolean {
  const f = (d: number) => toks[i - d]?.f ?? '';
  if (f(2) === 'during' && f(1) === 'the') return true;
  if (f(2) === 'durante' && ARTICLES.has(f(1))) return true;
  if (f(1) === 'del' && f(2) === 'marco' && f(3) === 'el' && f(4) === 'en') return true;
  return ARTICLES.has(f(1)) && f(2) === 'de' && f(3) === 'marco' && f(4) === 'el' && f(5) === 'en';
}

/**
 * Step 4c': an event named with a head the lexicon lacks, when a cue introduces it: "during the Regional
 * Platform for Disaster Risk Reduction", "durante la Semana Forestal". At least two capitalised words;
 * not an institution, agreement, programme, place or person.
 */
function scanIntroducedEvent(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (!t.cap || t.upper || !t.word || !eventIntro(toks, i) || NOT_NAME_SET.has(t.f)) return i;
  if (NOT_EVENT_HEAD_SET.has(t.f) || AGREEMENT_HEAD_WORDS.has(t.f) || isGivenName(t)) return i;
  if (matchAt(INSTITUTION_HEAD_TABLE, toks, i, end) || matchAt(VENUE_TABLE, toks, i, end)) return i;
  if (matchAt(PLACE_TABLE, toks, i, end) || matchAt(POST_TITLE_TABLE, toks, i, end)) return i;
  const to = complement(ctx, i, end, { events: true });
  const span = toks.slice(i, to);
  const capWords = span.filter((x) => x.cap && x.word).length;
  // a named event is long ("Regional Platform for Disaster Risk Reduction"): two bare words are a period
  // or a holiday ("Semana Santa", "Biden Administration"); no word may name a plan, war or government
  const connected = span.some((x, n) => n > 0 && !x.cap && x.word);
  if (capWords < 2 || (capWords < 3 && !connected)) return i;
  if (span.some((x) => NOT_EVENT_HEAD_SET.has(x.f))) return i;
  for (let k = i + 1; k < to; k++) if (toks[k]!.cap && matchAt(INSTITUTION_HEAD_TABLE, toks, k, to)) return i;
  if (w.mentions.some((m) => m.from < to && i < m.to && m.label !== 'Institution')) return i;
  const surface = spanText(w.text, toks, i, to);
  add(ctx, { label: 'Event', from: i, to, sent: t.sent, surface, full: true }, 'Event');
  return to;
}

function scanQuotedEvent(ctx: Ctx, q: number, end: number): void {
  const { toks, w } = ctx;
  let close = q + 1;
  while (close < end && !CLOSE_QUOTES.has(toks[close]!.text)) close++;
  if (close >= end || close - q < 2) return;
  // nearest event noun before the quote, within the sentence and 15 tokens
  for (let k = q - 1; k >= Math.max(q - 15, toks[q]!.sent === toks[0]?.sent ? 0 : 0); k--) {
    const u = toks[k]!;
    if (u.sent !== toks[q]!.sent || /^[.;:]$/.test(u.text)) break;
    const noun = matchAt(EVENT_NOUN_TABLE, toks, k, q);
    if (noun && u.word) {
      const surface = spanText(w.text, toks, k, close + 1);
      const alias = spanText(w.text, toks, q + 1, close);
      add(
        ctx,
        { label: 'Event', from: k, to: close + 1, sent: u.sent, surface, full: true, alias },
        undefined,
      );
      return;
    }
  }
}

/** Step 4d: venues: "Casa de Gobierno", "Auditorio de ...", "<Name> Headquarters". */
/** A venue from token `from` up to (not including) `to`. */
function addVenue(ctx: Ctx, from: number, to: number): void {
  const { toks, w } = ctx;
  add(
    ctx,
    {
      label: 'Place',
      from,
      to,
      sent: toks[from]!.sent,
      surface: spanText(w.text, toks, from, to),
      full: true,
      kind: 'venue',
    },
    'Venue',
  );
}

function scanVenue(ctx: Ctx, i: number, end: number, multiWordOnly = false): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (!t.cap) return i;
  const v = matchAt(VENUE_TABLE, toks, i, end);
  if (v && multiWordOnly && v.len < 2) return i;
  // "Center for Seismology Research" is an institution, not a room
  if (v && v.len === 1 && isWord(toks, i + 1, 'for', 'of')) return i;
  // English venues end in their head: "Independence Room", "Bolívar Hall"
  if (!v && !multiWordOnly && w.lang === 'en' && !NOT_NAME_SET.has(t.f)) {
    for (let k = i + 1; k < Math.min(end, i + 4); k++) {
      const u = toks[k]!;
      if (!u.cap || !u.word || ctx.claim[k]) break;
      if (VENUE_TAILS.has(u.f) && !isWord(toks, k + 1, 'of', 'for')) {
        addVenue(ctx, i, k + 1);
        return k + 1;
      }
    }
  }
  if (v) {
    const to = Math.max(i + v.len, complement(ctx, i + v.len, end));
    const generic = v.len === 1 && to === i + 1;
    if (generic) return i;
    addVenue(ctx, i, to);
    // institutions named inside a venue are nested
    return to;
  }
  if (
    !multiWordOnly &&
    toks[i + 1]?.f === 'headquarters' &&
    toks[i + 1]!.sent === t.sent &&
    (t.upper || t.cap)
  ) {
    addVenue(ctx, i, i + 2);
    return i + 2;
  }
  return i;
}

/** Honorific at i ("Dr.", "Lic.", "M.C."), as its length in tokens. */
function honorificAt(toks: Token[], i: number, end: number): number {
  const h = matchAt(HONORIFIC_TABLE, toks, i, end);
  if (h) return h.len;
  // the tokenizer may have kept "M.C." whole
  return 0;
}

/** Step 4e: people: [honorific] Given Surname+ (particles inside), or any 2-4 capitalised words after a post title. */
function scanPerson(ctx: Ctx, i: number, end: number, strongBefore: boolean): number {
  const { toks, w } = ctx;
  let j = i;
  let strong = strongBefore;
  const h = honorificAt(toks, i, end);
  if (h && toks[i]!.cap && nameWord(toks[i + h])) {
    j = i + h;
    strong = true;
  }
  const first = toks[j];
  if (!first || !nameWord(first) || first.upper || ctx.claim[j]) return i;
  for (let s = Math.max(0, j - 3); s <= j; s++) {
    const p = matchAt(POST_TITLE_TABLE, toks, s, end);
    if (p && s + p.len > j && !isGivenName(first)) return i;
  }
  const surnameNext =
    SURNAME_SET.has(toks[j + 1]?.f ?? '') &&
    !!toks[j + 1]?.cap &&
    !matchAt(INSTITUTION_HEAD_TABLE, toks, j, end) &&
    !EVENT_NOUN_TABLE.has(first.f);
  if (!strong && !isGivenName(first) && !surnameNext) return i;
  // "Santa Lucía Cotzumalguapa", "San José": a saint's name opens a place, not a person
  if (SAINTS.has(toks[j - 1]?.f ?? '') && toks[j - 1]!.cap) return i;
  let k = j;
  let words = 0;
  while (k < end && words < 6) {
    const u = toks[k]!;
    if (ctx.claim[k]) break;
    if (nameWord(u) && !u.upper && !/^\d/.test(u.text)) {
      if (words > 0 && matchAt(INSTITUTION_HEAD_TABLE, toks, k, end)) break;
      // "Carter Center", "Getty Museum": an institution's head word is never part of a person's name
      if (words > 0 && EPONYM_HEADS.has(u.f)) break;
      // "Chilean Health Minister Ximena Aguilera": the name starts after the post title
      const post = matchAt(POST_TITLE_TABLE, toks, k, end);
      if (post && !isGivenName(u)) {
        j = k + post.len;
        k = j;
        words = 0;
        continue;
      }
      // "Planificación", "Seguridad": abstract nouns end a name unless the lexicons know them as names
      if (
        words > 0 &&
        /(cion|sion|dad|miento|ismo|istica|encia|ancia)$/.test(u.f) &&
        !GIVEN_NAME_SET.has(u.f) &&
        !SURNAME_SET.has(u.f)
      )
        break;
      k++;
      words++;
      continue;
    }
    if (/^\p{Lu}\.$/u.test(u.text) && words > 0) {
      k++;
      continue;
    }
    const c = u.f === 'de' || u.f === 'del' ? (isWord(toks, k + 1, 'la', 'los', 'las') ? 2 : 1) : 0;
    if (
      c &&
      words > 0 &&
      nameWord(toks[k + c]) &&
      !toks[k + c]!.upper &&
      !matchAt(INSTITUTION_HEAD_TABLE, toks, k + c, end) &&
      !matchAt(PLACE_TABLE, toks, k + c, end) &&
      !ctx.claim[k + c]
    ) {
      k += c;
      continue;
    }
    break;
  }
  if (words < 2) return i;
  // a whole gazetteer place ("San Salvador") is no person
  const pl = matchAt(PLACE_TABLE, toks, j, k);
  if (pl && pl.len === k - j) return i;
  const surface = spanText(w.text, toks, j, k);
  add(ctx, { label: 'Person', from: j, to: k, sent: first.sent, surface, full: true }, 'Person');
  return k;
}

/** Is token i right after a post title (with its institution and a comma), so a name may follow? */
function afterPostTitle(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  let k = i - 1;
  if (toks[k]?.text === ',') k--;
  // skip an institution mention or a parenthesised acronym ending here
  const inst = ctx.w.mentions.find(
    (m) => m.label === 'Institution' && (m.to === k + 1 || m.to + 3 === k + 1),
  );
  if (inst) {
    k = inst.from - 1;
    if (isWord(toks, k, 'programa', 'program')) k--;
    if (isWord(toks, k, 'la', 'los', 'las')) k--;
    if (!isWord(toks, k, 'de', 'del', 'of', 'for')) return false;
    k--;
  }
  // a post title ends at k
  for (let s = Math.max(0, k - 5); s <= k; s++) {
    const p = matchAt(POST_TITLE_TABLE, toks, s, k + 1);
    if (p && s + p.len === k + 1) return true;
  }
  return false;
}

/**
 * Names the lexicon does not know, read from their place: an item of a list of people ("a Patrick J.
 * Glen, Ioana Marinescu y ..."), or a name followed by its post ("Liduvina Magarín, viceministra ...").
 */
function listedPerson(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  const prev = toks[i - 1];
  if (
    prev &&
    (prev.text === ',' || prev.f === 'y' || prev.f === 'and') &&
    ctx.w.mentions.some((m) => m.label === 'Person' && m.to === i - 1)
  )
    return true;
  let k = i;
  while (k < end && k < i + 3 && toks[k]!.cap && !toks[k]!.upper && !ctx.claim[k]) k++;
  if (k - i < 2 || toks[k]?.text !== ',') return false;
  for (let q = k + 1; q <= k + 2; q++)
    if (matchAt(POST_TITLE_TABLE, toks, q, end) && !toks[q]!.cap) return true;
  return false;
}

/**
 * An ambiguous gazetteer name ("Flores", "Central", "Pará", "Santa Lucía") is a place only when written as
 * the gazetteer writes it and where a place is expected: after "en/in/desde/hacia", or before ", <Place>".
 */
function placeExpected(ctx: Ctx, i: number, to: number, name: string): boolean {
  const { toks, w } = ctx;
  if (spanText(w.text, toks, i, to) !== name) return false;
  if (isWord(toks, i - 1, 'en', 'in', 'desde', 'hacia', 'from', 'to')) return true;
  const next = toks[to + 1];
  const pl = toks[to]?.text === ',' && next?.cap ? matchAt(PLACE_TABLE, toks, to + 1, toks.length) : null;
  return !!pl && !pl.value.ambiguous;
}

/** Step 4f: gazetteer places and "municipio de X". */
function scanPlace(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (!t.cap || ctx.claim[i]) return i;
  const p = matchAt(PLACE_TABLE, toks, i, end);
  if (p) {
    for (let k = i; k < i + p.len; k++) if (ctx.claim[k]) return i;
    // "Para", "Como" opening a sentence are words, not the places they fold to
    if (p.len === 1 && FUNCTION_WORDS.has(t.f) && t.text !== p.value.name) return i;
    if (p.value.ambiguous && !placeExpected(ctx, i, i + p.len, p.value.name)) return i;
    add(ctx, {
      label: 'Place',
      from: i,
      to: i + p.len,
      sent: t.sent,
      surface: spanText(w.text, toks, i, i + p.len),
      full: true,
      kind: p.value.kind,
      canonical: p.value.name,
    });
    return i + p.len;
  }
  if (isWord(toks, i - 1, 'de', 'of') && PLACE_INTRO.includes(toks[i - 2]?.f ?? '') && !toks[i - 2]!.cap) {
    const to = complement(ctx, i, end);
    if (to > i) {
      const surface = spanText(w.text, toks, i, to);
      add(ctx, { label: 'Place', from: i, to, sent: t.sent, surface, full: true, kind: 'city' });
      return to;
    }
  }
  return i;
}

/** Step 4g: upper-case words standing alone: "IMSS", "NASA", "UNICARIBE" (resolved in step 4). */
function scanAcronym(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  const t = toks[i]!;
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
    ROMAN.test(t.text)
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
    const place = matchAt(PLACE_TABLE, ctx.toks, i + 1, ctx.toks.length);
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
      full: to > i + 1 && !initialsForm,
      acronym,
      acronymOnly: true,
    },
    'Institution',
  );
  return to;
}

/**
 * Step 4a: a dateline city written in capitals ("QUITO, June 6, 2019 —", "WASHINGTON —") is a place,
 * named as the gazetteer writes it; read first so that it never passes for an acronym.
 */
function scanDatelineHead(ctx: Ctx, body: Work['sentences']): void {
  const { toks, w } = ctx;
  for (const s of body.slice(0, 8)) {
    let e = s.tokStart;
    while (e < s.tokEnd && e < s.tokStart + 4 && toks[e]!.upper && toks[e]!.word) e++;
    if (e === s.tokStart || !/^[,—–.(-]$/.test(toks[e]?.text ?? '') || !isDateline(s.text)) continue;
    const surface = spanText(w.text, toks, s.tokStart, e);
    const place = datelineEntry(surface);
    const canonical = place?.name ?? datelineCity(surface);
    add(
      ctx,
      {
        label: 'Place',
        from: s.tokStart,
        to: e,
        sent: s.index,
        surface,
        full: true,
        kind: place?.kind ?? 'city',
        canonical,
      },
      'Place',
    );
    return;
  }
}

/**
 * Step 4h: a name cut before a lower-case tail ("Auditorio de la Jefatura de Gabinete | de ministros") takes
 * the tail when the document writes that longer name elsewhere ("... de la Jefatura de Gabinete de
 * Ministros"): the text itself, not a guess, says the tail belongs to the name.
 */
function extendLowercaseTails(ctx: Ctx): void {
  const { toks, w } = ctx;
  const names = w.mentions.filter((m) => m.label !== 'Person');
  for (const m of names) {
    const c = connectorAt(toks, m.to, toks.length);
    const tail = toks[m.to + c];
    if (!c || !tail || tail.cap || !tail.word || DETERMINER_SET.has(tail.f) || tail.sent !== m.sent) continue;
    const e = m.to + c + 1;
    const after = toks[e];
    if (after && after.word && after.sent === m.sent && !/^(y|e|que|and)$/.test(after.f)) continue;
    // the innermost name this one ends with ("Jefatura de Gabinete" inside the venue), plus the tail
    const inner = names.filter((o) => o.to === m.to && o.from >= m.from).sort((a, b) => b.from - a.from)[0]!;
    const longer = fold(spanText(w.text, toks, inner.from, e));
    const written = names.some(
      (o) => o.sent !== m.sent && (o.to < inner.from || o.from >= e) && fold(o.surface).includes(longer),
    );
    if (!written) continue;
    for (const o of names.filter((x) => x.to === m.to && x.sent === m.sent)) {
      o.to = e;
      o.surface = spanText(w.text, toks, o.from, e);
      delete o.canonical;
    }
  }
}

/** Runs the scanners sentence by sentence over the body (headlines in capitals are left for step 4). */
export function findNames(w: Work): void {
  const toks = w.tokens;
  const ctx: Ctx = {
    w,
    toks,
    claim: new Array<string | undefined>(toks.length),
    quoted: new Array<boolean>(toks.length).fill(false),
  };
  for (const s of w.sentences) {
    let inQ = false;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = toks[i]!;
      if (inQ && CLOSE_QUOTES.has(t.text)) inQ = false;
      else if (OPEN_QUOTES.has(t.text)) inQ = !inQ || t.text !== '"';
      ctx.quoted[i] = inQ && !OPEN_QUOTES.has(t.text);
    }
  }
  const body = w.sentences.filter((s) => !s.caps);
  const pass = (fn: (i: number, end: number) => number) => {
    for (const s of body) {
      for (let i = s.tokStart; i < s.tokEnd;) {
        if (ctx.claim[i]) {
          i++;
          continue;
        }
        const next = fn(i, s.tokEnd);
        i = next > i ? next : i + 1;
      }
    }
  };
  // 1. the dateline's city, institutions and acronym definitions
  scanDatelineHead(ctx, body);
  pass((i, end) => scanVenue(ctx, i, end, true));
  pass((i, end) => scanInstitution(ctx, i, end));
  pass((i, end) => scanAcronymDefinition(ctx, i, end));
  pass((i, end) => scanCompany(ctx, i, end));
  // 2. events (may contain institutions: they claim their own tokens separately)
  const instClaims = [...ctx.claim];
  // events may contain institutions, never venues
  ctx.claim = instClaims.map((c) => (c === 'Venue' ? c : undefined));
  pass((i, end) => scanEvent(ctx, i, end));
  for (const s of body)
    for (let i = s.tokStart; i < s.tokEnd; i++)
      if (OPEN_QUOTES.has(toks[i]!.text) && !ctx.quoted[i - 1]) scanQuotedEvent(ctx, i, s.tokEnd);
  const eventClaims = ctx.claim;
  ctx.claim = instClaims.map((c, k) => c ?? eventClaims[k]);
  // 3. venues, people, places, lone acronyms
  pass((i, end) => scanVenue(ctx, i, end));
  pass((i) => scanAcronym(ctx, i));
  pass((i, end) => scanPerson(ctx, i, end, afterPostTitle(ctx, i) || listedPerson(ctx, i, end)));
  pass((i, end) => scanPerson(ctx, i, end, listedPerson(ctx, i, end)));
  pass((i, end) => scanPlace(ctx, i, end));
  // the dateline's place names ("Guichón, Paysandú, a 18 de julio de 2020.") even when the gazetteer lacks them
  if (w.location) {
    const first = fold(w.location.split(',')[0]!.trim());
    const s = w.sentences.find((x) => fold(x.text).startsWith(first) && DATELINE_DATE.test(fold(x.text)));
    if (s) {
      let k = s.tokStart;
      for (let part = 0; part < 2 && k < s.tokEnd; part++) {
        // "QUITO, June 6, 2019": the date follows, months are never places
        if (MONTH_NUMBER.has(toks[k]!.f.replace(/\.$/, ''))) break;
        let e = k;
        while (
          e < s.tokEnd &&
          toks[e]!.word &&
          (toks[e]!.cap || isWord(toks, e, 'de', 'del', 'la', 'las', 'los'))
        )
          e++;
        const shorter = w.mentions.find((m) => m.label === 'Place' && m.from === k && m.to < e);
        if (shorter) {
          // the dateline writes the whole name ("Santa Lucía Cotzumalguapa") where the gazetteer knows a part
          shorter.to = e;
          shorter.surface = spanText(w.text, toks, k, e);
          delete shorter.canonical;
        } else if (
          e > k &&
          toks[e - 1]!.cap &&
          !w.mentions.some((m) => m.from <= k && k < m.to) &&
          // "ARLINGTON, Va., May 3": an abbreviated state is no name to keep
          !(e === k + 1 && toks[e]?.text === '.' && toks[k]!.text.length <= 4)
        ) {
          const surface = spanText(w.text, toks, k, e);
          add(ctx, {
            label: 'Place',
            from: k,
            to: e,
            sent: s.index,
            surface,
            full: true,
            kind: part === 0 ? 'city' : 'state',
          });
        }
        if (toks[e]?.text !== ',' && toks[e]?.text !== ';') break;
        k = e + 1;
      }
    }
  }
  // a title that opens with an event noun names the event ("Reunión con los Municipios (1)")
  const title = w.sentences[0];
  if (title && !title.caps && !w.mentions.some((m) => m.label === 'Event')) {
    const noun = matchAt(EVENT_NOUN_TABLE, toks, title.tokStart, title.tokEnd);
    if (noun && toks[title.tokStart]!.cap) {
      let to = title.tokEnd;
      if (toks[to - 1]?.text === ')' && toks[to - 3]?.text === '(') to -= 3;
      add(
        ctx,
        {
          label: 'Event',
          from: title.tokStart,
          to,
          sent: title.index,
          surface: spanText(w.text, toks, title.tokStart, to),
          full: true,
        },
        'Event',
      );
    }
  }
  extendLowercaseTails(ctx);
  // a name read both ways ("Congreso Internacional de la Juventud" after "en el marco del") is the event
  const events = w.mentions.filter((m) => m.label === 'Event');
  w.mentions = w.mentions.filter(
    (m) =>
      m.label !== 'Institution' ||
      !events.some((e) => e.from <= m.from && m.to <= e.to && e.to - e.from <= m.to - m.from + 1),
  );
  // mentions inside an event or venue are nested: not parties, not places of their own
  const spans = w.mentions.filter((m) => m.label === 'Event' || (m.label === 'Place' && m.kind === 'venue'));
  for (const m of w.mentions) {
    if (m.label !== 'Institution') continue;
    if (spans.some((s) => s !== m && s.from <= m.from && m.to <= s.to)) m.nested = true;
  }
}
