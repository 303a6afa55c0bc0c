// Invented tests for how a place is named: as the text writes it (an English release says "Germany", not
// the gazetteer's "Alemania"), with the gazetteer's name kept as an alias so that releases in other
// languages meet on the same place.
import { expect } from 'chai';
import { extract } from './helpers';

function place(text: string, lang: 'es' | 'en', name: string) {
  return extract(text, lang).nodes.find((n) => n.label === 'Place' && n.name === name);
}

describe('extract/place names (invented)', () => {
  it('[extract/place-names] names an English release’s countries and cities in English, the gazetteer’s name an alias', () => {
    const text =
      'LONDON, 3 March 2025 - Apex Labs signed a memorandum of understanding with Northfield University. The partners will open offices in Germany and Japan.';
    const germany = place(text, 'en', 'Germany');
    expect(germany, 'Germany').to.not.equal(undefined);
    expect(germany!.aliases).to.include('Alemania');
    expect(place(text, 'en', 'Japan'), 'Japan').to.not.equal(undefined);
    expect(place(text, 'en', 'London'), 'a dateline in capitals, in title case').to.not.equal(undefined);
    expect(place(text, 'en', 'Alemania')).to.equal(undefined);
  });

  it('[extract/place-names] keeps an abbreviation as written and a Spanish release’s own names', () => {
    expect(place('The partners will open offices in the U.S. next year.', 'en', 'U.S.')).to.not.equal(
      undefined,
    );
    const es =
      'La Universidad del Sur firmó un convenio con la Cámara de Comercio. Abrirán oficinas en Alemania.';
    expect(place(es, 'es', 'Alemania')).to.not.equal(undefined);
  });
});
