// Where a press release's own text ends: end marks ("###", "-30-"), and the headings of what
// publishers append to it (the issuer's "About X", press contacts, notes to editors, annexes that
// list partners or venues). What follows states none of the release's facts. Each pattern reads a
// line folded (lower case, no accents); to extend, add a row with an example.

export interface AppendixHeading {
  reason: string;
  /** Matches the start of the folded heading. */
  match: RegExp;
  /** The cue must be followed by a name (a capital, maybe after an article): "About UNDP", not "Sobre la base de". */
  named?: boolean;
  example: string;
}

/** Lines that end a release on their own. */
export const END_MARKS: readonly RegExp[] = [
  /^-?\s?end\s?-?$/,
  /^ends$/,
  /^(#\s?){3,}$/,
  /^[-—–]\s?30\s?[-—–]$/,
  /^[-—–]\s?o0o\s?[-—–]$/,
  /^[-—–]\s?fin\s?[-—–]$/,
];

export const APPENDIX_HEADINGS: readonly AppendixHeading[] = [
  {
    reason: 'about-issuer',
    match: /^(about|acerca de|sobre|a proposito de)\s+((the|el|la|los|las|del|de la|de los|de las)\s+)?/,
    named: true,
    example: 'Acerca de la Fundación Horizonte Andino',
  },
  { reason: 'who-we-are', match: /^(quienes somos|who we are)\s*:?$/, example: 'Quiénes somos' },
  {
    reason: 'press-contact',
    match: /^((media|press|news)\s+(contacts?|inquiries|enquiries|relations)|contacts?|contactos?)\b/,
    example: 'Contacto de prensa: Laura Méndez',
  },
  {
    reason: 'more-information',
    match:
      /^((para|por)\s+(mas|mayor)\s+informacion|mas informacion|informacion (de contacto|para (la )?prensa|para (los )?medios)|(for\s+)?(more|further)\s+information)\b/,
    example: 'Para más información:',
  },
  {
    reason: 'notes-to-editors',
    match:
      /^(notes?\s+(to|for)\s+(the\s+)?editors?|notas?\s+(al|para el|a los|para los|a la|para la)\s+(editor|editores|redaccion|prensa))\b/,
    example: 'Notes to editors',
  },
  { reason: 'annex', match: /^(anexos?|annex(es)?|appendix)\b/, example: 'Anexo: empresas participantes' },
];
