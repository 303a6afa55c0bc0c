// Invented table tests for general rules: wire datelines, English post titles, events after "during the",
// dependent bodies, coordinated signers with their own institutions, generic "<post> de <Area>" titles.
import { expect } from 'chai';
import { extract, facts, names } from './helpers';

type Lang = 'es' | 'en';

/** [what, text, lang, facts or node names that must appear, ones that must not]. */
const ROWS: [string, string, Lang, string[], string[]][] = [
  [
    'invented English wire dateline in capitals: a place, never a party',
    'LIMA, March 4, 2020 — The Pan American Health Organization (PAHO) and the National Institute of Health (NIH) signed an agreement to share laboratory data.',
    'en',
    ['Place Lima', 'PARTY_TO Pan American Health Organization -> <agreement>'],
    ['Institution LIMA', 'Place March', 'PARTY_TO LIMA -> <agreement>', 'Place June'],
  ],
  [
    'invented English dateline with a month that is also a name',
    'CARACAS, June 12, 2018 — The Andean Development Corporation (CAF) and the Ministry of Health signed an agreement.',
    'en',
    ['Place Caracas'],
    ['Place June', 'Institution CARACAS', 'Person June'],
  ],
  [
    'invented Spanish wire dateline in capitals',
    'CUENCA, 3 de mayo de 2021 – La Universidad del Azuay y el Instituto Nacional de Patrimonio firmaron un convenio de cooperación.',
    'es',
    ['Place Cuenca', 'PARTY_TO Universidad del Azuay -> <agreement>'],
    ['Institution CUENCA', 'Place Mayo'],
  ],
  [
    'invented dateline with a dash and no date',
    'BOGOTÁ — The World Bank and the Government of Colombia signed a loan agreement for rural roads.',
    'en',
    ['Place Bogotá', 'SIGNED_WITH World Bank -> Government of Colombia'],
    ['Institution BOGOTÁ', 'PARTY_TO BOGOTÁ -> <agreement>'],
  ],
];

function everything(text: string, lang: Lang): string[] {
  const x = extract(text, lang);
  const labels = ['Person', 'Institution', 'Place', 'Event'];
  return [...labels.flatMap((l) => names(x, l).map((n) => `${l} ${n}`)), ...facts(x)];
}

describe('extract/general rules (invented)', () => {
  for (const [what, text, lang, present, absent] of ROWS) {
    it(`[extract/general] ${what}`, () => {
      const got = everything(text, lang);
      expect(got).to.include.members(present);
      for (const a of absent) expect(got).not.to.include(a);
    });
  }
});
