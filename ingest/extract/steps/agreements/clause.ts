// Step 7c: one signing clause around a signing word: the sentence part it stands in, its parties (the
// subject's institutions, those after "con/entre/with", or after the verb), its signers (the subject's
// people, or the agent of a passive) and witnesses, and what the rules said of attendees.
import type { Fact, Mention, RuleFinding, Sentence, Token, Work } from '../../types';
import type { AgreementPhrase } from './phrases';
import { isWord } from '../../match';
import { CLAUSE_BREAKS } from '../../model/extra-words';
import { RULES } from '../../model/rules';
import { MENTION_RULES } from '../../model/mention-rules';
import { mentionsWithin } from '../../mention-index';
import { isHeadline } from './phrases';
import { ACT_NOUNS, HEADED, PARTY_INTRO, PASSIVE_AGENT } from './words';

export interface Clause {
  sent: number;
  anchor: number;
  from: number;
  to: number;
  phrase: AgreementPhrase | null;
  parties: { key: string; rule: string }[];
  signers: { key: string; rule: string }[];
  witnesses: RuleFinding[];
  caps: boolean;
}

/** What every clause looks up, indexed once per document so that a clause costs its sentence only. */
export interface ClauseIndex {
  /** The signing rules' witnesses, signers and attendees, by sentence. */
  witnesses: Map<number, RuleFinding[]>;
  signers: Map<number, RuleFinding[]>;
  attendees: Map<number, RuleFinding[]>;
  /** HOLDS_ROLE facts by the person who holds the post, in the order found. */
  roles: Map<string, Fact[]>;
  /** The institutions each person holds a post at, in the order found. */
  orgs: Map<string, Set<string>>;
}

function bySentence(findings: readonly RuleFinding[]): Map<number, RuleFinding[]> {
  const out = new Map<number, RuleFinding[]>();
  for (const f of findings) {
    const list = out.get(f.sent);
    if (list) list.push(f);
    else out.set(f.sent, [f]);
  }
  return out;
}

/** HOLDS_ROLE facts by their person. */
export function rolesByPerson(facts: readonly Fact[]): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.type !== 'HOLDS_ROLE') continue;
    const list = out.get(f.from);
    if (list) list.push(f);
    else out.set(f.from, [f]);
  }
  return out;
}

export function clauseIndex(w: Work): ClauseIndex {
  const roles = rolesByPerson(w.facts);
  const orgs = new Map([...roles].map(([person, facts]) => [person, new Set(facts.map((f) => f.to))]));
  return {
    witnesses: bySentence(w.signing?.witnesses ?? []),
    signers: bySentence(w.signing?.signers ?? []),
    attendees: bySentence(w.signing?.attendees ?? []),
    roles,
    orgs,
  };
}

/** Keyed, not nested mentions of `label` within tokens [from, to). */
function mentionsIn(w: Work, label: string, from: number, to: number): Mention[] {
  return mentionsWithin(w, from, to).filter((m) => m.label === label && m.key && !m.nested);
}

/** Persons introduced by "que encabeza/preside/dirige" describe someone else's body, not a signer. */
function describedHead(w: Work, m: Mention): boolean {
  const toks = w.tokens;
  for (let k = m.from - 1; k >= Math.max(0, m.from - 6); k--) {
    if (/^(encabeza|preside|dirige|encabezaba|presidia)$/.test(toks[k]!.f) && isWord(toks, k - 1, 'que'))
      return true;
  }
  return false;
}

/**
 * The rule findings whose match lies in tokens [from, to) (of one sentence): only that sentence's
 * findings can, since a match never crosses a sentence.
 */
function findingsIn(w: Work, bySent: Map<number, RuleFinding[]>, from: number, to: number): RuleFinding[] {
  const a = w.tokens[from]?.start ?? 0;
  const b = w.tokens[to - 1]?.end ?? 0;
  const sent = w.tokens[from]?.sent;
  if (sent === undefined) return [];
  return (bySent.get(sent) ?? []).filter((f) => f.start >= a && f.end <= b);
}

/** Witnesses of tokens [from, to), by rule: person key -> the finding. */
export function witnessesOf(w: Work, index: ClauseIndex, from: number, to: number): Map<string, RuleFinding> {
  return new Map(findingsIn(w, index.witnesses, from, to).map((f) => [f.key, f]));
}

