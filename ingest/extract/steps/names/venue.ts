// Step 4d: venues: "Casa de Gobierno", "Auditorio de ...", "Independence Room", "<Name> Headquarters".
import type { Ctx } from './context';
import { EVENT_NOUN_TABLE, NOT_NAME_SET, PLACE_TABLE, TOWN_TABLE, VENUE_TABLE } from '../../lexicons';
import { isWord, matchAt, spanText } from '../../match';
import { ARTICLES, EVENT_BUILDINGS, VENUE_TAILS } from './words';
import { add, isGivenName, nameWord } from './context';
import { complement } from './complement';
import { MENTION_RULES } from '../../model/mention-rules';

/** A venue from token `from` up to (not including) `to`, found by `reason`. */
function addVenue(ctx: Ctx, from: number, to: number, reason: string): void {
  const { toks, w } = ctx;
  add(
    ctx,
    {
      label: 'Place',
      from,
      to,
      sent: toks[from]!.sent,
      surface: spanText(w.text, toks, from, to),
      reason,
      full: true,
      kind: 'venue',
    },
    'Venue',
  );
}

/**
 * A room named after someone, its head in lower case: "en la sala Justo Sierra de la Torre de Rectoría",
 * "el auditorio Chabuca Granda". The name is the venue's, not a person's.
 */
function lowercaseHeadVenue(ctx: Ctx, i: number, end: number, multiWordOnly: boolean): number {
  const { toks } = ctx;
  if (multiWordOnly || !isWord(toks, i - 1, 'la', 'el', 'del', 'al') || !toks[i + 1]?.cap) return i;
  const v = matchAt(VENUE_TABLE, toks, i, end);
  if (!v || v.len !== 1 || ctx.claim[i + 1]) return i;
  const to = complement(ctx, i + 1, end);
  if (to <= i + 1) return i;
  addVenue(ctx, i, to, MENTION_RULES.venueNamedAfter.reason);
  return to;
}

/**
 * A venue's name goes on through the person it is named after, right after its head and adjectives:
 * "Coliseo Municipal Rafael Núñez", "Estadio Olímpico Pascual Guerrero" (the name stops at "de"). Returns
 * the end of the eponym, or `to` when none follows.
 */
function eponymEnd(ctx: Ctx, from: number, to: number, end: number): number {
  const { toks } = ctx;
  if (to >= end || !isGivenName(toks[to]) || !nameWord(toks[to + 1]) || ctx.claim[to]) return to;
  for (let k = from + 1; k < to; k++) if (!toks[k]!.cap) return to;
  let e = to;
  while (e < end && e - to < 4 && nameWord(toks[e]) && !ctx.claim[e]) e++;
  return e;
}

/** Does a gazetteer place longer than the venue head start at token i? */
function longerTown(ctx: Ctx, i: number, end: number, headLen: number): boolean {
  const place = matchAt(PLACE_TABLE, ctx.toks, i, end) ?? matchAt(TOWN_TABLE, ctx.toks, i, end);
  return !!place && place.len > headLen && place.value.ambiguity !== 'word';
}

export function scanVenue(ctx: Ctx, i: number, end: number, multiWordOnly = false): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (!t.cap) return lowercaseHeadVenue(ctx, i, end, multiWordOnly);
  const v = matchAt(VENUE_TABLE, toks, i, end);
  if (v && multiWordOnly && v.len < 2) return i;
  // "Center for Seismology Research" is an institution, not a room
  if (v && v.len === 1 && isWord(toks, i + 1, 'for', 'of')) return i;
  // English venues end in their head: "Independence Room", "Bolívar Hall"
  if (!v && !multiWordOnly && w.lang === 'en' && !NOT_NAME_SET.has(t.f)) {
    // where a place is expected ("at the ..."), a centre is a building: "at the Civic Centre"
    const atThe = isWord(toks, i - 1, 'at') || (isWord(toks, i - 1, 'the') && isWord(toks, i - 2, 'at'));
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      const u = toks[k]!;
      // "Technology and Innovation Centre", "Sands Expo and Convention Centre"
      if (/^(and|&)$/.test(u.f) && k > i && toks[k + 1]?.cap) continue;
      if (!u.cap || !u.word || ctx.claim[k]) break;
      const building = EVENT_BUILDINGS.has(u.f) && (atThe || !!matchAt(EVENT_NOUN_TABLE, toks, k - 1, end));
      if ((VENUE_TAILS.has(u.f) || building) && !isWord(toks, k + 1, 'of', 'for')) {
        addVenue(ctx, i, k + 1, MENTION_RULES.venueTail.reason);
        return k + 1;
      }
    }
  }
  // "Puerto Varas", "Plaza Huincul": a town the gazetteer knows, its first word a venue's head
  if (v && longerTown(ctx, i, end, v.len)) return i;
  if (v) {
    // "Salón Los Notros", "Teatro La Comedia": a capitalised article opens the venue's own name
    const article =
      ARTICLES.has(toks[i + v.len]?.f ?? '') && toks[i + v.len]!.cap && nameWord(toks[i + v.len + 1]);
    const from = article ? i + v.len + 1 : i + v.len;
    const to = eponymEnd(ctx, i, Math.max(from + (article ? 1 : 0), complement(ctx, from, end)), end);
    const generic = v.len === 1 && to === i + 1;
    if (generic) return i;
    addVenue(ctx, i, to, MENTION_RULES.venue.reason);
    // institutions named inside a venue are nested
    return to;
  }
  if (
    !multiWordOnly &&
    toks[i + 1]?.f === 'headquarters' &&
    toks[i + 1]!.sent === t.sent &&
    (t.upper || t.cap)
  ) {
    addVenue(ctx, i, i + 2, MENTION_RULES.venueHeadquarters.reason);
    return i + 2;
  }
  return i;
}
