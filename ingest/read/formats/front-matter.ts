// YAML front matter ("---" block at the top, as in Jekyll or Hugo posts): metadata apart from the body.
import matter from 'gray-matter';
import { ReadError } from '../errors';
import type { DeclaredMetadata } from './types';

const FRONT_MATTER_START = /^---[ \t]*\r?\n/;

/** Splits off front matter when the text opens with one; the body is returned unchanged otherwise. */
export function splitFrontMatter(text: string, file: string): { body: string; meta: DeclaredMetadata } {
  if (!FRONT_MATTER_START.test(text)) return { body: text, meta: {} };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's process-wide cache.
    parsed = matter(text, { excerpt: false });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ReadError(file, 'corrupt', `the front matter is not valid YAML: ${why}`, { cause: error });
  }
  const data = parsed.data as Record<string, unknown>;
  return {
    body: parsed.content,
    meta: {
      title: asText(data.title),
      subtitle: asText(data.subtitle),
      date: asDate(data.date),
      author: asText(data.author) ?? asText(data.authors),
      location: asText(data.place) ?? asText(data.location),
      lang: asText(data.lang) ?? asText(data.language),
      url: asText(data.url) ?? asText(data.source_url) ?? asText(data.link),
      publisher: asText(data.publisher) ?? asText(data.site_name) ?? asText(data.organization),
    },
  };
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(asText).filter((v): v is string => v !== undefined);
    return items.length ? items.join(', ') : undefined;
  }
  return undefined;
}

/** YAML reads `date: 2019-09-14` as a Date at UTC midnight: keep its calendar day. */
function asDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return asText(value);
}
