// Step 7: agreements. A signing clause is a sentence part with a signing verb or noun ("firmaron",
// "fue signado por", "la firma del convenio", "signed") next to an agreement noun, or an act headed
// by people ("El acto ... fue encabezado por"). Its parties are the institutions of the subject, of
// "con/entre/with", or those the signers stand for; its signers are the people of the subject (or
// the agent of a passive); witnesses are the people next to a witness cue. Clauses about the same
// parties or the same named instrument are one agreement; "tres convenios" speaks of all of them.
// A text where nothing is signed yields no agreement.
import type { AgreementKind } from '../../../model/graph-schema';
import type { AgreementDraft, Entity, Mention, RuleFinding, Work } from '../types';
import { AGREEMENT_TABLE, NOT_NAME_SET, SIGNING_VERB_SET } from '../lexicons';
import { connectorAt, isWord, matchAt, spanText } from '../match';
import { CLAUSE_BREAKS } from '../model/extra-words';
import { RULES } from '../model/rules';
import { mentionsCovering, mentionsFrom } from '../mention-index';
import { capFirst, fold, slug } from '../text';
import { stateActor, titleFitsInstitution } from './06-roles';
import { readSigning } from './07-signing-rules';

const STRONG = /^(firm|sign|suscri|subscri|rubric|ink)/;
const PASSIVE_AGENT = new Set(['por', 'by']);
const HEADED = /^(encabezad[oa]s?|encabezaron|encabezo|presidid[oa]s?|presidieron|headed|led)$/;
const ACT_NOUNS = new Set(['acto', 'ceremonia', 'firma', 'evento', 'ceremony', 'event']);
const PLURAL_COUNT = new Set([
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'varios',
  'los',
  'estos',
  'diversos',
  'two',
  'three',
  'several',
]);
const PARTY_INTRO = new Set(['con', 'entre', 'with', 'between']);

interface AgreementPhrase {
  from: number;
  to: number;
  kind: AgreementKind;
  title: string;
  named: boolean;
  plural: boolean;
}

