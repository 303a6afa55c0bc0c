// Step 1: one form per character (NFC, plain spaces and quotes, no invisible or control characters).
import { CHARACTER_RULES } from './model/characters';

export function normalizeCharacters(text: string): string {
  let out = text.normalize('NFC');
  for (const rule of CHARACTER_RULES) out = out.replace(rule.pattern, rule.replacement);
  return out;
}
