// Step 4c: events: an ordinal or a year before an event noun ("II Congreso ...", "2016 Summit"), an event
// noun before a quoted title, a name after a cue that introduces an event ("durante la ..."), a title
// that opens with an event noun.
import type { Token } from '../../types';
import type { Ctx } from './context';
import {
  EVENT_NOUN_TABLE,
  INSTITUTION_HEAD_TABLE,
  NOT_NAME_SET,
  PLACE_TABLE,
  POST_TITLE_TABLE,
  VENUE_TABLE,
} from '../../lexicons';
import { isWord, matchAt, spanText } from '../../match';
import {
  ROMAN,
  ORDINAL_WORDS,
  ARTICLES,
  CLOSE_QUOTES,
  EVENT_CONTEXT,
  AGREEMENT_HEAD_WORDS,
  NOT_EVENT_HEAD_SET,
  NAMING_CUES,
  PUBLICATION_WORDS,
  EVENT_BUILDINGS,
  VENUE_TAILS,
} from './words';
import { add, isGivenName } from './context';
import { complement } from './complement';
import { MENTION_RULES } from '../../model/mention-rules';

/** Step 4c: events: ordinal + event noun + complement; event noun + quoted title. */
const LOWERCASE_OCCASIONS = new Set([
  'presentacion',
  'inauguracion',
  'lanzamiento',
  'apertura',
  'launch',
  'opening',
  'unveiling',
]);

export function scanEvent(ctx: Ctx, i: number, end: number): number {
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
  // ... up to six of them: "2025 Driftless Area Stream Restoration Conference"
  if (ordinal && ctx.w.lang === 'en')
    while (j < end && j < i + 7 && toks[j]!.cap && !matchAt(EVENT_NOUN_TABLE, toks, j, end)) j++;
  const noun = matchAt(EVENT_NOUN_TABLE, toks, j, end);
  if (!noun) return ordinal ? i : scanIntroducedEvent(ctx, i, end);
  // "Convention Centre", "Exhibition Center", "Assembly Rooms", "Congress Hall": a building, read as a venue
  const next = toks[j + noun.len];
  if (next?.cap && (EVENT_BUILDINGS.has(next.f) || VENUE_TAILS.has(next.f))) return i;
  const nounTok = toks[j]!;
  // an occasion written in lower case but named by what it presents or opens: "a la presentación del
  // Modelo Cosmos Querétaro", "the launch of the Patients' Charter"
  const after = j + noun.len;
  const namedOccasion =
    !nounTok.cap &&
    LOWERCASE_OCCASIONS.has(nounTok.f) &&
    isWord(toks, j - 1, 'la', 'el', 'the') &&
    isWord(toks, after, 'de', 'del', 'of') &&
    !!toks[after + 1]?.cap &&
    !ctx.claim[after + 1];
  if (!ordinal && !nounTok.cap && !namedOccasion) return i;
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
  // an edition's year closes the name: "Expo Comercio Andina 2024", "Cumbre de las Américas 2025"
  if (!ordinal && /^(19|20)\d\d$/.test(toks[to]?.text ?? '') && toks[to]!.sent === t.sent) to++;
  // "Forum Newsletter", "Boletín de la Cumbre": a publication named after the event is no occasion
  for (let k = i; k < to; k++) if (PUBLICATION_WORDS.has(toks[k]!.f)) return i;
  const surface = spanText(w.text, toks, i, to);
  add(
    ctx,
    {
      label: 'Event',
      from: i,
      to,
      sent: t.sent,
      surface,
      reason: (ordinal
        ? MENTION_RULES.eventOrdinal
        : namedOccasion
          ? MENTION_RULES.eventOccasion
          : MENTION_RULES.eventNamed
      ).reason,
      full: true,
      kind: ordinal ? t.text : undefined,
    },
    'Event',
  );
  return to;
}

/** "during the X", "durante la X", "en el marco de(l/la) X": the cues that introduce an event by name. */
function eventIntro(toks: Token[], i: number): boolean {
  // plain reads, no closure: this runs at every token of the text
  const f1 = toks[i - 1]?.f ?? '';
  const f2 = toks[i - 2]?.f ?? '';
  if (f2 === 'during' && f1 === 'the') return true;
  if (f2 === 'durante' && ARTICLES.has(f1)) return true;
  const f3 = toks[i - 3]?.f ?? '';
  const f4 = toks[i - 4]?.f ?? '';
  if (f1 === 'del' && f2 === 'marco' && f3 === 'el' && f4 === 'en') return true;
  // "on the sidelines of X", "on the margins of X", "al margen del X"
  if (f1 === 'of' && (f2 === 'sidelines' || f2 === 'margins') && f3 === 'the') return true;
  if ((f1 === 'del' || (ARTICLES.has(f1) && f2 === 'de')) && (f2 === 'margen' || f3 === 'margen'))
    return true;
  return ARTICLES.has(f1) && f2 === 'de' && f3 === 'marco' && f4 === 'el' && toks[i - 5]?.f === 'en';
}

/**
 * Step 4c': an event named with a head the lexicon lacks, when a cue introduces it: "during the Regional
 * Platform for Disaster Risk Reduction", "durante la Semana Forestal". At least two capitalised words;
 * not an institution, agreement, programme, place or person.
 */
