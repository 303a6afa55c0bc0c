// What a long file (many releases one after another) may join: an agreement takes in parties and
// places only from the sentences near where it is told, so a file costs in proportion to its length.
import { expect } from 'chai';
import { AGREEMENT_WINDOW } from '../../../ingest/extract/steps/agreements/draft-index';
import { SETTING_WINDOW } from '../../../ingest/extract/steps/08-settings';
import { extract, facts, names } from './helpers';

/** `n` sentences that name nothing. */
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `El programa número ${i + 1} continuará el próximo año.`).join(' ');

const UAT_IEM =
  'La Universidad Autónoma de Tlaxcala y el Instituto Estatal de la Mujer firmaron un convenio de colaboración.';
const UAT_FTV =
  'La Universidad Autónoma de Tlaxcala y la Fundación Tierra Viva firmaron un convenio de colaboración.';
const SECTUR = 'La Secretaría de Turismo y la Asociación de Hoteles de Oaxaca firmaron un acuerdo.';
const AT_SUMMIT =
  'El acuerdo forma parte de los trabajos realizados durante la IV Cumbre Nacional de Turismo.';

describe('extraction windows (steps/agreements/draft-index.ts, steps/08-settings.ts)', () => {
  it('should join a clause sharing a party with an agreement told a few sentences before', () => {
    const x = extract(`${UAT_IEM} ${filler(3)} ${UAT_FTV}`);
    expect(names(x, 'Agreement')).to.have.length(1);
    expect(facts(x, 'PARTY_TO')).to.have.members([
      'PARTY_TO Universidad Autónoma de Tlaxcala -> <agreement>',
      'PARTY_TO Instituto Estatal de la Mujer -> <agreement>',
      'PARTY_TO Fundación Tierra Viva -> <agreement>',
    ]);
  });

  it('should keep apart two agreements sharing a party when told further apart than the window', () => {
    const x = extract(`${UAT_IEM} ${filler(AGREEMENT_WINDOW + 5)} ${UAT_FTV}`);
    expect(names(x, 'Agreement')).to.have.length(2);
    expect(facts(x, 'SIGNED_WITH')).to.have.members([
      'SIGNED_WITH Universidad Autónoma de Tlaxcala -> Instituto Estatal de la Mujer',
      'SIGNED_WITH Universidad Autónoma de Tlaxcala -> Fundación Tierra Viva',
    ]);
  });

  it('should join clauses of the same parties however far apart', () => {
    const x = extract(`${UAT_IEM} ${filler(AGREEMENT_WINDOW + 5)} ${UAT_IEM}`);
    expect(names(x, 'Agreement')).to.have.length(1);
  });

  it('should place an agreement at an event a nearby sentence names', () => {
    const x = extract(`${SECTUR} ${filler(3)} ${AT_SUMMIT}`);
    expect(facts(x, 'HELD_AT')).to.deep.equal(['HELD_AT <agreement> -> IV Cumbre Nacional de Turismo']);
  });

  it('should not place an agreement at an event named further away than the window', () => {
    const x = extract(`${SECTUR} ${filler(SETTING_WINDOW + 5)} ${AT_SUMMIT}`);
    expect(facts(x, 'HELD_AT')).to.deep.equal([]);
  });
});
