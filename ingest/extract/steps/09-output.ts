// Step 9: the Extraction contract: nodes with aliases, properties and mention offsets (each with the
// reason of the step that found it); one relationship per (type, from, to) with the sentences that
// show it and the rule that made it.
import type { ExtractedNode, ExtractedRelationship, Extraction, SourceDocument } from '../../../model';
import type { Work } from '../types';
import { factEvidence, mentionSentences } from '../evidence';

export function buildOutput(doc: SourceDocument, w: Work): Extraction {
  const nodes: ExtractedNode[] = [];
  for (const e of w.entities.values()) {
    const aliases = [...e.aliases].filter((a) => a && a !== e.name);
    const mentions = e.mentions
      .filter((m) => w.tokens[m.from] && w.tokens[m.to - 1])
      .map((m) => {
        const start = w.tokens[m.from]!.start;
        const end = w.tokens[m.to - 1]!.end;
        return { text: w.text.slice(start, end), start, end, reason: m.reason };
      });
    nodes.push({
      id: e.key,
      label: e.label,
      name: e.name,
      aliases,
      properties: { ...e.properties },
      mentions,
    });
  }
  const rels = new Map<string, ExtractedRelationship>();
  const stated = new Map<string, number[]>();
  for (const f of w.facts) {
    if (!w.entities.has(f.from) || !w.entities.has(f.to) || f.from === f.to) continue;
    const k = `${f.type}|${f.from}|${f.to}`;
    stated.set(k, [...(stated.get(k) ?? []), f.sent]);
    const old = rels.get(k);
    if (old) {
      if (f.role && !old.properties.role) old.properties.role = f.role;
      continue;
    }
    const properties: ExtractedRelationship['properties'] = { rule: f.rule };
    if (f.role) properties.role = f.role;
    rels.set(k, { type: f.type, from: f.from, to: f.to, properties, evidence: [] });
  }
  // Each fact cites the sentences that state its parts (evidence.ts), not only the one its rule read.
  const sents = mentionSentences(w);
  for (const [k, r] of rels) {
    const chosen = factEvidence(w, sents, w.entities.get(r.from)!, w.entities.get(r.to)!, stated.get(k)!);
    r.evidence = chosen
      .map((i) => w.sentences[i]!)
      .map((s) => ({ text: s.text, start: s.start, end: s.end }));
  }
  // The document keeps its text (the loader stores it, for mention spans); the CLI's JSON leaves it out.
  return { document: { ...doc }, nodes, relationships: [...rels.values()] };
}
