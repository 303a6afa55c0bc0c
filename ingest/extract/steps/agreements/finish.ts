// Step 7e: the agreements kept (those with a party or a signer), the parties their signers stand for,
// their ids and names, and the facts: PARTY_TO, SIGNED_WITH, SIGNED, WITNESSED_BY.
import type { AgreementDraft, Entity, Fact, Work } from '../../types';
import type { Drafting } from './drafts';
import { RULES } from '../../model/rules';
import { capFirst, slug } from '../../text';
import { stateActor, titleFitsInstitution } from '../roles';
import { rolesByPerson } from './clause';

/** Drafts with a party or a signer, parties completed from the posts of their signers. */
function keptDrafts(w: Work, { drafts, partyRules }: Drafting, roles: Map<string, Fact[]>): AgreementDraft[] {
  const kept: AgreementDraft[] = [];
  for (const d of drafts) {
    d.signers = d.signers.filter((s) => !d.witnesses.includes(s));
    // institutions are parties; countries only when no institution is (unless "on behalf of")
    const insts = d.parties.filter((k) => w.entities.get(k)?.label === 'Institution');
    const countries = d.parties.filter((k) => w.entities.get(k)?.label === 'Place');
    d.parties = insts;
    // the institutions the signers stand for
    for (const s of d.signers) {
      for (const r of roles.get(s) ?? []) {
        if (r.rule === RULES.onBehalfOf.reason && !d.parties.includes(r.to)) {
          d.parties.push(r.to);
          partyRules.set(r.to, RULES.statePartyOnBehalf.reason);
        }
      }
    }
    if (d.parties.length < 2) {
      for (const s of d.signers) {
        const r = (roles.get(s) ?? []).find(
          (f) => !d.parties.includes(f.to) && w.entities.get(f.to)?.label === 'Institution',
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
  return kept;
}

/** A signer whose post was read without its institution stands for the party that has no signer yet. */
function representParties(w: Work, kept: AgreementDraft[], roles: Map<string, Fact[]>): void {
  for (const d of kept) {
    for (const s of d.signers) {
      if ((roles.get(s) ?? []).some((f) => w.entities.get(f.to)?.label === 'Institution')) continue;
      const title = w.roleOnly?.get(s);
      if (!title) continue;
      const represented = new Set(
        d.signers.flatMap((o) =>
          (roles.get(o) ?? []).filter((f) => d.parties.includes(f.to)).map((f) => f.to),
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
}

/** One Agreement entity per draft, and its facts. */
function emitAgreements(
  w: Work,
  kept: AgreementDraft[],
  { partyRules, signerRules, witnessFound }: Drafting,
): void {
  // which person is named in which sentence: a SIGNED fact cites the first sentence of the agreement naming them
  const named = new Set(w.mentions.map((m) => `${m.key}\u0000${m.sent}`));
  for (const [n, d] of kept.entries()) {
    const parties = d.parties.map((k) => w.entities.get(k)!);
    const short = (e: Entity) => String(e.properties.acronym ?? e.name);
    const partyPart = parties.map(short).sort().map(slug).join('-');
    let key = `agreement:${[partyPart || 'sin-partes', w.date].filter(Boolean).join('-')}`;
    if (w.entities.has(key)) key += '-' + slug(d.title ?? String(n));
    // the same parties, date and title told apart in one file (a paragraph said again): a counter
    for (let k = 2, base = key; w.entities.has(key); k++) key = `${base}-${k}`;
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
        sent: d.sents.find((x) => named.has(`${s}\u0000${x}`)) ?? sent,
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
}

/** Parties from signers, state parties, ids and names, and the facts. */
export function finish(w: Work, drafting: Drafting): void {
  // posts as read before this step: the posts it adds below do not feed back into it
  const roles = rolesByPerson(w.facts);
  const kept = keptDrafts(w, drafting, roles);
  representParties(w, kept, roles);
  emitAgreements(w, kept, drafting);
  w.agreements = kept;
}
