// Step 8: where and who. HELD_AT for agreements (the event "durante/en el marco de", the venue or
// city of the signing sentence, else the dateline city) and for events ("que se llevó a cabo en",
// "at ... in Lima", else the dateline city); LOCATED_IN for "Lima, Perú" and "Headquarters in
// Washington"; PARTICIPATED_IN for the people an attendance cue speaks of.
import type { Mention, Work } from '../types';
import { ATTENDANCE_CUES } from '../model/extra-words';
import { EVENT_ANAPHORS } from '../lexicons';
import { isWord } from '../match';
import { Nearest } from '../nearest';
import { agreementBefore } from './agreements/told-before';
import { RULES } from '../model/rules';
import { fold } from '../text';
import { eventsAtSentenceVenue } from './event-venues';
import { inPurposeClause } from './purpose-clause';
import { EVENT_CUES, inRightBefore, occasionOf } from './event-cues';

const THERE = new Set(['alli', 'ahi', 'there']);
const AGREEMENT_NOUN = /^(convenio|acuerdo|accords?|agreement|memorandum|memorando)$/;

/**
 * How far (in sentences) from an agreement's own sentences a sentence that names an agreement and an
 * event may place it: about a long press release (most releases of the corpora hold under 25). The
 * whole document made a file of many releases place every agreement at every event, facts in the
 * square of its length.
 */
export const SETTING_WINDOW = 30;

/** What the steps below look up, indexed once: this step adds facts only, no mention or entity. */
interface Scene {
  w: Work;
  /** Mentions with a key, not nested, of an entity still there, by sentence, in the order of w.mentions. */
  keyedBySent: Map<number, Mention[]>;
  /** Event mentions of an entity still there, by sentence: the last one named before a sentence. */
  events: Nearest<Mention>;
}

function scene(w: Work): Scene {
  const keyedBySent = new Map<number, Mention[]>();
  for (const m of w.mentions) {
    if (!m.key || m.nested || !w.entities.has(m.key)) continue;
    const list = keyedBySent.get(m.sent);
    if (list) list.push(m);
    else keyedBySent.set(m.sent, [m]);
  }
  const events = w.mentions.filter((m) => m.label === 'Event' && m.key && w.entities.has(m.key));
  return { w, keyedBySent, events: new Nearest(events, (m) => m.sent) };
}

function keyed(sc: Scene, label: string, sent: number): Mention[] {
  return (sc.keyedBySent.get(sent) ?? []).filter((m) => m.label === label);
}

/** The event a sentence speaks of: one it names, else the last one named before it. */
function salientEvent(sc: Scene, sent: number, anaphorOnly = false): string | undefined {
  const { w } = sc;
  const here = keyed(sc, 'Event', sent);
  if (here.length) return here[0]!.key;
  if (anaphorOnly) {
    const s = w.sentences[sent]!;
    const has = w.tokens.slice(s.tokStart, s.tokEnd).some((t) => EVENT_ANAPHORS.has(t.f) || THERE.has(t.f));
    if (!has) return undefined;
  }
  return sc.events.lastBefore(sent)?.key;
}

/** Sentences that name an agreement with an event cue ("El acuerdo bilateral se concretó durante ..."). */
function agreementEventSentences(w: Work): number[] {
  const out: number[] = [];
  for (const s of w.sentences) {
    const toks = w.tokens.slice(s.tokStart, s.tokEnd);
    if (toks.some((t) => AGREEMENT_NOUN.test(t.f)) && toks.some((t) => EVENT_CUES.test(t.f)))
      out.push(s.index);
  }
  return out;
}