interface Clause {
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

/** Agreement phrases in a sentence, longest lexicon match, named when capitalised. */
function agreementPhrases(w: Work, from: number, to: number): AgreementPhrase[] {
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
function isHeadline(w: Work, sent: number): boolean {
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
function anchors(w: Work, from: number, to: number, phrases: AgreementPhrase[]): number[] {
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

function mentionsIn(w: Work, label: string, from: number, to: number): Mention[] {
  return w.mentions.filter((m) => m.label === label && m.key && !m.nested && m.from >= from && m.to <= to);
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

/** Is the character at `offset` inside a signing that a rule says did not happen? */
function blocked(w: Work, offset: number): boolean {
  return (w.signing?.blocked ?? []).some(([a, b]) => a <= offset && offset < b);
}

/** The rule findings (witnesses or attendees) whose match lies in tokens [from, to). */
function findingsIn(w: Work, list: 'witnesses' | 'attendees', from: number, to: number): RuleFinding[] {
  const a = w.tokens[from]?.start ?? 0;
  const b = w.tokens[to - 1]?.end ?? 0;
  return (w.signing?.[list] ?? []).filter((f) => f.start >= a && f.end <= b);
}

/** Witnesses of the clause, by rule: person key -> the finding. */
function witnessesOf(w: Work, from: number, to: number): Map<string, RuleFinding> {
  return new Map(findingsIn(w, 'witnesses', from, to).map((f) => [f.key, f]));
}

function clauseOf(w: Work, anchor: number, phrases: AgreementPhrase[]): Clause {
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
  const people = mentionsIn(w, 'Person', from, to).filter((m) => !describedHead(w, m));
  const insts = mentionsIn(w, 'Institution', from, to).filter((m) => !m.anaphor || m.key);
  const passive = PASSIVE_AGENT.has(toks[anchor + 1]?.f ?? '') || HEADED.test(t.f);
  // "la firma del convenio" as a noun: "durante la firma" only dates the sentence; its people did not sign
  const nominal = /^(firma|signing)$/.test(t.f);
  const adverbial =
    nominal &&
    toks
      .slice(Math.max(from, anchor - 3), anchor)
      .some((x) => /^(durante|tras|despues|antes|previo|during|after|before)$/.test(x.f));
  const clause: Clause = {
    sent: s.index,
    anchor,
    from,
    to,
    phrase,
    parties: [],
    signers: [],
    witnesses: [],
    caps: s.caps || isHeadline(w, s.index),
  };
  // parties: the subject's institutions, then those after con/entre/with
  const partyRule = RULES.subjectSigns.reason;
  const subjInsts = insts.filter(
    (m) => m.from >= subjFrom && m.to <= anchor && !(phrase && m.from >= phrase.from && m.to <= phrase.to),
  );
  if (!passive && !adverbial)
    for (const m of subjInsts) clause.parties.push({ key: m.key!, rule: partyRule });
  for (let k = anchor; k < to; k++) {
    if (!PARTY_INTRO.has(toks[k]!.f)) continue;
    const intro = toks[k]!.f;
    // the list after the cue, up to a purpose clause or sentence end
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
    if (!listed.length || listed[0]!.from > k + 3) break;
    for (const m of listed)
      clause.parties.push({
        key: m.key!,
        rule: intro === 'entre' || intro === 'between' ? RULES.signingBetween.reason : RULES.signsWith.reason,
      });
    break;
  }
  // verb first: "firmaron un convenio de colaboración la Universidad X y el Instituto Y"
  if (!clause.parties.length && !passive && !adverbial && !nominal) {
    const after = phrase && phrase.from > anchor ? phrase.to : anchor + 1;
    for (const m of insts) {
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
      clause.parties.push({ key: m.key!, rule: RULES.subjectSigns.reason });
    }
  }
  // signers and witnesses
  const witnesses = witnessesOf(w, from, to);
  clause.witnesses = [...witnesses.values()];
  const attendees = new Set(findingsIn(w, 'attendees', from, to).map((f) => f.key));
  // people after the verb count up to the next relative clause ("..., quien destacó que la Presidente ...")
  let afterEnd = to;
  for (let k = anchor + 1; k < to; k++)
    if (CLAUSE_BREAKS.includes(toks[k]!.f) && k > anchor + 1) {
      afterEnd = k;
      break;
    }
  const after = people.filter((p) => p.from > anchor && p.to <= afterEnd);
  let signers: Mention[];
  if (adverbial) signers = [];
  else if (passive || /^(hizo|hicieron)$/.test(t.f)) signers = after;
  else {
    signers = people.filter((p) => p.from >= subjFrom && p.to <= anchor);
    // a signing noun opening the sentence is its subject: "Signing on behalf of the institutions were X and Y"
    if (!signers.length && (!nominal || anchor === s.tokStart)) signers = after;
  }
  const sRule = passive
    ? HEADED.test(t.f)
      ? RULES.headedSigning.reason
      : RULES.personSignsPassive.reason
    : RULES.personSigns.reason;
  for (const p of signers)
    if (!witnesses.has(p.key!) && !attendees.has(p.key!)) clause.signers.push({ key: p.key!, rule: sRule });
  const witnessOrgs = new Set(
    w.facts.filter((f) => f.type === 'HOLDS_ROLE' && witnesses.has(f.from)).map((f) => f.to),
  );
  const signerOrgs = new Set(
    w.facts
      .filter((f) => f.type === 'HOLDS_ROLE' && clause.signers.some((s) => s.key === f.from))
      .map((f) => f.to),
  );
  clause.parties = clause.parties.filter((p) => !witnessOrgs.has(p.key) || signerOrgs.has(p.key));
  // "encabezaron la firma": heading the signing is signing it for a party
  if (toks[anchor - 1] && HEADED.test(toks[anchor - 2]?.f ?? ''))
    for (const p of people.filter((x) => x.to <= anchor))
      if (!witnesses.has(p.key!) && !attendees.has(p.key!))
        clause.signers.push({ key: p.key!, rule: RULES.headedSigning.reason });
  return clause;
}

/** Clauses with "encabezado por" about an act, in texts that sign something elsewhere. */
function headedClauses(w: Work): Clause[] {
  const out: Clause[] = [];
  const toks = w.tokens;
  for (const s of w.sentences) {
    if (s.caps) continue;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (!HEADED.test(toks[i]!.f) || !PASSIVE_AGENT.has(toks[i + 1]?.f ?? '')) continue;
      const subj = toks.slice(Math.max(s.tokStart, i - 12), i).some((t) => ACT_NOUNS.has(t.f));
      if (subj) out.push(clauseOf(w, i, []));
    }
  }
  return out;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.includes(x));
}

export function findAgreements(w: Work): void {
  w.signing = readSigning(w);
  const clauses: Clause[] = [];
  for (const s of w.sentences) {
    const phrases = agreementPhrases(w, s.tokStart, s.tokEnd);
    for (const a of anchors(w, s.tokStart, s.tokEnd, phrases)) {
      if (clauses.some((c) => c.sent === s.index && Math.abs(c.anchor - a) <= 2)) continue;
      clauses.push(clauseOf(w, a, phrases));
    }
  }
  if (!clauses.some((c) => !c.caps && (c.phrase || c.parties.length))) return;
  const headed = headedClauses(w);
  // body before headlines, so that headlines join what the body says
  const ordered = [...clauses.filter((c) => !c.caps), ...headed, ...clauses.filter((c) => c.caps)];
  const drafts: AgreementDraft[] = [];
  const summary: Clause[] = [];
  const dedupe = (xs: { key: string; rule: string }[]) =>
    xs.filter((x, i) => xs.findIndex((y) => y.key === x.key) === i);
  const partyRules = new Map<string, string>();
  const signerRules = new Map<string, string>();
  const witnessFound = new Map<string, RuleFinding>();
  for (const c of ordered) {
    c.parties = dedupe(c.parties);
    c.signers = dedupe(c.signers);
    const keys = c.parties.map((p) => p.key);
    if (c.phrase?.plural) {
      summary.push(c);
      continue;
    }
    let d = drafts.find(
      (x) => c.phrase?.named && x.named && x.title && fold(x.title) === fold(c.phrase.title),
    );
    d ??= keys.length
      ? drafts.find(
          (x) =>
            sameSet(x.parties, keys) ||
            (x.parties.length > 0 && overlaps(x.parties, keys) && (!c.phrase?.named || !x.named)),
        )
      : undefined;
    if (!d && (!keys.length || c.caps) && drafts.length) d = drafts[drafts.length - 1];
    if (!d && keys.length === 0 && !c.phrase) continue;
    if (!d) {
      d = {
        key: '',
        kind: c.phrase?.kind ?? 'convenio',
        title: c.phrase?.title ?? null,
        named: !!c.phrase?.named,
        parties: [],
        signers: [],
        witnesses: [],
        places: [],
        events: [],
        sents: [],
      };
      drafts.push(d);
    } else if (c.phrase?.named && !d.named && !c.caps) {
      d.title = c.phrase.title;
      d.named = true;
      d.kind = c.phrase.kind;
    } else if (!d.title && c.phrase) d.title = c.phrase.title;
    for (const p of c.parties)
      if (!d.parties.includes(p.key)) {
        d.parties.push(p.key);
        partyRules.set(`${d.parties.length}|${p.key}`, p.rule);
        partyRules.set(p.key, partyRules.get(p.key) ?? p.rule);
      }
    for (const p of c.signers)
      if (!d.signers.includes(p.key)) {
        d.signers.push(p.key);
        signerRules.set(p.key, p.rule);
      }
    for (const p of c.witnesses)
      if (!d.witnesses.includes(p.key)) {
        d.witnesses.push(p.key);
        witnessFound.set(p.key, p);
      }
    d.sents.push(c.sent);
  }
  // witnesses named in a sentence of their own ("X fungió como testigo de honor") join the agreement before them
  for (const s of w.sentences) {
    if (s.caps || clauses.some((c) => c.sent === s.index) || !drafts.length) continue;
    const found = witnessesOf(w, s.tokStart, s.tokEnd);
    if (!found.size) continue;
    const d = [...drafts].reverse().find((x) => x.sents.some((q) => q <= s.index)) ?? drafts[0]!;
    for (const [p, f] of found)
      if (!d.witnesses.includes(p) && !d.signers.includes(p)) {
        d.witnesses.push(p);
        witnessFound.set(p, f);
      }
  }
  for (const c of summary)
    for (const d of drafts) {
      for (const p of c.signers)
        if (!d.signers.includes(p.key) && !d.witnesses.includes(p.key)) {
          d.signers.push(p.key);
          signerRules.set(p.key, p.rule);
        }
      d.sents.push(c.sent);
    }
  finish(w, drafts, partyRules, signerRules, witnessFound);
}

/** Parties from signers, state parties, ids and names, and the facts. */
function finish(
  w: Work,
  drafts: AgreementDraft[],
  partyRules: Map<string, string>,
  signerRules: Map<string, string>,
  witnessFound: Map<string, RuleFinding>,
): void {
  const roles = w.facts.filter((f) => f.type === 'HOLDS_ROLE');
  const kept: AgreementDraft[] = [];
  for (const d of drafts) {
    d.signers = d.signers.filter((s) => !d.witnesses.includes(s));
    // institutions are parties; countries only when no institution is (unless "on behalf of")
    const insts = d.parties.filter((k) => w.entities.get(k)?.label === 'Institution');
    const countries = d.parties.filter((k) => w.entities.get(k)?.label === 'Place');
    d.parties = insts;
    // the institutions the signers stand for
    for (const s of d.signers) {
      for (const r of roles.filter((f) => f.from === s)) {
        if (r.rule === RULES.onBehalfOf.reason && !d.parties.includes(r.to)) {
          d.parties.push(r.to);
          partyRules.set(r.to, RULES.statePartyOnBehalf.reason);
        }
      }
    }
    if (d.parties.length < 2) {
      for (const s of d.signers) {
        const r = roles.find(
          (f) => f.from === s && !d.parties.includes(f.to) && w.entities.get(f.to)?.label === 'Institution',
        );
        if (r && d.parties.length < 2) {
          d.parties.push(r.to);
          partyRules.set(r.to, RULES.signerRole.reason);
        }
      }
    }
    if (!d.parties.length) for (const c of countries) d.parties.push(stateActor(w, w.entities.get(c)!).key);
    if (!d.parties.length && !d.signers.length) continue;
    kept.push(d);
  }
  // a signer whose post was read without its institution stands for the party that has no signer yet
  for (const d of kept) {
    for (const s of d.signers) {
      if (roles.some((f) => f.from === s && w.entities.get(f.to)?.label === 'Institution')) continue;
      const title = w.roleOnly?.get(s);
      if (!title) continue;
      const represented = new Set(
        d.signers.flatMap((o) =>
          roles.filter((f) => f.from === o && d.parties.includes(f.to)).map((f) => f.to),
        ),
      );
      const open = d.parties.filter((p) => !represented.has(p));
      const fit = open.filter((p) => titleFitsInstitution(title, w.entities.get(p)!));
      const target =
        fit.length === 1
          ? fit[0]
          : open.length === 1 && d.signers.length === d.parties.length
            ? open[0]
            : undefined;
      if (target)
        w.facts.push({
          type: 'HOLDS_ROLE',
          from: s,
          to: target,
          rule: RULES.signerRepresentsParty.reason,
          sent: d.sents[0] ?? 0,
          role: title,
        });
    }
  }
  for (const d of kept) {
    const parties = d.parties.map((k) => w.entities.get(k)!);
    const short = (e: Entity) => String(e.properties.acronym ?? e.name);
    const partyPart = parties.map(short).sort().map(slug).join('-');
    let key = `agreement:${[partyPart || 'sin-partes', w.date].filter(Boolean).join('-')}`;
    if (w.entities.has(key)) key += '-' + slug(d.title ?? String(kept.indexOf(d)));
    d.key = key;
    const title =
      d.named && d.title ? d.title : `${capFirst(d.title ?? d.kind)} ${parties.map(short).join('–')}`.trim();
    const e: Entity = {
      key,
      label: 'Agreement',
      name: title,
      aliases: new Set(d.title && d.title !== title ? [d.title] : []),
      properties: { title, kind: d.kind },
      mentions: [],
    };
    if (w.date) e.properties.date = w.date;
    w.entities.set(key, e);
    const sent = d.sents[0] ?? 0;
    for (const p of d.parties)
      w.facts.push({
        type: 'PARTY_TO',
        from: p,
        to: key,
        rule: partyRules.get(p) ?? RULES.subjectSigns.reason,
        sent,
      });
    for (let i = 0; i < d.parties.length; i++)
      for (let j = i + 1; j < d.parties.length; j++)
        w.facts.push({
          type: 'SIGNED_WITH',
          from: d.parties[i]!,
          to: d.parties[j]!,
          rule: RULES.signedWithPair.reason,
          sent,
        });
    for (const s of d.signers)
      w.facts.push({
        type: 'SIGNED',
        from: s,
        to: key,
        rule: signerRules.get(s) ?? RULES.personSigns.reason,
        sent: d.sents.find((x) => w.mentions.some((m) => m.key === s && m.sent === x)) ?? sent,
      });
    for (const p of d.witnesses)
      w.facts.push({
        type: 'WITNESSED_BY',
        from: key,
        to: p,
        // the rule that read the witness, and the sentence it read them in
        rule: witnessFound.get(p)?.reason ?? RULES.witness.reason,
        sent: witnessFound.get(p)?.sent ?? sent,
      });
  }
  w.agreements = kept;
}
