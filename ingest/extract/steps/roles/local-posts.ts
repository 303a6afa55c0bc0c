// Step 6e (local): posts of a local government whose body is not written next to them: "el intendente de
// la ciudad, X", "la alcaldesa, X", "el alcalde municipal X", "la síndica municipal, X", "el alcalde de
// San Carlos, X" (with the Municipalidad de San Carlos in the text), "the city's mayor, X", "Mayor X", and
// any post with a word that makes it the town's ("el secretario municipal, X").
// Each links only to the one municipal government of the document (or the one of the named town).
import type { Entity, Mention, Work } from '../../types';
import { POST_TITLE_TABLE } from '../../lexicons';
import { isWord, matchAt, spanText } from '../../match';
import { RULES } from '../../model/rules';
import { mentionsFrom, mentionsTo } from '../../mention-index';
import { fold } from '../../text';
import { entitiesOf } from '../05-entities';
import { skipToName } from './offices';

/** Heads of a local government: the mayor's own titles. */
const LOCAL_HEADS =
  /^(intendente|intendenta|alcalde|alcaldesa|presidente municipal|presidenta municipal|mayor)$/;
/** Members of the local government: theirs only with a word that says so ("la síndica municipal"). */
const LOCAL_MEMBERS = /^(sindico|sindica|regidor|regidora)$/;
/** Generic references to the local government after the title. */
const LOCAL_REFS = [
  'de la ciudad',
  'del municipio',
  'de la municipalidad',
  'del ayuntamiento',
  'of the city',
  'municipal',
];
const LOCAL_REF_WORDS = LOCAL_REFS.map((r) => r.split(' '));
// in English-speaking countries the council is the local government ("Gisborne District Council")
const LOCAL_BODY =
  /^(municipalidad|ayuntamiento|alcaldia|municipio|intendencia|gobierno municipal|gobierno autonomo municipal|concello|city of|city government|city hall|town of|municipality of)\b|\b((city|town|municipal) government|(city|town|district|county|borough|shire) council|(local|district|metropolitan) municipality)$/;
/** Members of a municipal council, and the council: "los concejales A y B" -> the Concejo Municipal. */
const COUNCIL_MEMBERS = /^(concejal|concejala|concejales|concejalas)$/;
const COUNCIL_BODY = /^concejo (municipal|deliberante)\b/;

/** The municipal governments of the document. */
function localGovernments(w: Work): Entity[] {
  return entitiesOf(w, 'Institution').filter((e) => LOCAL_BODY.test(fold(e.name)));
}

/** The municipal government of the document, when exactly one is named (the dateline's city breaks ties). */
function localGovernment(w: Work): Entity | undefined {
  const govs = localGovernments(w);
  if (govs.length <= 1) return govs[0];
  const city = w.location ? fold(w.location) : '';
  const here = city ? govs.filter((e) => fold(e.name).endsWith(' ' + city)) : [];
  return here.length === 1 ? here[0] : undefined;
}

/** The town named at token q: a place, else capitalised words ("San Ramón", "Villa de Leyva"). */
function townAt(w: Work, q: number): { name: string; to: number } | undefined {
  const place = mentionsFrom(w, q).find((m) => m.label === 'Place');
  if (place) return { name: fold(w.entities.get(place.key ?? '')?.name ?? place.surface), to: place.to };
  const toks = w.tokens;
  let to = q;
  while (toks[to]?.cap && toks[to]!.word) {
    to++;
    if (isWord(toks, to, 'de', 'del', 'la', 'las', 'los') && toks[to + 1]?.cap) to++;
  }
  return to > q ? { name: fold(spanText(w.text, toks, q, to)), to } : undefined;
}

/** The government of the town named at token q ("de San Carlos"), if one of the document's is that town's. */
function governmentOfPlace(w: Work, q: number): { e: Entity | undefined; to: number } | undefined {
  const town = townAt(w, q);
  if (!town) return undefined;
  const fits = localGovernments(w).filter((e) => fold(e.name).endsWith(' ' + town.name));
  return { e: fits.length === 1 ? fits[0] : undefined, to: town.to };
}

/** The person named at q, past a comma and a courtesy title ("Ing. Agr."). */
function personAfter(w: Work, q: number, end: number): Mention | undefined {
  const at = skipToName(w.tokens, q, end);
  return mentionsFrom(w, at).find((m) => m.label === 'Person' && m.key && !m.anaphor);
}

/**
 * "el teniente de alcalde y concejal de Medio Rural, X": a second post joined by "y", with its area, before
 * the name; where the name starts (q itself when no such post follows).
 */
