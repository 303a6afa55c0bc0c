// Names of the same country in Spanish, English and abbreviated forms. Each group's first
// entry is the shared matching key; entries are compared lower case, without accents or dots.

export const PLACE_EQUIVALENTS: readonly (readonly string[])[] = [
  ['estados unidos', 'estados unidos de america', 'estados unidos de norteamerica', 'ee uu', 'eeuu', 'eua', 'united states', 'united states of america', 'usa', 'u s', 'us', 'u s a'],
  ['mexico', 'estados unidos mexicanos', 'republica mexicana'],
  ['espana', 'spain', 'reino de espana'],
  ['brasil', 'brazil'],
  ['reino unido', 'united kingdom', 'uk', 'gran bretana', 'great britain'],
  ['alemania', 'germany'],
  ['francia', 'france'],
  ['italia', 'italy'],
  ['japon', 'japan'],
  ['china', 'republica popular china', "people's republic of china"],
  ['peru', 'republica del peru'],
  ['argentina', 'republica argentina'],
  ['colombia', 'republica de colombia'],
  ['chile', 'republica de chile'],
  ['republica dominicana', 'dominican republic'],
  ['panama', 'republica de panama'],
  ['suiza', 'switzerland'],
  ['canada', 'canada'],
  ['union europea', 'european union', 'ue', 'eu'],
];