/**
 * A body named in a phrase that backs or frames the signing ("Con el apoyo de X, A y B firmaron"), by
 * the signing rules, is no party of it; a phrase that holds the signing word itself ("En el marco del
 * convenio firmado entre A y B, ...") still names the parties.
 */
function backs(w: Work, m: Mention, anchor: Token): boolean {
  const at = w.tokens[m.from]!.start;
  return (w.signing?.backing ?? []).some(
    (b) =>
      b.sent === m.sent && b.start <= at && at < b.end && !(b.start <= anchor.start && anchor.start < b.end),
  );
}

/**
 * Where the subject of a reported signing starts: after the "que"/"that" whose clause holds a name
 * before the verb ("La Oficina de Prensa informó que la Universidad X y el Instituto Y firmaron": the
 * office reports, it signs nothing). A "que" right before the verb is a relative whose antecedent is
 * the subject ("La Universidad X, que firmó ..."): the window stays.
 */
const REPORTING =
  /^(inform|anunci|dij|dic[ei]|senal|destac|indic|explic|afirm|precis|detall|confirm|record|comunic|manifest|subray|resalt|expres|asegur|sostuv|said|says|announc|report|confirm|noted|stat|explain)/;

function reportedFrom(w: Work, from: number, anchor: number): number {
  const toks = w.tokens;
  for (let k = anchor - 1; k > from; k--) {
    if (toks[k]!.f !== 'que' && toks[k]!.f !== 'that') continue;
    // only a verb of saying reports ("informó que"); "mientras que por X lo hizo Y" joins two clauses
    if (!REPORTING.test(toks[k - 1]?.f ?? '')) return from;
    const named = mentionsWithin(w, k + 1, anchor).some(
      (m) => (m.label === 'Institution' || m.label === 'Person') && !m.nested,
    );
    return named ? k + 1 : from;
  }
  return from;
}

/** The clause around a signing word, and how its verb reads (passive, a noun, an adverbial "durante la firma"). */
interface Frame {
  w: Work;
  toks: Token[];
  s: Sentence;
  t: Token;
  anchor: number;
  from: number;
  to: number;
  subjFrom: number;
  phrase: AgreementPhrase | null;
  people: Mention[];
  insts: Mention[];
  passive: boolean;
  nominal: boolean;
  adverbial: boolean;
}

function frameOf(w: Work, anchor: number, phrases: AgreementPhrase[]): Frame {
  const toks = w.tokens;
  const t = toks[anchor]!;
  const s = w.sentences[t.sent]!;
  // the clause: from the last ";" before the anchor to the sentence end
  let from = s.tokStart;
  for (let k = anchor - 1; k > s.tokStart; k--)
    if (toks[k]!.text === ';') {
      from = k + 1;
      break;
    }
  const to = s.tokEnd;
  const phrase =
    phrases
      .filter((p) => p.from >= from)
      .sort((a, b) => Math.abs(a.from - anchor) - Math.abs(b.from - anchor))[0] ?? null;
  // subject window: clause start to anchor; a "que/that" after the agreement noun opens a relative clause
  let subjFrom = from;
  for (let k = anchor - 1; k > from; k--) {
    if (CLAUSE_BREAKS.includes(toks[k]!.f) && phrase && phrase.to <= k) {
      subjFrom = k + 1;
      break;
    }
  }
  subjFrom = Math.max(subjFrom, reportedFrom(w, from, anchor));
  // "la firma del convenio" as a noun: "durante la firma" only dates the sentence; its people did not sign
  const nominal = /^(firma|signing)$/.test(t.f);
  const adverbial =
    nominal &&
    toks
      .slice(Math.max(from, anchor - 3), anchor)
      .some((x) => /^(durante|tras|despues|antes|previo|during|after|before)$/.test(x.f));
  return {
    w,
    toks,
    s,
    t,
    anchor,
    from,
    to,
    subjFrom,
    phrase,
    people: mentionsIn(w, 'Person', from, to).filter((m) => !describedHead(w, m)),
    insts: mentionsIn(w, 'Institution', from, to).filter((m) => (!m.anaphor || m.key) && !backs(w, m, t)),
    passive: PASSIVE_AGENT.has(toks[anchor + 1]?.f ?? '') || HEADED.test(t.f),
    nominal,
    adverbial,
  };
}

