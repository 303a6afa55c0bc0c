// Spanish words es-compromise tags wrongly in institutional prose: posts and instruments are nouns
// ("ministro" is not "I minister", "documento" not "I document"); verbs of attending and witnessing
// stay verbs when they open a sentence in capitals ("Acompañaron la firma ...").
import type { TagLexicon } from '../../engine';

const NOUNS = [
  'ministro',
  'ministra',
  'viceministro',
  'viceministra',
  'rector',
  'rectora',
  'alcalde',
  'alcaldesa',
  'gobernador',
  'gobernadora',
  'director',
  'directora',
  'secretario',
  'secretaria',
  'presidente',
  'presidenta',
  'titular',
  'acuerdo',
  'convenio',
  'memorando',
  'documento',
  'testigo',
  'testigos',
  'firma',
];

const VERBS = [
  'acompañó',
  'acompañaron',
  'asistió',
  'asistieron',
  'acudió',
  'acudieron',
  'presenció',
  'presenciaron',
  'fungió',
  'fungieron',
  'atestiguó',
  'atestiguaron',
  'estuvieron',
  'estuvo',
];

export const LEXICON_ES: TagLexicon = Object.fromEntries<string>([
  ...NOUNS.map((w): [string, string] => [w, 'Noun']),
  ...VERBS.map((w): [string, string] => [w, 'Verb']),
]);
