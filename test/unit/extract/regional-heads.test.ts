// Bodies named in Spain's co-official languages inside Spanish releases (Galician, Catalan), with their
// own connectors ("da", "do"), and English local governments named by what they govern ("Town of X").
// Invented sentences.
import { expect } from 'chai';
import { extract, facts } from './helpers';

/** [what, text, lang, SIGNED_WITH facts that must appear]. */
const ROWS: [string, string, 'es' | 'en', string][] = [
  [
    'Galician heads and "da" inside a name',
    'O Concello de Ribadavia y la Axencia Galega da Calidade Alimentaria firmaron un convenio.',
    'es',
    'SIGNED_WITH Concello de Ribadavia -> Axencia Galega da Calidade Alimentaria',
  ],
  [
    'a Catalan head',
    'El Ajuntament de Reus y la Fundación Mar Blava firmaron un convenio de colaboración.',
    'es',
    'SIGNED_WITH Ajuntament de Reus -> Fundación Mar Blava',
  ],
  [
    'English: "Town of X" is a local government',
    'The Town of Kentville and Acadia Valley College signed a partnership agreement.',
    'en',
    'SIGNED_WITH Town of Kentville -> Acadia Valley College',
  ],
];

describe('extract/regional and local heads (invented)', () => {
  for (const [what, text, lang, fact] of ROWS) {
    it(`[extract/names] ${what}`, () => {
      expect(facts(extract(text, lang), 'SIGNED_WITH')).to.include(fact);
    });
  }
});
