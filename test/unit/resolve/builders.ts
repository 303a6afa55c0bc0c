// Hand-built extractions for resolve tests: nodes with extraction-style ids, relationships
// with one evidence sentence, documents named by file.
import type { Extraction, ExtractedNode, ExtractedRelationship } from '../../../model/extraction';
import type { EntityLabel, FactType } from '../../../model/graph-schema';

type Props = Record<string, string | number | boolean | null>;

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-');
}

export function node(
  label: EntityLabel,
  name: string,
  aliases: string[] = [],
  properties?: Props,
): ExtractedNode {
  const built: ExtractedNode = { id: `${label.toLowerCase()}:${slug(name)}`, label, name, aliases };
  if (properties) built.properties = properties;
  return built;
}

export const person = (name: string, aliases: string[] = []) => node('Person', name, aliases);

export const institution = (
  name: string,
  options: { acronym?: string; kind?: string; aliases?: string[] } = {},
) =>
  node('Institution', name, options.aliases ?? (options.acronym ? [options.acronym] : []), {
    acronym: options.acronym ?? null,
    kind: options.kind ?? null,
  });

export const place = (name: string, options: { kind?: string; aliases?: string[] } = {}) =>
  node('Place', name, options.aliases ?? [], { kind: options.kind ?? null });

export const event = (name: string, options: { date?: string; aliases?: string[] } = {}) =>
  node('Event', name, options.aliases ?? [], { date: options.date ?? null });

export const agreement = (name: string, options: { kind?: string; date?: string } = {}) =>
  node('Agreement', name, [], { title: name, kind: options.kind ?? null, date: options.date ?? null });

export function rel(
  type: FactType,
  from: ExtractedNode,
  to: ExtractedNode,
  sentence = `${from.name} ${type} ${to.name}.`,
  properties: Props = {},
): ExtractedRelationship {
  return {
    type,
    from: from.id,
    to: to.id,
    properties,
    evidence: [{ text: sentence, start: 0, end: sentence.length }],
  };
}

export function doc(
  file: string,
  nodes: ExtractedNode[],
  relationships: ExtractedRelationship[] = [],
  date: string | null = null,
): Extraction {
  return {
    document: { id: `doc-${file}`, file, title: file, date, lang: 'es', sha256: `sha-${file}` },
    nodes,
    relationships,
  };
}

/** The resolved node of a document that carries `name` as its name or one of its aliases. */
export function findNode(extractions: readonly Extraction[], file: string, name: string): ExtractedNode {
  const extraction = extractions.find((candidate) => candidate.document.file === file);
  const found = extraction?.nodes.find(
    (candidate) => candidate.name === name || candidate.aliases.includes(name),
  );
  if (!found) throw new Error(`no node "${name}" in ${file}`);
  return found;
}

/** Distinct resolved ids of one label across all documents. */
export function idsOf(extractions: readonly Extraction[], label: EntityLabel): string[] {
  return [
    ...new Set(extractions.flatMap((e) => e.nodes.filter((n) => n.label === label).map((n) => n.id))),
  ].sort();
}
