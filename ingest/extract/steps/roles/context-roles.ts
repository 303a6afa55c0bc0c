// Step 6e: posts whose institution is given by context rather than next to the name: a post
// naming the area of a body in the document ("Minister of Economy and Finance"), a local post ("el
// intendente de la ciudad"), a framing clause ("Por parte de la Secretaría asistió el ...", "UNICEF
// estuvo representada por su representante ..."). Each links only when exactly one body fits.
import type { Entity, Mention, Work } from '../../types';
import { POST_TITLE_TABLE } from '../../lexicons';
import { isWord, matchAt, spanText } from '../../match';
import { RULES } from '../../model/rules';
import { mentionsCovering, mentionsFrom, mentionsStartingIn, mentionsTo } from '../../mention-index';
import { fold } from '../../text';
import { entitiesOf } from '../05-entities';
import { localPosts } from './local-posts';

/** Heads of posts whose complement names an area, and the heads of the bodies for such areas. */
const AREA_POST = /^(minister|ministro|ministra|secretary|secretario|secretaria) (of|for|de|del) (.+)$/;
const AREA_BODY = /^(ministry|ministerio|secretaria|secretariat|department|departamento) /;
/** Words that carry no area meaning: connectors and articles. */
const AREA_STOP = new Set([
  'de',
  'del',
  'la',
  'el',
  'los',
  'las',
  'y',
  'e',
  'and',
  'of',
  'the',
  'for',
  'para',
]);

/** Verbs of attending after "Por parte de <Inst>". */
const ATTEND = /^(asistio|asistieron|participo|participaron|estuvo|estuvieron|acudio|acudieron)$/;

function areaWords(s: string): string[] {
  return fold(s)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((x) => x && !AREA_STOP.has(x));
}

/** The people who hold a post so far: kept beside the facts, so that asking costs nothing. */
type Held = Set<string>;

function push(
  w: Work,
  held: Held,
  person: Mention,
  inst: string,
  role: string | undefined,
  reason: string,
): void {
  w.facts.push({ type: 'HOLDS_ROLE', from: person.key!, to: inst, rule: reason, sent: person.sent, role });
  held.add(person.key!);
}

/** The one body of the document whose name carries the area a post names, if exactly one does. */
export function bodyForArea(w: Work, title: string): Entity | undefined {
  const m = AREA_POST.exec(fold(title));
  if (!m) return undefined;
  const area = areaWords(m[3]!);
  if (!area.length) return undefined;
  // a body written with its owner first ("Federal Ministry of Health") carries the area in its short form
  const fitsName = (name: string): boolean => {
    const n = fold(name);
    if (!AREA_BODY.test(n)) return false;
    const words = areaWords(n).slice(1);
    if (!area.every((x, k) => words[k] === x)) return false;
    // the area must be the body's whole area: "Economy" is not "Economy and Finance"; "of Peru" may follow
    const rest = n
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    let k = 1;
    for (let seen = 0; k < rest.length && seen < area.length; k++) if (!AREA_STOP.has(rest[k]!)) seen++;
    return !/^(and|y|e)$/.test(rest[k] ?? '');
  };
  const fits = entitiesOf(w, 'Institution').filter((e) => [e.name, ...e.aliases].some(fitsName));
  return fits.length === 1 ? fits[0] : undefined;
}

/** (1a) "Minister of Economy and Finance Óscar Graham" -> the document's Ministry of Economy and Finance. */
function areaPosts(w: Work, held: Held, roleOnly: Map<string, string>): void {
  for (const [key, title] of roleOnly) {
    if (held.has(key)) continue;
    const body = bodyForArea(w, title);
    const person = w.mentions.find((m) => m.label === 'Person' && m.key === key && !m.anaphor);
    if (body && person) push(w, held, person, body.key, title, RULES.areaPost.reason);
  }
}

/**
 * (1a) "El ministro de Economía y Finanzas, Óscar Llamosas": a post of capitalised area words just before
 * the name of a person who holds no post yet.
 */
