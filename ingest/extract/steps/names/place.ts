// Step 4f: places: gazetteer names where a place is expected, "municipio de X", and the dateline's city and
// region even when the gazetteer lacks them.
import type { Work } from '../../types';
import type { Ctx } from './context';
import type { GazetteerEntry } from '../../lexicons';
import { CALENDAR_WORDS, MONTH_NUMBER, PLACE_TABLE, TOWN_TABLE } from '../../lexicons';
import { fold, isWord, matchAt, spanText } from '../../match';
import { datelineCity, datelineEntry, isDateline } from '../03-dateline';
import { DATELINE_DATE, FUNCTION_WORDS, PLACE_INTRO } from './words';
import { add, forget, isGivenName } from './context';
import { complement } from './complement';
import { MENTION_RULES } from '../../model/mention-rules';

/** Nouns that announce a place's name: "el municipio de Chinú", "the state of Oaxaca". */
const PLACE_NOUNS = new Set([
  ...PLACE_INTRO,
  'estado',
  'provincia',
  'departamento',
  'region',
  'comuna',
  'canton',
  'distrito',
  'parroquia',
  'pueblo',
  'town',
  'state',
  'province',
  'county',
]);

/** Posts that govern or represent a territory, folded: what their "de"/"of" names is a place. */
const GOVERNING_POST =
  /(^| )(alcalde|alcaldesa|gobernador|gobernadora|intendente|intendenta|prefecto|prefecta|embajador|embajadora|consul|mayor|governor|ambassador|premier|(presidente|presidenta) municipal|(delegado|delegada)( presidencial)?( provincial| regional)?)$/;

/** "la alcaldesa de Ñiquén", "the Mayor of Louisburgh": token i follows a governing post and its "de". */
function governedAt(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  if (!isWord(toks, i - 1, 'de', 'of') || isGivenName(toks[i])) return false;
  const before = toks
    .slice(Math.max(0, i - 4), i - 1)
    .filter((t) => t.word)
    .map((t) => t.f)
    .join(' ');
  return GOVERNING_POST.test(before);
}

/**
 * An ambiguous gazetteer name is a place only when written as the gazetteer writes it and where a
 * place is expected: after "municipio/ciudad/estado de" or before ", <Place>" (any ambiguous name:
 * "Victoria, Tamaulipas"); after "en/in/desde/hacia" too when it is no common word or given name
 * ("en Zapotlanejo", "en Flores" no).
 */
function placeExpected(ctx: Ctx, i: number, to: number, entry: GazetteerEntry): boolean {
  const { toks, w } = ctx;
  const written = spanText(w.text, toks, i, to);
  if (written !== entry.name && !entry.aliases.includes(written)) return false;
  if (isWord(toks, i - 1, 'de', 'of') && PLACE_NOUNS.has(toks[i - 2]?.f ?? '') && !toks[i - 2]!.cap)
    return true;
  if (governedAt(ctx, i)) return true;
  const next = toks[to + 1];
  const pl = toks[to]?.text === ',' && next?.cap ? matchAt(PLACE_TABLE, toks, to + 1, toks.length) : null;
  if (pl && !pl.value.ambiguous) return true;
  // "Bellevue, Washington": a region or country right after a place and a comma
  if (toks[i - 1]?.text === ',' && ctx.w.mentions.some((m) => m.label === 'Place' && m.to === i - 1))
    return entry.kind !== 'city' || entry.ambiguity !== 'word';
  return entry.ambiguity !== 'word' && isWord(toks, i - 1, 'en', 'in', 'desde', 'hacia', 'from', 'to');
}

/** Step 4f: gazetteer places and "municipio de X". */
export function scanPlace(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (!t.cap || ctx.claim[i]) return i;
  const known = matchAt(PLACE_TABLE, toks, i, end);
  const town = matchAt(TOWN_TABLE, toks, i, end);
  // the longer name wins ("San Pedro Garza García" over "San Pedro"); a town only where one is expected
  const gazetteer =
    town && (!known || town.len > known.len) && placeExpected(ctx, i, i + town.len, town.value)
      ? town
      : known;
  // after "municipio de", the whole capitalised name, unless the gazetteer knows one as long:
  // "municipio de Villa Quemada del Carrizal" is not the town "Villa"
  const intro =
    (isWord(toks, i - 1, 'de', 'of') && PLACE_INTRO.includes(toks[i - 2]?.f ?? '') && !toks[i - 2]!.cap) ||
    governedAt(ctx, i);
  const introTo = intro ? complement(ctx, i, end) : i;
  const p = gazetteer && introTo <= i + gazetteer.len ? gazetteer : null;
  if (p) {
    for (let k = i; k < i + p.len; k++) if (ctx.claim[k]) return i;
    // "Para", "Como" opening a sentence are words, not the places they fold to
    if (p.len === 1 && FUNCTION_WORDS.has(t.f) && t.text !== p.value.name) return i;
    // ñ is a letter of its own, not an accent: "Penal" is not "Peñal"
    if (/ñ/i.test(p.value.name) && !/ñ/i.test(spanText(w.text, toks, i, i + p.len))) {
      if (![p.value.name, ...p.value.aliases].some((f) => !/ñ/i.test(f))) return i;
    }
    if (p.value.ambiguous && !placeExpected(ctx, i, i + p.len, p.value)) return i;
    add(ctx, {
      label: 'Place',
      from: i,
      to: i + p.len,
      sent: t.sent,
      surface: spanText(w.text, toks, i, i + p.len),
      reason: MENTION_RULES.gazetteerPlace.reason,
      full: true,
      kind: p.value.kind,
      canonical: p.value.name,
    });
    return i + p.len;
  }
  if (intro) {
    const to = introTo;
    if (to > i) {
      const surface = spanText(w.text, toks, i, to);
      const reason = MENTION_RULES.placeAfterIntro.reason;
      add(ctx, { label: 'Place', from: i, to, sent: t.sent, surface, reason, full: true, kind: 'city' });
      return to;
    }
  }
  return i;
}

