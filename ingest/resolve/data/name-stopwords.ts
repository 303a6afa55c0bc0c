// Articles and linking words dropped from institution, place and event names before comparing,
// so that "Conferencia Interamericana de la Seguridad Social" ~ "... de Seguridad Social".

export const NAME_STOPWORDS: readonly string[] = [
  'el', 'la', 'los', 'las', 'lo', 'de', 'del', 'al', 'a', 'en', 'y', 'e', 'para', 'por', 'con',
  'the', 'of', 'and', 'for', 'in', 'on', 'to',
];
