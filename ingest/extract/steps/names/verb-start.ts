// A sentence that opens with its verb writes it capitalised: "Asistió Luis Pérez", "Participaron la
// rectora y ...", "Attended Mary Brown". The verb opens no name. Which word is a verb is the tagger's
// (es-compromise, compromise) reading of the word in lower case; a given name ("Will", "Rosa") stays a name.
import type { Ctx } from './context';
import { isGivenName, nameWord } from './context';
import { wordTags } from '../../../../engine/tagger';

/** Is token i a capitalised verb opening its sentence, before more capitalised words? */
export function opensWithVerb(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const t = toks[i]!;
  const before = toks[i - 1];
  const opens = !before || before.sent !== t.sent || /^[«“"—–:-]$/.test(before.text);
  if (!opens || !t.cap || t.upper || !nameWord(toks[i + 1]) || isGivenName(t)) return false;
  const tags = wordTags(t.text.toLowerCase(), ctx.w.lang);
  return tags.has('Verb') && !tags.has('Person');
}

/** Is `word` a verb in the third person present ("Commends", "Signs", "Welcomes"), as headlines write it? */
export function finiteVerb(word: string, lang: Ctx['w']['lang']): boolean {
  // the third person's "-s" first: "Fish", "Design" read as verbs too, but name things in a title
  if (!/[^s]s$/.test(word)) return false;
  const tags = wordTags(word.toLowerCase(), lang);
  return tags.has('Verb') && tags.has('PresentTense') && !tags.has('Gerund') && !tags.has('Noun');
}