/**
 * Step 4a: a dateline city written in capitals ("QUITO, June 6, 2019 —", "WASHINGTON —") is a place,
 * named as the gazetteer writes it; read first so that it never passes for an acronym.
 */
export function scanDatelineHead(ctx: Ctx, body: Work['sentences']): void {
  const { toks, w } = ctx;
  for (const s of body.slice(0, 8)) {
    let e = s.tokStart;
    while (e < s.tokEnd && e < s.tokStart + 4 && toks[e]!.upper && toks[e]!.word) e++;
    const caps = e > s.tokStart && /^[,—–.(-]$/.test(toks[e]?.text ?? '') && isDateline(s.text);
    if (!caps && (s === w.sentences[0] || !(s === body[0] || s === body[1]))) continue;
    if (!caps) {
      // a dateline in title case before a dash: "Makhanda – More than 300 delegates ..."
      e = s.tokStart;
      while (e < s.tokEnd && e < s.tokStart + 3 && toks[e]!.cap && toks[e]!.word && !ctx.claim[e]) e++;
      if (e === s.tokStart || !/^[—–]$/.test(toks[e]?.text ?? '') || !toks[e + 1]?.cap) continue;
    }
    // "VIENNA (AP) —": the news agency credited in parentheses is no body of the release
    if (toks[e]?.text === '(') {
      const close = toks.slice(e, e + 6).findIndex((x) => x.text === ')');
      if (close > 1 && /^[—–.,:-]/.test(toks[e + close + 1]?.text ?? ''))
        for (let k = e; k <= e + close; k++) ctx.claim[k] ??= 'Credit';
    }
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
        reason: MENTION_RULES.datelineHead.reason,
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
 * Step 4f': the dateline's place names ("Guichón, Paysandú, a 18 de julio de 2020.") even when the gazetteer
 * lacks them.
 */
export function scanDatelinePlaces(ctx: Ctx): void {
  const { toks, w } = ctx;
  if (w.location) {
    const first = fold(w.location.split(',')[0]!.trim());
    const s = w.sentences.find((x) => fold(x.text).startsWith(first) && DATELINE_DATE.test(fold(x.text)));
    if (s) {
      let k = s.tokStart;
      for (let part = 0; part < 2 && k < s.tokEnd; part++) {
        // "QUITO, June 6, 2019": the date follows, months are never places
        // ... nor weekdays ("on Tuesday")
        if (MONTH_NUMBER.has(toks[k]!.f.replace(/\.$/, '')) || CALENDAR_WORDS.has(toks[k]!.f)) break;
        let e = k;
        while (
          e < s.tokEnd &&
          toks[e]!.word &&
          (toks[e]!.cap || isWord(toks, e, 'de', 'del', 'la', 'las', 'los'))
        )
          e++;
        // a dateline's place in capitals is no body: "KERIKERI, 3 March" and "SAN JUAN DE LOS MORROS, ..." were
        // read as acronyms before the dateline was known
        if (e > k) forget(ctx, (m) => m.label === 'Institution' && m.from >= k && m.to <= e);
        const shorter = w.mentions.find((m) => m.label === 'Place' && m.from === k && m.to < e);
        // the dateline opens with a place, though named after a person: "San José", "Benito Juárez"
        const person = w.mentions.find((m) => m.label === 'Person' && m.from === k && m.to === e);
        if (person && toks[e]?.text === ',') {
          person.label = 'Place';
          person.reason = MENTION_RULES.datelinePlace.reason;
          person.kind = part === 0 ? 'city' : 'state';
          person.full = true;
        } else if (shorter) {
          // the dateline writes the whole name ("Santa Lucía Cotzumalguapa") where the gazetteer knows a part
          shorter.to = e;
          shorter.surface = spanText(w.text, toks, k, e);
          shorter.reason = MENTION_RULES.datelinePlace.reason;
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
            canonical: datelineCity(surface),
            reason: MENTION_RULES.datelinePlace.reason,
            full: true,
            kind: part === 0 ? 'city' : 'state',
          });
        }
        if (toks[e]?.text !== ',' && toks[e]?.text !== ';') break;
        k = e + 1;
      }
    }
  }
}
