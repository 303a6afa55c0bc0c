// Step 2: inline conversion debris out (image placeholders, HTML comments, stray tags and entities).
import { HTML_ENTITIES, MARKUP_RULES } from './model/markup';

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;

export function removeMarkup(text: string): string {
  let out = text;
  for (const rule of MARKUP_RULES) out = out.replace(rule.pattern, rule.replacement);
  if (!out.includes('&')) return out;
  return out.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return (name && HTML_ENTITIES[name]) ?? whole;
  });
}
