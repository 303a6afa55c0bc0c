// Plain text and Markdown (.txt, .md): decoded bytes; YAML front matter, when present, gives metadata.
import { decodeText } from '../decode';
import { splitFrontMatter } from './front-matter';
import type { FormatReader } from './types';

export const readText: FormatReader = (buffer, file) => {
  const { text } = decodeText(buffer, file);
  const { body, meta } = splitFrontMatter(text, file);
  return Promise.resolve({ text: body, meta, markdown: true, wrapped: false });
};
