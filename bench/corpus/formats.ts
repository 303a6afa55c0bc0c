// Wraps a composed press release as the other formats the readers take: Markdown with front matter, or HTML.

export type CorpusFormat = 'txt' | 'md' | 'html';

/** Splits the composed text into its headline (first non-empty line) and the rest. */
function splitHeadline(text: string): { headline: string; body: string } {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() !== '');
  return { headline: lines[at] ?? '', body: lines.slice(at + 1).join('\n') };
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The document as a file of `format`; plain text is returned unchanged. */
export function wrapAs(format: CorpusFormat, text: string): string {
  if (format === 'txt') return text;
  const { headline, body } = splitHeadline(text);
  if (format === 'md') {
    // As in the seeds: YAML front matter, then the body; the headline becomes the title.
    return `---\ntitle: "${headline.replace(/"/g, "'")}"\nauthor: Redacción\nlayout: posts\n---\n\n${body.trim()}\n`;
  }
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`);
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title></head>\n<body>\n<h1>${escapeHtml(headline)}</h1>\n${paragraphs.join('\n')}\n</body></html>\n`;
}
