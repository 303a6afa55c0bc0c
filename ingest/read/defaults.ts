// Default reading options: limits chosen for press releases, which are a few kilobytes each.

export interface ReadOptions {
  /** Files above this many bytes are refused before they are read (default 20 MiB). */
  maxBytes?: number;
  /** Force the language instead of detecting it. */
  lang?: 'es' | 'en';
  /** What to record as `source` (default: readDocument's absolute path, readBuffer's name as given). */
  source?: string;
}

export const READ_DEFAULTS = {
  // A press release is a few kB; 20 MiB leaves room for PDFs with images and stops 50 MB dumps early.
  maxBytes: 20 * 1024 * 1024,
  // Bytes sampled to tell binary from text: enough to see NULs and control bytes of any header.
  binarySampleBytes: 8192,
  // More control bytes than this share of the sample means the file is not text.
  maxControlShare: 0.02,
  // Text whose tokens are less than this share word-like is noise, not prose.
  minWordShare: 0.5,
  // Below this many tokens a document is judged on its words anyway, but never called noise.
  minTokensForNoise: 20,
} as const;
