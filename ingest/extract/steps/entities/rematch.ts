// Step 5, institutions named again: acronyms and names of known institutions written elsewhere
// (headlines in capitals, "Unicef"), and a single capitalised word in apposition ("La Fundación X,
// Swisscontact, y ...") as another name.
import type { Entity, Mention, Work } from '../../types';
import { NOT_NAME_SET } from '../../lexicons';
import { fold } from '../../text';
import { entitiesOf } from './entity';
import { MENTION_RULES } from '../../model/mention-rules';

interface Form {
  words: string[];
  e: Entity;
  exact: string;
}

/** The forms of every institution, longest first, filed by their first word (a form can only match there). */
function formsByFirstWord(w: Work): Map<string, Form[]> {
  const forms: Form[] = [];
  for (const e of entitiesOf(w, 'Institution'))
    for (const n of [e.name, ...e.aliases]) forms.push({ words: fold(n).split(/\s+/), e, exact: n });
  forms.sort((a, b) => b.words.length - a.words.length);
  const out = new Map<string, Form[]>();
  for (const f of forms) {
    const list = out.get(f.words[0]!);
    if (list) list.push(f);
    else out.set(f.words[0]!, [f]);
  }
  return out;
}

/** Acronyms and names of known institutions written elsewhere: headlines in capitals, "Unicef". */
export function rematch(w: Work, claimed: boolean[]): void {
  const forms = formsByFirstWord(w);
  for (const s of w.sentences) {
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (claimed[i]) continue;
      const t = w.tokens[i]!;
      if (!t.word || (!t.cap && !s.caps)) continue;
      for (const f of forms.get(t.f) ?? []) {
        let ok = i + f.words.length <= s.tokEnd;
        for (let k = 0; ok && k < f.words.length; k++)
          if (w.tokens[i + k]?.f !== f.words[k] || claimed[i + k]) ok = false;
        if (!ok) continue;
        // in body text, single words must be written as known ("Swisscontact") or be an acronym in any case ("Unicef")
        if (!s.caps && f.words.length === 1 && t.text !== f.exact && !(f.exact === f.e.properties.acronym))
          continue;
        const m: Mention = {
          label: 'Institution',
          from: i,
          to: i + f.words.length,
          sent: s.index,
          surface: w.tokens
            .slice(i, i + f.words.length)
            .map((x) => x.text)
            .join(' '),
          reason: MENTION_RULES.knownNameAgain.reason,
        };
        // the acronym in parentheses of a parent named inside a sub-unit's name is no party of its own:
        // "(UNaM)" after "Facultad de ... de la Universidad Nacional de Misiones"
        if (inParenthesesAfterName(w, i, i + f.words.length)) m.nested = true;
        w.mentions.push(m);
        m.key = f.e.key;
        f.e.mentions.push(m);
        if (!s.caps && m.surface !== f.e.name) f.e.aliases.add(m.surface);
        for (let k = i; k < i + f.words.length; k++) claimed[k] = true;
        break;
      }
    }
  }
}

/** Are tokens [from, to) in parentheses right after a name, the acronym of the parent nested in it? */
function inParenthesesAfterName(w: Work, from: number, to: number): boolean {
  if (w.tokens[from - 1]?.text !== '(' || w.tokens[to]?.text !== ')') return false;
  const text = w.tokens[from]!.text;
  return w.mentions.some(
    (m) => m.label === 'Institution' && m.nested && m.to === from - 1 && m.acronym === text,
  );
}

/** "La Fundación X, Swisscontact, y ..." : a single capitalised word in apposition is another name. */
export function appositionAliases(w: Work, claimed: boolean[]): void {
  for (const m of w.mentions) {
    if (m.label !== 'Institution' || !m.key || m.anaphor) continue;
    const a = w.tokens[m.to];
    const b = w.tokens[m.to + 1];
    const c = w.tokens[m.to + 2];
    if (
      a?.text === ',' &&
      b?.cap &&
      !b.upper &&
      b.word &&
      !claimed[m.to + 1] &&
      c?.text === ',' &&
      !NOT_NAME_SET.has(b.f) &&
      /^[yeo]$/.test(w.tokens[m.to + 3]?.f ?? '')
    ) {
      w.entities.get(m.key)!.aliases.add(b.text);
    }
  }
}
