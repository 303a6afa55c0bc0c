// Step 9: the Extraction contract: nodes with aliases, properties and mention offsets (each with the
// reason of the step that found it); one relationship per (type, from, to) with every evidence sentence
// and the rule that made it.
import type { ExtractedNode, ExtractedRelationship, Extraction, SourceDocument } from '../../../model';
import type { Work } from '../types';

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
  for (const f of w.facts) {
    if (!w.entities.has(f.from) || !w.entities.has(f.to) || f.from === f.to) continue;
    const k = `${f.type}|${f.from}|${f.to}`;
    const s = w.sentences[f.sent];
    const ev = s ? [{ text: s.text, start: s.start, end: s.end }] : [];
    const old = rels.get(k);
    if (old) {
      for (const x of ev) if (!old.evidence.some((o) => o.start === x.start)) old.evidence.push(x);
      if (f.role && !old.properties.role) old.properties.role = f.role;
      continue;
    }
    const properties: ExtractedRelationship['properties'] = { rule: f.rule };
    if (f.role) properties.role = f.role;
    rels.set(k, { type: f.type, from: f.from, to: f.to, properties, evidence: ev });
  }
  // The document keeps its text (the loader stores it, for mention spans); the CLI's JSON leaves it out.
  return { document: { ...doc }, nodes, relationships: [...rels.values()] };
}
