// Letterhead lines at the top of a release: the issuer's name and the release's label, not its text.
import type { LineRule } from './separators';

export const LETTERHEAD_RULES: readonly LineRule[] = [
  {
    pattern:
      /^(?:comunicado|bolet[ií]n|nota informativa|aviso)(?: (?:de prensa|conjunto|oficial|informativo))?$/i,
    reason: 'release-label',
    example: 'COMUNICADO CONJUNTO',
  },
  {
    pattern:
      /^(?:coordinaci[oó]n|direcci[oó]n|subdirecci[oó]n|unidad|departamento|oficina|gerencia) (?:general )?de comunicaci[oó]n social$/i,
    reason: 'press-office',
    example: 'COORDINACIÓN DE COMUNICACIÓN SOCIAL',
  },
  {
    pattern: /^(?:press release|news release|media release|for immediate release|media advisory|statement)$/i,
    reason: 'release-label-en',
    example: 'FOR IMMEDIATE RELEASE',
  },
  {
    pattern: /^(?:no\.|n[uú]m\.|n°|nº|#)\s*\d+(?:[/-]\d+)?\.?$/i,
    reason: 'release-number',
    example: 'No. 026/2014',
  },
];

/**
 * An issuer's name alone on a line in capitals ("INSTITUTO MEXICANO DEL SEGURO SOCIAL"): a head noun,
 * a few words, and no conjunction (headlines join two parties: "IMSS Y GOBIERNO DE CHIAPAS ...").
 */
export const ISSUER_LINE = {
  headNouns:
    /^(?:instituto|secretar[ií]a|gobierno|ministerio|universidad|ayuntamiento|presidencia|municipio|fiscal[ií]a|comisi[oó]n|consejo|embajada|c[aá]mara|senado|tribunal|poder|organizaci[oó]n|fundaci[oó]n|asociaci[oó]n)\b/i,
  maxWords: 6,
  conjunction: /\s(?:y|e|and|con|with)\s/i,
} as const;

/** Letterhead is only looked for among the first lines of a document. */
export const LETTERHEAD_ZONE_LINES = 12;
