// Step 5, people: short forms ("González Anaya", "Leonel Flores") join the full name; capitalised runs
// that are part of exactly one person's name and hold a surname are that person. People are filed by
// the words of their names, so that each name is compared with the few people who share a word.
import type { Entity, Mention, Work } from '../../types';
import { GIVEN_NAME_SET, NOT_NAME_SET } from '../../lexicons';
import { personTokens, personWord } from '../../../name-keys';
import { entitiesOf, attach, isSubsequence, newEntity } from './entity';
import { firstOf, Postings } from './postings';
import { MENTION_RULES } from '../../model/mention-rules';

/** The person a full name joins: the first whose name holds its words in order, with the same given name. */
function fullNames(w: Work): void {
  const ms = w.mentions
    .filter((m) => m.label === 'Person' && m.full)
    .sort((a, b) => b.surface.length - a.surface.length);
  const rank = new Map<Entity, number>();
  const words = new Map<Entity, string[]>();
  const byFirst = new Postings<Entity>();
  const byAny = new Postings<Entity>();
  const file = (p: Entity) => {
    const pt = personTokens(p.name);
    rank.set(p, rank.size);
    words.set(p, pt);
    byFirst.add(pt[0]!, p);
    for (const x of pt) byAny.add(x, p);
  };
  for (const p of entitiesOf(w, 'Person')) file(p);
  for (const m of ms) {
    const toks = personTokens(m.surface);
    const given = GIVEN_NAME_SET.has(toks[0] ?? '');
    const fits = (p: Entity) => {
      const pt = words.get(p)!;
      return (
        (pt[0] === toks[0] || (!given && toks.length <= 2)) &&
        isSubsequence(toks, pt) &&
        toks.length < pt.length + 1
      );
    };
    // a fitting person holds the first word: as its own first word, or anywhere for a short surname-only form
    const cands = !toks.length
      ? [[...rank.keys()]]
      : [given || toks.length > 2 ? byFirst.get(toks[0]!) : byAny.get(toks[0]!)];
    let e = firstOf(rank, cands, fits);
    if (!e) {
      e = newEntity(w, 'Person', m.surface);
      file(e);
    }
    attach(e, m);
  }
}

/** Capitalised runs (up to three words) that are part of exactly one person's name and hold a surname. */
function shortForms(w: Work, claimed: boolean[]): void {
  const persons = entitiesOf(w, 'Person').map((p) => ({ p, toks: personTokens(p.name) }));
  const byWord = new Map<string, typeof persons>();
  for (const x of persons)
    for (const word of new Set(x.toks)) {
      const list = byWord.get(word);
      if (list) list.push(x);
      else byWord.set(word, [x]);
    }
  for (const s of w.sentences) {
    if (s.caps) continue;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (claimed[i]) continue;
      for (let len = 3; len >= 1; len--) {
        const run = w.tokens.slice(i, i + len);
        if (
          run.length < len ||
          run.some((t, k) => !t.cap || t.upper || claimed[i + k] || !t.word || NOT_NAME_SET.has(t.f))
        )
          continue;
        const rt = run.map((t) => personWord(t.text));
        // a person whose name holds the run holds its first word
        const hits = (byWord.get(rt[0]!) ?? []).filter(
          ({ toks }) => isSubsequence(rt, toks) && !(len === 1 && toks[0] === rt[0]) && toks.length > len,
        );
        if (hits.length !== 1) continue;
        if (w.tokens[i + len]?.cap && !w.tokens[i + len]?.upper && w.tokens[i + len]?.word) continue;
        const m: Mention = {
          label: 'Person',
          from: i,
          to: i + len,
          sent: s.index,
          surface: run.map((t) => t.text).join(' '),
          reason: MENTION_RULES.personShortForm.reason,
        };
        w.mentions.push(m);
        attach(hits[0]!.p, m);
        for (let k = i; k < i + len; k++) claimed[k] = true;
        i += len - 1;
        break;
      }
    }
  }
}

export function people(w: Work, claimed: boolean[]): void {
  fullNames(w);
  shortForms(w, claimed);
}
