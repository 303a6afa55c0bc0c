// Spanish or English, by which language's function words are more frequent (a sample is enough).
import { ENGLISH_STOPWORDS, SPANISH_STOPWORDS } from './model/stopwords';

const SPANISH = new Set(SPANISH_STOPWORDS);
const ENGLISH = new Set(ENGLISH_STOPWORDS);
// The first characters decide: function words are dense, a few hundred words settle it.
const SAMPLE_CHARS = 8000;

/**
 * @example detectLanguage('The two leaders discussed the agreement') // 'en'
 */
export function detectLanguage(text: string): 'es' | 'en' {
  let es = 0;
  let en = 0;
  for (const [word] of text
    .slice(0, SAMPLE_CHARS)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    if (SPANISH.has(word)) es += 1;
    else if (ENGLISH.has(word)) en += 1;
  }
  // Ties go to Spanish, the corpus's first language.
  return en > es ? 'en' : 'es';
}

/** 'es' or 'en' from a declared tag ("es-MX", "en", "English"), else null. */
export function languageFromTag(tag: string | undefined): 'es' | 'en' | null {
  const t = tag?.trim().toLowerCase() ?? '';
  if (/^(?:es|spa|español|espanol|spanish)\b/.test(t)) return 'es';
  if (/^(?:en|eng|english|inglés|ingles)\b/.test(t)) return 'en';
  return null;
}