/** The institutions listed after "con/entre/with", up to a purpose clause or the sentence end. */
function partiesAfterCue(f: Frame): { key: string; rule: string }[] {
  const { toks, insts, to } = f;
  for (let k = f.anchor; k < to; k++) {
    if (!PARTY_INTRO.has(toks[k]!.f)) continue;
    const intro = toks[k]!.f;
    let end = to;
    for (let q = k + 1; q < to; q++)
      if (
        !insts.some((x) => x.from < q && q < x.to) &&
        /^(para|que|mediante|en|to|for|which|,\s*que)$/.test(toks[q]!.f) &&
        !(toks[q]!.f === 'en' && isWord(toks, q + 1, 'materia')) &&
        toks[q - 1]?.text !== 'de'
      ) {
        if (toks[q]!.f === 'en' && !isWord(toks, q - 1, ',')) continue;
        end = q;
        break;
      }
    const listed = insts.filter((m) => m.from > k && m.to <= end);
    // a company may come after what it does: "with logistics technology firm Quaylink"
    const reach = listed[0]?.reason === MENTION_RULES.companyAfterNoun.reason ? 8 : 3;
    if (!listed.length || listed[0]!.from > k + reach) return [];
    const rule =
      intro === 'entre' || intro === 'between' ? RULES.signingBetween.reason : RULES.signsWith.reason;
    return listed.map((m) => ({ key: m.key!, rule }));
  }
  return [];
}

/** Verb first: "firmaron un convenio de colaboración la Universidad X y el Instituto Y". */
function partiesAfterVerb(f: Frame): { key: string; rule: string }[] {
  const { toks, phrase } = f;
  const out: { key: string; rule: string }[] = [];
  const after = phrase && phrase.from > f.anchor ? phrase.to : f.anchor + 1;
  for (const m of f.insts) {
    if (m.from < after || m.from > after + 40) continue;
    if (!isWord(toks, m.from - 1, 'el', 'la', 'los', 'las', 'the', 'y', 'and', ',') && m.from !== after)
      continue;
    if (isWord(toks, m.from - 2, 'de', 'del', 'en', 'a', 'al', 'para', 'por', 'of', 'for', 'in', 'to'))
      continue;
    if (
      toks
        .slice(after, m.from)
        .some((x) => /^(para|que|quien|mediante|donde|cuyo|to|which|who|[.;:])$/.test(x.f))
    )
      break;
    out.push({ key: m.key!, rule: RULES.subjectSigns.reason });
  }
  return out;
}

/** Parties: the subject's institutions, then those after con/entre/with, else those after the verb. */
function partiesOf(f: Frame): { key: string; rule: string }[] {
  const { phrase, anchor } = f;
  const parties: { key: string; rule: string }[] = [];
  const subjInsts = f.insts.filter(
    (m) => m.from >= f.subjFrom && m.to <= anchor && !(phrase && m.from >= phrase.from && m.to <= phrase.to),
  );
  if (!f.passive && !f.adverbial)
    for (const m of subjInsts) parties.push({ key: m.key!, rule: RULES.subjectSigns.reason });
  parties.push(...partiesAfterCue(f));
  if (f.passive) parties.push(...agentBodies(f));
  if (!parties.length && !f.passive && !f.adverbial && !f.nominal) parties.push(...partiesAfterVerb(f));
  return parties;
}

/** "fue suscrito por la Universidad X y la Cámara Y", "signed by A and by B": bodies as the passive's agent. */
function agentBodies(f: Frame): { key: string; rule: string }[] {
  const { toks, insts } = f;
  const out: { key: string; rule: string }[] = [];
  if (!PASSIVE_AGENT.has(toks[f.anchor + 1]?.f ?? '')) return out;
  for (let k = f.anchor + 2; ;) {
    if (isWord(toks, k, 'el', 'la', 'los', 'las', 'the')) k++;
    const m = insts.find((x) => x.from === k);
    if (!m) break;
    out.push({ key: m.key!, rule: RULES.agentBodies.reason });
    k = m.to + (toks[m.to]?.text === ',' ? 1 : 0);
    if (isWord(toks, k, 'y', 'e', 'and')) k++;
    else if (toks[k - 1]?.text !== ',') break;
    if (PASSIVE_AGENT.has(toks[k]?.f ?? '')) k++;
  }
  return out;
}