function scanIntroducedEvent(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  const introduced = eventIntro(toks, i);
  // "signed at TradeTech Asia 2025", "en la Expo Comercio Andina 2024": where, with an edition's year
  const atDated =
    isWord(toks, i - 1, 'at', 'en') || (isWord(toks, i - 2, 'en') && ARTICLES.has(toks[i - 1]?.f ?? ''));
  if (!t.cap || t.upper || !t.word || !(introduced || atDated) || NOT_NAME_SET.has(t.f)) return i;
  if (NOT_EVENT_HEAD_SET.has(t.f) || AGREEMENT_HEAD_WORDS.has(t.f) || isGivenName(t)) return i;
  if (matchAt(INSTITUTION_HEAD_TABLE, toks, i, end) || matchAt(VENUE_TABLE, toks, i, end)) return i;
  if (matchAt(PLACE_TABLE, toks, i, end) || matchAt(POST_TITLE_TABLE, toks, i, end)) return i;
  let to = complement(ctx, i, end, { events: true });
  // an edition's year closes the name: "TradeTech Asia 2025"
  const dated = to < end && /^(19|20)\d\d$/.test(toks[to]!.text);
  if (dated) to++;
  else if (!introduced) return i;
  const span = toks.slice(i, to);
  const capWords = span.filter((x) => x.cap && x.word).length;
  // a named event is long ("Regional Platform for Disaster Risk Reduction"): two bare words are a period
  // or a holiday ("Semana Santa", "Biden Administration"); no word may name a plan, war or government
  const connected = span.some((x, n) => n > 0 && !x.cap && x.word);
  if (capWords < 2 || (capWords < 3 && !connected && !dated)) return i;
  if (span.some((x) => NOT_EVENT_HEAD_SET.has(x.f))) return i;
  for (let k = i + 1; k < to; k++) if (toks[k]!.cap && matchAt(INSTITUTION_HEAD_TABLE, toks, k, to)) return i;
  if (ctx.covered.subarray(i, to).includes(1)) return i;
  const surface = spanText(w.text, toks, i, to);
  const reason = MENTION_RULES.eventIntroduced.reason;
  add(ctx, { label: 'Event', from: i, to, sent: t.sent, surface, reason, full: true }, 'Event');
  return to;
}

/** How far before a quoted title its event noun may be: next to it, or farther with a naming cue. */
const QUOTE_REACH = 25;

/**
 * Is the quote at `q` the title of the event noun ending at `nounEnd`? It follows the noun at once
 * ("el taller “X”"), after the noun's capitalised complement ("Capacitación sobre Derechos, “X”"), or
 * after a naming cue ("un Panel Virtual el miércoles, denominado “X”"); lower-case words between them
 * say something else ("the visit to the Kingdom to meet his “brother”").
 */
function titleOf(ctx: Ctx, nounEnd: number, q: number): 'next' | 'cue' | null {
  const { toks } = ctx;
  if (nounEnd === q) return 'next';
  if ([q - 1, q - 2].some((k) => k >= nounEnd && NAMING_CUES.has(toks[k]!.f))) return 'cue';
  const upTo = toks[q - 1]?.text === ',' || toks[q - 1]?.text === ':' ? q - 1 : q;
  return q - nounEnd <= 15 && complement(ctx, nounEnd, upTo, { events: true }) === upTo ? 'next' : null;
}

export function scanQuotedEvent(ctx: Ctx, q: number, end: number): void {
  const { toks, w } = ctx;
  let close = q + 1;
  while (close < end && !CLOSE_QUOTES.has(toks[close]!.text)) close++;
  if (close >= end || close - q < 2) return;
  // the nearest event noun before the quote, within the sentence
  for (let k = q - 1; k >= Math.max(q - QUOTE_REACH, 0); k--) {
    const u = toks[k]!;
    if (u.sent !== toks[q]!.sent || /^[.;]$/.test(u.text)) break;
    const noun = matchAt(EVENT_NOUN_TABLE, toks, k, q);
    if (!noun || !u.word) continue;
    const how = titleOf(ctx, k + noun.len, q);
    if (!how) return;
    const reason = MENTION_RULES.eventQuoted.reason;
    const alias = spanText(w.text, toks, q + 1, close);
    // an event already named at the noun ("un Panel Virtual ... denominado “X”") takes the title as
    // another name; a title far from a bare noun is the event's name on its own
    const named = w.mentions.find((m) => m.label === 'Event' && m.from === k);
    if (named) named.alias = alias;
    else if (how === 'cue')
      add(ctx, { label: 'Event', from: q + 1, to: close, sent: u.sent, surface: alias, reason, full: true });
    if (named || how === 'cue') return;
    const surface = spanText(w.text, toks, k, close + 1);
    add(ctx, { label: 'Event', from: k, to: close + 1, sent: u.sent, surface, reason, full: true, alias });
    return;
  }
}

/** A title that opens with an event noun names the event ("Reunión con los Municipios (1)"). */
export function scanTitleEvent(ctx: Ctx): void {
  const { toks, w } = ctx;
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
          reason: MENTION_RULES.eventTitle.reason,
          full: true,
        },
        'Event',
      );
    }
  }
}