/** The items of `sorted` (growing numbers) within `window` of one of `around`, in order. */
function near(sorted: number[], around: number[], window: number): number[] {
  const out: number[] = [];
  const lowerBound = (x: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let next = 0;
  for (const a of [...around].sort((x, y) => x - y))
    for (let k = Math.max(next, lowerBound(a - window)); k < sorted.length && sorted[k]! <= a + window; k++) {
      out.push(sorted[k]!);
      next = k + 1;
    }
  return out;
}

function datelineCity(w: Work): string | undefined {
  if (!w.location) return undefined;
  const city = fold(w.location.split(',')[0]!.trim());
  return [...w.entities.values()].find(
    (e) => e.label === 'Place' && (fold(e.name) === city || [...e.aliases].some((a) => fold(a) === city)),
  )?.key;
}

/** "La ceremonia tuvo lugar en el Salón Juárez": sentences that place the act of signing. */
const ACT_WORDS = new Set(['acto', 'ceremonia', 'firma', 'evento', 'ceremony', 'signing', 'event']);
const LOCATIVE =
  /(tuvo lugar|se llevo a cabo|se realizo|se celebro|se desarrollo|se efectuo|se concreto|tuvo como (sede|escenario)|(celebr|realiz|desarroll|efectu)ad[oa]|took place|was held|were held|, held (at|in)|was hosted)/;

function actSentences(w: Work): Map<number, string> {
  const out = new Map<number, string>();
  if (!w.agreements.length) return out;
  const before = agreementBefore(w.agreements);
  for (const s of w.sentences) {
    if (s.caps) continue;
    const toks = w.tokens.slice(s.tokStart, s.tokEnd);
    if (!toks.some((t) => ACT_WORDS.has(t.f))) continue;
    if (!LOCATIVE.test(toks.map((t) => t.f).join(' ')) && !toks.some((t) => t.f === 'marco')) continue;
    out.set(s.index, before(s.index).key);
  }
  return out;
}

function agreementsHeld(sc: Scene): void {
  const { w } = sc;
  const dateline = datelineCity(w);
  const acts = new Map<string, number[]>();
  for (const [si, key] of actSentences(w)) {
    const list = acts.get(key);
    if (list) list.push(si);
    else acts.set(key, [si]);
  }
  const withEvents = agreementEventSentences(w);
  for (const d of w.agreements) {
    let places = 0;
    let events = 0;
    const own = new Set(d.sents);
    const sents = new Set(d.sents);
    const placing = new Set(d.sents);
    for (const si of acts.get(d.key) ?? []) {
      sents.add(si);
      placing.add(si);
    }
    // nearby sentences that mention an agreement noun with an event cue count too ("El acuerdo bilateral se concretó durante ...")
    for (const si of near(withEvents, d.sents, SETTING_WINDOW)) sents.add(si);
    for (const si of sents) {
      const s = w.sentences[si]!;
      for (const ev of keyed(sc, 'Event', si)) {
        const cue =
          w.tokens.slice(Math.max(s.tokStart, ev.from - 4), ev.from).some((t) => EVENT_CUES.test(t.f)) ||
          occasionOf(w, ev.from, s.tokStart) ||
          // "firmaron un convenio en la Expo Comercio Andina 2024": the signing's own sentence says where
          (own.has(si) && inRightBefore(w, ev.from, s.tokStart));
        if (cue) {
          w.facts.push({
            type: 'HELD_AT',
            from: d.key,
            to: ev.key!,
            rule: RULES.heldDuringEvent.reason,
            sent: si,
          });
          events++;
        }
      }
      const there = w.tokens.slice(s.tokStart, s.tokStart + 3).some((t) => THERE.has(t.f));
      if (there && own.has(si)) {
        const ev = salientEvent(sc, si);
        if (ev) {
          w.facts.push({ type: 'HELD_AT', from: d.key, to: ev, rule: RULES.heldThere.reason, sent: si });
          events++;
        }
      }
      if (!placing.has(si)) continue;
      for (const pl of keyed(sc, 'Place', si)) {
        const kind = w.entities.get(pl.key!)!.properties.kind;
        if (kind === 'country' && !isWord(w.tokens, pl.from - 1, 'en', 'in', 'at')) continue;
        if (
          !isWord(w.tokens, pl.from - 1, 'en', 'in', 'at') &&
          !isWord(w.tokens, pl.from - 2, 'en', 'in', 'at')
        )
          continue;
        if (inPurposeClause(w.tokens, s.tokStart, pl.from)) continue;
        w.facts.push({ type: 'HELD_AT', from: d.key, to: pl.key!, rule: RULES.heldAtPlace.reason, sent: si });
        places++;
      }
    }
    if (!places && !events && dateline)
      w.facts.push({
        type: 'HELD_AT',
        from: d.key,
        to: dateline,
        rule: RULES.heldAtDateline.reason,
        sent: 0,
      });
  }
}

function eventsHeld(sc: Scene): void {
  const { w } = sc;
  const dateline = datelineCity(w);
  const placed = new Set<string>();
  for (const ev of w.mentions.filter((m) => m.label === 'Event' && m.key && w.entities.has(m.key))) {
    const s = w.sentences[ev.sent]!;
    // "... que se llevó a cabo en el Auditorio", "que se realizó en El Salvador", "week in Lima"
    for (let k = ev.to; k < Math.min(s.tokEnd, ev.to + 16); k++) {
      if (!isWord(w.tokens, k, 'en', 'in', 'at')) continue;
      const pl = keyed(sc, 'Place', ev.sent).find((p) => p.from === k + 1 || p.from === k + 2);
      if (!pl) continue;
      const between = w.tokens
        .slice(ev.to, k)
        .map((t) => t.f)
        .join(' ');
      if (
        k > ev.to &&
        !/(realiz|llevo a cabo|celebr|efectu|desarroll|held|took place|tuvo lugar)/.test(between)
      )
        continue;
      w.facts.push({
        type: 'HELD_AT',
        from: ev.key!,
        to: pl.key!,
        rule: RULES.eventAtPlace.reason,
        sent: ev.sent,
      });
      placed.add(ev.key!);
      break;
    }
  }
  // "El encuentro tuvo lugar en el Aula Magna": in a text that signs nothing, the event at hand took place there
  if (!w.agreements.length) {
    for (const s of w.sentences) {
      const toks = w.tokens.slice(s.tokStart, s.tokEnd);
      if (
        s.caps ||
        !toks.some((t) => EVENT_ANAPHORS.has(t.f)) ||
        !LOCATIVE.test(toks.map((t) => t.f).join(' '))
      )
        continue;
      const ev = salientEvent(sc, s.index);
      const pl = keyed(sc, 'Place', s.index).find(
        (p) =>
          isWord(w.tokens, p.from - 1, 'en', 'in', 'at') || isWord(w.tokens, p.from - 2, 'en', 'in', 'at'),
      );
      if (!ev || !pl || placed.has(ev)) continue;
      w.facts.push({
        type: 'HELD_AT',
        from: ev,
        to: pl.key!,
        rule: RULES.eventAtPlace.reason,
        sent: s.index,
      });
      placed.add(ev);
    }
  }
  w.facts.push(...eventsAtSentenceVenue(w, placed));
  if (!dateline) return;
  for (const e of w.entities.values()) {
    if (e.label !== 'Event' || placed.has(e.key)) continue;
    w.facts.push({
      type: 'HELD_AT',
      from: e.key,
      to: dateline,
      rule: RULES.eventAtDateline.reason,
      sent: e.mentions[0]?.sent ?? 0,
    });
  }
}

function locatedIn(w: Work): void {
  const places = w.mentions.filter((m) => m.label === 'Place' && m.key);
  const starting = new Map<number, Mention[]>();
  for (const p of places) {
    const list = starting.get(p.from);
    if (list) list.push(p);
    else starting.set(p.from, [p]);
  }
  for (const a of places) {
    const next = starting.get(a.to + 1) ?? [];
    const b = next.find((p) => w.tokens[a.to]?.text === ',' && p.key !== a.key);
    const kindA = w.entities.get(a.key!)?.properties.kind;
    const kindB = b && w.entities.get(b.key!)?.properties.kind;
    if (b && kindA !== 'country' && (kindB === 'country' || kindB === 'state') && !a.nested) {
      w.facts.push({
        type: 'LOCATED_IN',
        from: a.key!,
        to: b.key!,
        rule: RULES.cityInCountry.reason,
        sent: a.sent,
      });
    }
    const c = next.find((p) => isWord(w.tokens, a.to, 'in', 'en') && p.key !== a.key);
    if (c && kindA === 'venue')
      w.facts.push({
        type: 'LOCATED_IN',
        from: a.key!,
        to: c.key!,
        rule: RULES.venueInCity.reason,
        sent: a.sent,
      });
  }
}

const CUE_WORDS = ATTENDANCE_CUES.map((c) => fold(c).split(' '));
const CUE_FIRST: ReadonlySet<string> = new Set(CUE_WORDS.map((c) => c[0]!));

function participation(sc: Scene): void {
  const { w } = sc;
  let pendingList: { event: string; sent: number } | null = null;
  for (const s of w.sentences) {
    if (s.caps) continue;
    const toks = w.tokens;
    let cueAt = -1;
    let cueLen = 0;
    for (let i = s.tokStart; i < s.tokEnd && cueAt < 0; i++) {
      if (!CUE_FIRST.has(toks[i]!.f)) continue;
      for (const c of CUE_WORDS)
        if (c.every((x, k) => toks[i + k]?.f === x)) {
          cueAt = i;
          cueLen = c.length;
          break;
        }
    }
    const people = keyed(sc, 'Person', s.index);
    if (cueAt < 0) {
      // the lines after "Also participating in the event were:" each open with a name
      if (pendingList && people[0] && people[0].from === s.tokStart) {
        w.facts.push({
          type: 'PARTICIPATED_IN',
          from: people[0].key!,
          to: pendingList.event,
          rule: RULES.attended.reason,
          sent: s.index,
        });
      } else pendingList = null;
      continue;
    }
    pendingList = null;
    // a witness is no attendee of the event; a weak cue far from the event needs a word that points back to it
    const sentToks = toks.slice(s.tokStart, s.tokEnd);
    if (sentToks.some((t) => /^testigos?$|^witness/.test(t.f))) continue;
    const strong =
      /^(estuvieron|estuvo|participating|attended|participantes|participants|asistentes|se|also)$/.test(
        toks[cueAt]!.f,
      ) || cueAt === s.tokStart; // a sentence that opens with the cue ("Participaron en la mesa ...") is about its event
    const event = strong ? salientEvent(sc, s.index) : salientEvent(sc, s.index, true);
    if (!event) continue;
    const before = people.filter((p) => p.to <= cueAt);
    const after = people.filter((p) => p.from >= cueAt + cueLen);
    const who = before.length ? before : after;
    for (const p of who)
      w.facts.push({
        type: 'PARTICIPATED_IN',
        from: p.key!,
        to: event,
        rule: RULES.attended.reason,
        sent: s.index,
      });
    if (!who.length && w.text.slice(s.end - 1, s.end) === ':') pendingList = { event, sent: s.index };
  }
}

export function findSettings(w: Work): void {
  const sc = scene(w);
  agreementsHeld(sc);
  eventsHeld(sc);
  locatedIn(w);
  participation(sc);
}
