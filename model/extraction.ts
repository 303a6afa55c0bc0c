// The extraction output (contract of `enlace extract --format json`): one object per document,
// plain data that the resolver and the loader consume without re-reading any text.
import type { EntityLabel, FactType } from './graph-schema';

export interface DocumentInfo {
  /** Stable id: derived from the content hash, so the same text is the same document. */
  id: string;
  /** File name as given (basename), e.g. "000_ebabdbe520a716d8.txt". */
  file: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) when the document states one, else null. */
  date: string | null;
  lang: 'es' | 'en';
  /** Where it came from: the absolute path it was read from (or what the caller named it). */
  source?: string;
  sha256: string;
  /** The clean text that evidence offsets point into. Omitted from the CLI's JSON by default. */
  text?: string;
  author?: string | null;
  /** Place named by metadata or the dateline ("Lima, Perú"), when any. */
  location?: string | null;
  /** Where it was published on the web (front matter `url`, HTML canonical link), when known. */
  url?: string | null;
  /** Who published it (the site's name of a web page), when known. */
  publisher?: string | null;
}

/** A sentence that states a fact, with offsets into the document's clean text. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** Where an entity is named, and the reason of the extraction step that found it ("acronym-alone"). */
export interface MentionEvidence extends Evidence {
  reason?: string;
}

export interface ExtractedNode {
  /** Stable id derived from the resolved entity: `<label>:<slug of canonical name>`. */
  id: string;
  label: EntityLabel;
  /** Canonical name, as written in full in the source. */
  name: string;
  /** Other forms seen (acronyms, short names). */
  aliases: string[];
  /** Label-specific properties: acronym, kind, date, title. */
  properties?: Record<string, string | number | boolean | null>;
  /** Where the entity was mentioned in the document, each with the reason of the step that found it. */
  mentions?: MentionEvidence[];
}

export interface ExtractedRelationship {
  type: FactType;
  from: string;
  to: string;
  /** E.g. `{ role: "Director General" }` on HOLDS_ROLE; `rule` names the extraction rule. */
  properties: Record<string, string | number | boolean | null>;
  evidence: Evidence[];
}

export interface Extraction {
  document: DocumentInfo;
  nodes: ExtractedNode[];
  relationships: ExtractedRelationship[];
}

/** A document as the readers return it: metadata plus the clean text that extraction reads. */
export interface SourceDocument extends DocumentInfo {
  text: string;
}
