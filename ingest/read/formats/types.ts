// What a format reader hands to cleaning: text with its line structure, and metadata the file declares.

/** Metadata a file states about itself (front matter, HTML meta tags); all optional. */
export interface DeclaredMetadata {
  title?: string;
  subtitle?: string;
  /** As declared: ISO or free text ("13 de septiembre de 2019"); parsed later. */
  date?: string;
  author?: string;
  location?: string;
  lang?: string;
  /** Where the release was published (front matter `url`, HTML canonical link or og:url). */
  url?: string;
  /** Who published it: the site's name (front matter `publisher`, HTML og:site_name or the title's suffix). */
  publisher?: string;
}

export interface RawText {
  /** Plain text: one line per line, a blank line between paragraphs. */
  text: string;
  meta: DeclaredMetadata;
  /** The text may contain Markdown syntax (emphasis, links, headings) to strip. */
  markdown: boolean;
  /** Lines are visual lines (PDF): lines of one paragraph are joined when cleaning. */
  wrapped: boolean;
}

export type FormatReader = (buffer: Buffer, file: string) => Promise<RawText>;
