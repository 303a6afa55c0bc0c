// A post names the office it heads: "la delegada presidencial provincial de Punilla" heads the Delegación
// Presidencial Provincial de Punilla, "Senior Minister of State for Trade and Industry" the Ministry of Trade
// and Industry. The post is linked only to an office the text names itself: a post says too little to make
// a body of its own (is "the director of Communications" a Directorate of Communications?).
import type { Entity, Work } from '../../types';
import { connectorAt, spanText } from '../../match';
import { contentTokens } from '../../../name-keys';
import { entitiesOf } from '../05-entities';
import { OFFICE_OF_POST, POST_MODIFIERS } from './words';

/** The tokens of the post's field after it ("de Punilla", "of State for Trade and Industry"): where it ends. */
function fieldEnd(w: Work, q: number, end: number): number {
  const toks = w.tokens;
  if (!/^(de|del|do|da|of|for)$/.test(toks[q]?.f ?? '')) return q;
  let to = q;
  for (;;) {
    const c = connectorAt(toks, to, end);
    const step = c || (/^(of|for|and|the|do|da)$/.test(toks[to]?.f ?? '') ? 1 : 0);
    if (step && toks[to + step]?.cap && toks[to + step]!.word) to += step + 1;
    else if (to > q && to < end && toks[to]!.cap && toks[to]!.word) to++;
    else break;
  }
  return to;
}

/**
 * The one institution of the text that the post `title` (its field written from token `q`) heads, and
 * where the field ends; null when none or several fit.
 * @example "delegada presidencial provincial" + "de Punilla" -> Delegación Presidencial Provincial de Punilla
 */
export function officeOfPost(
  w: Work,
  title: string,
  q: number,
  end: number,
): { e: Entity; to: number } | null {
  const words = contentTokens(title);
  const at = words.findIndex((x) => OFFICE_OF_POST[x]);
  if (at < 0 || words.slice(0, at).some((x) => !POST_MODIFIERS.has(x))) return null;
  const heads = OFFICE_OF_POST[words[at]!]!;
  const to = fieldEnd(w, q, end);
  const post = [...words.slice(at + 1), ...contentTokens(spanText(w.text, w.tokens, q, to))];
  if (!post.length) return null;
  const fits = entitiesOf(w, 'Institution').filter((e) => {
    const [head, ...rest] = contentTokens(e.name);
    if (!head || !heads.includes(head) || !rest.length || rest.length > post.length) return false;
    // the post's field ends with the office's own words; what comes before them only qualifies the post
    const extra = post.length - rest.length;
    return (
      rest.every((x, k) => x === post[extra + k]) && post.slice(0, extra).every((x) => POST_MODIFIERS.has(x))
    );
  });
  return fits.length === 1 ? { e: fits[0]!, to } : null;
}
