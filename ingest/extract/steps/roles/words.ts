// Words the post readers need: titles that name their office, heads a title leads, words that open no
// post after "Name,", and the stops of an apposition.
/** Titles whose complement names the office they head: "ministra de X" -> "Ministerio de X". */
export const DERIVED_OFFICES: Record<string, string> = {
  ministro: 'Ministerio',
  ministra: 'Ministerio',
  secretario: 'Secretaría',
  secretaria: 'Secretaría',
  defensor: 'Defensoría',
  defensora: 'Defensoría',
  procurador: 'Procuraduría',
  procuradora: 'Procuraduría',
  fiscal: 'Fiscalía',
};
/**
 * Posts, folded, and the heads of the offices they lead: "delegada de X" heads the "Delegación de X",
 * "Minister for X" the "Ministry of X". Used only to find an office the text names.
 */
export const OFFICE_OF_POST: Record<string, readonly string[]> = {
  ministro: ['ministerio'],
  ministra: ['ministerio'],
  secretario: ['secretaria'],
  secretaria: ['secretaria'],
  subsecretario: ['subsecretaria'],
  subsecretaria: ['subsecretaria'],
  delegado: ['delegacion'],
  delegada: ['delegacion'],
  director: ['direccion', 'directorate', 'directorio'],
  directora: ['direccion', 'directorio'],
  coordinador: ['coordinacion'],
  coordinadora: ['coordinacion'],
  gerente: ['gerencia'],
  gobernador: ['gobernacion'],
  gobernadora: ['gobernacion'],
  consejero: ['consejeria'],
  consejera: ['consejeria'],
  conseller: ['conselleria'],
  consellera: ['conselleria'],
  conselleiro: ['conselleria'],
  conselleira: ['conselleria'],
  contralor: ['contraloria'],
  contralora: ['contraloria'],
  superintendente: ['superintendencia'],
  intendente: ['intendencia'],
  intendenta: ['intendencia'],
  defensor: ['defensoria'],
  defensora: ['defensoria'],
  procurador: ['procuraduria'],
  procuradora: ['procuraduria'],
  fiscal: ['fiscalia'],
  comisionado: ['comision'],
  comisionada: ['comision'],
  minister: ['ministry'],
  commissioner: ['commission'],
  secretary: ['secretariat'],
};
/** Words that qualify a post without naming its office: "Senior Minister of State for X". */
export const POST_MODIFIERS = new Set([
  'senior',
  'junior',
  'deputy',
  'acting',
  'interim',
  'state',
  'estado',
  'adjunto',
  'adjunta',
  'interino',
  'interina',
]);
/** Which institution heads a title usually leads, to tell which party a signer stands for. */
export const TITLE_HEADS: [RegExp, RegExp][] = [
  [/^fiscal/, /^fiscalia/],
  [/^rector/, /^(universidad|instituto tecnologico|tecnologico|politecnico|colegio)/],
  [/^gobernador/, /^gobierno/],
  [/^minist/, /^ministerio/],
  [/^secretari/, /^secretaria/],
  [/^decan/, /^facultad/],
  [/^defensor/, /^defensoria/],
  [
    /^(alcalde|presidente municipal|presidenta municipal)/,
    /^(ayuntamiento|municipio|municipalidad|alcaldia)/,
  ],
  [/^embajador/, /^embajada/],
  [/^administrator/, /^(nasa|administration|agency)/],
];

/** Words that open something other than a post after "Name,": articles, prepositions, verbs of saying. */
export const NOT_APPOSITION = new Set([
  'que',
  'quien',
  'quienes',
  'who',
  'said',
  'dijo',
  'y',
  'and',
  'en',
  'in',
  'con',
  'para',
  'por',
  'a',
  'al',
  'de',
  'del',
  'el',
  'la',
  'los',
  'las',
  'the',
  'desde',
  'durante',
  'tras',
  'sobre',
  'entre',
  'como',
  'ha',
  'han',
  'fue',
  // conjunctions opening another clause: "Marvin Ordóñez, mientras que UNICEF ..."
  'mientras',
  'pero',
  'aunque',
  'while',
  'but',
  'whereas',
]);
/** Words that end an apposition: a relative clause starts. */
export const CLAUSE_STOPS = new Set(['quien', 'quienes', 'que', 'who', 'which', 'cual']);
export const SIGNING_WORDS = /^(firm|suscri|sign|rubric)/;
/** Past-tense verb endings that open a predicate, not a post, after "Name,". */
export const FINITE_VERB = /(aron|ieron|yeron|ó|ió)$/;
