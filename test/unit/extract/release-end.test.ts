// Where a release's own text ends: end marks and the headings of what publishers append to it
// (lexicon/release-ends.ts). Invented lines; each row says whether the line ends the release.
import { expect } from 'chai';
import { endsRelease } from '../../../ingest/extract/steps/release-end';
import { APPENDIX_HEADINGS } from '../../../ingest/extract/lexicon/release-ends';
import { extract, facts, names } from './helpers';

const ROWS: [string, boolean][] = [
  ['###', true],
  ['- 30 -', true],
  ['-FIN-', true],
  ['About the Northern Lakes Development Fund', true],
  ['Acerca de la Cooperativa Valle Verde:', true],
  ['Sobre CAMARVEN: la Cámara reúne a 300 empresas del sector.', true],
  ['Quiénes somos', true],
  ['Media contact: Priya Nair, Communications Officer', true],
  ['Contactos de prensa', true],
  ['Para mayor información: prensa@ejemplo.org', true],
  ['For further information, please contact:', true],
  ['Notes to editors', true],
  ['Nota para los editores:', true],
  ['Anexo: empresas participantes', true],
  // prose and headings of the release itself do not end it
  ['Sobre la base de lo acordado, ambas partes trabajarán en un plan conjunto.', false],
  ['About 300 farmers will benefit from the programme.', false],
  ['Acerca de los alcances del convenio habló el rector.', false],
  ['Contactaron a las empresas del parque industrial para sumarse.', false],
  ['Más de cien personas asistieron al acto.', false],
  ['El anexo técnico del convenio se firmará en marzo.', false],
];

describe('extract: where the release ends', () => {
  for (const [line, ends] of ROWS) {
    it(`${ends ? 'ends' : 'does not end'} at "${line}"`, () => {
      expect(endsRelease(line, true)).to.equal(ends);
    });
  }

  it('reads no heading before the body: a release may open with "Sobre X" or a contact line', () => {
    expect(endsRelease('Sobre CAMARVEN', false)).to.equal(false);
    expect(endsRelease('###', false)).to.equal(true);
  });

  for (const h of APPENDIX_HEADINGS) {
    it(`rule ${h.reason}: its example "${h.example}" is a heading`, () => {
      expect(endsRelease(h.example, true)).to.equal(true);
    });
  }

  it('makes no facts from the issuer boilerplate and press contacts after the release', () => {
    const x = extract(
      [
        'Fundación Horizonte y la Universidad del Altiplano firman convenio',
        '',
        'La Fundación Horizonte y la Universidad del Altiplano firmaron un convenio de cooperación en La Paz.',
        '',
        'Acerca de la Fundación Horizonte',
        '',
        'La Fundación Horizonte trabaja desde 2001 con el Banco Andino de Fomento y la Cooperativa Sol Naciente, presidida por Mario Quispe Rojas.',
        '',
        'Contacto de prensa: Elena Vargas Soria, Oficina de Comunicación',
      ].join('\n'),
    );
    expect(facts(x, 'PARTY_TO')).to.have.members([
      'PARTY_TO Fundación Horizonte -> <agreement>',
      'PARTY_TO Universidad del Altiplano -> <agreement>',
    ]);
    expect(names(x, 'Institution')).to.not.include('Banco Andino de Fomento');
    expect(names(x, 'Person')).to.deep.equal([]);
  });
});
