// Step 8: letterhead at the top ("COMUNICADO", "COORDINACIÓN DE COMUNICACIÓN SOCIAL", the issuer's name) out.
import { ISSUER_LINE, LETTERHEAD_RULES, LETTERHEAD_ZONE_LINES } from './model/letterhead';

export function removeLetterhead(lines: string[]): string[] {
  const out = [...lines];
  let seen = 0;
  for (let i = 0; i < out.length && seen < LETTERHEAD_ZONE_LINES; i += 1) {
    const line = out[i] ?? '';
    if (!line) continue;
    seen += 1;
    const alone = !out[i - 1] && !out[i + 1];
    if (LETTERHEAD_RULES.some((r) => r.pattern.test(line)) || (alone && isIssuerLine(line))) out[i] = '';
  }
  return out;
}

function isIssuerLine(line: string): boolean {
  return (
    line === line.toUpperCase() &&
    ISSUER_LINE.headNouns.test(line) &&
    line.split(' ').length <= ISSUER_LINE.maxWords &&
    !ISSUER_LINE.conjunction.test(line)
  );
}