function areaPostsBefore(w: Work, held: Held): void {
  const toks = w.tokens;
  for (const p of w.mentions) {
    if (p.label !== 'Person' || !p.key || p.anaphor || p.nested || held.has(p.key)) continue;
    const end = toks[p.from - 1]?.text === ',' ? p.from - 1 : p.from;
    for (let k = end - 2; k >= Math.max(0, end - 10); k--) {
      const u = toks[k]!;
      if (!u.word || mentionsCovering(w, k).some((m) => m.label !== 'Institution')) break;
      if (!/^(minist|secretar)/.test(u.f)) continue;
      const title = spanText(w.text, toks, k, end);
      const body = bodyForArea(w, title);
      if (body) push(w, held, p, body.key, title, RULES.areaPost.reason);
      break;
    }
  }
}

/** The post written between k and the comma before the name; undefined when none is recognised. */
function postBefore(w: Work, k: number, person: Mention): string | undefined {
  const toks = w.tokens;
  let to = person.from;
  if (toks[to - 1]?.text === ',') to--;
  if (to <= k || !matchAt(POST_TITLE_TABLE, toks, k, to)) return undefined;
  return spanText(w.text, toks, k, to);
}

/** (3) "Por parte de la Secretaría asistió el viceministro ..., X", "UNICEF estuvo representada por su representante ..., X". */
function framedPosts(w: Work, held: Held): void {
  const toks = w.tokens;
  const instAt = (k: number) =>
    mentionsFrom(w, k)
      .filter((m) => m.label === 'Institution' && m.key)
      .sort((a, b) => b.to - a.to)[0];
  for (const s of w.sentences) {
    for (let i = s.tokStart; i < s.tokEnd - 4; i++) {
      let inst: Mention | undefined;
      let k = 0;
      let reason: string = RULES.framedPost.reason;
      if (isWord(toks, i, 'por') && isWord(toks, i + 1, 'parte') && isWord(toks, i + 2, 'de', 'del')) {
        const a = isWord(toks, i + 3, 'la', 'el', 'los', 'las') ? i + 4 : i + 3;
        inst = instAt(a);
        if (!inst || !ATTEND.test(toks[inst.to]?.f ?? '')) continue;
        k = inst.to + 1;
      } else if (
        isWord(toks, i, 'en') &&
        isWord(toks, i + 1, 'representacion') &&
        isWord(toks, i + 2, 'de', 'del')
      ) {
        // "En representación de UNICEF, la representante en Honduras Marta Diez": the name after the post
        const a = isWord(toks, i + 3, 'la', 'el', 'los', 'las') ? i + 4 : i + 3;
        inst = instAt(a);
        if (!inst || toks[inst.to]?.text !== ',') continue;
        k = inst.to + 1;
      } else if (/^representad[oa]s?$/.test(toks[i]!.f) && isWord(toks, i + 1, 'por')) {
        const verb = isWord(toks, i - 1, 'estuvo', 'fue', 'estuvieron', 'fueron') ? i - 1 : i;
        inst = mentionsTo(w, verb).find((m) => m.label === 'Institution' && m.key && m.sent === s.index);
        if (!inst) continue;
        k = i + 2;
        reason = RULES.representedBy.reason;
      } else continue;
      if (isWord(toks, k, 'el', 'la', 'su', 'sus')) k++;
      // the name follows the post within a few words, with no other body named in between
      const person = mentionsStartingIn(w, k + 1, k + 12).find(
        (m) => m.label === 'Person' && m.key && !m.anaphor && m.sent === s.index,
      );
      if (!person || held.has(person.key!)) continue;
      if (mentionsStartingIn(w, k, person.from - 1).some((m) => m.label === 'Person')) continue;
      const role = postBefore(w, k, person);
      if (!role) continue;
      push(w, held, person, inst.key!, role, reason);
    }
  }
}

/** HOLDS_ROLE from context, for people whose post came with no institution next to it. */
export function findContextRoles(w: Work, roleOnly: Map<string, string>): void {
  const held: Held = new Set(w.facts.filter((f) => f.type === 'HOLDS_ROLE').map((f) => f.from));
  framedPosts(w, held);
  localPosts(w, held);
  areaPosts(w, held, roleOnly);
  areaPostsBefore(w, held);
}
