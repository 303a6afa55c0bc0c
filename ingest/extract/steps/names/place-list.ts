// Step 4f'': the other members of a list of places. Coordination joins like with like: in "los
// distritos de Urubamba, Yucay y Huayllabamba" or "depots in Ludlow and Leominster", once one member is a
// place (or a plural place noun opens the list), the other capitalised members are places too, even
// small towns the gazetteer lacks. They are siblings, never a chain of LOCATED_IN.
import type { Mention, Token, Work } from '../../types';
import { fold } from '../../text';
import { MONTH_NUMBER, NOT_NAME_SET, TOWN_TABLE, type GazetteerEntry } from '../../lexicons';
import { matchAt, spanText } from '../../match';
import { MENTION_RULES } from '../../model/mention-rules';
import { add, type Ctx } from './context';
import { FUNCTION_WORDS } from './words';

/** Plural nouns whose "de/of" opens a list of places: "las provincias de A, B y C", "the towns of A and B". */
const PLACE_LIST_NOUNS = new Set([
  'municipios',
  'distritos',
  'provincias',
  'departamentos',
  'comunas',
  'cantones',
  'localidades',
  'parroquias',
  'ciudades',
  'poblados',
  'regiones',
  'estados',
  'corregimientos',
  'veredas',
  'aldeas',
  'caserios',
  'comunidades',
  'colonias',
  'barrios',
  'pueblos',
  'towns',
  'cities',
  'districts',
  'provinces',
  'counties',
  'municipalities',
  'villages',
  'regions',
  'states',
  'communities',
  'suburbs',
  'settlements',
  // those who govern places: "los alcaldes de Nueva Concepción, Dulce Nombre de María y La Palma"
  'alcaldes',
  'alcaldesas',
  'intendentes',
  'gobernadores',
  'prefectos',
  'mayors',
  'governors',
]);
const CONJUNCTIONS = new Set(['y', 'e', 'and', '&']);
/** Lower-case words inside a place's name: "Santa Cruz de Lorica", "Port of Spain". */
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'of', 'upon', 'on']);
const MAX_NAME_WORDS = 4;

interface Member {
  from: number;
  to: number;
  /** Already read as a place by an earlier step. */
  place: boolean;
  /** Read as a person's name by an earlier step ("Oldcastle West"): a place only in an opened list. */
  person?: Mention;
}

const ARTICLES = new Set(['la', 'el', 'las', 'los']);

/** The place mention at token i + 1 takes in the article at i ("La Palma", not "Palma"). */
function withArticle(ctx: Ctx, i: number): void {
  const m = ctx.w.mentions.find((x) => x.label === 'Place' && x.from === i + 1);
  if (!m) return;
  m.from = i;
  m.surface = spanText(ctx.w.text, ctx.toks, i, m.to);
  m.reason = MENTION_RULES.placeListMember.reason;
  // the gazetteer's entry was for the name without its article, another place
  delete m.canonical;
}

/** A capitalised run from `i` that no other step claimed: a candidate member, or null. */
function nameRun(ctx: Ctx, i: number, end: number): Member | null {
  const { toks } = ctx;
  let to = i;
  while (to < end && to - i < MAX_NAME_WORDS + 1) {
    const t = toks[to]!;
    if (t.cap && t.word && !ctx.claim[to] && !ctx.covered[to]) to++;
    else if (to > i && NAME_JOINERS.has(t.f) && to + 1 < end && toks[to + 1]?.cap && !ctx.claim[to + 1]) to++;
    else break;
  }
  if (to === i || to - i > MAX_NAME_WORDS) return null;
  return { from: i, to, place: false };
}

/** Where the next member starts after a separator at `i` (",", "y", ", y"), or -1. */
function afterSeparator(toks: Token[], i: number, end: number): { next: number; conj: boolean } | null {
  if (i >= end) return null;
  if (toks[i]!.text === ',') {
    if (i + 1 < end && CONJUNCTIONS.has(toks[i + 1]!.f)) return { next: i + 2, conj: true };
    return { next: i + 1, conj: false };
  }
  if (CONJUNCTIONS.has(toks[i]!.f)) return { next: i + 1, conj: true };
  return null;
}

/** A run that reads as a name: not a month, a function word or a known non-name. */
function looksLikeName(ctx: Ctx, m: Member, sentenceStart: number): boolean {
  const first = ctx.toks[m.from]!;
  if (
    m.to - m.from === 1 &&
    (FUNCTION_WORDS.has(first.f) || NOT_NAME_SET.has(first.f) || MONTH_NUMBER.has(first.f))
  )
    return false;
  // a sentence's first word is capitalised whatever it is
  return m.from !== sentenceStart || !!matchAt(TOWN_TABLE, ctx.toks, m.from, m.to);
}

