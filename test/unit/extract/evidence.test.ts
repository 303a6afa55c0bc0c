// Table tests of evidence: each fact cites the sentences that name its parts, the rule's own sentence
// first, then the nearest sentence naming an endpoint it leaves unnamed; a headline gives way to the
// body once one body sentence names all it names. Invented releases; each row names one fact and the
// start of each sentence it must cite, in order.
import { expect } from 'chai';
import { extract } from './helpers';

const ROWS: [string, 'es' | 'en', string, string, string[]][] = [
  [
    'a signer in one sentence, the party they sign for in the lead',
    'es',
    'La Universidad de Lota firmó un convenio con la Fundación Mar Azul. Por la universidad firmó su rectora, Carmen Díaz Paz, y por la fundación su presidente, Raúl Soto Vidal.',
    'HOLDS_ROLE Raúl Soto Vidal -> Fundación Mar Azul',
    ['La Universidad de Lota firmó', 'Por la universidad firmó'],
  ],
  [
    'a dateline under a headline: the body sentence naming the place, not the headline',
    'es',
    'Firman convenio para formar enfermeras\n\nTALCA, 3 de mayo de 2022 – El Hospital Regional de Talca y la Universidad Católica del Maule firmaron un convenio de colaboración. Por el hospital firmó su directora, Ana Ruiz Soto, y por la universidad su rector, Pedro Lagos Vera.',
    'HELD_AT <agreement> -> Talca',
    ['TALCA, 3 de mayo'],
  ],
  [
    'a post read with the parties, the name in the next sentence',
    'es',
    'Firman convenio para formar enfermeras\n\nTALCA, 3 de mayo de 2022 – El Hospital Regional de Talca y la Universidad Católica del Maule firmaron un convenio de colaboración. Por el hospital firmó su directora, Ana Ruiz Soto, y por la universidad su rector, Pedro Lagos Vera.',
    'HOLDS_ROLE Pedro Lagos Vera -> Universidad Católica del Maule',
    ['TALCA, 3 de mayo', 'Por el hospital firmó'],
  ],
  [
    'attendees listed after the sentence that names the event',
    'es',
    'Foro del agua\n\nEl Foro Regional de Agua Potable reunió a técnicos de cinco provincias. Estuvieron presentes: Luis Paredes Soto; Marta Ríos Vega; Julio Campos Lara.',
    'PARTICIPATED_IN Marta Ríos Vega -> Foro Regional de Agua Potable',
    ['Estuvieron presentes', 'El Foro Regional de Agua Potable'],
  ],
  [
    'a witness named after the cue: the sentence naming the witness, not the headline',
    'es',
    'Nuevo acuerdo en Cusco\n\nLa Municipalidad de Cusco y la Asociación de Guías de Turismo firmaron un acuerdo de cooperación. Como testigo de honor asistió el gobernador regional, Jaime Salas Quispe.',
    'WITNESSED_BY <agreement> -> Jaime Salas Quispe',
    ['Como testigo de honor', 'La Municipalidad de Cusco'],
  ],
  [
    'English: a witness in a sentence of their own, then the sentence telling of the signing',
    'en',
    'Harbour Council and Northgate College sign agreement\n\nThe Harbour Council and Northgate College signed a cooperation agreement on Monday. The mayor, Paul Grant, witnessed the signing.',
    'WITNESSED_BY <agreement> -> Paul Grant',
    ['The mayor, Paul Grant', 'The Harbour Council and Northgate College signed'],
  ],
  [
    'a fact read in the headline: the body sentence naming both parties instead',
    'es',
    'Universidad de Lota y Fundación Mar Azul firman convenio\n\nLa Universidad de Lota y la Fundación Mar Azul firmaron ayer un convenio de cooperación en Concepción.',
    'SIGNED_WITH Universidad de Lota -> Fundación Mar Azul',
    ['La Universidad de Lota y la Fundación Mar Azul firmaron'],
  ],
  [
    'a fact stated in one sentence cites that sentence alone',
    'es',
    'La rectora de la Universidad de Lota, Carmen Díaz Paz, firmó el convenio con el Hospital de Coronel.',
    'HOLDS_ROLE Carmen Díaz Paz -> Universidad de Lota',
    ['La rectora de la Universidad de Lota'],
  ],
  [
    'English: a dateline under a headline',
    'en',
    'New partnership for rural clinics\n\nDENVER, May 3, 2022 – The Lakeside Health Authority and Northgate College signed a partnership agreement. Helen Brooks, president of Northgate College, welcomed the agreement.',
    'HELD_AT <agreement> -> Denver',
    ['DENVER, May 3'],
  ],
];

describe('extract: evidence names the parts of each fact', () => {
  for (const [what, lang, text, fact, starts] of ROWS) {
    it(`${what}: ${fact}`, () => {
      const x = extract(text, lang);
      const name = (id: string) => {
        const n = x.nodes.find((o) => o.id === id);
        return n?.label === 'Agreement' ? '<agreement>' : (n?.name ?? id);
      };
      const r = x.relationships.find((o) => `${o.type} ${name(o.from)} -> ${name(o.to)}` === fact);
      const found = x.relationships.map((o) => `${o.type} ${name(o.from)} -> ${name(o.to)}`);
      expect(r, `${fact} not extracted from "${text}"; found:\n${found.join('\n')}`).to.not.equal(undefined);
      const cited = r!.evidence.map((e) => e.text);
      expect(cited.length, `${fact} cites:\n${cited.join('\n')}`).to.equal(starts.length);
      starts.forEach((s, i) => expect(cited[i], `${fact} evidence ${i}`).to.match(new RegExp(`^${s}`)));
    });
  }
});
