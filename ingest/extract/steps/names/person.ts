// Step 4e: people: an honorific, a given name or a known surname before capitalised words, a post title
// before them, or their place in a list of people.
import { finiteVerb, opensWithVerb } from './verb-start';
import type { Mention, Token } from '../../types';
import type { Ctx } from './context';
import {
  CALENDAR_WORDS,
  EVENT_NOUN_TABLE,
  GIVEN_NAME_SET,
  HONORIFIC_TABLE,
  INSTITUTION_HEAD_TABLE,
  PLACE_TABLE,
  POST_TITLE_TABLE,
  SURNAME_SET,
} from '../../lexicons';
import { isWord, matchAt, spanText } from '../../match';
import { SAINTS, EPONYM_HEADS, PORTFOLIO_WORDS_EN } from './words';
import { add, endingAt, firstFound, isGivenName, nameWord } from './context';
import { MENTION_RULES } from '../../model/mention-rules';

/** Honorific at i ("Dr.", "Lic.", "M.C."), as its length in tokens. */
function honorificAt(toks: Token[], i: number, end: number): number {
  const h = matchAt(HONORIFIC_TABLE, toks, i, end);
  if (h) return h.len;
  // the tokenizer may have kept "M.C." whole
  return 0;
}

/** Step 4e: people: [honorific] Given Surname+ (particles inside), or any 2-4 capitalised words after a post title. */
/** Particles inside a person's name: "Siti Hajar binti Osman", "Lula da Silva", "van der Berg", "Seán Ó Móráin". */
const NAME_PARTICLES = new Set([
  'bin',
  'binti',
  'bint',
  'ibn',
  'van',
  'von',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'du',
  'ter',
  'ten',
  // Irish, capitalised: "Seán Ó Móráin", "Órla Ní Bhriain", "Mac Giolla"
  'Ó',
  'Ní',
  'Nic',
  'Mac',
  'Ua',
  'Uí',
  'Mhic',
]);
const REGNAL = /^(II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

export function scanPerson(ctx: Ctx, i: number, end: number, strongBefore: boolean): number {
  const { toks, w } = ctx;
  let j = i;
  let strong = strongBefore;
  const h = honorificAt(toks, i, end);
  // after a courtesy title any capitalised word is a name, even one that is a word elsewhere ("Mr Tan
  // Wei Ming": "tan" is a Spanish adverb)
  const titled = h > 0 && !!toks[i]!.cap && titledWord(toks[i + h]);
  if (titled) {
    j = i + h;
    strong = true;
  }
  const first = toks[j];
  if (!first || !inName(first, titled) || first.upper || ctx.claim[j]) return i;
  if (j === i && opensWithVerb(ctx, i)) return i;
  if (w.lang === 'en' && PORTFOLIO_WORDS_EN.has(first.f)) return i;
  // a title-case headline's verb: "The Vice President Signs Memorandum"
  if (w.lang === 'en' && finiteVerb(first.text, w.lang)) return i;
  for (let s = Math.max(0, j - 3); s <= j; s++) {
    const p = matchAt(POST_TITLE_TABLE, toks, s, end);
    if (p && s + p.len > j && !isGivenName(first)) return i;
  }
  const surnameNext =
    SURNAME_SET.has(toks[j + 1]?.f ?? '') &&
    !!toks[j + 1]?.cap &&
    !matchAt(INSTITUTION_HEAD_TABLE, toks, j, end) &&
    !EVENT_NOUN_TABLE.has(first.f);
  if (!strong && !isGivenName(first) && !surnameNext) return i;
  // "Santa Lucía Cotzumalguapa", "San José": a saint's name opens a place, not a person
  if (SAINTS.has(toks[j - 1]?.f ?? '') && toks[j - 1]!.cap) return i;
  let k = j;
  let words = 0;
  while (k < end && words < 6) {
    const u = toks[k]!;
    if (ctx.claim[k]) break;
    if (inName(u, titled) && !u.upper && !/^\d/.test(u.text)) {
      if (words > 0 && matchAt(INSTITUTION_HEAD_TABLE, toks, k, end)) break;
      // "Carter Center", "Getty Museum": an institution's head word is never part of a person's name
      if (words > 0 && EPONYM_HEADS.has(u.f)) break;
      // "Chilean Health Minister Ximena Aguilera": the name starts after the post title
      const post = matchAt(POST_TITLE_TABLE, toks, k, end);
      if (post && !isGivenName(u)) {
        j = k + post.len;
        k = j;
        words = 0;
        continue;
      }
      // "Planificación", "Seguridad": Spanish abstract nouns end a name unless the lexicons know them as
      // names (never "Haddad": no Spanish noun ends in "-ddad")
      if (
        words > 0 &&
        /(cion|sion|[^d]dad|miento|ismo|istica|encia|ancia)$/.test(u.f) &&
        !GIVEN_NAME_SET.has(u.f) &&
        !SURNAME_SET.has(u.f)
      )
        break;
      k++;
      words++;
      continue;
    }
    if (/^\p{Lu}\.$/u.test(u.text) && words > 0) {
      k++;
      continue;
    }
    // a regnal number is part of the name: "Mswati III", "Felipe VI"
    if (words > 0 && REGNAL.test(u.text)) {
      k++;
      words++;
      continue;
    }
    const c =
      u.f === 'de' || u.f === 'del'
        ? isWord(toks, k + 1, 'la', 'los', 'las')
          ? 2
          : 1
        : NAME_PARTICLES.has(u.text)
          ? isWord(toks, k + 1, 'der', 'den')
            ? 2
            : 1
          : 0;
    if (
      c &&
      words > 0 &&
      nameWord(toks[k + c]) &&
      !toks[k + c]!.upper &&
      !matchAt(INSTITUTION_HEAD_TABLE, toks, k + c, end) &&
      !matchAt(PLACE_TABLE, toks, k + c, end) &&
      !ctx.claim[k + c]
    ) {
      k += c;
      continue;
    }
    break;
  }
  if (words < 2) return i;
  // a first name the lexicon does not know, before one it does, right after a comma:
  // "..., Ramsés Humberto Mena Chávez"
  if (j === i && unknownFirstName(ctx, j - 1, end)) j--;
  // a whole gazetteer place ("San Salvador") is no person
  const pl = matchAt(PLACE_TABLE, toks, j, k);
  if (pl && pl.len === k - j) return i;
  const surface = spanText(w.text, toks, j, k);
  const reason = MENTION_RULES.personName.reason;
  add(ctx, { label: 'Person', from: j, to: k, sent: first.sent, surface, reason, full: true }, 'Person');
  return k;
}

/** A name word, or any capitalised word (not in capitals, no weekday or month), after a courtesy title. */
// module functions, not closures made per call: the loader wraps each named closure in a keep-names
// helper, which costs on every token the scanners look at
function inName(u: Token, titled: boolean): boolean {
  return nameWord(u) || (titled && titledWord(u));
}

function titledWord(t: Token | undefined): boolean {
  return nameWord(t) || (!!t && t.word && t.cap && !t.upper && !CALENDAR_WORDS.has(t.f));
}

function unknownFirstName(ctx: Ctx, k: number, end: number): boolean {
  const { toks } = ctx;
  const t = toks[k];
  if (!t || !nameWord(t) || t.upper || ctx.claim[k] || t.sent !== toks[k + 1]?.sent) return false;
  if (!/^[,;]$/.test(toks[k - 1]?.text ?? '')) return false;
  if (matchAt(PLACE_TABLE, toks, k, end) || matchAt(INSTITUTION_HEAD_TABLE, toks, k, end)) return false;
  return !matchAt(POST_TITLE_TABLE, toks, k, end) && !EVENT_NOUN_TABLE.has(t.f);
}

// at module level: a closure made per call costs a named wrapper per call under tsx
const isInstitution = (m: Mention) => m.label === 'Institution';

/** Is token i right after a post title (with its institution and a comma), so a name may follow? */
export function afterPostTitle(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  let k = i - 1;
  if (toks[k]?.text === ',') k--;
  // skip an institution mention or a parenthesised acronym ending here
  // (the name before "(ACR)" only when the acronym's parenthesis closes here: in "The bank's chief
  // executive, X" the body two tokens back is the possessor, not the post's complement)
  const acronymed = toks[k]?.text === ')' ? endingAt(ctx, k - 2, isInstitution) : undefined;
  const inst = firstFound(ctx, endingAt(ctx, k + 1, isInstitution), acronymed);
  if (inst) {
    k = inst.from - 1;
    if (isWord(toks, k, 'programa', 'program')) k--;
    if (isWord(toks, k, 'la', 'los', 'las')) k--;
    if (!isWord(toks, k, 'de', 'del', 'of', 'for')) return false;
    k--;
  }
  // a post title ends at k, or, before a comma, its portfolio in lower case does: "group executive for
  // infrastructure, X" (English: no article inside)
  if (postEndsAt(toks, k)) return true;
  // English: a portfolio in capitals between the post and the name: "Minister of Indigenous Relations X"
  if (ctx.w.lang === 'en' && !inst && PORTFOLIO_WORDS_EN.has(toks[k]?.f ?? '')) {
    for (let m = k - 1; m >= Math.max(1, k - 4); m--) {
      const u = toks[m]!;
      if (/^(of|for)$/.test(u.f)) return postEndsAt(toks, m - 1);
      if (!u.cap || !u.word) break;
    }
  }
  if (toks[k + 1]?.text !== ',' || inst) return false;
  for (let m = k; m >= Math.max(1, k - 4); m--) {
    const u = toks[m]!;
    if (m < k && /^(of|for)$/.test(u.f)) return postEndsAt(toks, m - 1);
    if (!u.word || u.cap || /^(the|a|an|of|for|and)$/.test(u.f)) return false;
  }
  return false;
}

/** Does a post title end at token k? */
function postEndsAt(toks: Token[], k: number): boolean {
  for (let s = Math.max(0, k - 5); s <= k; s++) {
    const p = matchAt(POST_TITLE_TABLE, toks, s, k + 1);
    if (p && s + p.len === k + 1) return true;
  }
  return false;
}

/**
 * Names the lexicon does not know, read from their place: an item of a list of people ("a Patrick J.
 * Glen, Ioana Marinescu y ..."), or a name followed by its post ("Liduvina Magarín, viceministra ...").
 */
export function listedPerson(ctx: Ctx, i: number, end: number): boolean {
  const { toks } = ctx;
  const prev = toks[i - 1];
  if (
    prev &&
    (prev.text === ',' || prev.f === 'y' || prev.f === 'and') &&
    endingAt(ctx, i - 1, (m) => m.label === 'Person')
  )
    return true;
  let k = i;
  while (k < end && k < i + 3 && toks[k]!.cap && !toks[k]!.upper && !ctx.claim[k]) k++;
  if (k - i < 2 || toks[k]?.text !== ',') return false;
  for (let q = k + 1; q <= k + 2; q++)
    if (matchAt(POST_TITLE_TABLE, toks, q, end) && !toks[q]!.cap) return true;
  return false;
}