function coordinatedPostEnd(w: Work, q: number, end: number): number {
  const toks = w.tokens;
  if (!isWord(toks, q, 'y', 'e', 'and')) return q;
  const post = matchAt(POST_TITLE_TABLE, toks, q + 1, end);
  if (!post) return q;
  let k = q + 1 + post.len;
  if (isWord(toks, k, 'de', 'del', 'of') && toks[k + 1]?.cap) {
    k += 2;
    while (k < end && (toks[k]!.cap || (isWord(toks, k, 'y', 'e', 'de', 'and', 'of') && toks[k + 1]?.cap)))
      k++;
  }
  return k;
}

/** "the city's mayor" or "the city’s mayor": the reference before the title. */
function cityBefore(w: Work, i: number): boolean {
  const toks = w.tokens;
  return (
    (isWord(toks, i - 2, 'the') && /^city['’]s$/.test(toks[i - 1]?.f ?? '')) ||
    (isWord(toks, i - 3, 'the') && isWord(toks, i - 2, 'city') && /^['’]s$/.test(toks[i - 1]?.text ?? ''))
  );
}

/** The person named just before the title: "Ricardo Soto, alcalde de Puerto Varas". */
function personBefore(w: Work, i: number): Mention | undefined {
  if (w.tokens[i - 1]?.text !== ',') return undefined;
  return mentionsTo(w, i - 1).find((m) => m.label === 'Person' && m.key && !m.anaphor);
}

/** The people of a list after a plural title: "los concejales A, B y C". */
function peopleAfter(w: Work, q: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let p = personAfter(w, q, end); p;) {
    out.push(p);
    const next = isWord(w.tokens, p.to, 'y', 'e', 'and') || w.tokens[p.to]?.text === ',' ? p.to + 1 : -1;
    p = next > 0 ? personAfter(w, next, end) : undefined;
  }
  return out;
}

function push(w: Work, held: Set<string>, person: Mention, body: Entity, role: string): void {
  if (held.has(person.key!)) return;
  w.facts.push({
    type: 'HOLDS_ROLE',
    from: person.key!,
    to: body.key,
    rule: RULES.localPost.reason,
    sent: person.sent,
    role,
  });
  held.add(person.key!);
}

/** HOLDS_ROLE at the one municipal council of the document for its members ("la concejala X"). */
function councilMembers(w: Work, held: Set<string>): void {
  const councils = entitiesOf(w, 'Institution').filter((e) => COUNCIL_BODY.test(fold(e.name)));
  if (councils.length !== 1) return;
  const toks = w.tokens;
  for (const s of w.sentences)
    for (let i = s.tokStart; i < s.tokEnd - 1; i++) {
      if (!COUNCIL_MEMBERS.test(toks[i]!.f)) continue;
      const role = toks[i]!.text;
      for (const p of peopleAfter(w, i + 1, s.tokEnd)) push(w, held, p, councils[0]!, role);
    }
}

/** HOLDS_ROLE at the local government for mayors and members written without their body. */
export function localPosts(w: Work, held: Set<string>): void {
  const toks = w.tokens;
  councilMembers(w, held);
  for (const s of w.sentences) {
    for (let i = s.tokStart; i < s.tokEnd - 1; i++) {
      const t = matchAt(POST_TITLE_TABLE, toks, i, s.tokEnd);
      // most tokens open no post: the title below would be the word itself
      if (!t && !LOCAL_HEADS.test(toks[i]!.f) && !LOCAL_MEMBERS.test(toks[i]!.f)) continue;
      const len = t?.len ?? 1;
      const title = fold(spanText(w.text, toks, i, i + len));
      // "síndica municipal" may be listed whole: its second word is the reference
      const member = /^(\S+)( municipal)?$/.exec(title);
      const head = LOCAL_HEADS.test(title);
      let q = i + len;
      const ref = LOCAL_REF_WORDS.find((r) => r.every((x, n) => isWord(toks, q + n, x)));
      // any other post is the local government's only with a word that says so: "el secretario municipal, X"
      if (!head && !LOCAL_MEMBERS.test(member?.[1] ?? '') && !(t && ref)) continue;
      let gov: Entity | undefined;
      if (ref || (!head && member?.[2])) {
        q += ref ? ref.length : 0;
        gov = localGovernment(w);
      } else if (!head) continue;
      else if (cityBefore(w, i)) gov = localGovernment(w);
      else if (isWord(toks, q, 'de', 'of')) {
        // "el alcalde de San Carlos": that town's government, or none
        const town = governmentOfPlace(w, q + 1);
        if (!town) continue;
        gov = town.e;
        q = town.to;
      } else gov = localGovernment(w);
      const person = personAfter(w, coordinatedPostEnd(w, q, s.tokEnd), s.tokEnd) ?? personBefore(w, i);
      if (gov && person) push(w, held, person, gov, spanText(w.text, toks, i, i + len));
    }
  }
}
