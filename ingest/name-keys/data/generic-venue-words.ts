// Words that alone do not name one venue: "Casa de Gobierno" or "Palacio Municipal" is a
// different building in each city, so such venue names never match across documents.
// Lower case, without accents.

export const GENERIC_VENUE_WORDS: readonly string[] = [
  'casa',
  'palacio',
  'gobierno',
  'municipal',
  'auditorio',
  'salon',
  'sala',
  'recinto',
  'edificio',
  'sede',
  'oficinas',
  'oficina',
  'centro',
  'convenciones',
  'teatro',
  'plaza',
  'estado',
  'estatal',
  'principal',
  'juntas',
  'cabildo',
  'usos',
  'multiples',
  'honor',
  'headquarters',
  'hall',
  'room',
];
