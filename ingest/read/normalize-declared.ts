// Declared titles pass through the same cleaning as the text, so the headline paragraph and `title` agree.
import { cleanText } from './clean';
import type { DeclaredMetadata } from './formats/types';

export function normalizeDeclared(meta: DeclaredMetadata): DeclaredMetadata {
  const clean = (value: string | undefined): string | undefined =>
    value === undefined
      ? undefined
      : cleanText(value, { markdown: true, wrapped: true }).join(' ') || undefined;
  return {
    ...meta,
    title: clean(meta.title),
    subtitle: clean(meta.subtitle),
    author: clean(meta.author),
    publisher: clean(meta.publisher),
  };
}
