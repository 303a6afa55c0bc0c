// Table tests of the name keys both resolvers compare names by (ingest/name-keys), one row a case.
import { expect } from 'chai';
import {
  acronymKey,
  acronymLetters,
  casedTokens,
  contentTokens,
  documentContentKey,
  eventOrdinals,
  eventTokens,
  fold,
  initialsOf,
  spellsSyllables,
  institutionAcronymKey,
  institutionNameKey,
  isGenericVenue,
  personTokens,
  personWord,
  placeKey,
  stripAccents,
  stripHonorifics,
  wordTokens,
} from '../../../ingest/name-keys';

type Row<T> = [string, T];

function table<T>(name: string, f: (input: string) => T, rows: Row<T>[]): void {
  for (const [input, expected] of rows) {
    it(`[name-keys] ${name}("${input}")`, () => expect(f(input)).to.deep.equal(expected));
  }
}

describe('name-keys', () => {
  table('fold', fold, [
    ['Perú', 'peru'],
    ['ÁVILA Muñoz', 'avila munoz'],
    ['Łódź', 'łodz'],
    ['Çağlar', 'caglar'],
    ['plain ascii', 'plain ascii'],
  ]);
  table('stripAccents', stripAccents, [
    ['Perú', 'Peru'],
    ['XXVII Asamblea Extraordinária', 'XXVII Asamblea Extraordinaria'],
  ]);
  table('wordTokens', wordTokens, [
    ['EE. UU.', ['ee', 'uu']],
    ['Pérez-Reverte, J.', ['perez', 'reverte', 'j']],
    ['  ', []],
  ]);
  table('casedTokens', casedTokens, [['XXVII Asamblea, Perú', ['XXVII', 'Asamblea', 'Peru']]]);
  table('acronymKey', acronymKey, [
    ['IMSS', 'imss'],
    ['Cepal', 'cepal'],
    ['U. A.', 'ua'],
    ['EE. UU.', 'eeuu'],
    ['IMSS-PROSPERA', 'imss-prospera'],
    ['Secretaría de Salud', null],
    ['X', null],
  ]);
  table('initialsOf', initialsOf, [
    ['Instituto Mexicano del Seguro Social', 'IMSS'],
    ['Agencia de Cooperación Técnica-Regional', 'ACTR'],
    ['la oficina de enlace', ''],
  ]);
  // acronym | name: invented bodies and the real pattern of Latin American syllabic acronyms
  table('spellsSyllables', (x: string) => spellsSyllables(x.split('|')[0]!, x.split('|')[1]!), [
    ['SENAF|Secretaría Nacional de Niñez, Adolescencia y Familia', true],
    ['Catunic|Cámara de Turismo de Nicoya', true],
    ['Fontur|Fondo Nacional de Turismo', true],
    ['IMSS|Instituto Mexicano del Seguro Social', false],
    ['Fiscal|Fiscalía Especializada en Delitos Electorales', false],
    ['CAFE|Cámara de Fomento', false],
  ]);
  table('acronymLetters', acronymLetters, [
    ['I.M.S.S.', 'IMSS'],
    ['Cepal', 'CEPAL'],
  ]);
  table('personTokens', personTokens, [
    ['Doctor Leonel Antonio Flores Sosa', ['leonel', 'antonio', 'flores', 'sosa']],
    ['Dra. Ana de la Rosa', ['ana', 'rosa']],
    ['José Ortega y Gasset', ['jose', 'ortega', 'gasset']],
    ['Luiz Inácio Lula da Silva', ['luiz', 'inacio', 'lula', 'silva']],
    // a hyphen or an apostrophe inside a word keeps it one name, as the extractor's tokens do
    ['Marta Pérez-Ruiz', ['marta', 'perez-ruiz']],
    ['Jean-Pierre Dupont', ['jean-pierre', 'dupont']],
    ['Sean O’Brien', ['sean', "o'brien"]],
    ['Luis A. Romero', ['luis', 'a', 'romero']],
    // an honorific alone is kept: it is all the name there is
    ['Doctor', ['doctor']],
  ]);
  table('personWord', personWord, [
    ['O’Brien', "o'brien"],
    ['Pérez-Ruiz', 'perez-ruiz'],
  ]);
  table('stripHonorifics', stripHonorifics, [
    ['Dr. José Ángel Delgado', 'José Ángel Delgado'],
    ['Doctora María Ruiz', 'María Ruiz'],
    ['Ramiro Ortega', 'Ramiro Ortega'],
  ]);
  table('contentTokens', contentTokens, [
    [
      'Conferencia Interamericana de la Seguridad Social',
      ['conferencia', 'interamericana', 'seguridad', 'social'],
    ],
    ['Ministry of Health and Social Care', ['ministry', 'health', 'social', 'care']],
  ]);
  table('documentContentKey', documentContentKey, [
    ['Secretaría de la Función Pública', 'secretaria funcion publica'],
    ['SECRETARÍA FUNCIÓN PÚBLICA', 'secretaria funcion publica'],
    ['Fundación para la Paz con los Pueblos', 'fundacion paz pueblos'],
    // one document may name a body with its scope and without it
    ['Defensoría Nacional de los Derechos del Niño', 'defensoria derechos nino'],
    ['National Council for the Arts', 'council arts'],
  ]);
  table('institutionNameKey', institutionNameKey, [
    ['Instituto Mexicano del Seguro Social', 'instituto mexicano seguro social'],
    ['Secretaría de Salud', null],
    ['Gobierno del Estado', null],
    ['Cepal', null],
  ]);
  table('institutionAcronymKey', institutionAcronymKey, [
    ['Cepal', 'cepal'],
    ['Ministerio', null],
    ['Universidad Autónoma de Chiapas', null],
  ]);
  table('placeKey', placeKey, [
    ['EE. UU.', 'estados unidos'],
    ['United States', 'estados unidos'],
    ['Ciudad de Panamá', 'ciudad de panama'],
    ['...', null],
  ]);
  table('isGenericVenue', isGenericVenue, [
    ['Casa de Gobierno', true],
    ['Palacio de Minería', false],
  ]);
  table('eventTokens', (name) => eventTokens(name), [
    ['XXVII Asamblea General', ['27', 'asamblea', 'general']],
    ['27a Asamblea General', ['27', 'asamblea', 'general']],
    // the ordinal indicators are letters that no decomposition takes apart
    ['27ª Asamblea General', ['27', 'asamblea', 'general']],
    ['3º Foro Regional', ['3', 'foro', 'regional']],
    ['Tercera Reunión de Ministros', ['3', 'reunion', 'ministros']],
  ]);
  it('[name-keys] eventTokens spells out a known acronym', () => {
    const expand = new Map([['oea', ['organizacion', 'estados', 'americanos']]]);
    expect(eventTokens('Asamblea de la OEA', expand)).to.deep.equal([
      'asamblea',
      'organizacion',
      'estados',
      'americanos',
    ]);
  });
  table('eventOrdinals', (name) => eventOrdinals(eventTokens(name)), [
    ['XXVII Asamblea General 2014', '2014 27'],
    ['Foro de Innovación', ''],
  ]);
});
