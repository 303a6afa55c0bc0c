// Step 7b: agreement phrases ("Convenio Específico de Coordinación ...", "the Artemis Accords") and the
// signing words of a sentence that state a signing (not a denied, future or intended one).
import type { AgreementKind } from '../../../../model/graph-schema';
import type { Work } from '../../types';
import { AGREEMENT_TABLE, NOT_NAME_SET, SIGNING_VERB_SET } from '../../lexicons';
import { connectorAt, isWord, matchAt, spanText } from '../../match';
import { mentionsCovering, mentionsFrom } from '../../mention-index';
import { PLURAL_COUNT, STRONG } from './words';

export interface AgreementPhrase {
  from: number;
  to: number;
  kind: AgreementKind;
  title: string;
  named: boolean;
  plural: boolean;
}

/** Agreement phrases in a sentence, longest lexicon match, named when capitalised. */
export function agreementPhrases(w: Work, from: number, to: number): AgreementPhrase[] {
  const toks = w.tokens;
  const out: AgreementPhrase[] = [];
  for (let i = from; i < to; i++) {
    const m = matchAt(AGREEMENT_TABLE, toks, i, to);
    if (!m || !toks[i]!.word) continue;
    let end = i + m.len;
    const head = toks[i]!;
    const caps = w.sentences[head.sent]!.caps;
    let named = head.cap && !caps && !isSentenceStart(w, i);
    // named instruments carry their capitalised complement: "Convenio Específico de Coordinación ..."
    if (named || (head.cap && !caps)) {
      let k = end;
      while (k < to) {
        const c = connectorAt(toks, k, to);
        if (
          toks[k]!.cap &&
          toks[k]!.word &&
          !SIGNING_VERB_SET.has(toks[k]!.f) &&
          !mentionsFrom(w, k).some((x) => x.label === 'Institution' && !x.anaphor)
        )
          k++;
        else if (c && toks[k + c]?.cap && !mentionsFrom(w, k + c).some((x) => x.label === 'Institution'))
          k += c;
        else break;
      }
      end = k;
      // "un Convenio de colaboración" is capitalised, not named: a name has a capitalised word of its own
      if (!toks.slice(i + 1, end).some((x) => x.cap && x.word)) named = false;
    }
    // English head-final titles: "NASA Sounding Rocket Memorandum of Understanding", "the Artemis Accords"
    let start = i;
    if (w.lang === 'en' && !isHeadline(w, head.sent)) {
      while (
        start > from &&
        toks[start - 1]!.cap &&
        !NOT_NAME_SET.has(toks[start - 1]!.f) &&
        toks[start - 1]!.word &&
        !mentionsCovering(w, start - 1).some((x) => x.label === 'Person')
      )
        start--;
      if (start < i) named = true;
    }
    const plural =
      /s$/.test(head.f) && !named && (PLURAL_COUNT.has(toks[i - 1]?.f ?? '') || !/^(accords)$/.test(head.f));
    out.push({
      from: start,
      to: end,
      kind: m.value,
      title: spanText(w.text, toks, start, end),
      named: named || start < i,
      plural,
    });
    i = end - 1;
  }
  return out;
}

/** The title line, or a line in Title Case: it repeats the body, it does not add agreements of its own. */
export function isHeadline(w: Work, sent: number): boolean {
  const s = w.sentences[sent]!;
  if (sent !== 0 || /[.!?]$/.test(s.text)) return false;
  const words = w.tokens.slice(s.tokStart, s.tokEnd).filter((t) => t.word && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => t.cap).length / words.length >= 0.7;
}

function isSentenceStart(w: Work, i: number): boolean {
  const s = w.sentences[w.tokens[i]!.sent]!;
  return i === s.tokStart || /^[:;“"«(]$/.test(w.tokens[i - 1]?.text ?? '');
}

/** Signing anchors: strong verbs anywhere; weak ones ("celebró", "concretó") next to an agreement noun. */
export function anchors(w: Work, from: number, to: number, phrases: AgreementPhrase[]): number[] {
  const toks = w.tokens;
  const out: number[] = [];
  let quoted = false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    // words inside quotations are what someone said, not what the text reports
    if (t.text === '“' || t.text === '«') quoted = true;
    else if (t.text === '”' || t.text === '»') quoted = false;
    else if (t.text === '"') quoted = !quoted;
    if (quoted) continue;
    // "..., mientras que por la Asociación lo hizo Maestro X": "lo hizo" repeats the signing just told
    if (/^(hizo|hicieron)$/.test(t.f) && isWord(toks, i - 1, 'lo') && out.length) {
      out.push(i);
      continue;
    }
    // denied, future or intended signings are no signings (lang/*/signing.ts)
    if (!t.word || !SIGNING_VERB_SET.has(t.f) || blocked(w, t.start)) continue;
    const near = phrases.some((p) => Math.abs(p.from - i) <= 4 || Math.abs(p.to - i) <= 4);
    // "un paso firme", "firmes convicciones": adjectives that look like the verb
    if (/^(firme|firmes)$/.test(t.f) && !near) continue;
    if (STRONG.test(t.f)) {
      // "firma" and "signing" as nouns only when an agreement noun or act is next to them
      if (/^(firma|firmas|signing|signature)$/.test(t.f) && !near && !phrases.length && i !== from) continue;
      // infinitives name intentions unless the agreement is their object
      if (/(ar|ir|sign)$/.test(t.f) && !/^sign$/.test(t.f) && !near) continue;
      out.push(i);
    } else if (near) out.push(i);
  }
  return out;
}

/** Is the character at `offset` inside a signing that a rule says did not happen? */
function blocked(w: Work, offset: number): boolean {
  return (w.signing?.blocked ?? []).some(([a, b]) => a <= offset && offset < b);
}
