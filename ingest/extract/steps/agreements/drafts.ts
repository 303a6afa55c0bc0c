// Step 7d: clauses to agreements. Clauses about the same parties or the same named instrument are one
// agreement; a headline joins the agreement the body told of; "tres convenios" speaks of all of them;
// witnesses named in a sentence of their own join the agreement told before them. A clause joins, by
// title, overlapping parties or as a headline, only an agreement told near it (draft-index.ts).
import type { AgreementDraft, RuleFinding, Work } from '../../types';
import type { Clause, ClauseIndex } from './clause';
import { fold } from '../../match';
import { witnessesOf } from './clause';
import { DraftIndex } from './draft-index';
import { agreementBefore } from './told-before';

/** The agreements drafted from clauses, and the rule behind each party, signer and witness. */
export interface Drafting {
  drafts: AgreementDraft[];
  partyRules: Map<string, string>;
  signerRules: Map<string, string>;
  witnessFound: Map<string, RuleFinding>;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.includes(x));
}

const dedupe = (xs: { key: string; rule: string }[]) =>
  xs.filter((x, i) => xs.findIndex((y) => y.key === x.key) === i);

/** The draft a clause adds to, or null when it adds to none: the same parties anywhere, else one told near it. */
function draftFor(index: DraftIndex, c: Clause, keys: string[]): AgreementDraft | undefined {
  const near = index.near(c.sent);
  const title = c.phrase?.named ? fold(c.phrase.title) : null;
  let d = title === null ? undefined : near.find((x) => x.named && x.title && fold(x.title) === title);
  if (!d && keys.length) {
    const close = new Set(near);
    d = index
      .ordered([...index.withParties(keys), ...near])
      .find(
        (x) =>
          sameSet(x.parties, keys) ||
          (close.has(x) &&
            x.parties.length > 0 &&
            overlaps(x.parties, keys) &&
            (!c.phrase?.named || !x.named)),
      );
  }
  if (!d && (!keys.length || c.caps) && near.length) d = near[near.length - 1];
  return d;
}

/** Merges the clauses (body first, then headlines) into drafts; plural clauses are summaries of them all. */
export function draftAgreements(ordered: Clause[]): Drafting & { summary: Clause[]; index: DraftIndex } {
  const index = new DraftIndex();
  const summary: Clause[] = [];
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
    let d = draftFor(index, c, keys);
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
      index.add(d, c.sent);
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
    index.refile(d);
  }
  return { drafts: index.drafts, partyRules, signerRules, witnessFound, summary, index };
}

/** Witnesses named in a sentence of their own ("X fungió como testigo de honor") join the agreement before them. */
export function addLoneWitnesses(w: Work, index: ClauseIndex, clauses: Clause[], d0: Drafting): void {
  const { drafts, witnessFound } = d0;
  const clauseSents = new Set(clauses.map((c) => c.sent));
  const before = drafts.length ? agreementBefore(drafts) : undefined;
  for (const s of w.sentences) {
    if (s.caps || clauseSents.has(s.index) || !drafts.length) continue;
    const found = witnessesOf(w, index, s.tokStart, s.tokEnd);
    if (!found.size) continue;
    const d = before!(s.index);
    for (const [p, f] of found)
      if (!d.witnesses.includes(p) && !d.signers.includes(p)) {
        d.witnesses.push(p);
        witnessFound.set(p, f);
      }
  }
}

/** Signers of a summary clause ("firmaron los tres convenios") signed every agreement told near it. */
export function addSummaries(summary: Clause[], d0: Drafting, index: DraftIndex): void {
  const { signerRules } = d0;
  for (const c of summary)
    for (const d of index.near(c.sent)) {
      for (const p of c.signers)
        if (!d.signers.includes(p.key) && !d.witnesses.includes(p.key)) {
          d.signers.push(p.key);
          signerRules.set(p.key, p.rule);
        }
      d.sents.push(c.sent);
    }
}
