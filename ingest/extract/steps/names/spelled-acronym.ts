// Step 4g': an acronym written in title case ("Catunic", "Conatel", "Senaf") is read as one when it spells,
// syllable by syllable, a body the text has named in full ("Cámara de Turismo de Nicoya"): alone, such a
// word looks like any capitalised word, so only the name it spells makes it a body.
import type { Ctx } from './context';
import { NOT_NAME_SET, PLACE_TABLE } from '../../lexicons';
import { matchAt } from '../../match';
import { fold } from '../../text';
import { add, isGivenName } from './context';
import { spellsSyllables } from '../../../name-keys';
import { MENTION_RULES } from '../../model/mention-rules';
import { wordTags } from '../../../../engine/tagger';

export function scanSpelledAcronym(ctx: Ctx, i: number, end: number): number {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (!t.cap || t.upper || ctx.claim[i] || ctx.quoted[i] || t.text.length < 4 || !/^\p{L}+$/u.test(t.text))
    return i;
  if (NOT_NAME_SET.has(t.f) || isGivenName(t) || matchAt(PLACE_TABLE, toks, i, end)) return i;
  // a word the tagger knows ("Fiscal", "Único") is that word; an acronym is a noun it has never seen
  const tags = wordTags(t.text.toLowerCase(), w.lang);
  if (tags.size !== 1 || !tags.has('Noun')) return i;
  // the name starts with the acronym's first letter: a cheap test before spelling it out
  const first = t.f.charAt(0);
  const spelled = w.mentions.some(
    (m) =>
      m.label === 'Institution' &&
      m.full &&
      !m.acronymOnly &&
      fold(m.surface).startsWith(first) &&
      spellsSyllables(t.text, m.surface),
  );
  if (!spelled) return i;
  const reason = MENTION_RULES.spelledAcronym.reason;
  const m = { from: i, to: i + 1, sent: t.sent, surface: t.text, reason, acronym: t.text, acronymOnly: true };
  add(ctx, { label: 'Institution', ...m }, 'Institution');
  return i + 1;
}
