// Step 4e': where a signing or witnessing needs a person, capitalised words are a name even when the
// lexicons know none of them: "It was signed by Ahmad Fauzi bin Ismail", "firmado por Hemi Waaka",
// "Wiremu Tamatea and Ngaio Hēnare witnessed the signing". Bodies sign too: a name found as a body
// before (a head noun, an acronym) keeps its tokens, as the person scanner's claims already ensure.
import type { Ctx } from './context';
import { INSTITUTION_HEAD_TABLE, NOT_NAME_SET, PLACE_TABLE, POST_TITLE_TABLE } from '../../lexicons';
import { matchAt } from '../../match';
import { PORTFOLIO_WORDS_EN } from './words';

/** Participles whose "by/por" introduces the people who signed or witnessed. */
const AGENT_PARTICIPLE =
  /^(signed|countersigned|witnessed|firmad[oa]s?|suscrit[oa]s?|rubricad[oa]s?|atestiguad[oa]s?)$/;
/** Verbs a list of people opens a clause with. */
const AGENT_VERB =
  /^(signed|witnessed|countersigned|firmaron|firmo|suscribieron|suscribio|atestiguaron|atestiguo)$/;

/** A word that may be part of an unknown person's name: no place, post, body's head or calendar word. */
function nameLike(ctx: Ctx, k: number, end: number): boolean {
  const { toks } = ctx;
  const t = toks[k]!;
  if (!t.cap || !t.word || t.upper || ctx.claim[k] || NOT_NAME_SET.has(t.f)) return false;
  if (PORTFOLIO_WORDS_EN.has(t.f)) return false;
  return (
    !matchAt(PLACE_TABLE, toks, k, end) &&
    !matchAt(POST_TITLE_TABLE, toks, k, end) &&
    !matchAt(INSTITUTION_HEAD_TABLE, toks, k, end)
  );
}

/** Capitalised words from k (two to four, the whole run): where they end, or k. */
function capitalisedRun(ctx: Ctx, k: number, end: number): number {
  const { toks } = ctx;
  const prev = toks[k - 1]?.sent === toks[k]?.sent ? toks[k - 1] : undefined;
  // the whole run, and no complement's ("Minister of Indigenous Relations Murray Dalton signed")
  if (prev && ((prev.cap && prev.word) || /^(of|for|de|del|para)$/.test(prev.f))) return k;
  let to = k;
  while (to < end && to < k + 4 && nameLike(ctx, to, end)) to++;
  return to - k >= 2 && !(to < end && toks[to]!.cap && toks[to]!.word) ? to : k;
}

/** Does a person's name start at i because a signing or witnessing slot is there? */
export function agentSlot(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  if (toks[i - 1]?.sent === toks[i]?.sent && /^(by|por)$/.test(toks[i - 1]!.f)) {
    if (AGENT_PARTICIPLE.test(toks[i - 2]?.f ?? '')) return true;
    // "signed by A and by B": the participle further back in the sentence
    if (!/^(and|y|e)$/.test(toks[i - 2]?.f ?? '')) return false;
    for (let k = i - 3; k >= 0 && k > i - 16 && toks[k]!.sent === toks[i]!.sent; k--)
      if (AGENT_PARTICIPLE.test(toks[k]!.f) && /^(by|por)$/.test(toks[k + 1]?.f ?? '')) return true;
    return false;
  }
  const first = capitalisedRun(ctx, i, end);
  if (first === i) return false;
  let k = first;
  // "A and B witnessed": the verb after the last of two names
  if (/^(and|y|e)$/.test(toks[k]?.f ?? '')) {
    const second = capitalisedRun(ctx, k + 1, end);
    if (second === k + 1) return false;
    k = second;
  }
  return AGENT_VERB.test(toks[k]?.f ?? '');
}
