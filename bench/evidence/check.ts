// Does a fact's evidence show it? For each relationship, every endpoint other than an Agreement must be
// named in some evidence sentence: by its name, an alias, its acronym, a person's surname, a post the
// person holds in the document ("la rectora"), or the generic head of an institution's or event's name
// ("la Universidad", "el foro"), or a post held at an institution that carries its name's complement
// ("el ministro de Salud" names the Ministerio de Salud). Text only: the check reads the Extraction, never the extractor's insides.
import type { ExtractedNode, ExtractedRelationship, Extraction } from '../../model';
import { fold } from '../../model/fold';

export interface EvidenceFailure {
  file: string;
  type: string;
  rule: string;
  from: string;
  to: string;
  /** Names of the endpoints no evidence sentence names. */
  unnamed: string[];
  evidence: string[];
}

export interface EvidenceCheck {
  facts: number;
  shown: number;
  failures: EvidenceFailure[];
  /** Facts and shown facts by `TYPE rule`. */
  byRule: Map<string, { facts: number; shown: number }>;
}

/** Words that join a name's parts and never name anything alone. */
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'e',
  'da',
  'do',
  'dos',
  'van',
  'von',
  'of',
  'the',
  'and',
]);

const WORD = /[\p{L}\p{N}]+/gu;

function words(s: string): string[] {
  return fold(s).match(WORD) ?? [];
}

/** A folded phrase as a sequence of whole words, so that "ana" does not match inside "mañana". */
function phrase(s: string): string | null {
  const w = words(s);
  return w.length ? ` ${w.join(' ')} ` : null;
}

/** The forms that refer to one node in this document's evidence, given the posts held by it (a person)
 * or at it (an institution). */
export function referringForms(node: ExtractedNode, posts: readonly string[]): string[] {
  const forms = [node.name, ...node.aliases];
  const acronym = node.properties?.acronym;
  if (typeof acronym === 'string') forms.push(acronym);
  const nameWords = node.name.split(/\s+/).filter(Boolean);
  const headOf = (post: string) => post.split(/\s+/)[0] ?? '';
  if (node.label === 'Person') {
    // Any part after the first given name may be the surname the text uses ("la ministra Pérez").
    for (const w of nameWords.slice(1)) if (w.length > 2 && !PARTICLES.has(fold(w))) forms.push(w);
    for (const post of posts) {
      forms.push(post);
      if (headOf(post).length > 3) forms.push(headOf(post));
    }
  }
  if ((node.label === 'Institution' || node.label === 'Event') && nameWords.length > 1) {
    const head = nameWords[0]!;
    if (head.length > 3 && !PARTICLES.has(fold(head))) forms.push(head);
  }
  if (node.label === 'Institution' && nameWords.length > 1) {
    const complement = nameWords.slice(1).join(' ');
    for (const post of posts) {
      if (post.includes(' ')) forms.push(post);
      forms.push(`${headOf(post)} ${complement}`);
    }
  }
  return [...new Set(forms.map(phrase).filter((p): p is string => p !== null))];
}

/** Posts held in the document, by the person holding them and by the institution they are held at. */
function postsByNode(x: Extraction): Map<string, string[]> {
  const posts = new Map<string, string[]>();
  for (const r of x.relationships) {
    const role = r.properties.role;
    if (r.type !== 'HOLDS_ROLE' || typeof role !== 'string') continue;
    for (const id of [r.from, r.to]) posts.set(id, [...(posts.get(id) ?? []), role]);
  }
  return posts;
}

function unnamedEndpoints(
  r: ExtractedRelationship,
  nodes: Map<string, ExtractedNode>,
  posts: Map<string, string[]>,
): string[] {
  const said = r.evidence.map((e) => phrase(e.text) ?? '');
  const unnamed: string[] = [];
  for (const id of [r.from, r.to]) {
    const node = nodes.get(id);
    if (!node || node.label === 'Agreement') continue;
    const forms = referringForms(node, posts.get(id) ?? []);
    if (!said.some((s) => forms.some((f) => s.includes(f)))) unnamed.push(node.name);
  }
  return unnamed;
}

/** Checks every relationship of the given extractions. */
export function checkEvidence(extractions: readonly Extraction[]): EvidenceCheck {
  const out: EvidenceCheck = { facts: 0, shown: 0, failures: [], byRule: new Map() };
  for (const x of extractions) {
    const nodes = new Map(x.nodes.map((n) => [n.id, n]));
    const posts = postsByNode(x);
    for (const r of x.relationships) {
      const key = `${r.type} ${String(r.properties.rule)}`;
      const tally = out.byRule.get(key) ?? { facts: 0, shown: 0 };
      out.byRule.set(key, tally);
      out.facts++;
      tally.facts++;
      const unnamed = unnamedEndpoints(r, nodes, posts);
      if (!unnamed.length) {
        out.shown++;
        tally.shown++;
        continue;
      }
      out.failures.push({
        file: x.document.file,
        type: r.type,
        rule: String(r.properties.rule),
        from: nodes.get(r.from)?.name ?? r.from,
        to: nodes.get(r.to)?.name ?? r.to,
        unnamed,
        evidence: r.evidence.map((e) => e.text),
      });
    }
  }
  return out;
}

/** Share of facts whose evidence shows them (1 when there are none). */
export function shownShare(c: EvidenceCheck): number {
  return c.facts ? c.shown / c.facts : 1;
}