/** The people who signed: the subject's, or those after the verb of a passive or "lo hizo". */
function signersOf(f: Frame): Mention[] {
  const { toks, anchor, to, people } = f;
  // people after the verb count up to the next relative clause ("..., quien destacó que la Presidente ...")
  let afterEnd = to;
  for (let k = anchor + 1; k < to; k++)
    if (CLAUSE_BREAKS.includes(toks[k]!.f) && k > anchor + 1) {
      afterEnd = k;
      break;
    }
  const after = people.filter((p) => p.from > anchor && p.to <= afterEnd);
  if (f.adverbial) return [];
  if (f.passive || /^(hizo|hicieron)$/.test(f.t.f)) return after;
  const subject = people.filter((p) => p.from >= f.subjFrom && p.to <= anchor);
  // a signing noun opening the sentence is its subject: "Signing on behalf of the institutions were X and Y"
  if (!subject.length && (!f.nominal || anchor === f.s.tokStart)) return after;
  return subject;
}

/** The institutions these people hold posts at. */
function orgsOf(index: ClauseIndex, people: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of people) for (const org of index.orgs.get(p) ?? []) out.add(org);
  return out;
}

export function clauseOf(w: Work, index: ClauseIndex, anchor: number, phrases: AgreementPhrase[]): Clause {
  const f = frameOf(w, anchor, phrases);
  const { toks, t } = f;
  const witnesses = witnessesOf(w, index, f.from, f.to);
  const attendees = new Set(findingsIn(w, index.attendees, f.from, f.to).map((x) => x.key));
  const signsKey = (k: string) => !witnesses.has(k) && !attendees.has(k);
  const signs = (p: Mention) => signsKey(p.key!);
  const sRule = f.passive
    ? HEADED.test(t.f)
      ? RULES.headedSigning.reason
      : RULES.personSignsPassive.reason
    : RULES.personSigns.reason;
  const signers = signersOf(f)
    .filter(signs)
    .map((p) => ({ key: p.key!, rule: sRule }));
  // the signers a rule read, where the clause reader finds no subject ("la firma del convenio por X")
  if (!f.adverbial)
    for (const x of findingsIn(w, index.signers, f.from, f.to))
      if (signsKey(x.key) && !signers.some((s) => s.key === x.key))
        signers.push({ key: x.key, rule: x.reason });
  // a witness's institution is no party, unless a signer stands for it too
  const witnessOrgs = orgsOf(index, witnesses.keys());
  const signerOrgs = orgsOf(
    index,
    signers.map((s) => s.key),
  );
  const parties = partiesOf(f).filter((p) => !witnessOrgs.has(p.key) || signerOrgs.has(p.key));
  // "encabezaron la firma": heading the signing is signing it for a party
  if (toks[anchor - 1] && HEADED.test(toks[anchor - 2]?.f ?? ''))
    for (const p of f.people.filter((x) => x.to <= anchor))
      if (signs(p)) signers.push({ key: p.key!, rule: RULES.headedSigning.reason });
  return {
    sent: f.s.index,
    anchor,
    from: f.from,
    to: f.to,
    phrase: f.phrase,
    parties,
    signers,
    witnesses: [...witnesses.values()],
    caps: f.s.caps || isHeadline(w, f.s.index),
  };
}

/** Clauses with "encabezado por" about an act, in texts that sign something elsewhere. */
export function headedClauses(w: Work, index: ClauseIndex): Clause[] {
  const out: Clause[] = [];
  const toks = w.tokens;
  for (const s of w.sentences) {
    if (s.caps) continue;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (!HEADED.test(toks[i]!.f) || !PASSIVE_AGENT.has(toks[i + 1]?.f ?? '')) continue;
      const subj = toks.slice(Math.max(s.tokStart, i - 12), i).some((x) => ACT_NOUNS.has(x.f));
      if (subj) out.push(clauseOf(w, index, i, []));
    }
  }
  return out;
}