/** The gazetteer town that is exactly this member, when it needs no more than a place-expecting cue. */
function townOf(ctx: Ctx, m: Member): GazetteerEntry | null {
  const town = matchAt(TOWN_TABLE, ctx.toks, m.from, m.to);
  return town && town.len === m.to - m.from && town.value.ambiguity !== 'word' ? town.value : null;
}

/** Step 4f'': lists with a place among their members, or after a plural place noun. */
export function scanPlaceLists(
  ctx: Ctx,
  sentences: { tokStart: number; tokEnd: number; index: number }[],
): void {
  const { toks, w } = ctx;
  const places = new Map(w.mentions.filter((m) => m.label === 'Place').map((m) => [m.from, m.to]));
  const people = new Map(w.mentions.filter((m) => m.label === 'Person').map((m) => [m.from, m]));
  for (const s of sentences) {
    const unit = (i: number, opened: boolean): Member | null => {
      const to = places.get(i);
      if (to !== undefined) return { from: i, to, place: true };
      // "..., Dulce Nombre de María y La Palma": a capitalised article inside a list opens the place's name
      const named =
        ARTICLES.has(toks[i]?.f ?? '') && toks[i]!.cap && i > s.tokStart ? places.get(i + 1) : undefined;
      if (named !== undefined) {
        withArticle(ctx, i);
        places.set(i, named);
        return { from: i, to: named, place: true };
      }
      const person = opened ? people.get(i) : undefined;
      return person ? { from: i, to: person.to, place: false, person } : nameRun(ctx, i, s.tokEnd);
    };
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const opened =
        (toks[i - 1]?.f === 'de' || toks[i - 1]?.f === 'of') && PLACE_LIST_NOUNS.has(toks[i - 2]?.f ?? '');
      const first = unit(i, opened);
      if (!first) continue;
      const members = [first];
      let conj = false;
      for (;;) {
        const sep = afterSeparator(toks, members.at(-1)!.to, s.tokEnd);
        if (!sep || conj) break;
        const next = unit(sep.next, opened);
        if (!next) break;
        members.push(next);
        conj = sep.conj;
      }
      i = members.at(-1)!.to - 1;
      // "Además, A, B y C": the sentence's first word is no member
      if (!members[0]!.place && !members[0]!.person && !looksLikeName(ctx, members[0]!, s.tokStart))
        members.shift();
      // a list is closed by its conjunction ("A, B y C"); "A, B" alone is a place and its region
      if (!conj || members.length < 2) continue;
      const named = members.filter((m) => m.place || (!m.person && looksLikeName(ctx, m, s.tokStart)));
      const towns = new Map(named.filter((m) => !m.place).map((m) => [m, townOf(ctx, m)] as const));
      const support = named.filter((m) => m.place || towns.get(m)).length;
      // towns the gazetteer knows vouch for each other; unknown names need a longer list with a place in it
      const townsCount = opened || support >= 2 || named.some((m) => m.place);
      const othersCount = opened || (members.length >= 3 && support >= 1 && named.length === members.length);
      for (const m of members) {
        if (m.place) continue;
        const town = towns.get(m) ?? null;
        if (!(town ? townsCount : othersCount)) continue;
        if (m.person) {
          m.person.label = 'Place';
          m.person.reason = MENTION_RULES.placeListMember.reason;
          m.person.kind = 'city';
          continue;
        }
        if (!named.includes(m)) continue;
        add(ctx, {
          label: 'Place',
          from: m.from,
          to: m.to,
          sent: s.index,
          surface: spanText(w.text, toks, m.from, m.to),
          reason: MENTION_RULES.placeListMember.reason,
          full: true,
          kind: town?.kind ?? 'city',
          ...(town ? { canonical: town.name } : {}),
        });
      }
    }
  }
}

/**
 * A name read as a place is a place wherever it comes back: "el alcalde de Dulce Nombre de María" after
 * "los alcaldes de ..., Dulce Nombre de María y La Palma" names the town again, not a person.
 */
export function placesNamedAgain(w: Work): void {
  const places = new Set(w.mentions.filter((m) => m.label === 'Place').map((m) => fold(m.surface)));
  if (!places.size) return;
  for (const m of w.mentions) {
    if (m.label !== 'Person' || !places.has(fold(m.surface))) continue;
    m.label = 'Place';
    m.reason = MENTION_RULES.placeNamedAgain.reason;
    m.kind = 'city';
  }
}
