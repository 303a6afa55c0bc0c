// Spanish and English ordinal words read as numbers when comparing event names
// ("Primera Reunión" ~ "1a Reunión"). Lower case, without accents.

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  primer: 1, primero: 1, primera: 1, first: 1,
  segundo: 2, segunda: 2, second: 2,
  tercer: 3, tercero: 3, tercera: 3, third: 3,
  cuarto: 4, cuarta: 4, fourth: 4,
  quinto: 5, quinta: 5, fifth: 5,
  sexto: 6, sexta: 6, sixth: 6,
  septimo: 7, septima: 7, seventh: 7,
  octavo: 8, octava: 8, eighth: 8,
  noveno: 9, novena: 9, ninth: 9,
  decimo: 10, decima: 10, tenth: 10,
};
