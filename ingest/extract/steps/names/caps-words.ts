// Words in capitals that are no acronyms: a heading glued to the first sentence ("COMUNICADO CONJUNTO La
// Universidad ..."), a kicker ("IMPORTANTE:", "UPDATE:"), words shouted inside a sentence ("un CONVENIO
// MARCO", "para EDUCACIÓN RURAL"), a dateline's place ("LALÍN (PONTEVEDRA)"), an English post ("MEC",
// "TD"). What tells them from acronyms: an accent (acronyms carry none), a word the lexicons know (a
// common noun of agreements, events, posts or heads, a month, a place) or a heading word, in the word
// itself or in half the run of capitals it stands in, or a run opening the sentence.
import type { Token } from '../../types';
import type { Ctx } from './context';
import {
  AGREEMENT_TABLE,
  EVENT_NOUN_TABLE,
  INSTITUTION_HEAD_TABLE,
  NOT_NAME_SET,
  PLACE_TABLE,
  POST_TITLE_TABLE,
  SIGNING_VERB_SET,
} from '../../lexicons';
import { matchAt } from '../../match';

/** Words that label a release or its parts, folded. */
const HEADING_WORDS = new Set(
  [
    'comunicado boletin nota aviso prensa informativo informativa conjunto conjunta importante urgente',
    'actualizacion noticias noticia destacado destacada ultima hora',
    'press release update breaking news statement joint media advisory notice read more',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Posts written as acronyms in English, before or after a name: "MEC Sifora-Ndlovu", "Aoife Brennan TD",
 * "John Hall MP". Spanish keeps these letters for bodies ("el MEC": a ministry), so English only.
 */
const POST_ACRONYMS_EN = new Set(
  'MP MPs MLA MLAs MPP MPPs MEP MEPs MSP MHA MNA MHK MLC MEC MECs TD TDs OBE MBE CBE KC QC JP CFO COO CTO CIO'.split(
    ' ',
  ),
);

/** Words in capitals joined inside a heading: "CONVENIO DE COLABORACIÓN", "MEMORANDUM OF UNDERSTANDING". */
const JOINERS = new Set(['de', 'del', 'la', 'el', 'y', 'e', 'en', 'of', 'the', 'and', 'for']);

const capsWord = (t: Token | undefined): boolean =>
  !!t && t.word && t.upper && /\p{L}{2,}/u.test(t.text) && !JOINERS.has(t.f);

/** A word in capitals that is a word of the language, not an acronym. */
function commonWord(t: Token): boolean {
  if (/[ÁÉÍÓÚÑÜ]/u.test(t.text)) return true;
  if (HEADING_WORDS.has(t.f) || SIGNING_VERB_SET.has(t.f)) return true;
  // short words of the lexicons ("RED", "ONG", "CLUB") are also acronyms of bodies: only longer ones count
  if (t.f.length < 5) return false;
  return (
    [AGREEMENT_TABLE, EVENT_NOUN_TABLE, INSTITUTION_HEAD_TABLE, POST_TITLE_TABLE].some((tb) => tb.has(t.f)) ||
    NOT_NAME_SET.has(t.f)
  );
}

/** The run of words in capitals (and their joiners) around token i, within its sentence. */
function run(toks: readonly Token[], i: number): [number, number] {
  const sent = toks[i]!.sent;
  const inRun = (k: number) =>
    toks[k]?.sent === sent && (capsWord(toks[k]) || (JOINERS.has(toks[k].f) && toks[k].upper));
  let from = i;
  let to = i + 1;
  while (from > 0 && inRun(from - 1)) from--;
  while (inRun(to)) to++;
  // joiners only inside the run
  while (from < i && !capsWord(toks[from])) from++;
  while (to > i + 1 && !capsWord(toks[to - 1])) to--;
  return [from, to];
}

/** Is the word in capitals at token i shouted or a heading, no acronym? */
export function shouted(ctx: Ctx, i: number): boolean {
  const { toks, w } = ctx;
  const t = toks[i]!;
  if (JOINERS.has(t.f) || commonWord(t)) return true;
  if (w.lang === 'en' && POST_ACRONYMS_EN.has(t.text)) return true;
  // a place in capitals, as datelines write it: "LALÍN (PONTEVEDRA)", "QUITO"
  if (t.f.length >= 5 && matchAt(PLACE_TABLE, toks, i, i + 1)) return true;
  const [from, to] = run(toks, i);
  const words = toks.slice(from, to).filter(capsWord);
  if (words.length < 2) return false;
  // words of the language make half the run: it is shouted ("un CONVENIO MARCO"), where an acronym
  // beside a place keeps its reading ("la UNAM FES ACATLÁN")
  if (2 * words.filter(commonWord).length >= words.length) return true;
  // a run opening the sentence, before the sentence proper, is its heading ("COMUNICADO 45 La ...")
  return from === w.sentences[t.sent]!.tokStart && !!toks[to]?.cap && !toks[to].upper;
}
